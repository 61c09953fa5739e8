"""certifications (with scans and reward payments), quality credit (rules, list entries, penalties, grades), instruments

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 06:26:46.811399
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('attachment',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('mime', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_sha256'), ['sha256'], unique=False)

    op.create_table('credit_rule',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('window_years', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('credit_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credit_rule_code'), ['code'], unique=False)

    op.create_table('credit_grade',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('grade', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('computed_grade', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
    sa.Column('basis', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('override_reason', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('decided_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('credit_grade', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credit_grade_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('credit_list_entry',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('list_kind', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('listed_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('removed_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('authority', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('document_no', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('credit_list_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credit_list_entry_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('instrument',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('model', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('serial', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('use_category', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('location', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('registered', sa.Boolean(), nullable=False),
    sa.Column('verification_body', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('certificate_no', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('cycle_months', sa.Integer(), nullable=False),
    sa.Column('verified_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('due_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('result', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('instrument', schema=None) as batch_op:
        batch_op.create_index('ix_instrument_live_due', ['due_on'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_instrument_live_enterprise', ['enterprise_id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('penalty',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('decided_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('document_no', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('authority', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('penalty', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_penalty_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('reward_payment',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('subject_kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('subject_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('paid_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('fund_year', sa.Integer(), nullable=False),
    sa.Column('fund_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('document_no', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reward_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reward_payment_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reward_payment_fund_year'), ['fund_year'], unique=False)
        batch_op.create_index(batch_op.f('ix_reward_payment_subject_id'), ['subject_id'], unique=False)

    op.create_table('certification',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('product_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('number_note', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('issuer', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('issued_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('expires_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('attachment_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('reward_eligible', sa.Boolean(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], ),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('certification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certification_kind'), ['kind'], unique=False)
        batch_op.create_index('ix_certification_live_enterprise', ['enterprise_id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_certification_live_expiry', ['expires_on'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index(batch_op.f('ix_certification_number'), ['number'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('certification', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certification_number'))
        batch_op.drop_index('ix_certification_live_expiry', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_certification_live_enterprise', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_certification_kind'))

    op.drop_table('certification')
    with op.batch_alter_table('reward_payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reward_payment_subject_id'))
        batch_op.drop_index(batch_op.f('ix_reward_payment_fund_year'))
        batch_op.drop_index(batch_op.f('ix_reward_payment_enterprise_id'))

    op.drop_table('reward_payment')
    with op.batch_alter_table('penalty', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_penalty_enterprise_id'))

    op.drop_table('penalty')
    with op.batch_alter_table('instrument', schema=None) as batch_op:
        batch_op.drop_index('ix_instrument_live_enterprise', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_instrument_live_due', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.drop_table('instrument')
    with op.batch_alter_table('credit_list_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credit_list_entry_enterprise_id'))

    op.drop_table('credit_list_entry')
    with op.batch_alter_table('credit_grade', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credit_grade_enterprise_id'))

    op.drop_table('credit_grade')
    with op.batch_alter_table('credit_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credit_rule_code'))

    op.drop_table('credit_rule')
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_sha256'))

    op.drop_table('attachment')
    
