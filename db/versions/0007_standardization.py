"""standardization (标准化战略): the county's standards catalogue, adoption and catalogue flags on executed standards,
standards drafted locally, agricultural standardization projects with their townships and certifications

executed_standard gains four columns with server defaults, so the rows already there read as "not withdrawn,
no replacement known, adopting nothing" until the catalogue is imported and applied.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 09:01:45.301042
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


_TALLY = """UPDATE product SET
    standard_count = (SELECT count(*) FROM executed_standard s WHERE s.product_id = product.id),
    adopting = EXISTS (SELECT 1 FROM executed_standard s WHERE s.product_id = product.id AND s.adopts_international = 1)
    WHERE product.id IN ({ids})"""
TALLY_BACKFILL = _TALLY.replace("\n    WHERE product.id IN ({ids})", "")
TALLY_TRIGGER_NAMES = ("tally_standard_insert", "tally_standard_delete", "tally_standard_update", "tally_product_insert")
TALLY_TRIGGERS = (
    "CREATE TRIGGER tally_standard_insert AFTER INSERT ON executed_standard BEGIN "
    + _TALLY.format(ids="NEW.product_id") + "; END",
    "CREATE TRIGGER tally_standard_delete AFTER DELETE ON executed_standard BEGIN "
    + _TALLY.format(ids="OLD.product_id") + "; END",
    "CREATE TRIGGER tally_standard_update AFTER UPDATE OF product_id, adopts_international ON executed_standard BEGIN "
    + _TALLY.format(ids="NEW.product_id, OLD.product_id") + "; END",
    "CREATE TRIGGER tally_product_insert AFTER INSERT ON product BEGIN "
    + _TALLY.format(ids="NEW.id") + "; END",
)
# PostgreSQL: the same tallies from plpgsql trigger functions (one function per trigger; booleans are booleans).
_PG_TALLY = _TALLY.replace("s.adopts_international = 1", "s.adopts_international")
PG_TALLY_TRIGGERS = (
    ("tally_standard_insert", "AFTER INSERT ON executed_standard", "NEW.product_id"),
    ("tally_standard_delete", "AFTER DELETE ON executed_standard", "OLD.product_id"),
    ("tally_standard_update", "AFTER UPDATE OF product_id, adopts_international ON executed_standard",
     "NEW.product_id, OLD.product_id"),
    ("tally_product_insert", "AFTER INSERT ON product", "NEW.id"),
)


def _create_tally_triggers() -> None:
    if op.get_bind().dialect.name != "postgresql":
        for statement in TALLY_TRIGGERS:
            op.execute(statement)
        op.execute(TALLY_BACKFILL)
        return
    for name, when, ids in PG_TALLY_TRIGGERS:
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                   f"$$ BEGIN {_PG_TALLY.format(ids=ids)}; RETURN NULL; END $$")
        op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW EXECUTE FUNCTION {name}()")
    op.execute(_PG_TALLY.replace("\n    WHERE product.id IN ({ids})", ""))


def _drop_tally_triggers() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name in TALLY_TRIGGER_NAMES:
        if postgres:
            table = "product" if name == "tally_product_insert" else "executed_standard"
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")


def upgrade() -> None:
    op.create_table('catalogue_standard',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('normalized', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('replaced_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('issued_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('implemented_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('withdrawn_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('catalogue_standard', schema=None) as batch_op:
        batch_op.create_index('ix_catalogue_standard_live_number', ['normalized'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('agri_project',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('crop', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('lead_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('area_mu', sa.Float(), nullable=False),
    sa.Column('farms_covered', sa.Integer(), nullable=False),
    sa.Column('farms_applying', sa.Integer(), nullable=False),
    sa.Column('standards', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('started_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('accepted_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agri_project', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agri_project_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('drafted_standard',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('drafter', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('township_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('proposed_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('published_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.ForeignKeyConstraint(['township_id'], ['org_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('drafted_standard', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drafted_standard_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_drafted_standard_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_drafted_standard_published_on'), ['published_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_drafted_standard_township_id'), ['township_id'], unique=False)

    op.create_table('agri_project_township',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('township_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['agri_project.id'], ),
    sa.ForeignKeyConstraint(['township_id'], ['org_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agri_project_township', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agri_project_township_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agri_project_township_township_id'), ['township_id'], unique=False)

    op.create_table('agri_project_certification',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('certification_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['certification_id'], ['certification.id'], ),
    sa.ForeignKeyConstraint(['project_id'], ['agri_project.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agri_project_certification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agri_project_certification_certification_id'), ['certification_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agri_project_certification_project_id'), ['project_id'], unique=False)

    with op.batch_alter_table('executed_standard', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawn', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('replaced_by', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('adoption_degree', sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('adopted_number', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False, server_default=''))
        batch_op.create_index('ix_executed_standard_adopting', ['product_id'], unique=False, sqlite_where=sa.text('adopts_international = 1'), postgresql_where=sa.text('adopts_international'))
        batch_op.drop_index('ix_executed_standard_normalized')
        batch_op.create_index('ix_executed_standard_number_product', ['normalized', 'product_id'], unique=False)

    with op.batch_alter_table('enterprise', schema=None) as batch_op:
        batch_op.create_index('ix_enterprise_deleted', ['id'], unique=False, sqlite_where=sa.text('deleted_at IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NOT NULL'))

    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.add_column(sa.Column('standard_count', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('adopting', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_index('ix_product_owner', ['id', 'enterprise_id', 'deleted_at'], unique=False)
        batch_op.create_index('ix_product_tallies', ['enterprise_id', 'deleted_at', 'standard_count', 'adopting'], unique=False)

    # The product's tallies of its standards, kept by the database itself whatever writes the standards (forms,
    # imports, bulk demo rows, sync); a product arriving after its standards counts them when inserted.
    _create_tally_triggers()



def downgrade() -> None:
    _drop_tally_triggers()
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index('ix_product_tallies')
        batch_op.drop_index('ix_product_owner')
        batch_op.drop_column('adopting')
        batch_op.drop_column('standard_count')
    with op.batch_alter_table('enterprise', schema=None) as batch_op:
        batch_op.drop_index('ix_enterprise_deleted', sqlite_where=sa.text('deleted_at IS NOT NULL'), postgresql_where=sa.text('deleted_at IS NOT NULL'))
    with op.batch_alter_table('executed_standard', schema=None) as batch_op:
        batch_op.drop_index('ix_executed_standard_number_product')
        batch_op.create_index('ix_executed_standard_normalized', ['normalized'], unique=False)
        batch_op.drop_index('ix_executed_standard_adopting', sqlite_where=sa.text('adopts_international = 1'), postgresql_where=sa.text('adopts_international'))
        batch_op.drop_column('adopted_number')
        batch_op.drop_column('adoption_degree')
        batch_op.drop_column('replaced_by')
        batch_op.drop_column('withdrawn')

    with op.batch_alter_table('agri_project_certification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agri_project_certification_project_id'))
        batch_op.drop_index(batch_op.f('ix_agri_project_certification_certification_id'))

    op.drop_table('agri_project_certification')
    with op.batch_alter_table('agri_project_township', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agri_project_township_township_id'))
        batch_op.drop_index(batch_op.f('ix_agri_project_township_project_id'))

    op.drop_table('agri_project_township')
    with op.batch_alter_table('drafted_standard', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_drafted_standard_township_id'))
        batch_op.drop_index(batch_op.f('ix_drafted_standard_published_on'))
        batch_op.drop_index(batch_op.f('ix_drafted_standard_level'))
        batch_op.drop_index(batch_op.f('ix_drafted_standard_enterprise_id'))

    op.drop_table('drafted_standard')
    with op.batch_alter_table('agri_project', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agri_project_enterprise_id'))

    op.drop_table('agri_project')
    with op.batch_alter_table('catalogue_standard', schema=None) as batch_op:
        batch_op.drop_index('ix_catalogue_standard_live_number', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.drop_table('catalogue_standard')
