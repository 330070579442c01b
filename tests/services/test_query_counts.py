"""Query discipline: loading a list or a document's data takes a fixed number of queries.

Each service call below runs once on a small event (5 people, 3 agreements, 5
agenda items) and once on a larger one (60 people, 40 agreements, 30 items,
with topics, speakers, parties and witnesses), both in the same real database,
counting the statements the engine executes. The two counts must be equal —
a count that grows with the rows is a query per row (a lazy load in a loop) —
and stay under the ceiling listed here. A failure
prints the statements that ran most often, which names the culprit.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, update

from desktop_app.domain.models import AgendaItem, Event
from desktop_app.domain.vocabulary import AgendaKind
from desktop_app.services.agenda import items_pushed_by, list_agenda, shift_agenda_items
from desktop_app.services.agreements import list_agreements
from desktop_app.services.ceremony import (
    ceremony_plan,
    group_signings_by_signatory,
    renumber_signings,
    reorder_signings,
    signing_items,
)
from desktop_app.services.change_notice import generate_change_notice
from desktop_app.services.documents import generate_document
from desktop_app.services.event_editing import get_event
from desktop_app.services.events import (
    check_event,
    export_event_file,
    import_event_document,
    list_events,
)
from desktop_app.services.exports import export_agenda, export_schedule, export_signings
from desktop_app.services.organizations import list_organizations
from desktop_app.services.overview import overview_figures
from desktop_app.services.people import list_people
from desktop_app.services.publishing import (
    list_versions,
    programme_changes,
    publish_version,
    unpublished_changes,
)
from desktop_app.services.seating import (
    apply_seating,
    get_seating,
    list_seating,
    lock_seat,
    move_person,
    propose_seating,
    signing_tables,
    swap_seats,
)
from desktop_app.services.translation_editing import list_event_texts
from desktop_app.services.translation_status import (
    missing_translation_counts,
    translation_warnings,
)
from desktop_app.services.verification import verify_code
from desktop_app.storage import Database, open_database
from tests import postgres_support
from tests.query_counter import QueryLog, count_queries
from tests.services.scaled_event import scaled_event_document

SMALL = {"people": 5, "agreements": 3, "items": 5, "organizations": 4}
LARGE = {"people": 60, "agreements": 40, "items": 30, "organizations": 20}


@dataclass(frozen=True)
class EventUnderTest:
    """What a service call needs to know about one of the two events."""

    key: str
    first_item_id: int
    item_ids: tuple[int, ...]
    signing_item_id: int
    workdir: Path


@dataclass(frozen=True)
class Events:
    db: Database
    small: EventUnderTest
    large: EventUnderTest


def _describe(db: Database, key: str, workdir: Path) -> EventUnderTest:
    with db.reader() as session:
        event_id = session.scalars(select(Event.id).where(Event.key == key)).one()
        items = session.execute(select(AgendaItem.id, AgendaItem.kind)
                                .where(AgendaItem.event_id == event_id)
                                .order_by(AgendaItem.day, AgendaItem.start_time)).all()
    workdir.mkdir()
    first_in_main = next(item_id for item_id, kind in items if kind != AgendaKind.SIGNING)
    signing = next(item_id for item_id, kind in items if kind == AgendaKind.SIGNING)
    return EventUnderTest(key, first_in_main, tuple(i for i, _ in items), signing, workdir)


def _publish_three_times(db: Database, key: str) -> None:
    """v1, v2 and v3, every item renamed before each of the last two: as many changes as
    the event has items between any two of them."""
    event_id = select(Event.id).where(Event.key == key).scalar_subquery()
    publish_version(db, key)
    for _ in range(2):
        with db.session() as session:
            session.execute(update(AgendaItem).where(AgendaItem.event_id == event_id)
                            .values(title=AgendaItem.title + " (revised)"))
        publish_version(db, key)


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory, _postgres_template: bool
           ) -> Iterator[Events]:
    """Both events in one database (SQLite file, or PostgreSQL under ROUNDTABLE_TEST_DB).

    Module-scoped: the calls under test only read, except the shift (items move by
    a few minutes and back) and the ceremony edits (signing orders change): neither
    changes what any other call's count depends on.
    """
    base = tmp_path_factory.mktemp("query-counts")
    url = (postgres_support.create_test_database() if _postgres_template
           else str(base / "roundtable.sqlite"))
    db = open_database(url)
    for key, size in (("small-event", SMALL), ("large-event", LARGE)):
        import_event_document(db, scaled_event_document(key, **size))
        apply_seating(db, key, None)  # a main table, for check_event and the seating calls
        _publish_three_times(db, key)  # versions, for the calls that read them
    db.external_changes()  # the change-log poll's starting point
    yield Events(db, _describe(db, "small-event", base / "small"),
                 _describe(db, "large-event", base / "large"))
    db.dispose()
    if _postgres_template:
        postgres_support.drop_test_database(url)


def _poll_after_changes(db: Database, event: EventUnderTest) -> None:
    """Another instance commits one change per agenda item, then this one polls."""
    other = open_database(db.url)
    try:
        for _ in event.item_ids:
            other.notify("agenda", event.key)
    finally:
        other.dispose()
    assert db.external_changes() == [("agenda", event.key)]


def _verify_any_digest(db: Database, _event: EventUnderTest) -> None:
    """A bare digest is checked against every agreement of every event."""
    assert not verify_code(db, "0000-0000-0000").matches


def _document(kind: str) -> Callable[[Database, EventUnderTest], object]:
    """Validate, load and render the whole PDF: a builder's lazy load counts too."""
    def generate(db: Database, event: EventUnderTest) -> None:
        result = generate_document(db, event.key, kind, event.workdir / f"{kind}.pdf")
        assert result.pages > 0 and result.path.stat().st_size > 1000

    return generate


Call = Callable[[Database, EventUnderTest], object]


def _publish_unchanged(db: Database, event: EventUnderTest) -> None:
    """Publishing reads the programme and the last version, and finds nothing changed."""
    assert not publish_version(db, event.key).stored


def _change_notice(db: Database, event: EventUnderTest) -> None:
    result = generate_change_notice(db, event.key, event.workdir / "changes.pdf", since="v1")
    assert result.changes > 0 and result.pages > 0


def _export(export: Callable[[Database, str, Path], object], file_name: str) -> Call:
    return lambda db, e: export(db, e.key, e.workdir / file_name)


#: A signing item of both events (``scaled_event``: every fifth item from the third).
SIGNING_ITEM = "item-2"

#: ``load_event`` reads the whole event with one query per relation (21 today);
#: every document and export reads the event through it and nothing else.
LOAD_EVENT_CEILING = 24

#: service id -> (the call, the most queries it may take). The ceilings leave a little
#: room over the measured counts.
CALLS: dict[str, tuple[Call, int]] = {
    "list_events": (lambda db, e: list_events(db), 5),
    "get_event": (lambda db, e: get_event(db, e.key), 5),
    "overview_figures": (lambda db, e: overview_figures(db, e.key), 9),
    "list_people": (lambda db, e: list_people(db, e.key), 3),
    "list_people-search": (lambda db, e: list_people(db, e.key, "ə"), 3),
    "list_people-search-cyrillic": (lambda db, e: list_people(db, e.key, "нұрбек"), 3),
    "list_people-first-page": (lambda db, e: list_people(db, e.key, limit=4), 4),
    "list_organizations": (lambda db, e: list_organizations(db, e.key), 3),
    "list_organizations-search": (lambda db, e: list_organizations(db, e.key, "univ"), 3),
    "list_agreements": (lambda db, e: list_agreements(db, e.key), 5),
    "list_agreements-first-page": (lambda db, e: list_agreements(db, e.key, limit=2), 5),
    "list_agenda": (lambda db, e: list_agenda(db, e.key), 10),
    "items_pushed_by": (lambda db, e: items_pushed_by(db, e.first_item_id), 10),
    "signing_items": (lambda db, e: signing_items(db, e.key), 7),
    "ceremony_plan": (lambda db, e: ceremony_plan(db, e.signing_item_id), 14),
    "check_event": (lambda db, e: check_event(db, e.key), 15),
    "propose_seating-main": (lambda db, e: propose_seating(db, e.key, None), 15),
    "propose_seating-signing": (lambda db, e: propose_seating(db, e.key, SIGNING_ITEM), 15),
    "get_seating-main": (lambda db, e: get_seating(db, e.key, None), 15),
    "get_seating-inherited": (lambda db, e: get_seating(db, e.key, SIGNING_ITEM), 15),
    "list_seating": (lambda db, e: list_seating(db, e.key), 15),
    "signing_tables": (lambda db, e: signing_tables(db, e.key, SIGNING_ITEM), 15),
    "list_event_texts": (lambda db, e: list_event_texts(db, e.key), 7),
    "translation_warnings": (lambda db, e: translation_warnings(db, e.key), 7),
    "missing_translation_counts": (lambda db, e: missing_translation_counts(db, e.key), 7),
    "external_changes-poll": (_poll_after_changes, 2),
    "list_versions": (lambda db, e: list_versions(db, e.key), 3),
    "programme_changes": (lambda db, e: programme_changes(db, e.key, "v1"), 10),
    "programme_changes-between": (lambda db, e: programme_changes(db, e.key, "v1", "v2"), 10),
    "unpublished_changes": (lambda db, e: unpublished_changes(db, e.key), 10),
    "publish_version": (_publish_unchanged, 12),
    "change_notice": (_change_notice, 12),
    "verify_code-bare-digest": (_verify_any_digest, 10),
    # ``load_event``, the seating plans, the agreements' attachments and activities, and
    # the published versions.
    "export_event_file": (_export(export_event_file, "event.json"), LOAD_EVENT_CEILING + 4),
    "export_signings-csv": (_export(export_signings, "signings.csv"), LOAD_EVENT_CEILING),
    "export_signings-xlsx": (_export(export_signings, "signings.xlsx"), LOAD_EVENT_CEILING),
    "export_signings-json": (_export(export_signings, "signings.json"), LOAD_EVENT_CEILING),
    "export_agenda-ics": (_export(export_agenda, "agenda.ics"), LOAD_EVENT_CEILING),
    "export_schedule-xml": (_export(export_schedule, "schedule.xml"), LOAD_EVENT_CEILING),
    "export_schedule-json": (_export(export_schedule, "schedule.json"), LOAD_EVENT_CEILING),
    **{f"document-{kind}": (_document(kind), LOAD_EVENT_CEILING)
       for kind in ("programme", "certificates", "register", "badges", "placecards")},
    # These also read the seating scene once (``services.seating_documents``): the run
    # sheet for its flag lines, the seating chart for the plans, the flag sheet.
    **{f"document-{kind}": (_document(kind), LOAD_EVENT_CEILING + 12)
       for kind in ("runsheet", "seating", "flags")},
}


def _counted(events: Events, call: Call, event: EventUnderTest) -> QueryLog:
    with count_queries(events.db.engine) as log:
        call(events.db, event)
    return log


@pytest.mark.parametrize("name", list(CALLS))
def test_query_count_does_not_grow_with_the_event(events: Events, name: str) -> None:
    call, ceiling = CALLS[name]
    call(events.db, events.small)  # warm up: first connection, dialect set-up, caches
    small = _counted(events, call, events.small)
    large = _counted(events, call, events.large)
    assert small.count == large.count, (
        f"{name}: {small.count} queries for the small event but {large.count} for the "
        f"large one; a query per row. Most repeated on the large event:\n{large.summary()}")
    assert 0 < large.count <= ceiling, (
        f"{name}: {large.count} queries, more than the ceiling of {ceiling}:\n{large.summary()}")


def test_shifting_items_reads_a_fixed_number_of_queries(events: Events) -> None:
    """Shifting a selection reads the items once, whatever their number. Each moved item
    is then written by its own UPDATE: the version check of optimistic concurrency
    needs the row count of every update, so these cannot be batched."""
    def shift(event: EventUnderTest, minutes: int) -> QueryLog:
        with count_queries(events.db.engine) as log:
            views = shift_agenda_items(events.db, list(event.item_ids), minutes)
        assert [view.id for view in views] == list(event.item_ids)
        return log

    shift(events.small, 5)
    shift(events.small, -5)  # warm up, and back where it was
    counts = {}
    for event in (events.small, events.large):
        log = shift(event, 5)
        shift(event, -5)
        updates = [s for s in log.statements if s.lstrip().upper().startswith("UPDATE")]
        assert len(updates) == len(event.item_ids)
        counts[event.key] = (log.count - len(updates), log)
    (small, _), (large, large_log) = counts.values()
    assert small == large <= 9, (  # seven reads and the change-log entry
        f"shift_agenda_items: {small} reads for the small event, {large} for the large "
        f"one:\n{large_log.summary()}")


def _reverse_signing_order(db: Database, event: EventUnderTest) -> None:
    plan = ceremony_plan(db, event.signing_item_id)
    reorder_signings(db, event.signing_item_id,
                     [signing.agreement.id for signing in reversed(plan.signings)])


#: The ceremony planner's edits: name -> (the call, the most reads it may take).
CEREMONY_EDITS: dict[str, tuple[Call, int]] = {
    "renumber_signings": (lambda db, e: renumber_signings(db, e.signing_item_id), 24),
    "group_signings_by_signatory": (
        lambda db, e: group_signings_by_signatory(db, e.signing_item_id), 24),
    "reorder_signings-reversed": (_reverse_signing_order, 26),
}


@pytest.mark.parametrize("name", list(CEREMONY_EDITS))
def test_ceremony_edits_read_a_fixed_number_of_queries(events: Events, name: str) -> None:
    """Reordering reads the ceremony once, whatever its size; then one versioned UPDATE
    per agreement whose order changed (at most one per agreement of the ceremony)."""
    call, ceiling = CEREMONY_EDITS[name]
    call(events.db, events.small)  # warm up
    reads = {}
    for event in (events.small, events.large):
        agreements = len(ceremony_plan(events.db, event.signing_item_id).signings)
        log = _counted(events, call, event)
        updates = [s for s in log.statements if s.lstrip().upper().startswith("UPDATE")]
        assert len(updates) <= agreements
        reads[event.key] = (log.count - len(updates), log)
    (small, _), (large, large_log) = reads.values()
    assert small == large <= ceiling, (
        f"{name}: {small} reads for the small event, {large} for the large one:\n"
        f"{large_log.summary()}")


def _seating_edits(db: Database, event: EventUnderTest) -> None:
    """Swap two seats and back, move someone and back, lock a seat and unlock it."""
    view = get_seating(db, event.key, None)
    assert view is not None
    person = view.seat(1).person_key
    assert person is not None
    view = swap_seats(db, event.key, None, 1, 2, expected_version=view.version)
    view = swap_seats(db, event.key, None, 1, 2, expected_version=view.version)
    view = move_person(db, event.key, None, person, 3, expected_version=view.version)
    view = move_person(db, event.key, None, person, 1, expected_version=view.version)
    view = lock_seat(db, event.key, None, 1, expected_version=view.version)
    lock_seat(db, event.key, None, 1, False, expected_version=view.version)


def test_seating_edits_take_a_fixed_number_of_queries(events: Events) -> None:
    """Each seat edit reads the event's seating facts and the plan once, whatever the
    event's size, then updates the plan (its version) and the seats it changes."""
    for event in (events.small, events.large):  # warm up; then both start alike, the
        _seating_edits(events.db, event)        # seats given their "moved by hand" reasons
    small = _counted(events, _seating_edits, events.small)
    large = _counted(events, _seating_edits, events.large)
    assert small.count == large.count <= 6 * 20, (
        f"seat edits: {small.count} queries for the small event, {large.count} for the "
        f"large one:\n{large.summary()}")


def test_the_large_event_really_is_larger(events: Events) -> None:
    """The comparison means something only if the large event has many more rows of
    every kind that a list walks."""
    sizes = {summary.key: summary for summary in list_events(events.db)}
    small, large_event = sizes["small-event"], sizes["large-event"]
    assert large_event.people >= 10 * small.people
    assert large_event.agreements >= 10 * small.agreements
    assert large_event.agenda_items >= 6 * small.agenda_items
    large = list_agenda(events.db, "large-event")
    assert sum(len(item.speaker_ids) for item in large) > 30
    assert sum(len(item.topics) for item in large) > 30
    pushed = items_pushed_by(events.db, events.large.first_item_id)
    assert len(pushed) > 5  # the knock-on chain the pushed-items count walks
    plan = ceremony_plan(events.db, events.large.signing_item_id)
    assert len(plan.signings) >= 5
    assert len(list_people(events.db, "large-event", "ə")) > 3
    assert missing_translation_counts(events.db, "large-event")["kk"] > 100


def test_counter_sees_a_query_per_row(events: Events) -> None:
    """The counter itself: walking a lazy relation per row shows up in the count."""
    def lazy_walk(db: Database, event: EventUnderTest) -> None:
        with db.reader() as session:
            event_row = session.scalars(select(Event).where(Event.key == event.key)).one()
            for agreement in event_row.agreements:
                _ = [party.organization.name for party in agreement.parties]

    small = _counted(events, lazy_walk, events.small)
    large = _counted(events, lazy_walk, events.large)
    assert large.count > small.count + 30
    assert "agreement_parties" in large.summary() or "agreement_party" in large.summary()


def _with_partnership(doc: dict[str, object]) -> dict[str, object]:
    """A version 2 copy of ``doc`` whose agreements have an attachment, an activity and a
    renewal link each where they can (the register reads all three)."""
    import base64
    import copy
    import hashlib

    doc = copy.deepcopy(doc)
    doc["version"] = 2
    agreements = doc["agreements"]
    assert isinstance(agreements, list)
    for number, agreement in enumerate(agreements):
        content = f"scan {doc['event']['id']} {number}".encode()  # type: ignore[index]
        agreement["attachments"] = [{
            "file_name": f"{number}.pdf", "kind": "signed-copy", "size": len(content),
            "sha256": hashlib.sha256(content).hexdigest(),
            "added_at": "2026-05-12T10:00:00+05:00",
            "content": base64.b64encode(content).decode()}]
        agreement["activities"] = [{"date": "2026-09-01", "kind": "visit", "count": 2}]
        if number and agreements[number - 1]["status"] == "signed":
            agreement["renews"] = {"agreement": agreements[number - 1]["id"]}
    return doc


def _register_calls(workdir: Path) -> dict[str, tuple[Callable[[Database], object], int]]:
    """The register and what reads it: name -> (the call, the most queries it may take)."""
    import datetime as dt

    from desktop_app.domain.partnership import RegisterFilter
    from desktop_app.services.register import list_register, register_entry
    from desktop_app.services.register_outputs import (
        export_register,
        export_reminders,
        report_figures,
    )

    first: list[int] = []

    def entry(db: Database) -> object:
        if not first:  # found once, outside the counts that follow (the warm-up call)
            first.append(list_register(db, RegisterFilter(event="event-0"))[0].id)
        return register_entry(db, first[0])

    return {
        "list_register": (lambda db: list_register(db), 6),
        "list_register-expiring": (
            lambda db: list_register(db, RegisterFilter(expiring_within=180)), 6),
        "register_entry": (entry, 6),
        "export_register-xlsx": (lambda db: export_register(db, workdir / "r.xlsx"), 6),
        "export_register-csv": (lambda db: export_register(db, workdir / "r.csv"), 6),
        "export_reminders": (lambda db: export_reminders(db, workdir / "r.ics"), 6),
        "report_figures": (lambda db: report_figures(db, 2026, as_of=dt.date(2026, 12, 3)), 8),
    }


def test_the_register_reads_a_fixed_number_of_queries_over_many_events(
        tmp_path_factory: pytest.TempPathFactory, _postgres_template: bool) -> None:
    """The register lists every agreement of every event: two small events and then ten
    more, larger ones, with attachments, activities and renewals, take the same number of
    queries for each call that reads it."""
    base = tmp_path_factory.mktemp("register-counts")
    url = (postgres_support.create_test_database() if _postgres_template
           else str(base / "roundtable.sqlite"))
    db = open_database(url)
    try:
        for number in range(2):
            import_event_document(db, _with_partnership(
                scaled_event_document(f"event-{number}", **SMALL)))
        calls = _register_calls(base)
        small: dict[str, QueryLog] = {}
        for name, (call, _ceiling) in calls.items():
            call(db)  # warm up
            with count_queries(db.engine) as log:
                call(db)
            small[name] = log
        for number in range(2, 12):
            import_event_document(db, _with_partnership(
                scaled_event_document(f"event-{number}", **LARGE)))
        for name, (call, ceiling) in calls.items():
            with count_queries(db.engine) as large:
                call(db)
            assert small[name].count == large.count, (
                f"{name}: {small[name].count} queries over 2 events, {large.count} over 12; "
                f"a query per row or per event:\n{large.summary()}")
            assert 0 < large.count <= ceiling, (
                f"{name}: {large.count} queries, over the ceiling of {ceiling}:\n"
                f"{large.summary()}")
    finally:
        db.dispose()
        if _postgres_template:
            postgres_support.drop_test_database(url)
