"""Validation of event files (format versions 1 and 2) against ``docs/event-format.md``.

The whole file is checked before anything is written, and every problem is
reported with its JSON path and offending value, e.g.
``agreements[3].parties[1].organization: unknown organization "kaznu2"``,
up to ``MAX_ERRORS`` so a badly broken file still gives a readable report.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop_app.domain.errors import RoundtableError
from desktop_app.domain.rules import (
    choice_problem,
    country_problem,
    day_problem,
    duplicate_parties,
    duplicate_party_problem,
    event_dates_problem,
    key_problem,
    language_problem,
    missing_problem,
    party_count_problem,
    positive_problem,
    required_problem,
    signed_at_problem,
    text_problem,
    time_order_problem,
    timezone_problem,
    validity_problem,
    year_problem,
)
from desktop_app.domain.seating import RULES as SEATING_RULES
from desktop_app.domain.seating import SeatingError, parse_layout
from desktop_app.domain.vocabulary import (
    ID_PATTERN,
    LANGUAGE_TAG_PATTERN,
    READINESS_ITEMS,
    AgendaKind,
    AgreementKind,
    AgreementStatus,
    OrganizationKind,
)

from .event_format import (
    AGENDA_FIELDS,
    AGENDA_FIELDS_V2,
    AGREEMENT_FIELDS,
    EVENT_FIELDS,
    ORGANIZATION_FIELDS,
    PARTY_FIELDS,
    PERSON_FIELDS,
    PERSON_FIELDS_V2,
    PERSON_TEXT_FIELDS,
    ROOM_FIELDS,
    SEAT_FIELDS,
    SEATING_FIELDS,
    SIGNING_FIELDS,
    TOP_FIELDS,
    TOP_FIELDS_V2,
    VENUE_FIELDS,
    parse_date,
    parse_instant,
    parse_time,
)
from .event_format import choices as _enum_choices
from .event_partnership import PartnershipChecks
from .event_quick_checks import QuickChecks
from .event_translations import (
    AGENDA_TEXTS,
    AGREEMENT_TEXTS,
    EVENT_TEXTS,
    LOCAL_SUFFIX,
    PERSON_TEXTS,
    ROOM_TEXTS,
    TOPIC_TEXTS,
    VENUE_TEXTS,
    local_fields,
)
from .event_versions import VersionChecks
from .lone_surrogates import lone_surrogate_paths, shown

FORMAT_NAME = "roundtable-event"
#: The version ``export event`` writes: 2 adds the ``*_local`` translations of texts.
FORMAT_VERSION = 2
#: The versions ``import`` reads; a version 1 file imports as it always did.
READABLE_VERSIONS = (1, 2)
MAX_ERRORS = 100
MAX_DEPTH = 64
#: Upper bound on JSON values (estimated by counting separators before parsing). An
#: event ten times the largest real one (100,000 people, 20,000 agreements) has about
#: 1.5 million; the bound keeps parsing a hostile 50 MB file within a few hundred MB.
MAX_VALUES = 5_000_000
MAX_SHOWN_VALUE = 60

#: What a parser of ``_Validator.converted`` gives; a date or an instant (``in_years``).
Parsed = TypeVar("Parsed")
Day = TypeVar("Day", bound=dt.date)



class EventFileError(RoundtableError):
    """The event file is invalid; ``errors`` lists every problem found (capped)."""

    def __init__(self, errors: list[str], truncated: bool = False) -> None:
        self.errors = errors
        self.truncated = truncated
        first = errors[0] if errors else "invalid event file"
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{first}{more}")


def show(value: Any) -> str:
    """A short, literal rendering of a bad value for a message."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    if len(text) > MAX_SHOWN_VALUE:
        text = text[: MAX_SHOWN_VALUE - 1] + "…"
    return text


class _ErrorCapReached(Exception):
    """Stops the walk once enough errors are known; the rest would not be shown anyway."""


@dataclass
class _Collector:
    errors: list[str] = field(default_factory=list)
    truncated: bool = False

    def add(self, path: str, message: str) -> None:
        if len(self.errors) >= MAX_ERRORS:
            self.truncated = True
            raise _ErrorCapReached
        self.errors.append(f"{path}: {message}" if path else message)


class _Validator(QuickChecks, PartnershipChecks):
    """Walks one decoded file, collecting errors; keeps the ids it has seen."""

    def __init__(self) -> None:
        self.out = _Collector()
        self.rooms: set[str] = set()
        self.organizations: set[str] = set()
        self.people: set[str] = set()
        self.agenda_kinds: dict[str, str] = {}
        self.event_dates: tuple[dt.date, dt.date] | None = None
        self.good_languages: set[str] = set()
        self.version = FORMAT_VERSION

    # -- primitives ---------------------------------------------------------
    def obj(self, value: Any, path: str, allowed: set[str], required: Iterable[str]) -> bool:
        if not isinstance(value, dict):
            self.out.add(path, f"expected an object, got {show(value)}")
            return False
        for name in value:
            if name not in allowed:
                self.out.add(f"{path}.{name}" if path else name, "unknown field (is it a typo?)")
        for name in required:
            where = f"{path}.{name}" if path else name
            if value.get(name) is None:
                self.out.add(where, missing_problem(where).reason)
        return True

    def text(self, value: Any, path: str, *, required: bool = False) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            self.out.add(path, f"expected text, got {show(value)}")
            return None
        if required and (missing := required_problem(path, value)) is not None:
            self.out.add(path, missing.reason)
        elif (fault := text_problem(path, value)) is not None:
            self.out.add(path, fault.reason)
        return value

    def ident(self, value: Any, path: str) -> str | None:
        if value is None:
            return None
        if (fault := key_problem(path, value)) is not None:
            self.out.add(path, fault.reason)
            return None
        return str(value)  # passed: a string

    def integer(self, value: Any, path: str, minimum: int = 1) -> int | None:
        """A whole number from ``minimum`` (1 or 0) to the field's limit: from 1, the rule
        of every entry point (``rules.positive_problem``)."""
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.out.add(path, f"expected a whole number, got {show(value)}")
            return None
        if minimum <= value < 1:  # a count that may be 0 (partnership figures)
            return value
        if value < minimum:
            self.out.add(path, f"must be at least {minimum}, got {show(value)}")
            return None
        if (fault := positive_problem(path, value)) is not None:
            self.out.add(path, fault.reason)
            return None
        return value

    def boolean(self, value: Any, path: str) -> None:
        if value is not None and not isinstance(value, bool):
            self.out.add(path, f"expected true or false, got {show(value)}")

    def enum(self, value: Any, path: str, allowed: Iterable[str]) -> str | None:
        if value is None:
            return None
        choices = _enum_choices(allowed)
        if isinstance(value, str) and value in choices:
            return value
        if (fault := choice_problem(path, value, choices)) is not None:
            self.out.add(path, fault.reason)
        return None

    def converted(self, value: Any, path: str, parse: Callable[[str], Parsed], what: str
                  ) -> Parsed | None:
        if value is None:
            return None
        if not isinstance(value, str):
            self.out.add(path, f"expected {what}, got {show(value)}")
            return None
        try:
            return parse(value)
        except ValueError:
            self.out.add(path, f"invalid {what} {show(value)}")
            return None

    def date(self, value: Any, path: str) -> dt.date | None:
        return self.in_years(self.converted(value, path, parse_date, "date (YYYY-MM-DD)"), path)

    def instant(self, value: Any, path: str) -> dt.datetime | None:
        return self.in_years(self.converted(value, path, parse_instant,
                                            "instant (ISO 8601 with offset)"), path)

    def in_years(self, value: Day | None, path: str) -> Day | None:
        """``value`` (a date or instant, or None) if within the years of ``year_problem``."""
        if value is not None and (fault := year_problem(path, value)) is not None:
            self.out.add(path, fault.reason)
            return None
        return value

    def time(self, value: Any, path: str) -> dt.time | None:
        return self.converted(value, path, parse_time, "time (HH:MM)")

    def country(self, value: Any, path: str) -> None:
        if value is not None and (fault := country_problem(path, value)) is not None:
            self.out.add(path, fault.reason)

    def plain_language(self, tag: Any) -> bool:
        """Whether ``tag`` is a valid language tag, remembering the ones seen (a file
        repeats a handful of tags thousands of times)."""
        if not isinstance(tag, str):
            return False
        if tag in self.good_languages:
            return True
        if LANGUAGE_TAG_PATTERN.match(tag):
            self.good_languages.add(tag)
            return True
        return False

    def language(self, value: Any, path: str) -> None:
        if not self.plain_language(value) and (fault := language_problem(path, value)):
            self.out.add(path, fault.reason)

    def array(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.out.add(path, f"expected a list, got {show(value)}")
            return []
        return value

    def languages(self, value: Any, path: str) -> None:
        for i, tag in enumerate(self.array(value, path)):
            self.language(tag, f"{path}[{i}]")

    def local_names(self, value: Any, path: str, what: str = "name") -> None:
        if value is None:
            return
        if not isinstance(value, dict):
            self.out.add(path, f"expected an object of language: {what}, got {show(value)}")
            return
        for tag, name in value.items():
            self.language(tag, f"{path}.{tag}")
            self.text(name, f"{path}.{tag}", required=True)

    def allowed(self, fields: set[str], texts: dict[str, str]) -> set[str]:
        """``fields`` of an object, with the ``*_local`` translations of its ``texts``
        from format version 2 on (in a version 1 file they are unknown fields)."""
        return fields | local_fields(texts) if self.version >= 2 else fields

    def translations(self, obj: dict[str, Any], texts: dict[str, str], path: str) -> None:
        """The ``*_local`` maps of ``obj``: language -> non-empty text, beside a text."""
        if self.version < 2:
            return
        for name in texts:
            local = f"{name}{LOCAL_SUFFIX}"
            if obj.get(local) is None:
                continue
            self.local_names(obj[local], f"{path}.{local}", "text")
            if obj[local] and obj.get(name) is None:
                self.out.add(f"{path}.{local}", f"translations of {name}, but no {name}")

    def reference(self, value: Any, path: str, known: set[str] | dict[str, Any], what: str,
                  *, in_list: bool = False) -> None:
        """``value`` names one of ``known``; an optional field may be null, an element of
        a list of references (``in_list``) may not."""
        if value is None:
            if in_list:
                self.out.add(path, f"expected the {what}'s id, got null")
            return
        if self.ident(value, path) is not None and value not in known:
            self.out.add(path, f"unknown {what} {show(value)}")

    def unique_ids(self, items: list[Any], path: str) -> set[str]:
        seen: set[str] = set()
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            key = item.get("id")
            if key is None:
                continue
            if not (isinstance(key, str) and ID_PATTERN.match(key)):  # the path only when wrong
                self.ident(key, f"{path}[{i}].id")
                continue
            if key in seen:
                self.out.add(f"{path}[{i}].id", f"duplicate id {show(key)}")
            seen.add(key)
        return seen

    # -- sections -----------------------------------------------------------
    def document(self, doc: Any) -> None:
        if not isinstance(doc, dict):
            self.out.add("", f"the file must hold a JSON object, got {show(doc)}")
            return
        if doc.get("format") != FORMAT_NAME:
            self.out.add("format", f'expected "{FORMAT_NAME}", got {show(doc.get("format"))}')
            return
        version = doc.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            self.out.add("version", f"this file is format version {version}; this Roundtable "
                         f"reads versions up to {FORMAT_VERSION}: update Roundtable to import it")
            return
        if version not in READABLE_VERSIONS or isinstance(version, bool):
            readable = " or ".join(str(v) for v in READABLE_VERSIONS)
            self.out.add("version", f"expected {readable}, got {show(version)}")
            return
        self.version = version
        self.obj(doc, "", TOP_FIELDS_V2 if version >= 2 else TOP_FIELDS, ["event"])
        organizations = self.array(doc.get("organizations"), "organizations")
        people = self.array(doc.get("people"), "people")
        agenda = self.array(doc.get("agenda"), "agenda")
        agreements = self.array(doc.get("agreements"), "agreements")
        self.organizations = self.unique_ids(organizations, "organizations")
        self.people = self.unique_ids(people, "people")
        agenda_ids = self.unique_ids(agenda, "agenda")
        self.unique_ids(agreements, "agreements")
        if doc.get("event") is not None:
            self.event(doc["event"])
        for i, org in enumerate(organizations):
            self.organization(org, f"organizations[{i}]")
        for i, person in enumerate(people):
            self.person(person, f"people[{i}]")
        for i, item in enumerate(agenda):
            self.agenda_item(item, f"agenda[{i}]")
        references: dict[str, int] = {}
        for i, agreement in enumerate(agreements):
            self.agreement(agreement, f"agreements[{i}]", references, i)
        self.partnership_sections(agreements)
        if version >= 2:
            self.seating(self.array(doc.get("seating"), "seating"), agenda_ids)
            VersionChecks(self).check(doc)

    def event(self, event: Any) -> None:
        path = "event"
        if not self.obj(event, path, self.allowed(EVENT_FIELDS, EVENT_TEXTS),
                        ["id", "title", "start_date", "end_date", "timezone", "venue", "rooms",
                         "languages"]):
            return
        self.translations(event, EVENT_TEXTS, path)
        self.ident(event.get("id"), f"{path}.id")
        self.text(event.get("title"), f"{path}.title", required=True)
        self.text(event.get("subtitle"), f"{path}.subtitle")
        self.text(event.get("description"), f"{path}.description")
        start = self.date(event.get("start_date"), f"{path}.start_date")
        end = self.date(event.get("end_date"), f"{path}.end_date")
        if start and end:
            if (fault := event_dates_problem(f"{path}.end_date", start, end)) is not None:
                self.out.add(f"{path}.end_date", fault.reason)
            else:
                self.event_dates = (start, end)
        zone = self.text(event.get("timezone"), f"{path}.timezone")
        if zone is not None and (fault := timezone_problem(f"{path}.timezone", zone)):
            self.out.add(f"{path}.timezone", fault.reason)
        venue = event.get("venue")
        if venue is not None and self.obj(venue, f"{path}.venue",
                                          self.allowed(VENUE_FIELDS, VENUE_TEXTS),
                                          ["name", "city", "country"]):
            self.translations(venue, VENUE_TEXTS, f"{path}.venue")
            self.text(venue.get("name"), f"{path}.venue.name", required=True)
            self.text(venue.get("address"), f"{path}.venue.address")
            self.text(venue.get("city"), f"{path}.venue.city", required=True)
            self.country(venue.get("country"), f"{path}.venue.country")
        rooms = self.array(event.get("rooms"), f"{path}.rooms")
        if event.get("rooms") is not None and isinstance(event.get("rooms"), list) and not rooms:
            self.out.add(f"{path}.rooms", "at least one room is required")
        self.rooms = self.unique_ids(rooms, f"{path}.rooms")
        for i, room in enumerate(rooms):
            room_path = f"{path}.rooms[{i}]"
            if self.obj(room, room_path, self.allowed(ROOM_FIELDS, ROOM_TEXTS), ["id", "name"]):
                self.translations(room, ROOM_TEXTS, room_path)
                self.text(room.get("name"), f"{room_path}.name", required=True)
                self.integer(room.get("capacity"), f"{room_path}.capacity", 1)
        hosts = self.array(event.get("hosts"), f"{path}.hosts")
        hosts_seen: set[str] = set()
        for i, host in enumerate(hosts):
            self.reference(host, f"{path}.hosts[{i}]", self.organizations, "organization",
                           in_list=True)
            if isinstance(host, str):
                if host in hosts_seen:
                    self.out.add(f"{path}.hosts[{i}]", f"{show(host)} is listed twice")
                hosts_seen.add(host)
        languages = event.get("languages")
        self.languages(languages, f"{path}.languages")
        if isinstance(languages, list) and not languages:
            self.out.add(f"{path}.languages", "at least one language is required")

    def organization(self, org: Any, path: str) -> None:
        if not self.obj(org, path, ORGANIZATION_FIELDS, ["id", "name", "kind", "country"]):
            return
        self.text(org.get("name"), f"{path}.name", required=True)
        self.text(org.get("short_name"), f"{path}.short_name")
        self.local_names(org.get("local_names"), f"{path}.local_names")
        self.enum(org.get("kind"), f"{path}.kind", OrganizationKind)
        self.country(org.get("country"), f"{path}.country")
        self.text(org.get("city"), f"{path}.city")
        self.text(org.get("website"), f"{path}.website")

    def person(self, person: Any, path: str) -> None:
        if self._plainly_valid_person(person):
            return
        fields = PERSON_FIELDS_V2 if self.version >= 2 else PERSON_FIELDS
        if not self.obj(person, path, self.allowed(fields, PERSON_TEXTS),
                        ["id", "family_name"]):
            return
        self.translations(person, PERSON_TEXTS, path)
        for name in PERSON_TEXT_FIELDS:
            self.text(person.get(name), f"{path}.{name}")
        self.text(person.get("family_name"), f"{path}.family_name", required=True)
        self.local_names(person.get("local_names"), f"{path}.local_names")
        self.reference(person.get("organization"), f"{path}.organization", self.organizations,
                       "organization")
        self.country(person.get("country"), f"{path}.country")
        self.integer(person.get("precedence"), f"{path}.precedence", 1)

    def agenda_item(self, item: Any, path: str) -> None:
        fields = AGENDA_FIELDS_V2 if self.version >= 2 else AGENDA_FIELDS
        if not self.obj(item, path, self.allowed(fields, AGENDA_TEXTS),
                        ["id", "title", "kind", "day", "start", "end", "room"]):
            return
        self.translations(item, AGENDA_TEXTS, path)
        self.text(item.get("title"), f"{path}.title", required=True)
        self.text(item.get("description"), f"{path}.description")
        kind = self.enum(item.get("kind"), f"{path}.kind", AgendaKind)
        if isinstance(item.get("id"), str) and kind is not None:
            self.agenda_kinds[item["id"]] = kind
        day = self.date(item.get("day"), f"{path}.day")
        if day and self.event_dates and (
                fault := day_problem(f"{path}.day", day, *self.event_dates)) is not None:
            self.out.add(f"{path}.day", fault.reason)
        start = self.time(item.get("start"), f"{path}.start")
        end = self.time(item.get("end"), f"{path}.end")
        if start and end and (fault := time_order_problem(f"{path}.end", start, end)):
            self.out.add(f"{path}.end", fault.reason)
        self.reference(item.get("room"), f"{path}.room", self.rooms, "room")
        speakers = self.array(item.get("speakers"), f"{path}.speakers")
        seen: set[str] = set()
        for i, speaker in enumerate(speakers):
            self.reference(speaker, f"{path}.speakers[{i}]", self.people, "person",
                           in_list=True)
            if isinstance(speaker, str) and speaker in seen:
                self.out.add(f"{path}.speakers[{i}]", f"{show(speaker)} is listed twice")
            if isinstance(speaker, str):
                seen.add(speaker)
        self.reference(item.get("chair"), f"{path}.chair", self.people, "person")
        for i, topic in enumerate(self.array(item.get("topics"), f"{path}.topics")):
            topic_path = f"{path}.topics[{i}]"
            if self.version >= 2 and isinstance(topic, dict):  # a topic with translations
                if self.obj(topic, topic_path, {"text"} | local_fields(TOPIC_TEXTS), ["text"]):
                    self.text(topic.get("text"), f"{topic_path}.text", required=True)
                    self.translations(topic, TOPIC_TEXTS, topic_path)
            else:
                self.text(topic, topic_path, required=True)

    def agreement(self, agreement: Any, path: str, references: dict[str, int], index: int) -> None:
        if self._plainly_valid_agreement(agreement, references, index):
            return
        if not self.obj(agreement, path, self.allowed(AGREEMENT_FIELDS, AGREEMENT_TEXTS)
                        | self.partnership_fields(),
                        ["id", "reference", "kind", "title", "parties", "status"]):
            return
        self.translations(agreement, AGREEMENT_TEXTS, path)
        reference = self.text(agreement.get("reference"), f"{path}.reference", required=True)
        if reference is not None:
            if reference in references:
                self.out.add(f"{path}.reference", f"duplicate reference {show(reference)} "
                             f"(also agreements[{references[reference]}])")
            else:
                references[reference] = index
        self.enum(agreement.get("kind"), f"{path}.kind", AgreementKind)
        self.text(agreement.get("title"), f"{path}.title", required=True)
        self.text(agreement.get("notes"), f"{path}.notes")
        parties = self.array(agreement.get("parties"), f"{path}.parties")
        if isinstance(agreement.get("parties"), list) and (
                fault := party_count_problem(f"{path}.parties", len(parties))) is not None:
            self.out.add(f"{path}.parties", fault.reason)
        organizations: list[object] = []
        for i, party in enumerate(parties):
            party_path = f"{path}.parties[{i}]"
            # a party that is not an object or names no organization (as text) repeats none
            organizations.append(party.get("organization") if isinstance(party, dict)
                                 and isinstance(party.get("organization"), str) else object())
            if not self.obj(party, party_path, PARTY_FIELDS, ["organization"]):
                continue
            self.reference(party.get("organization"), f"{party_path}.organization",
                           self.organizations, "organization")
            self.reference(party.get("signatory"), f"{party_path}.signatory", self.people,
                           "person")
        for i, first in duplicate_parties(organizations):
            where = f"{path}.parties[{i}].organization"
            self.out.add(where, duplicate_party_problem(where, organizations[i], first).reason)
        for i, witness in enumerate(self.array(agreement.get("witnesses"), f"{path}.witnesses")):
            self.reference(witness, f"{path}.witnesses[{i}]", self.people, "person",
                           in_list=True)
        status = self.enum(agreement.get("status"), f"{path}.status", AgreementStatus)
        given = agreement.get("signed_at")
        signed_at = self.instant(given, f"{path}.signed_at")
        if (given is None or signed_at is not None) and (fault := signed_at_problem(
                f"{path}.signed_at", status, given)) is not None:
            self.out.add(f"{path}.signed_at", fault.reason)
        signing = agreement.get("signing")
        if signing is not None and self.obj(signing, f"{path}.signing", SIGNING_FIELDS,
                                            ["agenda_item"]):
            item = signing.get("agenda_item")
            self.reference(item, f"{path}.signing.agenda_item", self.agenda_kinds, "agenda item")
            if isinstance(item, str) and self.agenda_kinds.get(item, AgendaKind.SIGNING) \
                    != AgendaKind.SIGNING:
                self.out.add(f"{path}.signing.agenda_item", f"{show(item)} is a "
                             f"{self.agenda_kinds[item]} item, not a signing item")
            self.integer(signing.get("order"), f"{path}.signing.order", 1)
        valid_from = self.date(agreement.get("valid_from"), f"{path}.valid_from")
        valid_until = self.date(agreement.get("valid_until"), f"{path}.valid_until")
        if (fault := validity_problem(f"{path}.valid_until", valid_from, valid_until)):
            self.out.add(f"{path}.valid_until", fault.reason)
        self.languages(agreement.get("languages"), f"{path}.languages")
        self.integer(agreement.get("originals"), f"{path}.originals", 1)
        readiness = agreement.get("readiness")
        if readiness is not None and self.obj(readiness, f"{path}.readiness",
                                              set(READINESS_ITEMS), []):
            for name in READINESS_ITEMS:
                self.boolean(readiness.get(name), f"{path}.readiness.{name}")

    def seating(self, plans: list[Any], agenda_ids: set[str]) -> None:
        """Seating plans (version 2): at most one per agenda item and one main table
        (``item`` null); a valid layout and rule; seats within the layout, each once."""
        tables: dict[str | None, int] = {}
        for i, plan in enumerate(plans):
            path = f"seating[{i}]"
            if not self.obj(plan, path, SEATING_FIELDS, ["layout", "rule"]):
                continue
            item = plan.get("item")
            self.reference(item, f"{path}.item", agenda_ids, "agenda item")
            if item is None or isinstance(item, str):
                if item in tables:
                    what = "the main table" if item is None else f"agenda item {show(item)}"
                    self.out.add(f"{path}.item", f"a second seating plan for {what} "
                                 f"(also seating[{tables[item]}])")
                else:
                    tables[item] = i
            capacity = None
            spec = self.text(plan.get("layout"), f"{path}.layout", required=True)
            if spec is not None and spec.strip():
                try:
                    capacity = parse_layout(spec).capacity
                except SeatingError as exc:
                    self.out.add(f"{path}.layout", str(exc))
            self.enum(plan.get("rule"), f"{path}.rule", SEATING_RULES)
            seen: dict[int, int] = {}
            for j, seat in enumerate(self.array(plan.get("seats"), f"{path}.seats")):
                seat_path = f"{path}.seats[{j}]"
                if not self.obj(seat, seat_path, SEAT_FIELDS, ["seat"]):
                    continue
                number = self.integer(seat.get("seat"), f"{seat_path}.seat", 1)
                if number is not None and capacity is not None and number > capacity:
                    self.out.add(f"{seat_path}.seat", f"seat {number} is not a seat of "
                                 f"{show(spec)} ({capacity} seats)")
                elif number is not None and number in seen:
                    self.out.add(f"{seat_path}.seat", f"seat {number} is listed twice "
                                 f"(also seats[{seen[number]}])")
                elif number is not None:
                    seen[number] = j
                self.reference(seat.get("person"), f"{seat_path}.person", self.people, "person")
                self.boolean(seat.get("locked"), f"{seat_path}.locked")
                self.text(seat.get("reason"), f"{seat_path}.reason")



def _depth_ok(value: Any, limit: int) -> bool:
    """Whether no container in ``value`` is nested deeper than ``limit``.

    Walks one level at a time and keeps only the containers, so the leaves
    (most of a large file's 100,000 values) are looked at once, in a list
    comprehension, instead of each being pushed on and popped off a stack.
    """
    level = [value] if isinstance(value, (dict, list)) else []
    depth = 0
    while level:
        if depth >= limit:  # anything inside a container at the limit would be deeper
            return not any(level)
        children: list[Any] = []
        for node in level:
            members = node.values() if isinstance(node, dict) else node
            children.extend([child for child in members if isinstance(child, (dict, list))])
        level = children
        depth += 1
    return True


def decode_event_file(data: bytes) -> Any:
    """Decode the bytes of an event file into JSON values, or raise ``EventFileError``
    (also when containers are nested more than ``MAX_DEPTH`` deep)."""
    doc = parse_event_json(data)
    if not _depth_ok(doc, MAX_DEPTH):
        raise too_deep_error()
    return doc


def too_deep_error() -> EventFileError:
    return EventFileError([f"the file is nested more than {MAX_DEPTH} levels deep"])


def parse_event_json(data: bytes) -> Any:
    """Decode the bytes of an event file into JSON values without the depth check, or
    raise ``EventFileError``: for ``read_and_validate``, whose validation implies it."""
    values = data.count(b",") + data.count(b"{") + data.count(b"[")
    if values > MAX_VALUES:
        raise EventFileError([f"the file holds about {values:,} values, more than an event file "
                              f"can ({MAX_VALUES:,}); is it the right file?"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EventFileError([f"the file is not UTF-8 text (byte {exc.start})"]) from exc
    repeated: list[_RepeatedKeys] = []
    try:
        doc = json.loads(text, object_pairs_hook=_object_hook(repeated))
    except json.JSONDecodeError as exc:
        raise EventFileError(
            [f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"]
        ) from exc
    except RecursionError as exc:
        raise EventFileError(["malformed JSON: nested too deeply"]) from exc
    except ValueError as exc:  # Python's limit on the digits of a whole number
        raise EventFileError([_long_number_message(text)]) from exc
    if repeated:
        problems = _repeated_key_problems(doc)
        raise EventFileError(problems, truncated=len(problems) >= MAX_ERRORS)
    lone = lone_surrogate_paths(data, doc, MAX_ERRORS)
    if lone:
        raise EventFileError([_lone_surrogate_message(path, value) for path, value in lone],
                             truncated=len(lone) >= MAX_ERRORS)
    return doc


#: A whole number longer than Python reads (``sys.get_int_max_str_digits``: 4,300).
_LONG_NUMBER = re.compile(rf"-?\d{{{sys.get_int_max_str_digits() + 1},}}")


def _long_number_message(text: str) -> str:
    """Where the number ``json.loads`` refused for its length is, and how long it is."""
    found = _LONG_NUMBER.search(text)
    if found is None:
        return "a number in the file is too long to read"
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - text.rfind("\n", 0, found.start())
    digits = len(found.group().lstrip("-"))
    return (f"line {line}, column {column}: a number of {digits:,} digits; a number in an "
            f"event file has at most {sys.get_int_max_str_digits():,}")


class _RepeatedKeys(dict[str, Any]):
    """A JSON object that named a field more than once (``json.loads`` keeps the last
    value without a word); ``repeated`` counts the times of each such field."""

    repeated: dict[str, int]


def _object_hook(found: list[_RepeatedKeys]) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """The ``object_pairs_hook`` that builds each object as ``json.loads`` would and
    notes in ``found`` the ones with a repeated field (about 10 ms for the 27,000
    objects of a 10,000-person event)."""

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) == len(pairs):
            return obj
        marked = _RepeatedKeys(obj)
        marked.repeated = {key: count for key, count in Counter(k for k, _ in pairs).items()
                           if count > 1}
        found.append(marked)
        return marked

    return hook


def _repeated_key_problems(doc: Any) -> list[str]:
    """``path: …`` for each field named more than once, in the order of the file."""
    problems: list[str] = []
    stack: list[tuple[str, Any]] = [("", doc)]
    while stack and len(problems) < MAX_ERRORS:
        path, value = stack.pop()
        if isinstance(value, dict):
            for key, count in getattr(value, "repeated", {}).items():
                where = f"{path}.{key}" if path else key
                problems.append(f"{where}: the field is named {count} times in one object; "
                                "name it once")
            stack.extend((f"{path}.{key}" if path else key, child)
                         for key, child in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((f"{path}[{i}]", child) for i, child in reversed(list(enumerate(value))))
    return problems[:MAX_ERRORS]


def _lone_surrogate_message(path: str, value: str) -> str:
    text = shown(value)
    if len(text) > MAX_SHOWN_VALUE:
        text = text[: MAX_SHOWN_VALUE - 1] + "…"
    message = (f'invalid text "{text}": a lone UTF-16 surrogate (\\ud800–\\udfff) is not a '
               "character; is the file damaged?")
    return f"{path}: {message}" if path else message


def validate_event_document(doc: Any) -> None:
    """Raise ``EventFileError`` listing every problem in ``doc``; return if it is valid."""
    validator = _Validator()
    with contextlib.suppress(_ErrorCapReached):  # the errors so far are the report
        validator.document(doc)
    if validator.out.errors:
        raise EventFileError(validator.out.errors, validator.out.truncated)


def read_and_validate(data: bytes) -> dict[str, Any]:
    """The decoded and validated document in ``data``, or ``EventFileError``: the same
    outcome as ``decode_event_file`` followed by ``validate_event_document``, with less
    work for a valid file.

    A valid document cannot be nested deeply: every field the validator accepts is
    a scalar or a container of a fixed shape at most five levels down. So the depth
    walk over every value (a sixth of reading a 10,000-person file) runs only when
    validation fails, and a file nested too deep still gets the depth error alone.
    """
    doc = parse_event_json(data)
    try:
        validate_event_document(doc)
    except (EventFileError, RecursionError):  # rendering a deeply nested bad value
        if not _depth_ok(doc, MAX_DEPTH):
            raise too_deep_error() from None
        raise
    return doc  # type: ignore[no-any-return]  # validated, so an object
