"""Initial schema: events, rooms, hosts, organizations, people, agenda, agreements.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('subtitle', sa.Text(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('venue_name', sa.Text(), nullable=False),
    sa.Column('venue_address', sa.Text(), nullable=True),
    sa.Column('venue_city', sa.Text(), nullable=False),
    sa.Column('venue_country', sa.String(length=2), nullable=False),
    sa.Column('languages', sa.JSON(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_events_dates_ordered')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_events')),
    sa.UniqueConstraint('key', name=op.f('uq_events_key'))
    )
    op.create_table('organizations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('short_name', sa.Text(), nullable=True),
    sa.Column('local_names', sa.JSON(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('city', sa.Text(), nullable=True),
    sa.Column('website', sa.Text(), nullable=True),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_organizations_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organizations')),
    sa.UniqueConstraint('event_id', 'key', name=op.f('uq_organizations_event_id'))
    )
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organizations_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organizations_search_key'), ['search_key'], unique=False)

    op.create_table('rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_rooms_event_id_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms')),
    sa.UniqueConstraint('event_id', 'key', name=op.f('uq_rooms_event_id'))
    )
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rooms_event_id'), ['event_id'], unique=False)

    op.create_table('event_hosts',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_event_hosts_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_event_hosts_organization_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'organization_id', name=op.f('pk_event_hosts'))
    )
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('honorific', sa.Text(), nullable=True),
    sa.Column('given_name', sa.Text(), nullable=True),
    sa.Column('family_name', sa.Text(), nullable=False),
    sa.Column('local_names', sa.JSON(), nullable=False),
    sa.Column('position', sa.Text(), nullable=True),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('precedence', sa.Integer(), nullable=True),
    sa.Column('email', sa.Text(), nullable=True),
    sa.Column('phone', sa.Text(), nullable=True),
    sa.Column('bio', sa.Text(), nullable=True),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('precedence IS NULL OR precedence >= 1', name=op.f('ck_people_precedence_positive')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_people_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_people_organization_id_organizations'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('event_id', 'key', name=op.f('uq_people_event_id'))
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_search_key'), ['search_key'], unique=False)

    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('end_time > start_time', name=op.f('ck_agenda_items_times_ordered')),
    sa.ForeignKeyConstraint(['chair_id'], ['people.id'], name=op.f('fk_agenda_items_chair_id_people'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_agenda_items_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_agenda_items_room_id_rooms'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items')),
    sa.UniqueConstraint('event_id', 'key', name=op.f('uq_agenda_items_event_id'))
    )
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_items_chair_id'), ['chair_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_items_room_id'), ['room_id'], unique=False)

    op.create_table('agenda_speakers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_agenda_speakers_item_id_agenda_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_agenda_speakers_person_id_people'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_speakers'))
    )
    with op.batch_alter_table('agenda_speakers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_speakers_item_id'), ['item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agenda_speakers_person_id'), ['person_id'], unique=False)

    op.create_table('agenda_topics',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_agenda_topics_item_id_agenda_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_topics'))
    )
    with op.batch_alter_table('agenda_topics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_topics_item_id'), ['item_id'], unique=False)

    op.create_table('agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('reference', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('signing_item_id', sa.Integer(), nullable=True),
    sa.Column('signing_order', sa.Integer(), nullable=True),
    sa.Column('signed_at', sa.DateTime(), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('languages', sa.JSON(), nullable=True),
    sa.Column('originals', sa.Integer(), nullable=True),
    sa.Column('legal_review', sa.Boolean(), nullable=True),
    sa.Column('translated', sa.Boolean(), nullable=True),
    sa.Column('printed', sa.Boolean(), nullable=True),
    sa.Column('bound', sa.Boolean(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('originals IS NULL OR originals >= 1', name=op.f('ck_agreements_originals_positive')),
    sa.ForeignKeyConstraint(['event_id'], ['events.id'], name=op.f('fk_agreements_event_id_events'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signing_item_id'], ['agenda_items.id'], name=op.f('fk_agreements_signing_item_id_agenda_items'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements')),
    sa.UniqueConstraint('event_id', 'key', name=op.f('uq_agreements_event_id')),
    sa.UniqueConstraint('event_id', 'reference', name='uq_agreements_event_reference')
    )
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreements_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_signing_item_id'), ['signing_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_status'), ['status'], unique=False)

    op.create_table('agreement_parties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.Column('signatory_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_agreement_parties_agreement_id_agreements'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_agreement_parties_organization_id_organizations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['signatory_id'], ['people.id'], name=op.f('fk_agreement_parties_signatory_id_people'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_parties')),
    sa.UniqueConstraint('agreement_id', 'organization_id', name=op.f('uq_agreement_parties_agreement_id'))
    )
    with op.batch_alter_table('agreement_parties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_parties_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_parties_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_parties_signatory_id'), ['signatory_id'], unique=False)

    op.create_table('agreement_witnesses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_agreement_witnesses_agreement_id_agreements'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_agreement_witnesses_person_id_people'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_witnesses'))
    )
    with op.batch_alter_table('agreement_witnesses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_witnesses_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_witnesses_person_id'), ['person_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('agreement_witnesses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_witnesses_person_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_witnesses_agreement_id'))

    op.drop_table('agreement_witnesses')
    with op.batch_alter_table('agreement_parties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_parties_signatory_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_parties_organization_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_parties_agreement_id'))

    op.drop_table('agreement_parties')
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreements_status'))
        batch_op.drop_index(batch_op.f('ix_agreements_signing_item_id'))
        batch_op.drop_index(batch_op.f('ix_agreements_event_id'))

    op.drop_table('agreements')
    with op.batch_alter_table('agenda_topics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_topics_item_id'))

    op.drop_table('agenda_topics')
    with op.batch_alter_table('agenda_speakers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_speakers_person_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_speakers_item_id'))

    op.drop_table('agenda_speakers')
    with op.batch_alter_table('agenda_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_items_room_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_event_id'))
        batch_op.drop_index(batch_op.f('ix_agenda_items_chair_id'))

    op.drop_table('agenda_items')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_people_search_key'))
        batch_op.drop_index(batch_op.f('ix_people_organization_id'))
        batch_op.drop_index(batch_op.f('ix_people_event_id'))

    op.drop_table('people')
    op.drop_table('event_hosts')
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rooms_event_id'))

    op.drop_table('rooms')
    with op.batch_alter_table('organizations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organizations_search_key'))
        batch_op.drop_index(batch_op.f('ix_organizations_event_id'))

    op.drop_table('organizations')
    op.drop_table('events')
