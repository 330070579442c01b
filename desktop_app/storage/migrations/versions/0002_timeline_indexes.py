"""Indexes for the timeline (event, day, start) and ceremony (signing item, order) queries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""
from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index('ix_agenda_items_event_day_start', ['event_id', 'day', 'start_time'], unique=False)

    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index('ix_agreements_signing_slot', ['signing_item_id', 'signing_order'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.drop_index('ix_agreements_signing_slot')

    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index('ix_agenda_items_event_day_start')

