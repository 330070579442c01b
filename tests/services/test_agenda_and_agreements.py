"""Agenda moves and resizes, the status workflow, readiness, and signing ceremonies."""
from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.services import agenda, agreements, ceremony, event_editing, events
from desktop_app.storage import Database
from tests.builders import (
    MakeAgendaItem,
    MakeAgreement,
    MakeEvent,
    MakeOrganization,
    MakePerson,
)

BAKU = zoneinfo.ZoneInfo("Asia/Baku")


def _item(db: Database, key: str, event: str = "ada-az-kz-2025") -> agenda.AgendaItemRow:
    return next(i for i in agenda.list_agenda(db, event) if i.key == key)


def _panel(make_person: MakePerson, make_agenda_item: MakeAgendaItem
           ) -> agenda.AgendaItemRow:
    return make_agenda_item(kind="panel", speaker_ids=[make_person().id, make_person().id],
                            topics=["Dual degrees", "Joint research", "Mobility"])


def test_move_snaps_to_five_minutes_and_keeps_duration(
        db: Database, make_agenda_item: MakeAgendaItem) -> None:
    coffee = make_agenda_item(kind="break", start_time=dt.time(10, 0), end_time=dt.time(10, 15))
    moved = agenda.move_agenda_item(db, coffee.id, start_time=dt.time(15, 2),
                                    expected_version=coffee.version)
    assert (moved.start_time, moved.end_time) == (dt.time(15, 0), dt.time(15, 15))
    assert moved.version == coffee.version + 1
    assert agenda.get_agenda_item(db, coffee.id).start_time == dt.time(15, 0)


def test_move_into_another_room_creates_then_clears_a_conflict(
        db: Database, make_event: MakeEvent, make_agenda_item: MakeAgendaItem) -> None:
    event = make_event()
    main, small = event.rooms
    make_agenda_item(room_id=main.id, start_time=dt.time(10, 0), end_time=dt.time(10, 30))
    coffee = make_agenda_item(kind="break", room_id=small.id, start_time=dt.time(11, 0),
                              end_time=dt.time(11, 15))
    assert events.check_event(db, event.key) == []
    agenda.move_agenda_item(db, coffee.id, start_time=dt.time(10, 0), room_id=main.id)
    codes = [w.code for w in events.check_event(db, event.key)]
    assert codes == ["room-overlap"]
    agenda.move_agenda_item(db, coffee.id, start_time=coffee.start_time, room_id=coffee.room_id)
    assert events.check_event(db, event.key) == []


def test_resize_refuses_an_end_before_the_start(db: Database,
                                                make_agenda_item: MakeAgendaItem) -> None:
    panel = make_agenda_item(start_time=dt.time(11, 15), end_time=dt.time(12, 0))
    with pytest.raises(ValidationError) as caught:
        agenda.resize_agenda_item(db, panel.id, end_time=dt.time(11, 0))
    assert caught.value.field == "end"
    assert agenda.get_agenda_item(db, panel.id).end_time == panel.end_time


def test_lengthened_item_offers_to_shift_the_following(
        db: Database, make_agenda_item: MakeAgendaItem) -> None:
    rectors, panel, signing = (make_agenda_item() for _ in range(3))  # 9:00, 9:30, 10:00
    agenda.resize_agenda_item(db, rectors.id, end_time=dt.time(9, 45))
    pushed = agenda.items_pushed_by(db, rectors.id)
    assert [i.id for i in pushed] == [panel.id, signing.id]
    agenda.shift_agenda_items(db, [i.id for i in pushed], 15)
    assert (agenda.get_agenda_item(db, panel.id).start_time,
            agenda.get_agenda_item(db, signing.id).end_time) == (dt.time(9, 45), dt.time(10, 45))


def test_item_editor_rules(db: Database, make_event: MakeEvent, make_person: MakePerson,
                           make_agenda_item: MakeAgendaItem) -> None:
    event = make_event()
    panel = _panel(make_person, make_agenda_item)
    data = agenda.AgendaItemData.from_row(panel)
    data.day = event.end_date + dt.timedelta(days=1)
    data.speaker_ids = [panel.speaker_ids[0], panel.speaker_ids[0]]
    data.topics = ["", *data.topics]
    with pytest.raises(ValidationError) as caught:
        agenda.update_agenda_item(db, panel.id, data, panel.version)
    assert {p.field for p in caught.value.problems} == {"day", "speakers", "topics[0]"}
    assert agenda.get_agenda_item(db, panel.id) == panel


def test_speakers_and_topics_are_reordered(db: Database, make_person: MakePerson,
                                           make_agenda_item: MakeAgendaItem) -> None:
    panel = _panel(make_person, make_agenda_item)
    data = agenda.AgendaItemData.from_row(panel)
    data.speaker_ids.reverse()
    data.topics = [data.topics[2], data.topics[0]]
    saved = agenda.update_agenda_item(db, panel.id, data, panel.version)
    assert saved.speaker_ids == tuple(reversed(panel.speaker_ids))
    assert saved.topics == (panel.topics[2], panel.topics[0])


def test_status_workflow(db: Database, make_agreement: MakeAgreement) -> None:
    signed = make_agreement(status="signed",
                            signed_at=dt.datetime(2026, 5, 12, 12, 0, tzinfo=BAKU))
    with pytest.raises(ValidationError, match='cannot change from "signed" to "draft"'):
        agreements.set_status(db, signed.id, "draft")
    ready = agreements.set_status(db, signed.id, "ready")
    assert (ready.status, ready.signed_at) == ("ready", None)
    with pytest.raises(ValidationError, match='signed_at: is required when status is "signed"'):
        agreements.set_status(db, signed.id, "signed")
    when = dt.datetime(2025, 3, 4, 12, 50, tzinfo=BAKU)
    again = agreements.set_status(db, signed.id, "signed", signed_at=when)
    assert again.signed_at == when
    assert agreements.set_status(db, signed.id, "cancelled").status == "cancelled"
    assert agreements.set_status(db, signed.id, "draft").status == "draft"


def test_readiness_checklist(db: Database, make_agreement: MakeAgreement) -> None:
    agreement = make_agreement(readiness={"bound": True})
    view = agreements.set_readiness(db, agreement.id, "bound", False)
    assert view.readiness["bound"] is False and not view.is_prepared
    with pytest.raises(ValidationError, match="sealed"):
        agreements.set_readiness(db, agreement.id, "sealed", True)


def test_agreement_rules(db: Database, make_agreement: MakeAgreement) -> None:
    original, other = make_agreement(), make_agreement()
    data = agreements.AgreementData.from_row(original)
    data.reference = other.reference
    data.parties = [data.parties[0], data.parties[0]]
    with pytest.raises(ValidationError) as caught:
        agreements.update_agreement(db, original.id, data, original.version)
    assert {p.field for p in caught.value.problems} == {"reference", "parties[1].organization"}
    assert agreements.get_agreement(db, original.id) == original


def test_ceremony_plan_reorder_renumber_and_group(db: Database, sample_event: str) -> None:
    signing = _item(db, "signing")
    plan = ceremony.ceremony_plan(db, signing.id)
    assert len(plan.signings) == 40
    assert plan.slot_minutes == 1.5
    assert plan.signings[1].start == dt.datetime(2025, 3, 4, 12, 36, 30)
    assert not plan.overruns

    ids = [s.agreement.id for s in plan.signings]
    ceremony.reorder_signings(db, signing.id, list(reversed(ids)))
    reordered = ceremony.ceremony_plan(db, signing.id, slot_minutes=2)
    assert [s.agreement.id for s in reordered.signings] == list(reversed(ids))
    assert [s.order for s in reordered.signings] == list(range(1, 41))
    assert reordered.overruns  # 40 × 2 minutes > 60 minutes

    ceremony.group_signings_by_signatory(db, signing.id)
    grouped = ceremony.ceremony_plan(db, signing.id)
    first_signatories = [s.agreement.parties[0].signatory_id for s in grouped.signings]
    runs = sum(1 for a, b in zip(first_signatories, first_signatories[1:], strict=False) if a != b)
    before = [s.agreement.parties[0].signatory_id for s in reordered.signings]
    assert runs < sum(1 for a, b in zip(before, before[1:], strict=False) if a != b)

    with pytest.raises(ValidationError, match="leaves out"):
        ceremony.reorder_signings(db, signing.id, ids[:-1])


def test_renumber_closes_gaps_and_repeats(db: Database, sample_doc: dict, tmp_path) -> None:
    for agreement, order in zip(sample_doc["agreements"][:3], (5, 5, 9), strict=True):
        agreement["signing"]["order"] = order
    result = events.import_event_document(db, sample_doc)
    assert "repeated-order" in [w.code for w in result.warnings]
    signing = _item(db, "signing")
    ceremony.renumber_signings(db, signing.id)
    assert "repeated-order" not in [w.code for w in events.check_event(db, result.event_key)]
    orders = [s.order for s in ceremony.ceremony_plan(db, signing.id).signings]
    assert orders == list(range(1, 41))


def test_signatory_needed_elsewhere_is_flagged(
        db: Database, make_event: MakeEvent, make_organization: MakeOrganization,
        make_person: MakePerson, make_agenda_item: MakeAgendaItem,
        make_agreement: MakeAgreement) -> None:
    main, small = make_event().rooms
    host, guest = make_organization(), make_organization()
    signatory = make_person(family_name="Signatory", organization_id=host.id)
    signing = make_agenda_item(kind="signing", room_id=main.id, start_time=dt.time(12, 0),
                               end_time=dt.time(13, 0))
    signings = [make_agreement(parties=[(host, signatory), guest], status="ready",
                               signing_item_id=signing.id, signing_order=order)
                for order in (1, 2)]
    make_agreement(parties=[host, guest], status="ready", signing_item_id=signing.id,
                   signing_order=3)
    assert not any(s.clashes for s in ceremony.ceremony_plan(db, signing.id).signings)
    speech = make_agenda_item(speaker_ids=[signatory.id], room_id=small.id,
                              start_time=dt.time(9, 0), end_time=dt.time(9, 30))
    agenda.move_agenda_item(db, speech.id, start_time=dt.time(12, 0))
    plan = ceremony.ceremony_plan(db, signing.id)
    flagged = [s for s in plan.signings if s.clashes]
    assert [s.agreement.id for s in flagged] == [a.id for a in signings]
    assert all("Signatory" in s.clashes[0] for s in flagged)


def test_event_editing_rules_and_rooms(db: Database, make_event: MakeEvent,
                                       make_agenda_item: MakeAgendaItem) -> None:
    view = make_event()
    for _ in range(2):
        make_agenda_item(room_id=view.rooms[1].id)
    data = event_editing.EventData.from_row(view)
    data.rooms = [r for r in data.rooms if r.id != view.rooms[1].id]
    with pytest.raises(ValidationError,
                       match=f'"{view.rooms[1].name}" still has 2 agenda item'):
        event_editing.update_event(db, view.id, data, view.version)
    data = event_editing.EventData.from_row(view)
    data.start_date = view.start_date - dt.timedelta(days=10)
    data.end_date = view.start_date - dt.timedelta(days=8)
    with pytest.raises(ValidationError, match="outside the new dates"):
        event_editing.update_event(db, view.id, data, view.version)
    assert event_editing.get_event(db, view.key) == view


def test_first_page_of_agreements_by_reference(db: Database, make_event: MakeEvent,
                                               make_agreement: MakeAgreement) -> None:
    event = make_event().key
    for number in (9, 3, 12, 1, 7, 10, 2, 5, 11, 4, 8, 6):
        make_agreement(reference=f"AZ-KZ/2026/{number:03d}")
    everything = agreements.list_agreements(db, event)
    first = agreements.list_agreements(db, event, limit=7)
    assert first == everything[:7]
    assert [a.reference for a in first] == sorted(a.reference for a in everything)[:7]
    assert all(len(a.parties) == 2 for a in first)
