"""users and roles: sign-in lockout, forced password change, an inspector link; role names of rules/roles.py

Existing users keep working: "admin" and "county_staff" become "county_admin" (the only county-wide role
left), the other names stay. New columns get server defaults so the rows already there read as "never
failed, not locked, no change required".

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 09:03:41.401615
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

RENAMED = {"admin": "county_admin", "county_staff": "county_admin"}


def upgrade() -> None:
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.add_column(sa.Column('inspector_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('failed_attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('locked_until', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('last_sign_in', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('password_changed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.create_foreign_key('fk_app_user_inspector_id_inspector', 'inspector', ['inspector_id'], ['id'])
    for old, new in RENAMED.items():
        op.execute(sa.text("UPDATE app_user SET role = :new WHERE role = :old").bindparams(old=old, new=new))


def downgrade() -> None:
    op.execute(sa.text("UPDATE app_user SET role = 'admin' WHERE role = 'county_admin'"))
    with op.batch_alter_table('app_user', schema=None) as batch_op:
        batch_op.drop_constraint('fk_app_user_inspector_id_inspector', type_='foreignkey')
        batch_op.drop_column('password_changed_at')
        batch_op.drop_column('last_sign_in')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_attempts')
        batch_op.drop_column('must_change_password')
        batch_op.drop_column('inspector_id')
