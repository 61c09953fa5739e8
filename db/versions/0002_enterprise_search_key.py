"""enterprise.search_key: name, pinyin initials and credit code in one column, indexed over live rows

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from qsupervise.models.registry import enterprise_search_key

    with op.batch_alter_table("enterprise") as batch:
        batch.add_column(sa.Column("search_key", sa.String(length=400), nullable=False, server_default=""))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name, uscc FROM enterprise")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE enterprise SET search_key = :key WHERE id = :id"),
            [{"id": r.id, "key": enterprise_search_key(r.name, r.uscc)} for r in rows],
        )
    live = sa.text("deleted_at IS NULL")
    op.create_index("ix_enterprise_live_key", "enterprise", ["search_key"], sqlite_where=live, postgresql_where=live)
    op.create_index("ix_enterprise_live_township", "enterprise", ["township_id", "search_key"], sqlite_where=live, postgresql_where=live)


def downgrade() -> None:
    op.drop_index("ix_enterprise_live_township", table_name="enterprise")
    op.drop_index("ix_enterprise_live_key", table_name="enterprise")
    with op.batch_alter_table("enterprise") as batch:
        batch.drop_column("search_key")
