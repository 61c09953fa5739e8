"""brands and quality awards: programs, applications with steps, documents, eligibility overrides, score sheets, the brand register, the reward fund

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 07:05:11.454230
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('award_program',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('organiser', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('opens_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('closes_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('criteria', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('documents', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('conditions', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('max_winners', sa.Integer(), nullable=True),
    sa.Column('validity_years', sa.Integer(), nullable=True),
    sa.Column('reapply_years', sa.Integer(), nullable=True),
    sa.Column('reward_fen', sa.Integer(), nullable=False),
    sa.Column('scored', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('award_program', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_award_program_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_program_year'), ['year'], unique=False)

    op.create_table('reward_fund',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('budget_fen', sa.Integer(), nullable=False),
    sa.Column('document_no', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reward_fund', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reward_fund_year'), ['year'], unique=False)

    op.create_table('award_application',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('program_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('product_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('product_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('submitted_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('decided_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('eligibility', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('checked_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], ),
    sa.ForeignKeyConstraint(['program_id'], ['award_program.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('award_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_award_application_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_application_program_id'), ['program_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_application_state'), ['state'], unique=False)

    op.create_table('application_document',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('application_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('attachment_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['award_application.id'], ),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_document_application_id'), ['application_id'], unique=False)

    op.create_table('application_step',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('application_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('from_state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('to_state', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('actor', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['award_application.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_step_application_id'), ['application_id'], unique=False)

    op.create_table('brand',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('enterprise_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('product_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('product_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('program_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('application_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('granted_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('expires_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
    sa.Column('certificate_no', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['award_application.id'], ),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprise.id'], ),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], ),
    sa.ForeignKeyConstraint(['program_id'], ['award_program.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('brand', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_brand_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_brand_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_brand_kind'), ['kind'], unique=False)

    op.create_table('eligibility_override',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('application_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('condition', sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('decided_by', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('decided_on', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('withdrawn', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['award_application.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('eligibility_override', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eligibility_override_application_id'), ['application_id'], unique=False)

    op.create_table('score_sheet',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('created_by', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('origin_station', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('application_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reviewer', sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
    sa.Column('scores', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('comment', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['award_application.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('score_sheet', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_score_sheet_application_id'), ['application_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('score_sheet', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_score_sheet_application_id'))

    op.drop_table('score_sheet')
    with op.batch_alter_table('eligibility_override', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_eligibility_override_application_id'))

    op.drop_table('eligibility_override')
    with op.batch_alter_table('brand', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_brand_kind'))
        batch_op.drop_index(batch_op.f('ix_brand_expires_on'))
        batch_op.drop_index(batch_op.f('ix_brand_enterprise_id'))

    op.drop_table('brand')
    with op.batch_alter_table('application_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_step_application_id'))

    op.drop_table('application_step')
    with op.batch_alter_table('application_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_document_application_id'))

    op.drop_table('application_document')
    with op.batch_alter_table('award_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_award_application_state'))
        batch_op.drop_index(batch_op.f('ix_award_application_program_id'))
        batch_op.drop_index(batch_op.f('ix_award_application_enterprise_id'))

    op.drop_table('award_application')
    with op.batch_alter_table('reward_fund', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reward_fund_year'))

    op.drop_table('reward_fund')
    with op.batch_alter_table('award_program', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_award_program_year'))
        batch_op.drop_index(batch_op.f('ix_award_program_kind'))

    op.drop_table('award_program')
    
