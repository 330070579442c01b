"""A deterministic synthetic event for document benchmarks.

``synthetic_event(agreements=1000, days=3, items=300)`` returns an event
document that ``services.events.import_event_document`` accepts: universities
of two countries with Azerbaijani and Kazakh local names, people with
precedence, agenda items spread over several rooms and days (panels with
topics, signing items sharing the agreements), and agreements of every kind.
The same arguments always give the same document.
"""
from __future__ import annotations

import datetime as dt
import random
from typing import Any

AZ_GIVEN = ["Elnur", "Aygün", "Rəşad", "Səbinə", "İlqar", "Nigar", "Orxan", "Leyla", "Tural"]
AZ_FAMILY = ["Məmmədov", "Əliyeva", "Hüseynov", "Quliyeva", "İsmayılov", "Həsənova", "Rzayeva"]
KZ_GIVEN = ["Нұрлан", "Айгерім", "Ерлан", "Гүлнар", "Дәурен", "Сәуле", "Бауыржан", "Мәдина"]
KZ_FAMILY = ["Сәрсенбаев", "Жұмабаева", "Қасымов", "Омарова", "Әбішев", "Ахметова", "Төлеуов"]
LATIN = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "İ": "I", "ş": "sh", "Ş": "Sh", "ç": "ch",
                       "Ç": "Ch", "ğ": "gh", "ö": "o", "ü": "u", "Ü": "U", "Ö": "O"})
CYRILLIC = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ng",
    "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u",
    "ф": "f", "х": "kh", "һ": "h", "ы": "y", "і": "i", "ш": "sh", "ч": "ch", "ц": "ts",
    "Н": "N", "А": "A", "Е": "Ye", "Г": "G", "Д": "D", "С": "S", "Б": "B", "М": "M", "Ж": "Zh",
    "Қ": "Q", "О": "O", "Ә": "A", "Т": "T"})
KINDS = ["mou", "dual-degree", "exchange", "research", "other"]
TITLES = {
    "mou": "Memorandum of Understanding on academic cooperation",
    "dual-degree": "Agreement on a dual diploma programme in {field}",
    "exchange": "Agreement on student and staff exchange in {field}",
    "research": "Memorandum on joint research and innovation in {field}",
    "other": "Agreement on a summer school in {field}",
}
FIELDS = ["petroleum engineering", "computer science", "economics", "public health",
          "international relations", "linguistics", "materials science", "agriculture"]


def _person(index: int, country: str, organization: str, rng: random.Random) -> dict[str, Any]:
    if country == "AZ":
        given, family = rng.choice(AZ_GIVEN), rng.choice(AZ_FAMILY)
        local = {"az": f"{given} {family}"}
        given, family = given.translate(LATIN), family.translate(LATIN)
    else:
        given, family = rng.choice(KZ_GIVEN), rng.choice(KZ_FAMILY)
        local = {"kk": f"{given} {family}"}
        given = given.translate(CYRILLIC).capitalize()
        family = family.translate(CYRILLIC).capitalize()
    person: dict[str, Any] = {
        "id": f"p{index:04d}", "honorific": rng.choice(["Prof.", "Dr.", "Prof."]),
        "given_name": given, "family_name": f"{family}-{index}", "local_names": local,
        "position": rng.choice(["Rector", "Vice-Rector for Research", "Dean",
                                "Head of International Office"]),
        "organization": organization, "country": country,
    }
    if index % 25 == 0:
        person["precedence"] = 1 + index % 4
    return person


def synthetic_event(agreements: int = 1000, days: int = 3, items: int = 300,
                    rooms: int = 4, seed: int = 2025) -> dict[str, Any]:
    """An event document with ``items`` agenda items over ``days`` and ``agreements`` MoUs."""
    rng = random.Random(seed)
    start = dt.date(2026, 10, 6)
    organizations = []
    for index in range(120):
        country = "AZ" if index % 2 == 0 else "KZ"
        name = f"{'Azerbaijan' if country == 'AZ' else 'Kazakhstan'} University No. {index}"
        local = ({"az": f"Azərbaycan {index} saylı Universiteti"} if country == "AZ"
                 else {"kk": f"Қазақстанның № {index} университеті"})
        organizations.append({"id": f"u{index:03d}", "name": name, "local_names": local,
                              "kind": "university", "country": country})
    people = [_person(index, organizations[index % 120]["country"],
                      organizations[index % 120]["id"], rng) for index in range(600)]
    room_list = [{"id": f"r{index}", "name": f"Hall {chr(65 + index)}"} for index in range(rooms)]
    per_day = items // days
    slots = -(-per_day // rooms)
    slot = dt.timedelta(minutes=max(5, min(30, (10 * 60) // max(1, slots))))
    agenda = []
    signing_ids = []
    for index in range(items):
        day_index, in_day = divmod(index, per_day)
        day_index = min(day_index, days - 1)
        room_index, slot_index = divmod(in_day, slots) if in_day < rooms * slots else (0, in_day)
        begin = dt.datetime.combine(start, dt.time(8, 0)) + slot * slot_index
        kind = ["speech", "remarks", "panel", "opening", "other"][index % 5]
        if index % 30 == 29:
            kind = "signing"
        item: dict[str, Any] = {
            "id": f"i{index:04d}", "kind": kind, "day": (start + dt.timedelta(days=day_index))
            .isoformat(), "start": begin.strftime("%H:%M"),
            "end": (begin + slot).strftime("%H:%M"), "room": f"r{room_index % rooms}",
            "title": f"Session {index + 1}: {rng.choice(FIELDS).capitalize()} in a changing world",
        }
        if kind == "signing":
            signing_ids.append(item["id"])
            item["title"] = f"Signing ceremony {len(signing_ids)}"
        else:
            item["speakers"] = [people[(index * 7 + k) % 600]["id"] for k in range(1 + index % 3)]
        if kind == "panel":
            item["chair"] = people[(index * 13) % 600]["id"]
            item["topics"] = [f"Topic {k + 1}: {rng.choice(FIELDS)}" for k in range(3)]
        agenda.append(item)
    agreement_list = []
    for index in range(agreements):
        kind = KINDS[index % len(KINDS)]
        first = organizations[(index * 2) % 120]
        second = organizations[(index * 2 + 1 + (index // 60) * 2) % 120]
        if second["id"] == first["id"]:
            second = organizations[(index * 2 + 3) % 120]
        signing = signing_ids[index % len(signing_ids)] if signing_ids else None
        agreement: dict[str, Any] = {
            "id": f"a{index:05d}", "reference": f"SYN/2026/{index + 1:05d}", "kind": kind,
            "title": TITLES[kind].format(field=FIELDS[index % len(FIELDS)]),
            "parties": [
                {"organization": first["id"], "signatory": people[(index * 2) % 120]["id"]},
                {"organization": second["id"],
                 "signatory": people[int(second["id"][1:])]["id"]},
            ],
            "status": "signed" if index % 10 else "ready",
            "languages": ["az", "kk", "en"], "originals": 2,
        }
        if signing:
            agreement["signing"] = {"agenda_item": signing, "order": index // len(signing_ids) + 1}
        if agreement["status"] == "signed":
            agreement["signed_at"] = f"{start.isoformat()}T12:00:00+04:00"
        agreement_list.append(agreement)
    return {
        "format": "roundtable-event", "version": 1,
        "event": {
            "id": f"synthetic-{agreements}-{items}", "title": "Synthetic Round Table on Higher "
            "Education Cooperation", "subtitle": "Benchmark event",
            "start_date": start.isoformat(),
            "end_date": (start + dt.timedelta(days=days - 1)).isoformat(),
            "timezone": "Asia/Baku",
            "venue": {"name": "ADA University", "city": "Baku", "country": "AZ"},
            "rooms": room_list, "hosts": [organizations[0]["id"]], "languages": ["en", "az", "kk"],
        },
        "organizations": organizations, "people": people, "agenda": agenda,
        "agreements": agreement_list,
    }
