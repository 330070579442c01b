"""The partnership register: renewals and terminations of agreements, their attached files
and their activities.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN and new tables: nothing existing is copied or dropped. Not batch
    # mode: on SQLite it would copy and drop ``agreements``, and dropping it with foreign
    # keys on would cascade to every party and witness. SQLite cannot add a foreign key
    # to an existing table except inline in ADD COLUMN, so that one statement is written
    # out (the same text on SQLite and PostgreSQL, the constraint named as the models'
    # naming convention names it).
    op.execute("ALTER TABLE agreements ADD COLUMN renews_id INTEGER "
               "CONSTRAINT fk_agreements_renews_id_agreements "
               "REFERENCES agreements (id) ON DELETE SET NULL")
    op.create_index(op.f('ix_agreements_renews_id'), 'agreements', ['renews_id'], unique=False)
    op.add_column('agreements', sa.Column('terminated_on', sa.Date(), nullable=True))
    op.add_column('agreements', sa.Column('termination_reason', sa.Text(), nullable=True))
    op.create_table('agreement_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.Text(), nullable=True),
    sa.Column('content', sa.LargeBinary(), nullable=True),
    sa.CheckConstraint('size >= 0', name=op.f('ck_agreement_attachments_size_not_negative')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_agreement_attachments_agreement_id_agreements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_attachments'))
    )
    op.create_index(op.f('ix_agreement_attachments_agreement_id'), 'agreement_attachments', ['agreement_id'], unique=False)
    op.create_index(op.f('ix_agreement_attachments_sha256'), 'agreement_attachments', ['sha256'], unique=False)
    op.create_table('agreement_activities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('from_organization_id', sa.Integer(), nullable=True),
    sa.Column('to_organization_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('count IS NULL OR count >= 1', name=op.f('ck_agreement_activities_count_positive')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_agreement_activities_agreement_id_agreements'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['from_organization_id'], ['organizations.id'], name=op.f('fk_agreement_activities_from_organization_id_organizations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['to_organization_id'], ['organizations.id'], name=op.f('fk_agreement_activities_to_organization_id_organizations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_activities'))
    )
    op.create_index(op.f('ix_agreement_activities_agreement_id'), 'agreement_activities', ['agreement_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_agreement_activities_agreement_id'), table_name='agreement_activities')
    op.drop_table('agreement_activities')
    op.drop_index(op.f('ix_agreement_attachments_sha256'), table_name='agreement_attachments')
    op.drop_index(op.f('ix_agreement_attachments_agreement_id'), table_name='agreement_attachments')
    op.drop_table('agreement_attachments')
    op.drop_column('agreements', 'termination_reason')
    op.drop_column('agreements', 'terminated_on')
    # PostgreSQL drops the constraint with the column. SQLite drops the column in place
    # only while its foreign key is still written inline, as upgrade() added it; once the
    # table has been rebuilt (by batch mode, here or in a later revision) the key is a
    # table constraint and SQLite refuses. Batch mode copies the table without the column
    # instead, which with foreign keys on would cascade from the dropped old table to
    # every party and witness: env.py runs downgrades on SQLite only with them off.
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreements_renews_id'))
        batch_op.drop_column('renews_id')
