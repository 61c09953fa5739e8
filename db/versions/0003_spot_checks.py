"""spot checks: inspectors and recusals, plans, recorded draws, samples, test items

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 05:54:01.129066
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('spot_check_plan',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('plan_no', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('authority', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('batch', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('field', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('rules_ref', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('agency', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('sample_count', sa.Integer(), nullable=True),
    sa.Column('sample_ratio', sa.Float(), nullable=True),
    sa.Column('pool_filter', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('weight_by_risk', sa.Boolean(), nullable=False),
    sa.Column('recuse_own_township', sa.Boolean(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('spot_check_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spot_check_plan_plan_no'), ['plan_no'], unique=False)
        batch_op.create_index(batch_op.f('ix_spot_check_plan_year'), ['year'], unique=False)

    op.create_table('inspector',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('badge_no', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('township_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['township_id'], ['org_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('inspector', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspector_township_id'), ['township_id'], unique=False)

    op.create_table('random_draw',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('plan_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('seed', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('algorithm', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('drawn_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('wanted', sa.Integer(), nullable=False),
    sa.Column('pool_size', sa.Integer(), nullable=False),
    sa.Column('excluded', sa.Integer(), nullable=False),
    sa.Column('pool_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('inspector_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('result_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('pool', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('inspectors', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('own_township_rule', sa.Boolean(), nullable=False),
    sa.Column('result', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('drawn_by', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('superseded', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['spot_check_plan.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('random_draw', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_random_draw_plan_id'), ['plan_id'], unique=False)

    op.create_table('inspector_recusal',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('inspector_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.ForeignKeyConstraint(['inspector_id'], ['inspector.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('inspector_recusal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspector_recusal_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspector_recusal_inspector_id'), ['inspector_id'], unique=False)

    op.create_table('spot_check',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('plan_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('draw_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('unit_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('producer_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('producer_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('uscc', sqlmodel.sql.sqltypes.AutoString(length=18), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('township_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('inspector1_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('inspector2_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('sampling', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('sample_no', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('product', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('brand', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('spec', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('batch', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('test_qty', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('reserve_qty', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('declared_standard', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('sampler1', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('sampler2', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('sampled_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('agency', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('report_no', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('report_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('verdict', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('verdict_override', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('failed_items', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('notice_served_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('objection_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('retest_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('retest_verdict', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('correction_ordered_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('recheck_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('recheck_verdict', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('announced_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('second_recheck_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('second_recheck_verdict', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('closed_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('import_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['draw_id'], ['random_draw.id'], ),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.ForeignKeyConstraint(['inspector1_id'], ['inspector.id'], ),
    sa.ForeignKeyConstraint(['inspector2_id'], ['inspector.id'], ),
    sa.ForeignKeyConstraint(['plan_id'], ['spot_check_plan.id'], ),
    sa.ForeignKeyConstraint(['producer_id'], ['enterprise.id'], ),
    sa.ForeignKeyConstraint(['township_id'], ['org_unit.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('spot_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spot_check_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index('ix_spot_check_import_key', ['import_key'], unique=False)
        batch_op.create_index('ix_spot_check_live_plan', ['plan_id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_spot_check_producer_id'), ['producer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_spot_check_sampled_on'), ['sampled_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_spot_check_township_id'), ['township_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_spot_check_verdict'), ['verdict'], unique=False)

    op.create_table('test_item',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('spot_check_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('clause', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('required', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('measured', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('unit', sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
    sa.Column('verdict', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('importance', sqlmodel.sql.sqltypes.AutoString(length=1), nullable=False),
    sa.ForeignKeyConstraint(['spot_check_id'], ['spot_check.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('test_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_test_item_spot_check_id'), ['spot_check_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('test_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_test_item_spot_check_id'))

    op.drop_table('test_item')
    with op.batch_alter_table('spot_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spot_check_verdict'))
        batch_op.drop_index(batch_op.f('ix_spot_check_township_id'))
        batch_op.drop_index(batch_op.f('ix_spot_check_sampled_on'))
        batch_op.drop_index(batch_op.f('ix_spot_check_producer_id'))
        batch_op.drop_index('ix_spot_check_live_plan', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_spot_check_import_key')
        batch_op.drop_index(batch_op.f('ix_spot_check_enterprise_id'))

    op.drop_table('spot_check')
    with op.batch_alter_table('inspector_recusal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspector_recusal_inspector_id'))
        batch_op.drop_index(batch_op.f('ix_inspector_recusal_enterprise_id'))

    op.drop_table('inspector_recusal')
    with op.batch_alter_table('random_draw', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_random_draw_plan_id'))

    op.drop_table('random_draw')
    with op.batch_alter_table('inspector', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspector_township_id'))

    op.drop_table('inspector')
    with op.batch_alter_table('spot_check_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spot_check_plan_year'))
        batch_op.drop_index(batch_op.f('ix_spot_check_plan_plan_no'))

    op.drop_table('spot_check_plan')
    
