"""Placement by rule on small fixtures: host and guest of honour, alternation, equal ranks,
people without precedence, locked seats, too few seats, facing and alphabetical."""
from __future__ import annotations

import random

import pytest

from desktop_app.domain.seating import (
    Lock,
    SeatingContext,
    SeatingError,
    Sitter,
    organization_precedence,
    parse_layout,
    place,
)

HOSTS = frozenset({"ministry-az", "ada"})
COUNTRIES = {"AZ": "Azərbaycan", "KZ": "Qazaxıstan", "TR": "Türkiyə", "DE": "Almaniya"}


def person(key: str, precedence: int | None = None, organization: str = "guest-org",
           country: str = "KZ", family: str | None = None) -> Sitter:
    family = family or key.capitalize()
    return Sitter(key, family, f"{family} ", precedence, organization, organization, country)


def context(people: list[Sitter], language: str = "en") -> SeatingContext:
    return SeatingContext(language, HOSTS, "AZ", organization_precedence(people), COUNTRIES)


def seated(people: list[Sitter], spec: str = "round:8", rule: str = "precedence",
           locks: tuple[Lock, ...] = (), language: str = "en") -> dict[int, str | None]:
    placed = place(parse_layout(spec), rule, people, context(people, language), locks)
    assert [p.seat for p in placed] == list(range(1, parse_layout(spec).capacity + 1))
    return {p.seat: p.person for p in placed}


def reasons(people: list[Sitter], spec: str = "round:8", rule: str = "precedence"
            ) -> dict[str | None, str]:
    return {p.person: p.reason for p in place(parse_layout(spec), rule, people,
                                               context(people))}


MINISTER = person("minister", 1, "ministry-az", "AZ")
RECTOR = person("rector", 3, "ada", "AZ")
GUEST_MINISTER = person("guest-minister", 1, "ministry-kz")
AMBASSADOR = person("ambassador", 2, "embassy-kz")
GUEST_RECTOR = person("guest-rector", 4, "kaznu")


def test_host_at_the_seat_of_honour_guest_of_honour_at_his_right_next_at_his_left() -> None:
    seats = seated([GUEST_RECTOR, AMBASSADOR, RECTOR, GUEST_MINISTER, MINISTER])
    layout = parse_layout("round:8")
    assert seats[layout.honour_seat] == "minister"
    assert seats[layout.seat(1).right] == "guest-minister"  # type: ignore[index]
    assert seats[layout.seat(1).left] == "ambassador"  # type: ignore[index]
    why = reasons([GUEST_RECTOR, AMBASSADOR, RECTOR, GUEST_MINISTER, MINISTER])
    assert why["minister"] == "host: highest-ranking person of the host organizations"
    assert why["guest-minister"] == "guest of honour: highest-ranking guest"
    assert why["ambassador"] == "2nd guest by precedence, host's left"
    assert why["rector"] == "2nd of the host organizations by precedence, 2nd to the host's right"


def test_alternating_right_and_left_by_descending_precedence() -> None:
    people = [MINISTER] + [person(f"p{rank}", rank + 1) for rank in range(1, 7)]
    seats = seated(people)
    # round:8 seen from seat 1: right 8, left 2, then 7, 3, 6, 4.
    assert [seats[n] for n in (1, 8, 2, 7, 3, 6, 4)] == \
        ["minister", "p1", "p2", "p3", "p4", "p5", "p6"]
    assert seats[5] is None


def test_the_guest_of_honour_is_a_guest_even_below_a_higher_ranked_host() -> None:
    deputy = person("deputy", 2, "ada", "AZ")
    seats = seated([MINISTER, deputy, GUEST_RECTOR])
    assert (seats[1], seats[8], seats[2]) == ("minister", "guest-rector", "deputy")


def test_equal_ranks_put_guests_before_hosts() -> None:
    # By name the host would come first (Aliyev before Zhumabayev): the rank decides.
    host_two = person("host-two", 2, "ada", "AZ", "Aliyev")
    guest_two = person("guest-two", 2, "kaznu", "KZ", "Zhumabayev")
    guest_one = person("guest-one", 1, "kaznu")
    for order in ([host_two, guest_two, guest_one, MINISTER],
                  [MINISTER, guest_one, guest_two, host_two]):
        seats = seated(order)
        assert (seats[1], seats[8], seats[2], seats[7]) == \
            ("minister", "guest-one", "guest-two", "host-two")


def test_unranked_people_follow_by_their_organizations_precedence_then_the_alphabet() -> None:
    """Azerbaijani alphabet: Ə comes between E and F, where a code-point sort puts it after
    every Latin letter; Ç after C. Then by the organization's precedence first."""
    people = [MINISTER,
              person("fa", None, "guest-org", family="Fərzəliyev"),
              person("ae", None, "guest-org", family="Əliyev"),
              person("ce", None, "guest-org", family="Çələbi"),
              person("ca", None, "guest-org", family="Cəfərov"),
              person("vice", None, "embassy-kz", family="Zeynalov"),
              AMBASSADOR]
    seats = seated(people, language="az")
    order = [seats[n] for n in (1, 8, 2, 7, 3, 6, 4)]
    # The ambassador ranks; the vice comes next through the embassy's precedence (2).
    assert order == ["minister", "ambassador", "vice", "ca", "ce", "ae", "fa"]
    why = reasons(people)
    assert why["vice"] == "no precedence: by the precedence of embassy-kz, host's left"
    assert why["fa"].startswith("no precedence: by name, ")


def test_locked_seats_are_kept_and_everyone_else_fills_the_free_seats() -> None:
    people = [MINISTER, GUEST_MINISTER, AMBASSADOR, RECTOR, GUEST_RECTOR]
    locks = (Lock(8, "guest-rector", "asked to sit by the door"), Lock(2, None))
    placed = {p.seat: p for p in place(parse_layout("round:8"), "precedence", people,
                                       context(people), locks)}
    assert (placed[8].person, placed[8].locked, placed[8].reason) == \
        ("guest-rector", True, "asked to sit by the door")
    assert (placed[2].person, placed[2].locked) == (None, True)
    # The next free seats of honour: 7 (2nd right), 3 (2nd left), 6 …
    assert [placed[n].person for n in (1, 7, 3, 6)] == \
        ["minister", "guest-minister", "ambassador", "rector"]
    assert "guest-rector" not in [placed[n].person for n in range(1, 8)]


def test_a_locked_host_elsewhere_stays_there() -> None:
    people = [MINISTER, GUEST_MINISTER, AMBASSADOR]
    seats = seated(people, locks=(Lock(5, "minister"),))
    assert seats[5] == "minister" and seats[1] == "guest-minister"


def test_too_few_seats_names_how_many_are_missing() -> None:
    people = [MINISTER, GUEST_MINISTER, AMBASSADOR, RECTOR, GUEST_RECTOR]
    with pytest.raises(SeatingError, match="^2 seats missing: round:3 has 3 free seats for "
                                           "5 people$"):
        seated(people, "round:3")
    with pytest.raises(SeatingError, match="^1 seat missing: signing:4 has 2 free seats "
                                           "for 3 people$"):
        seated(people, "signing:4", locks=(Lock(1, "minister"), Lock(2, "rector")))


def test_placement_is_deterministic_whatever_the_input_order() -> None:
    people = [MINISTER, GUEST_MINISTER, AMBASSADOR, RECTOR, GUEST_RECTOR,
              person("x1"), person("x2", organization="ada", country="AZ"), person("x3"),
              person("x4", family="Same"), person("x5", family="Same")]
    first = seated(people, "round:12")
    assert seated(list(reversed(people)), "round:12") == first
    for seed in range(10):
        shuffled = list(people)
        random.Random(seed).shuffle(shuffled)
        assert seated(shuffled, "round:12") == first


def test_without_host_organizations_the_host_country_hosts() -> None:
    az_rector = person("az-rector", 5, "bsu", "AZ")
    kz_rector = person("kz-rector", 4, "kaznu", "KZ")
    placed = place(parse_layout("signing:2"), "precedence", [kz_rector, az_rector],
                   context([kz_rector, az_rector]))
    assert [(p.seat, p.person, p.reason) for p in placed] == [
        (1, "kz-rector", "guest of honour: highest-ranking guest"),
        (2, "az-rector", "host: highest-ranking person of the host country")]


def test_facing_puts_the_delegations_on_opposite_sides_heads_facing() -> None:
    az = [MINISTER, RECTOR, person("az-3", 5, "bsu", "AZ")]
    kz = [GUEST_MINISTER, AMBASSADOR, GUEST_RECTOR]
    seats = seated(az + kz, "rect:8", "facing")
    layout = parse_layout("rect:8")
    host_side = {seat.number for seat in layout.seats if seat.side == "far"}
    assert seats[layout.honour_seat] == "minister"
    head = layout.facing_sides[1][0].seat  # type: ignore[index]
    assert seats[head] == "guest-minister"
    assert abs(layout.seat(head).x - layout.seat(layout.honour_seat).x) < 1
    assert {seats[n] for n in host_side} - {None} == {"minister", "rector", "az-3"}
    # Outward by rank: each head's right first.
    assert seats[layout.seat(layout.honour_seat).right] == "rector"  # type: ignore[index]
    assert seats[layout.seat(head).right] == "ambassador"  # type: ignore[index]
    why = reasons(az + kz, "rect:8", "facing")
    assert why["guest-minister"] == "head of the guest delegation: highest-ranking guest"
    assert why["ambassador"] == \
        "guest delegation, 2nd by rank, to the right of the seat facing the host"


def test_facing_overflows_onto_the_other_side_and_needs_two_sides() -> None:
    kz = [GUEST_MINISTER, AMBASSADOR, GUEST_RECTOR, person("kz-4", 6), person("kz-5", 7)]
    seats = seated([MINISTER, *kz], "round:6", "facing")
    assert set(seats.values()) == {"minister", *(p.key for p in kz)}
    assert "on the other side" in reasons([MINISTER, *kz], "round:6", "facing")["kz-5"]
    with pytest.raises(SeatingError, match="facing rule needs two sides facing each other: "
                                           "use round:N or rect:N, not u:6"):
        seated([MINISTER, GUEST_MINISTER], "u:6", "facing")


def test_alphabetical_orders_by_country_name_in_the_first_language_then_name() -> None:
    """In Azerbaijani: Almaniya, Qazaxıstan, Türkiyə (in English Kazakhstan would come
    before Turkey too, but Germany after Azerbaijan)."""
    people = [MINISTER, person("tr", 1, "itu", "TR", "Yılmaz"), person("de", 2, "tum", "DE"),
              person("kz-b", 3, "kaznu", "KZ", "Bekov"), person("kz-a", 9, "kaznu", "KZ", "Abai")]
    seats = seated(people, "round:6", "alphabetical", language="az")
    assert [seats[n] for n in (1, 6, 2, 5, 3)] == ["minister", "de", "kz-a", "kz-b", "tr"]
    assert reasons(people, "round:6", "alphabetical")["de"] == \
        "alphabetical: Almaniya, De, host's right"


def test_an_unknown_rule_is_refused() -> None:
    with pytest.raises(SeatingError, match='rule "rank" is not valid'):
        seated([MINISTER], rule="rank")
