"""Event documents of any size, for tests that compare a small event with a larger one.

Every relation a service may walk is filled at every size: people belong to
organizations and have local names, agenda items have a chair, speakers and
topics, agreements have two or three parties with signatories, witnesses, a
signing item and an order. A per-row query then shows up as a count that
grows with the event, which is what the query-count test looks for.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

COUNTRIES = ("AZ", "KZ", "TR", "DE", "UZ")
ORG_KINDS = ("university", "university", "ministry", "agency", "company")
FAMILY_NAMES = ("Əliyev", "Нұрбек", "Müller", "O'Brien & Sons", "Qasımova", "Сейтқали",
                "Yılmaz", "<b>Bold")
GIVEN_NAMES = ("İlqar", "Айгерім", "Anna", "Sayasat", "Günel", "Ерлан", "Mehmet", "Zoë")
ITEM_KINDS = ("opening", "speech", "signing", "panel", "remarks")
STATUSES = ("draft", "ready", "signed", "ready", "cancelled")
DAY_ONE = dt.date(2026, 5, 12)
SLOT_MINUTES = 20
ITEM_MINUTES = 15
OPENING_MINUTES = 50


def _organizations(count: int) -> list[dict[str, Any]]:
    orgs = []
    for i in range(count):
        org: dict[str, Any] = {"id": f"org-{i}", "name": f"University <{i}> & Partners",
                               "kind": ORG_KINDS[i % len(ORG_KINDS)],
                               "country": COUNTRIES[i % len(COUNTRIES)]}
        if i % 2 == 0:
            org["short_name"] = f"U{i}"
            org["local_names"] = {"az": f"Universitet {i}", "kk": f"Университет {i}"}
        orgs.append(org)
    return orgs


def _people(count: int, organizations: int) -> list[dict[str, Any]]:
    people = []
    for i in range(count):
        person: dict[str, Any] = {
            "id": f"p-{i}", "given_name": GIVEN_NAMES[i % len(GIVEN_NAMES)],
            "family_name": f"{FAMILY_NAMES[i % len(FAMILY_NAMES)]} {i}",
            "organization": f"org-{i % organizations}",
            "country": COUNTRIES[i % len(COUNTRIES)], "position": "Rector"}
        if i % 3 == 0:
            person["honorific"] = "Prof."
            person["precedence"] = i + 1
            person["local_names"] = {"kk": f"Адам {i}"}
        people.append(person)
    return people


def _agenda(count: int, people: int) -> list[dict[str, Any]]:
    items = []
    for i in range(count):
        kind = ITEM_KINDS[i % len(ITEM_KINDS)]
        start = dt.datetime.combine(DAY_ONE, dt.time(8)) + dt.timedelta(
            minutes=SLOT_MINUTES * (i // 2))
        item: dict[str, Any] = {
            "id": f"item-{i}", "kind": kind, "title": f"Session <{i}> & \"talk\"",
            "day": (DAY_ONE + dt.timedelta(days=i % 2)).isoformat(),
            "start": start.strftime("%H:%M"),
            # The opening overruns into the next item in its room: a knock-on chain.
            "end": (start + dt.timedelta(minutes=OPENING_MINUTES if i == 0 else ITEM_MINUTES)
                    ).strftime("%H:%M"),
            "room": "small" if kind == "signing" else "main",
            "description": "Details & more"}
        if kind != "signing":
            item["chair"] = f"p-{i % people}"
            item["speakers"] = sorted({f"p-{(i + 1) % people}", f"p-{(i + 2) % people}"})
            item["topics"] = [f"Topic {i}a", f"Тақырып {i}b"]
        items.append(item)
    return items


def _agreements(count: int, people: int, organizations: int,
                signing_items: list[str]) -> list[dict[str, Any]]:
    agreements = []
    orders: dict[str, int] = {}
    for i in range(count):
        party_count = 3 if i % 3 == 0 and organizations >= 3 else 2
        parties = [{"organization": f"org-{(i + k) % organizations}",
                    "signatory": f"p-{(i + k) % people}"} for k in range(party_count)]
        status = STATUSES[i % len(STATUSES)]
        agreement: dict[str, Any] = {
            "id": f"a-{i}", "reference": f"AZ-KZ/2026/{i + 1:03d}",
            "kind": ("mou", "exchange", "research", "dual-degree")[i % 4],
            "title": f"Memorandum <{i}> on cooperation & exchange", "parties": parties,
            "witnesses": [f"p-{(i + 3) % people}", f"p-{(i + 4) % people}"],
            "status": status, "languages": ["az", "kk", "en"], "originals": 2,
            "valid_from": "2026-05-13", "valid_until": "2031-05-12",
            "readiness": {"legal_review": True, "translated": i % 2 == 0, "printed": True,
                          "bound": False}}
        if status == "signed":
            agreement["signed_at"] = "2026-05-13T11:00:00+05:00"
        if signing_items:
            item = signing_items[i % len(signing_items)]
            orders[item] = orders.get(item, 0) + 1
            agreement["signing"] = {"agenda_item": item, "order": orders[item]}
        agreements.append(agreement)
    return agreements


def scaled_event_document(key: str, *, people: int, agreements: int, items: int,
                          organizations: int) -> dict[str, Any]:
    """A valid event document with these many rows of each kind (``organizations`` >= 2)."""
    agenda = _agenda(items, people)
    signing_items = [item["id"] for item in agenda if item["kind"] == "signing"]
    return {
        "format": "roundtable-event",
        "version": 1,
        "event": {
            "id": key, "title": f"Round table <{key}> & \"partners\"", "subtitle": "Ғылым",
            "start_date": DAY_ONE.isoformat(),
            "end_date": (DAY_ONE + dt.timedelta(days=1)).isoformat(),
            "timezone": "Asia/Almaty",
            "venue": {"name": "Əl-Fərabi hall", "city": "Almaty", "country": "KZ"},
            "rooms": [{"id": "main", "name": "Main hall", "capacity": 120},
                      {"id": "small", "name": "Кіші зал", "capacity": 40}],
            "hosts": ["org-0", "org-1"],
            "languages": ["az", "kk", "en"],
        },
        "organizations": _organizations(organizations),
        "people": _people(people, organizations),
        "agenda": agenda,
        "agreements": _agreements(agreements, people, organizations, signing_items),
    }
