"""The seating use cases on the sample event: propose, apply, read, move, swap, lock,
unseat, clear, undo by storing the state before, versions, notices and the warnings of
``check``."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_app.domain.errors import NotFoundError, StaleDataError
from desktop_app.domain.seating import SeatingError
from desktop_app.services.agenda import delete_agenda_item
from desktop_app.services.events import check_event
from desktop_app.services.people import delete_person
from desktop_app.services.seating import (
    SeatData,
    SeatingData,
    apply_seating,
    clear_seating,
    get_seating,
    list_seating,
    lock_seat,
    move_person,
    propose_seating,
    signing_tables,
    store_seating,
    swap_seats,
    unseat_person,
)
from desktop_app.storage import Database
from tests.builders import MakeAgendaItem, MakeEvent, MakePerson

KEY = "ada-az-kz-2025"


def _seating_warnings(db: Database) -> list[str]:
    return [w.message for w in check_event(db, KEY) if w.code == "seating"]


def test_proposal_for_the_sample_main_table_stores_nothing(db: Database, sample_event: str
                                                           ) -> None:
    view = propose_seating(db, KEY, None, "round:24", "precedence")
    assert (view.version, view.stored, view.layout, view.rule) == (None, False, "round:24",
                                                                 "precedence")
    host = view.seat(view.honour_seat)
    assert (host.person_key, host.person_name, host.position) == (
        "amrullayev", "H.E. Emin Amrullayev", "Minister of Science and Education")
    assert view.seat(host.right).person_key == "nurbek"  # type: ignore[arg-type]
    assert view.seat(host.left).person_key == "bayel"  # type: ignore[arg-type]
    assert view.seat(host.right).reason == "guest of honour: highest-ranking guest"  # type: ignore[arg-type]
    assert view.unseated == () and view.warnings == ()
    assert sum(1 for s in view.seats if s.person_key) == 21
    assert get_seating(db, KEY, None) is None


def test_apply_then_get_and_an_item_uses_the_main_table_until_it_has_its_own(
        db: Database, sample_event: str) -> None:
    notices: list[tuple[str, str]] = []
    db.listeners.append(lambda topic, key: notices.append((topic, key)))
    applied = apply_seating(db, KEY, None, "round:24")
    assert applied.version == 1 and notices == [("seating", KEY)]
    assert get_seating(db, KEY, None) == applied
    inherited = get_seating(db, KEY, "panel")
    assert inherited is not None and inherited.inherited and inherited.item_key is None
    assert get_seating(db, KEY, "panel", inherit=False) is None
    own = apply_seating(db, KEY, "panel", "u:9", "alphabetical")
    assert (own.item_key, own.item_title, own.inherited) == (
        "panel", "Expanding academic cooperation between Azerbaijan and Kazakhstan", False)
    # The panel: its chair and six panelists, by country then name, the host side absent.
    assert {s.person_key for s in own.seats if s.person_key} == {
        "asadov", "rector-unec", "rector-nu", "rector-khazar", "rector-satbayev",
        "rector-bhos", "rector-kbtu"}
    assert get_seating(db, KEY, "panel") == own
    assert [v.item_key for v in list_seating(db, KEY)] == [None, "panel"]
    assert _seating_warnings(db) == []


def test_default_layouts_fit_the_participants(db: Database, sample_event: str) -> None:
    assert propose_seating(db, KEY, None).layout == "round:21"
    signing = propose_seating(db, KEY, "signing")
    assert (signing.layout, signing.rule) == ("signing:17", "precedence")
    assert propose_seating(db, KEY, "coffee").layout == "round:2"


def test_moves_swaps_locks_and_undo_by_storing_the_state_before(db: Database,
                                                                sample_event: str) -> None:
    first = apply_seating(db, KEY, None, "round:24")
    nurbek, bayel = first.seat_of("nurbek"), first.seat_of("bayel")
    assert (nurbek, bayel) == (24, 2)
    swapped = swap_seats(db, KEY, None, 24, 2, expected_version=first.version)
    assert (swapped.seat_of("nurbek"), swapped.seat_of("bayel"), swapped.version) == (2, 24, 2)
    assert swapped.seat(2).reason == "moved by hand"
    moved = move_person(db, KEY, None, "nurbek", 12, expected_version=swapped.version)
    assert (moved.seat_of("nurbek"), moved.seat(2).person_key) == (12, None)
    moved = move_person(db, KEY, None, "bayel", 1, expected_version=moved.version)
    # Whoever sat at the target takes the mover's old seat.
    assert (moved.seat_of("bayel"), moved.seat_of("amrullayev")) == (1, 24)
    locked = lock_seat(db, KEY, None, 1, expected_version=moved.version)
    assert locked.seat(1).locked
    with pytest.raises(SeatingError, match="seat 1 is locked: unlock it first"):
        swap_seats(db, KEY, None, 1, 2, expected_version=locked.version)
    # Placing by rule again keeps the locked seat.
    again = apply_seating(db, KEY, None, expected_version=locked.version)
    assert (again.seat(1).person_key, again.seat(1).locked) == ("bayel", True)
    # The host takes the first free seat of honour (his right), the guest of honour the next.
    assert (again.seat(24).person_key, again.seat(2).person_key) == ("amrullayev", "nurbek")
    unseated = unseat_person(db, KEY, None, "nurbek", expected_version=again.version)
    assert [p.key for p in unseated.unseated] == ["nurbek"]
    # Undo everything at once: store the first plan back over the last version.
    undone = store_seating(db, KEY, None, first.data(), expected_version=unseated.version)
    assert [(s.seat, s.person_key, s.locked, s.reason) for s in undone.seats] == \
        [(s.seat, s.person_key, s.locked, s.reason) for s in first.seats]
    removed = clear_seating(db, KEY, None, expected_version=undone.version)
    assert removed == first.data() and get_seating(db, KEY, None) is None
    assert store_seating(db, KEY, None, removed).version == 1  # undo of the clear


def test_a_change_from_an_outdated_read_is_refused(db: Database, sample_event: str) -> None:
    first = apply_seating(db, KEY, None, "round:24")
    swap_seats(db, KEY, None, 2, 3, expected_version=first.version)
    edits: list[Callable[[], object]] = [
        lambda: swap_seats(db, KEY, None, 2, 3, expected_version=first.version),
        lambda: move_person(db, KEY, None, "bayel", 5, expected_version=first.version),
        lambda: lock_seat(db, KEY, None, 5, expected_version=first.version),
        lambda: apply_seating(db, KEY, None, expected_version=first.version),
        lambda: clear_seating(db, KEY, None, expected_version=first.version),
        lambda: store_seating(db, KEY, None, first.data(), expected_version=first.version),
    ]
    for edit in edits:
        with pytest.raises(StaleDataError, match="changed by someone else"):
            edit()
    clear_seating(db, KEY, None)
    with pytest.raises(StaleDataError):  # cleared by someone else meanwhile
        swap_seats(db, KEY, None, 2, 3, expected_version=2)
    with pytest.raises(NotFoundError, match='seating plan "main" not found'):
        swap_seats(db, KEY, None, 2, 3)


def test_bad_requests_are_refused_with_a_clear_error(db: Database, sample_event: str) -> None:
    with pytest.raises(SeatingError, match="1 seat missing: round:20 has 20 free seats for 21"):
        propose_seating(db, KEY, None, "round:20")
    with pytest.raises(SeatingError, match='layout "square:4" is not valid'):
        propose_seating(db, KEY, None, "square:4")
    with pytest.raises(SeatingError, match='rule "rank" is not valid'):
        propose_seating(db, KEY, None, "round:24", "rank")
    with pytest.raises(NotFoundError, match='agenda item "nope" not found'):
        propose_seating(db, KEY, "nope")
    with pytest.raises(NotFoundError, match='event "nope" not found'):
        propose_seating(db, "nope", None)
    view = apply_seating(db, KEY, None, "round:24")
    with pytest.raises(SeatingError, match="seat 25 is not a seat of round:24"):
        move_person(db, KEY, None, "bayel", 25)
    with pytest.raises(NotFoundError, match='person "nobody" not found'):
        move_person(db, KEY, None, "nobody", 3)
    lock_seat(db, KEY, None, 24)
    with pytest.raises(SeatingError, match="seat 24 is locked but round:22 has 22 seats"):
        apply_seating(db, KEY, None, "round:22")
    assert get_seating(db, KEY, None).version == view.version + 1  # type: ignore[union-attr]


def test_check_reports_the_seating_warnings_of_stored_plans(db: Database, sample_event: str
                                                            ) -> None:
    view = apply_seating(db, KEY, None, "round:24")
    assert _seating_warnings(db) == []
    swap_seats(db, KEY, None, 1, 2)  # the host leaves the seat of honour
    store = get_seating(db, KEY, None)
    assert store is not None
    data = store.data()
    doubled = SeatingData(data.layout, data.rule, (
        *[s for s in data.seats if s.person_key != "rector-aitu"],
        SeatData(13, "nurbek")))  # Nurbek twice, the Astana IT rector without a seat
    store_seating(db, KEY, None, doubled)
    assert _seating_warnings(db) == [
        "seating of the main table: H.E. Sayasat Nurbek is seated 2 times (seats 13, 24)",
        "seating of the main table: 1 participant without a seat: Prof. Madina Serikkyzy",
        "seating of the main table: the host, H.E. Emin Amrullayev, sits at seat 2, not at "
        "the seat of honour (seat 1)",
        "seating of the main table: H.E. Sayasat Nurbek (precedence 1) sits further from the "
        "host than H.E. Alim Bayel (precedence 2)"]
    [warning] = [w for w in check_event(db, KEY) if "seated 2 times" in w.message]
    assert (warning.subject_kind, warning.subject_key) == ("seating", "main")
    assert view.version == 1


def test_signing_flags_and_a_signatory_behind_the_wrong_flag(db: Database,
                                                             sample_event: str) -> None:
    tables = signing_tables(db, KEY, "signing")
    assert len(tables) == 40
    first = tables[0]
    assert first.reference == "AZ-KZ/2025/001"
    assert first.table.flags.countries == ("KZ", "AZ")
    assert first.table.seats == ((1, "rector-kaznu", "KZ"), (2, "pashayev", "AZ"))
    assert first.names["pashayev"] == "Amb. Hafiz Pashayev"
    # A two-seat plan for a signing of the item: Pashayev at the seat of honour, the KazNU
    # rector at his right; then swapped, each sits behind the other country's flag.
    data = SeatingData("signing:2", "precedence", (SeatData(1, "rector-kaznu"),
                                                   SeatData(2, "pashayev")))
    view = store_seating(db, KEY, "signing", data)
    assert [(s.seat, s.flag) for s in view.seats] == [(1, "KZ"), (2, "AZ")]
    swapped = swap_seats(db, KEY, "signing", 1, 2)
    flag_warnings = [w for w in swapped.warnings if "behind the flag" in w.message]
    assert [w.message for w in flag_warnings] == [
        'seating of "Signing of Memoranda of Understanding": signatory Amb. Hafiz Pashayev '
        "(Azerbaijan) sits at seat 1, behind the flag of Kazakhstan",
        'seating of "Signing of Memoranda of Understanding": signatory Prof. Nurlan '
        "Sarsenbayev (Kazakhstan) sits at seat 2, behind the flag of Azerbaijan"]


def test_deleting_a_person_empties_their_seat_and_an_item_drops_its_plan(
        db: Database, make_event: MakeEvent, make_person: MakePerson,
        make_agenda_item: MakeAgendaItem) -> None:
    event = make_event().key
    host, extra = make_person(precedence=1), make_person()
    coffee = make_agenda_item(kind="break")
    data = SeatingData("round:4", "precedence", (SeatData(1, host.key),
                                                 SeatData(2, extra.key, locked=True)))
    store_seating(db, event, coffee.key, data)
    delete_person(db, extra.id)
    view = get_seating(db, event, coffee.key, inherit=False)
    assert view is not None and (view.seat(2).person_key, view.seat(2).locked) == (None, True)
    assert view.seat(1).person_key == host.key
    delete_agenda_item(db, coffee.id)
    assert list_seating(db, event) == []
