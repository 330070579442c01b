"""Generate a valid, realistic event file of any size, the same bytes for the same arguments.

Run: ``python benchmarks/synth.py --people 10000 --agreements 2000 --items 300 --days 3
-o event.json [--seed 2026] [--organizations 250] [--rooms R]``.

The benchmarks need events far larger than the sample, and they must look
like real ones so that what is slow in real use is slow here too:

- organizations of four countries (Azerbaijan, Kazakhstan, Russia, the UK):
  ministries, embassies and agencies first, then universities, with their
  names in Azerbaijani Latin, Kazakh or Russian Cyrillic as local names;
- people of those organizations, each one's head first (rector, minister,
  ambassador, with precedence); names mixed: passport Latin with the name in
  its own script as a local name, or written directly in Azerbaijani Latin or
  Cyrillic, or plain Latin;
- agenda items over the days in as many rooms as they need: openings,
  speeches, remarks, panels with topics and a moderator, signings, breaks,
  exhibitions; all signings in the main hall so that no signatory is in two
  ceremonies at once, and no speaker or chair booked in two overlapping items
  (the generated event has no conflict warnings, so ``check`` measures the
  check, not the printing of warnings);
- agreements between organizations of different countries, signed by people
  of those organizations, signed/ready ones placed in the signing ceremonies
  in order, drafts kept out of them.

``generate_event(...)`` returns the document; ``write_event(doc, path)`` writes
it. Nothing depends on the clock or on hash order, so the output is identical
byte for byte for the same arguments.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_names import (
    AGREEMENT_TITLES,
    COUNTRIES,
    COUNTRY_CYCLE,
    FIELDS,
    HEAD_POSITIONS,
    INSTITUTIONS,
    PANEL_TITLES,
    STAFF_POSITIONS,
    TOPICS,
    person_name,
    to_latin,
    university,
)
from synth_schedule import (
    DAY_BEGINS,
    DAY_ENDS,
    SIGNING_MINUTES,
    Bookings,
    clock,
    day_plan,
    item_interval,
    place,
)

START_DATE = dt.date(2026, 10, 6)
TIMEZONE, UTC_OFFSET = "Asia/Baku", "+04:00"
AGREEMENT_KINDS = ["mou", "dual-degree", "exchange", "research", "other"]
#: Status of agreements, in proportions of 100: most signed, some ready, a few drafts
#: (never in a ceremony) and cancelled ones.
STATUS_CYCLE = ["signed"] * 70 + ["ready"] * 18 + ["draft"] * 8 + ["cancelled"] * 4
#: Country pairs of agreements and how often each occurs (of 20).
PAIRS = [("AZ", "KZ")] * 10 + [("AZ", "RU")] * 3 + [("KZ", "RU")] * 3 + [("GB", "AZ")] * 2 \
    + [("GB", "KZ")] * 2


def _width(count: int) -> int:
    return max(3, len(str(max(count, 1))))


class _Generator:
    """Builds one event document; all randomness comes from one seeded ``random.Random``."""

    def __init__(self, people: int, agreements: int, items: int, days: int, seed: int,
                 organizations: int, rooms: int | None) -> None:
        self.rng = random.Random(seed)
        self.counts = (people, agreements, items, days)
        self.organization_count = organizations
        self.room_count = rooms
        self.organizations: list[dict[str, Any]] = []
        self.people: list[dict[str, Any]] = []
        self.members: list[list[int]] = []  # person indexes per organization index
        self.bookings = Bookings()
        self.officials: dict[str, list[int]] = {}  # ministry and embassy people by country

    # --- organizations and people ---------------------------------------------------

    def build_organizations(self) -> None:
        institutions = INSTITUTIONS[:min(len(INSTITUTIONS),
                                         max(2, self.organization_count // 10))]
        for key, kind, country, name, local in institutions[:self.organization_count]:
            org: dict[str, Any] = {"id": key, "name": name, "kind": kind, "country": country}
            if local:
                org["local_names"] = {COUNTRIES[country].language: local}
            org["city"] = COUNTRIES[country].cities[0][0] if kind != "embassy" else (
                "Baku" if country == "KZ" else "Astana")
            self.organizations.append(org)
        used: dict[str, int] = {}
        index = 0
        while len(self.organizations) < self.organization_count:
            land = COUNTRIES[COUNTRY_CYCLE[index % len(COUNTRY_CYCLE)]]
            index += 1
            taken = used.get(land.code, 0)
            used[land.code] = taken + 1
            key = f"{land.code.lower()}-u{len(self.organizations):05d}"
            self.organizations.append(university(land, taken, key))
        self.members = [[] for _ in self.organizations]

    def build_people(self) -> None:
        count = self.counts[0]
        width = _width(count)
        org_count = len(self.organizations)
        for index in range(count):
            head = index < org_count
            org_index = index if head else self.rng.randrange(org_count) if org_count else -1
            org = self.organizations[org_index] if org_index >= 0 else None
            country = org["country"] if org else COUNTRY_CYCLE[index % len(COUNTRY_CYCLE)]
            name = person_name(self.rng, country)
            female = name.pop("female")
            kind = org["kind"] if org else "university"
            if head:
                position = HEAD_POSITIONS.get((kind, country)) or {
                    "university": "Vice-Chancellor" if country == "GB" else "Rector",
                    "agency": "Director"}.get(kind, "Head")
                honorific = "H.E." if kind in ("ministry", "embassy") else (
                    "Prof." if kind == "university" else "Dr.")
            else:
                position = self.rng.choice(STAFF_POSITIONS[kind]).format(
                    field=self.rng.choice(FIELDS))
                honorific = self.rng.choice(
                    ["Prof.", "Dr.", "Assoc. Prof.", "", "Ms." if female else "Mr."])
            person: dict[str, Any] = {"id": f"p{index:0{width}d}"}
            if honorific:
                person["honorific"] = honorific
            person.update(name)
            person["position"] = position
            if org:
                person["organization"] = org["id"]
                self.members[org_index].append(index)
                if kind in ("ministry", "embassy"):
                    self.officials.setdefault(country, []).append(index)
            person["country"] = country
            if head:
                person["precedence"] = {"ministry": 1, "embassy": 2}.get(kind, 3)
            elif position.startswith(("Vice-Rector", "Deputy")):
                person["precedence"] = 4
            if index % 7 == 0:
                latin = person["given_name"] if "local_names" in person else to_latin(
                    person["given_name"], country)
                login = latin.lower().encode("ascii", "ignore").decode() or "office"
                domain = (org["short_name"] if org and org.get("short_name") else
                          org["id"] if org else "example").lower()
                person["email"] = f"{login}.{index}@{domain}.example.org"
            self.people.append(person)

    # --- agenda -------------------------------------------------------------------

    def build_agenda(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        _, agreements, items, days = self.counts
        per_day = [items // days + (1 if d < items % days else 0) for d in range(days)]
        signings_total = 0 if not agreements or not items else max(
            1, min(items // 20, days * (DAY_ENDS - DAY_BEGINS - 60) // SIGNING_MINUTES // 2))
        signings = [signings_total // days + (1 if d < signings_total % days else 0)
                    for d in range(days)]
        plans = [day_plan(self.rng, per_day[d], d, signings[d]) for d in range(days)]
        span = DAY_ENDS - DAY_BEGINS
        rooms = self.room_count or max(2, max(
            (math.ceil(sum(m for _, m in plan) * 1.15 / span) for plan in plans), default=2))
        placed = place(plans, rooms)
        while placed is None:  # the day did not fit: one more room
            rooms += 1
            placed = place(plans, rooms)
        room_list = [{"id": "hall", "name": "Conference Hall", "capacity": 400}] + [
            {"id": f"room-{r}", "name": f"Hall {r}" if r < 27 else f"Seminar room {r}",
             "capacity": 40 + (r * 37) % 160} for r in range(1, rooms)]
        width = _width(items)
        agenda = []
        for number, (day, kind, room, start, end) in enumerate(placed):
            agenda.append({"id": f"i{number:0{width}d}", "kind": kind, "title": "",
                           "day": (START_DATE + dt.timedelta(days=day)).isoformat(),
                           "start": clock(start), "end": clock(end),
                           "room": room_list[room]["id"]})
        return agenda, room_list

    # --- taking part ----------------------------------------------------------------

    def fill_agenda(self, agenda: list[dict[str, Any]]) -> None:
        """Titles, speakers, chairs and topics; nobody is booked into two overlapping items."""
        order = list(range(len(self.people)))
        self.rng.shuffle(order)
        heads = list(range(min(len(self.organizations), len(self.people))))
        cursor, head_cursor = [0], [0]
        org_names = {o["id"]: o["name"] for o in self.organizations}
        ceremony = 0
        for number, item in enumerate(agenda):
            kind, interval = item["kind"], item_interval(item)
            if kind == "signing":
                ceremony += 1
                item["title"] = f"Signing of Memoranda of Understanding, ceremony {ceremony}"
                continue
            if kind == "break":
                item["title"] = self.rng.choice(["Coffee break", "Lunch", "Tea & networking"])
                continue
            if kind == "exhibition":
                item["title"] = f"Exhibition of {self.rng.choice(FIELDS).lower()} projects"
                continue
            speakers: list[int] = []
            if kind in ("opening", "speech"):
                speakers = self.bookings.pick(heads or order, head_cursor, interval, 1)
            elif kind == "remarks":
                speakers = self.bookings.pick(order, cursor, interval, self.rng.randint(1, 3))
            elif kind == "panel":
                chair = self.bookings.pick(order, cursor, interval, 1)
                speakers = self.bookings.pick(order, cursor, interval, self.rng.randint(3, 6))
                if chair:
                    item["chair"] = self.people[chair[0]]["id"]
                item["topics"] = self.rng.sample(TOPICS, self.rng.randint(2, 4))
            elif kind == "other":
                speakers = self.bookings.pick(order, cursor, interval, self.rng.randint(0, 2))
            if speakers:
                item["speakers"] = [self.people[p]["id"] for p in speakers]
            first = self.people[speakers[0]] if speakers else None
            if kind == "opening":
                item["title"] = "Welcome speech"
            elif kind == "speech" and first:
                org = org_names.get(first.get("organization", ""), "")
                item["title"] = f"Address by the {first['position']}" + (
                    f", {org}" if org and first.get("precedence") not in (1, 2) else "")
            elif kind == "panel":
                item["title"] = self.rng.choice(PANEL_TITLES)
            elif kind == "remarks":
                item["title"] = self.rng.choice(["Opening remarks of the day", "Remarks",
                                                 "Heads of universities: existing links"])
            else:
                item["title"] = f"Presentation: {self.rng.choice(FIELDS)} programmes"
            if number % 9 == 0:
                item["description"] = "Simultaneous interpretation: az ↔ kk ↔ ru ↔ en."

    # --- agreements ---------------------------------------------------------------

    def build_agreements(self, agenda: list[dict[str, Any]]) -> list[dict[str, Any]]:
        count = self.counts[1]
        by_country: dict[str, list[int]] = {}
        for index, org in enumerate(self.organizations):
            if org["kind"] == "university" or len(self.organizations) < 12:
                by_country.setdefault(org["country"], []).append(index)
        if sum(len(v) for v in by_country.values()) < 2:
            by_country = {"*": list(range(len(self.organizations)))}
        ceremonies = [item for item in agenda if item["kind"] == "signing"]
        orders = [0] * len(ceremonies)
        width = _width(count)
        result = []
        for index in range(count):
            first, second = self._parties(index, by_country)
            kind = AGREEMENT_KINDS[index % len(AGREEMENT_KINDS)]
            status = STATUS_CYCLE[(index * 37) % len(STATUS_CYCLE)]
            countries = [self.organizations[o]["country"] for o in (first, second)]
            field = FIELDS[index % len(FIELDS)]
            agreement: dict[str, Any] = {
                "id": f"a{index:0{width}d}",
                "reference": f"{countries[0]}-{countries[1]}/2026/{index + 1:0{width}d}",
                "kind": kind, "title": AGREEMENT_TITLES[kind].format(field=field.lower()),
                "parties": [], "status": status,
            }
            ceremony = None
            if ceremonies and status in ("signed", "ready"):
                slot = index % len(ceremonies)
                ceremony = ceremonies[slot]
                orders[slot] += 1
                agreement["signing"] = {"agenda_item": ceremony["id"], "order": orders[slot]}
            for org_index in (first, second):
                party: dict[str, Any] = {"organization": self.organizations[org_index]["id"]}
                members = self.members[org_index]
                if members:
                    signatory = members[0] if index % 5 or len(members) < 2 else members[1]
                    party["signatory"] = self.people[signatory]["id"]
                agreement["parties"].append(party)
            if ceremony and index % 4 == 0:  # officials of the parties' countries witness
                witnesses = [self.people[pool[index % len(pool)]]["id"]
                             for pool in (self.officials.get(c) for c in dict.fromkeys(countries))
                             if pool]
                if witnesses:
                    agreement["witnesses"] = witnesses
            if status == "signed":
                start = ceremony["start"] if ceremony else "12:00"
                day = ceremony["day"] if ceremony else START_DATE.isoformat()
                agreement["signed_at"] = f"{day}T{start}:00{UTC_OFFSET}"
            agreement["valid_from"] = START_DATE.isoformat()
            agreement["valid_until"] = START_DATE.replace(year=START_DATE.year + 5).isoformat()
            languages = [COUNTRIES[c].language for c in countries if COUNTRIES[c].language]
            agreement["languages"] = sorted(set(languages), key=languages.index) + ["en"]
            agreement["originals"] = 2
            ready = status in ("signed", "ready")
            agreement["readiness"] = {"legal_review": True, "translated": ready or index % 2 == 0,
                                      "printed": ready, "bound": status == "signed"}
            if index % 11 == 0:
                agreement["notes"] = "Originals in az, kk & en; seals & signatures on page 4."
            result.append(agreement)
        return result

    def _parties(self, index: int, by_country: dict[str, list[int]]) -> tuple[int, int]:
        """Two distinct organizations, preferably of the pair of countries this index draws."""
        pair = PAIRS[index % len(PAIRS)]
        pools = [by_country.get(pair[0], []), by_country.get(pair[1], [])]
        if not pools[0] or not pools[1]:
            everyone = [o for pool in by_country.values() for o in pool]
            pools = [everyone, everyone]
        first = pools[0][self.rng.randrange(len(pools[0]))]
        second = pools[1][self.rng.randrange(len(pools[1]))]
        while second == first:
            second = pools[1][self.rng.randrange(len(pools[1]))]
        return first, second

    def build(self) -> dict[str, Any]:
        people, agreements, items, days = self.counts
        self.build_organizations()
        self.build_people()
        agenda, rooms = self.build_agenda()
        agreement_list = self.build_agreements(agenda)
        # Signatories are booked into their ceremonies before speakers are chosen, so
        # nobody signs in the hall while speaking on a panel elsewhere.
        by_key = {p["id"]: i for i, p in enumerate(self.people)}
        by_item = {item["id"]: item for item in agenda}
        for agreement in agreement_list:
            if "signing" in agreement:
                interval = item_interval(by_item[agreement["signing"]["agenda_item"]])
                signers = [party["signatory"] for party in agreement["parties"]
                           if "signatory" in party] + agreement.get("witnesses", [])
                for key in signers:
                    person = by_key[key]
                    if self.bookings.free(person, interval):
                        self.bookings.book(person, interval)
        self.fill_agenda(agenda)
        hosts = [o["id"] for o in self.organizations
                 if o["country"] == "AZ" and o["kind"] in ("ministry", "university")][:2]
        event: dict[str, Any] = {
            "id": f"synth-{people}-{agreements}-{items}",
            "title": "Round table on cooperation in higher education: Azerbaijan, Kazakhstan "
                     "& partners",
            "subtitle": f"Synthetic event: {people:,} people, {agreements:,} agreements, "
                        f"{items:,} agenda items",
            "start_date": START_DATE.isoformat(),
            "end_date": (START_DATE + dt.timedelta(days=days - 1)).isoformat(),
            "timezone": TIMEZONE,
            "venue": {"name": "ADA University", "address": "61 Ahmadbey Aghaoglu Street",
                      "city": "Baku", "country": "AZ"},
            "rooms": rooms, "hosts": hosts, "languages": ["en", "az", "kk", "ru"],
            "description": "Generated by benchmarks/synth.py for measurements.",
        }
        if not hosts:
            del event["hosts"]
        return {"format": "roundtable-event", "version": 1, "event": event,
                "organizations": self.organizations, "people": self.people, "agenda": agenda,
                "agreements": agreement_list}


def default_organizations(people: int) -> int:
    """About one organization per 40 people, at least 8 (so every country is present)."""
    return max(8, people // 40)


def generate_event(people: int = 10_000, agreements: int = 2_000, items: int = 300,
                   days: int = 3, seed: int = 2026, organizations: int | None = None,
                   rooms: int | None = None) -> dict[str, Any]:
    """An event document with exactly these counts; the same arguments give the same document."""
    if min(people, agreements, items) < 0 or days < 1:
        raise ValueError("counts must be >= 0 and days >= 1")
    orgs = default_organizations(people) if organizations is None else organizations
    if agreements and orgs < 2:
        raise ValueError(f"--organizations: agreements need at least 2 organizations, got {orgs}")
    return _Generator(people, agreements, items, days, seed, orgs, rooms).build()


def write_event(doc: dict[str, Any], path: Path) -> None:
    """Write ``doc`` as UTF-8 JSON (one record per line block; stable bytes)."""
    text = json.dumps(doc, ensure_ascii=False, indent=1)
    path.write_bytes(text.encode("utf-8") + b"\n")


def _count(name: str, minimum: int = 0):  # type: ignore[no-untyped-def]
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{name}: expected a whole number, got {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{name}: must be at least {minimum}, got {value}")
        return value
    return parse


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write a valid synthetic Roundtable event file (deterministic per seed).")
    parser.add_argument("--people", type=_count("--people"), default=10_000)
    parser.add_argument("--agreements", type=_count("--agreements"), default=2_000)
    parser.add_argument("--items", type=_count("--items"), default=300)
    parser.add_argument("--days", type=_count("--days", 1), default=3)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--organizations", type=_count("--organizations", 0), default=None,
                        help="default: one per 40 people, at least 8")
    parser.add_argument("--rooms", type=_count("--rooms", 1), default=None,
                        help="rooms to use (more are added if a day does not fit); "
                             "default: as many as the busiest day needs")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.json")
    args = parser.parse_args(argv)
    try:
        doc = generate_event(args.people, args.agreements, args.items, args.days, args.seed,
                             args.organizations, args.rooms)
    except ValueError as exc:
        parser.error(str(exc))
    write_event(doc, args.output)
    print(f"{args.output}: {len(doc['organizations'])} organizations, {len(doc['people'])} "
          f"people, {len(doc['agenda'])} agenda items in {len(doc['event']['rooms'])} rooms, "
          f"{len(doc['agreements'])} agreements", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
