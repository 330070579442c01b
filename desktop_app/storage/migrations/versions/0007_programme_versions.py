"""Published versions of the programme, and the stable schedule ids of agenda items and
people.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN and a new table: nothing existing is copied or dropped. Not batch
    # mode: on SQLite it would copy and drop ``agenda_items`` and ``people``, and dropping
    # them with foreign keys on would cascade to speakers, topics and seats.
    for table in ('agenda_items', 'people'):
        op.add_column(table, sa.Column('schedule_id', sa.Integer(), nullable=True))
        # The ids schedules were given until now were the rows' own: they stay the same.
        op.execute(f"UPDATE {table} SET schedule_id = id")
        op.create_index(f'ix_{table}_event_schedule_id', table, ['event_id', 'schedule_id'],
                        unique=True)
    op.create_table('programme_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('changes', sa.Integer(), nullable=True),
    sa.Column('last_item_schedule_id', sa.Integer(), nullable=False),
    sa.Column('last_person_schedule_id', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.CheckConstraint('position >= 1', name=op.f('ck_programme_versions_position_positive')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_programme_versions_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_versions')),
    sa.UniqueConstraint('event_id', 'name', name='uq_programme_versions_event_name'),
    sa.UniqueConstraint('event_id', 'position', name='uq_programme_versions_event_position')
    )
    op.create_index(op.f('ix_programme_versions_event_id'), 'programme_versions', ['event_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_programme_versions_event_id'), table_name='programme_versions')
    op.drop_table('programme_versions')
    for table in ('people', 'agenda_items'):
        op.drop_index(f'ix_{table}_event_schedule_id', table_name=table)
        op.drop_column(table, 'schedule_id')
