"""A change log that lets every application instance notice the commits of the others.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_key', sa.String(length=64), nullable=False),
    sa.Column('topic', sa.String(length=32), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_log'))
    )


def downgrade() -> None:
    op.drop_table('change_log')
