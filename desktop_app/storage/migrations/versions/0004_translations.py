"""Translations of the texts of an event: a ``translations`` JSON map on every record
with translatable texts (events, rooms, people, agenda items, topics, agreements).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

TABLES = ('events', 'rooms', 'people', 'agenda_items', 'agenda_topics', 'agreements')


def upgrade() -> None:
    # A plain ADD COLUMN on both SQLite and PostgreSQL. Not batch mode: on SQLite that may
    # copy and drop the table, and dropping ``events`` with foreign keys on would cascade
    # to every record of every event. Existing rows get an empty map, never NULL.
    for table in TABLES:
        op.add_column(table, sa.Column('translations', sa.JSON(), nullable=False,
                                       server_default=sa.text("'{}'")))


def downgrade() -> None:
    for table in TABLES:  # SQLite has DROP COLUMN since 3.35 (Debian 12: 3.40)
        op.drop_column(table, 'translations')
