"""Flag placement as seen from the audience, and the ``seating`` warnings of a plan."""
from __future__ import annotations

import datetime as dt

from desktop_app.domain.conflict_facts import AgreementFacts, ConflictFacts, ItemFacts, PartyFacts
from desktop_app.domain.seating import (
    PlanFacts,
    SeatingContext,
    Sitter,
    event_participants,
    item_participants,
    parse_layout,
    place_flags,
    seating_warnings,
    signing_table,
)

NAMES = {"AZ": "Azerbaijan", "KZ": "Kazakhstan", "TR": "Türkiye", "GE": "Georgia",
         "UZ": "Uzbekistan", "DE": "Germany"}


def test_bilateral_signing_guest_flag_at_the_audiences_left_host_at_its_right() -> None:
    layout = parse_layout("signing:2")
    flags = place_flags(layout, ["AZ", "KZ"], "AZ", NAMES)
    assert flags.arrangement == "bilateral"
    assert flags.countries == ("KZ", "AZ")
    assert (flags.flag_at(1), flags.flag_at(2)) == ("KZ", "AZ")
    assert flags.stands[0].x < flags.stands[1].x
    # The host's seat (the seat of honour) is behind the host's flag.
    assert flags.flag_at(layout.honour_seat) == "AZ"


def test_bilateral_without_the_host_country_gives_the_place_of_honour_alphabetically() -> None:
    flags = place_flags(parse_layout("signing:4"), ["TR", "KZ"], "AZ", NAMES)
    assert flags.countries == ("KZ", "TR")
    assert [flags.flag_at(n) for n in range(1, 5)] == ["KZ", "KZ", "TR", "TR"]


def test_multilateral_host_in_the_centre_others_alternating_alphabetically() -> None:
    flags = place_flags(parse_layout("signing:5"), ["UZ", "KZ", "AZ", "TR", "GE"], "AZ", NAMES)
    assert flags.arrangement == "multilateral"
    # Georgia 1st (host's right = audience's left), Kazakhstan 2nd (host's left),
    # Türkiye 3rd, Uzbekistan 4th.
    assert flags.countries == ("TR", "GE", "AZ", "KZ", "UZ")
    assert [flags.flag_at(n) for n in range(1, 6)] == ["TR", "GE", "AZ", "KZ", "UZ"]
    # At a table without flag seats the same order stands behind the seat of honour.
    line = place_flags(parse_layout("round:12"), ["UZ", "KZ", "AZ", "TR", "GE"], "AZ", NAMES)
    assert line.countries == ("TR", "GE", "AZ", "KZ", "UZ")
    assert all(stand.seats == () for stand in line.stands)
    assert line.stands[2].x == parse_layout("round:12").seat(1).x


def test_the_alphabet_of_the_event_language_orders_the_flags() -> None:
    names = {"DE": "Almaniya", "KZ": "Qazaxıstan", "TR": "Türkiyə", "AZ": "Azərbaycan"}
    flags = place_flags(parse_layout("signing:3"), ["TR", "DE", "KZ"], None, names, "az")
    assert flags.countries == ("KZ", "DE", "TR")  # Almaniya centre, Qazaxıstan at its right


def test_signing_table_seats_each_signatory_behind_their_flag() -> None:
    table = signing_table([("AZ", "pashayev"), ("KZ", "sarsenbayev")], "AZ", NAMES)
    assert table.seats == ((1, "sarsenbayev", "KZ"), (2, "pashayev", "AZ"))
    assert table.flags.countries == ("KZ", "AZ")


# -- warnings ------------------------------------------------------------------------------

PEOPLE = {s.key: s for s in [
    Sitter("host", "H.E. Host", "Host", 1, "ministry", "Ministry", "AZ"),
    Sitter("g1", "H.E. First", "First", 1, "guest-ministry", "Guest ministry", "KZ"),
    Sitter("g2", "H.E. Second", "Second", 2, "embassy", "Embassy", "KZ"),
    Sitter("g3", "Prof. Third", "Third", 3, "kaznu", "KazNU", "KZ"),
    Sitter("r", "Prof. Rector", "Rector", None, "bsu", "BSU", "AZ"),
]}
CONTEXT = SeatingContext("en", frozenset({"ministry"}), "AZ", {}, NAMES)


def warnings(seats: dict[int, str], participants: list[str] | None = None, layout: str = "round:6",
             rule: str = "precedence", signatories: tuple[str, ...] = (), item: str | None = None
             ) -> list[str]:
    plan = PlanFacts(item, "Signing" if item else None, layout, rule, tuple(seats.items()))
    found = seating_warnings(plan, PEOPLE, participants or list(seats.values()), CONTEXT,
                             signatories)
    for warning in found:
        assert (warning.code, warning.subject_kind, warning.subject_key) == \
            ("seating", "seating", item or "main")
    return [warning.message for warning in found]


def test_a_plan_by_the_rules_has_no_warnings() -> None:
    assert warnings({1: "host", 6: "g1", 2: "g2", 5: "g3", 3: "r"}) == []


def test_someone_seated_twice() -> None:
    assert warnings({1: "host", 6: "g1", 2: "g2", 5: "g1"}) == [
        "seating of the main table: H.E. First is seated 2 times (seats 5, 6)"]


def test_participants_left_without_a_seat() -> None:
    assert warnings({1: "host", 6: "g1"}, ["host", "g1", "g2", "r"]) == [
        "seating of the main table: 2 participants without a seat: H.E. Second, Prof. Rector"]


def test_the_host_not_at_the_seat_of_honour() -> None:
    assert warnings({2: "host", 1: "g1", 3: "g2"}, rule="facing") == [
        "seating of the main table: the host, H.E. Host, sits at seat 2, not at the seat of "
        "honour (seat 1)"]
    assert "the host, H.E. Host, has no seat; the seat of honour is seat 1" in \
        warnings({1: "g1"}, ["host", "g1"])[-1]


def test_a_higher_guest_further_from_the_host_under_the_precedence_rule_only() -> None:
    # g3 (precedence 3) at the host's left, g2 (precedence 2) two seats away.
    seats = {1: "host", 6: "g1", 2: "g3", 5: "g2"}
    assert warnings(seats) == [
        "seating of the main table: H.E. Second (precedence 2) sits further from the host "
        "than Prof. Third (precedence 3)"]
    assert warnings(seats, rule="alphabetical") == []
    # The host's right and left are equally near: no warning for g2 at the left.
    assert warnings({1: "host", 6: "g2", 2: "g1"}) == []


def test_a_signatory_whose_flag_is_not_at_their_seat() -> None:
    good = {1: "g3", 2: "r"}
    assert warnings(good, layout="signing:2", signatories=("g3", "r"), item="signing") == []
    swapped = {1: "r", 2: "g3"}
    assert warnings(swapped, layout="signing:2", signatories=("g3", "r"), item="signing") == [
        'seating of "Signing": the host, Prof. Rector, sits at seat 1, not at the seat of '
        "honour (seat 2)",
        'seating of "Signing": signatory Prof. Third (Kazakhstan) sits at seat 2, behind the '
        "flag of Azerbaijan",
        'seating of "Signing": signatory Prof. Rector (Azerbaijan) sits at seat 1, behind the '
        "flag of Kazakhstan"]


def test_participants_of_an_item_and_of_the_event() -> None:
    day, time = dt.date(2025, 3, 4), dt.time
    items = [ItemFacts(1, "talk", "Talk", "speech", day, time(9), time(10), 1, "Hall", (10, 11)),
             ItemFacts(2, "sign", "Signing", "signing", day, time(10), time(11), 1, "Hall", ())]
    agreements = [
        AgreementFacts("a1", "R/1", "signed", 2, 1,
                       (PartyFacts(1, "A", 20, 1, "A"), PartyFacts(2, "B", 21, 2, "B")), (22,)),
        AgreementFacts("a2", "R/2", "cancelled", 2, 2,
                       (PartyFacts(1, "A", 23, 1, "A"), PartyFacts(2, "B", 24, 2, "B")), ()),
    ]
    facts = ConflictFacts(items, agreements, {})
    assert item_participants(facts, 2) == ([20, 21, 22], [20, 21])
    assert item_participants(facts, 1) == ([10, 11], [])
    assert event_participants(facts, [30, 10]) == [10, 11, 20, 21, 22, 30]
