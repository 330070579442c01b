"""Seating plans: the event's main table or an agenda item's table, and its seats.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New tables only: nothing existing is copied or dropped, on SQLite or PostgreSQL.
    op.create_table('seating_plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('layout', sa.String(length=64), nullable=False),
    sa.Column('rule', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_seating_plans_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_seating_plans_item_id_agenda_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seating_plans')),
    sa.UniqueConstraint('item_id', name=op.f('uq_seating_plans_item_id'))
    )
    op.create_index(op.f('ix_seating_plans_event_id'), 'seating_plans', ['event_id'], unique=False)
    # One main table per event: unique among the plans without an item.
    op.create_index('ix_seating_plans_one_main_table', 'seating_plans', ['event_id'], unique=True,
                    sqlite_where=sa.text('item_id IS NULL'),
                    postgresql_where=sa.text('item_id IS NULL'))
    op.create_table('seat_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('seat', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.CheckConstraint('seat >= 1', name=op.f('ck_seat_assignments_seat_positive')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_seat_assignments_person_id_people'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['seating_plans.id'], name=op.f('fk_seat_assignments_plan_id_seating_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_seat_assignments')),
    sa.UniqueConstraint('plan_id', 'seat', name=op.f('uq_seat_assignments_plan_id'))
    )
    op.create_index(op.f('ix_seat_assignments_plan_id'), 'seat_assignments', ['plan_id'], unique=False)
    op.create_index(op.f('ix_seat_assignments_person_id'), 'seat_assignments', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_seat_assignments_person_id'), table_name='seat_assignments')
    op.drop_index(op.f('ix_seat_assignments_plan_id'), table_name='seat_assignments')
    op.drop_table('seat_assignments')
    op.drop_index('ix_seating_plans_one_main_table', table_name='seating_plans')
    op.drop_index(op.f('ix_seating_plans_event_id'), table_name='seating_plans')
    op.drop_table('seating_plans')
