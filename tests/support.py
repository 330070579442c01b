"""Helpers for tests: event-document factories and file writers (import from tests.support)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def small_event_document() -> dict[str, Any]:
    """A small valid event in three scripts, with markup characters in its text."""
    return {
        "format": "roundtable-event",
        "version": 1,
        "event": {
            "id": "almaty-2026",
            "title": "Round table <Science & \"Education\"> — Алматы",
            "subtitle": "Ғылым және білім",
            "start_date": "2026-05-12",
            "end_date": "2026-05-13",
            "timezone": "Asia/Almaty",
            "venue": {"name": "Әл-Фараби атындағы ҚазҰУ", "city": "Алматы", "country": "KZ"},
            "rooms": [{"id": "main", "name": "Main hall", "capacity": 120},
                      {"id": "small", "name": "Кіші зал"}],
            "hosts": ["kaznu"],
            "languages": ["kk", "ru", "en"],
        },
        "organizations": [
            {"id": "kaznu", "name": "Al-Farabi Kazakh National University", "short_name": "KazNU",
             "local_names": {"kk": "Әл-Фараби атындағы Қазақ ұлттық университеті",
                             "ru": "Казахский национальный университет им. аль-Фараби"},
             "kind": "university", "country": "KZ", "city": "Almaty"},
            {"id": "bsu", "name": "Baku State University", "short_name": "BSU",
             "local_names": {"az": "Bakı Dövlət Universiteti"}, "kind": "university",
             "country": "AZ"},
            {"id": "acme", "name": "AT&T <Research> \"Lab\"", "kind": "company", "country": "US"},
        ],
        "people": [
            {"id": "nurbek", "honorific": "H.E.", "given_name": "Sayasat", "family_name": "Nurbek",
             "local_names": {"kk": "Саясат Нұрбек"}, "organization": "kaznu", "country": "KZ",
             "precedence": 1},
            {"id": "ilqar", "honorific": "Prof.", "given_name": "İlqar", "family_name": "Əliyev",
             "local_names": {"az": "İlqar Əliyev"}, "organization": "bsu", "country": "AZ",
             "precedence": 3},
            {"id": "markup", "given_name": "<b>Bold", "family_name": "O'Brien & Sons",
             "organization": "acme"},
        ],
        "agenda": [
            {"id": "open", "kind": "opening", "title": "Opening <welcome>", "day": "2026-05-12",
             "start": "09:00", "end": "09:30", "room": "main", "speakers": ["nurbek"]},
            {"id": "panel", "kind": "panel", "title": "Panel: Ғылым & \"innovation\"",
             "day": "2026-05-12", "start": "09:30", "end": "10:30", "room": "main",
             "chair": "markup", "speakers": ["ilqar", "nurbek"],
             "topics": ["Dual degrees", "Академиялық ұтқырлық"]},
            {"id": "sign", "kind": "signing", "title": "Signing", "day": "2026-05-13",
             "start": "11:00", "end": "11:30", "room": "small"},
        ],
        "agreements": [
            {"id": "a1", "reference": "KZ-AZ/2026/001", "kind": "mou",
             "title": "Memorandum <on> cooperation & exchange",
             "parties": [{"organization": "kaznu", "signatory": "nurbek"},
                         {"organization": "bsu", "signatory": "ilqar"}],
             "witnesses": ["markup"], "status": "signed",
             "signing": {"agenda_item": "sign", "order": 1},
             "signed_at": "2026-05-13T11:00:00+05:00", "valid_from": "2026-05-13",
             "valid_until": "2031-05-12", "languages": ["kk", "az", "en"], "originals": 2,
             "readiness": {"legal_review": True, "translated": True, "printed": True,
                           "bound": False},
             "notes": "Signed in <two> copies & sealed"},
            {"id": "a2", "reference": "KZ-AZ/2026/002", "kind": "exchange",
             "title": "Student exchange", "parties": [{"organization": "bsu"},
                                                       {"organization": "kaznu"}],
             "status": "ready", "signing": {"agenda_item": "sign", "order": 2}},
        ],
    }


#: The one text of ``translated_event_document`` left without its Kazakh translation.
MISSING_TRANSLATION = ("agenda", "panel", "title", "kk")


def translated_event_document() -> dict[str, Any]:
    """A format-2 event in English, Azerbaijani and Kazakh whose every translatable text
    (title, subtitle, description, venue, rooms, positions, agenda titles, topics,
    agreement titles) has its az and kk translation, except the Kazakh title of the
    panel (``MISSING_TRANSLATION``). Markup characters stay in the texts as data."""
    return {
        "format": "roundtable-event",
        "version": 2,
        "event": {
            "id": "baku-2026",
            "title": "Round table on <higher> education & science",
            "title_local": {"az": "Ali təhsil & elm üzrə dəyirmi masa",
                            "kk": "Жоғары білім & ғылым жөніндегі дөңгелек үстел"},
            "subtitle": "Academic mobility",
            "subtitle_local": {"az": "Akademik mobillik", "kk": "Академиялық ұтқырлық"},
            "start_date": "2026-05-12",
            "end_date": "2026-05-12",
            "timezone": "Asia/Baku",
            "venue": {"name": "ADA University", "name_local": {"az": "ADA Universiteti",
                                                                "kk": "ADA университеті"},
                      "city": "Baku", "city_local": {"az": "Bakı", "kk": "Баку"},
                      "country": "AZ"},
            "rooms": [{"id": "hall", "name": "Conference Hall",
                       "name_local": {"az": "Konfrans zalı", "kk": "Конференц-зал"}}],
            "hosts": ["ada"],
            "languages": ["en", "az", "kk"],
            "description": "Ministers and rectors meet",
            "description_local": {"az": "Nazirlər və rektorlar görüşür",
                                  "kk": "Министрлер мен ректорлар кездеседі"},
        },
        "organizations": [
            {"id": "ada", "name": "ADA University", "local_names": {"az": "ADA Universiteti"},
             "kind": "university", "country": "AZ"},
            {"id": "kaznu", "name": "Al-Farabi Kazakh National University",
             "local_names": {"kk": "Әл-Фараби атындағы Қазақ ұлттық университеті"},
             "kind": "university", "country": "KZ"},
        ],
        "people": [
            {"id": "amrullayev", "honorific": "H.E.", "given_name": "Emin",
             "family_name": "Amrullayev", "local_names": {"az": "Emin Əmrullayev"},
             "position": "Minister of Science and Education",
             "position_local": {"az": "Elm və Təhsil Naziri",
                                "kk": "Ғылым және білім министрі"},
             "organization": "ada", "country": "AZ", "precedence": 1},
            {"id": "nurbek", "honorific": "H.E.", "given_name": "Sayasat",
             "family_name": "Nurbek", "local_names": {"kk": "Саясат Нұрбек"},
             "position": "Minister of Science and Higher Education",
             "position_local": {"az": "Elm və Ali Təhsil Naziri",
                                "kk": "Ғылым және жоғары білім министрі"},
             "organization": "kaznu", "country": "KZ", "precedence": 2},
        ],
        "agenda": [
            {"id": "open", "kind": "opening", "title": "Welcome speech",
             "title_local": {"az": "Salamlama nitqi", "kk": "Құттықтау сөзі"},
             "day": "2026-05-12", "start": "10:00", "end": "10:15", "room": "hall",
             "speakers": ["amrullayev"]},
            {"id": "panel", "kind": "panel", "title": "Panel discussion",
             "title_local": {"az": "Panel müzakirəsi"},
             "day": "2026-05-12", "start": "10:15", "end": "11:00", "room": "hall",
             "chair": "amrullayev", "speakers": ["nurbek"],
             "topics": [{"text": "Dual degree programmes",
                         "text_local": {"az": "İkili diplom proqramları",
                                        "kk": "Қос дипломды бағдарламалар"}}],
             "description": "Three topics in turn",
             "description_local": {"az": "Üç mövzu növbə ilə",
                                   "kk": "Үш тақырып кезекпен"}},
            {"id": "sign", "kind": "signing", "title": "Signing ceremony",
             "title_local": {"az": "İmzalanma mərasimi", "kk": "Қол қою рәсімі"},
             "day": "2026-05-12", "start": "11:00", "end": "11:30", "room": "hall"},
        ],
        "agreements": [
            {"id": "a1", "reference": "AZ-KZ/2026/001", "kind": "mou",
             "title": "Memorandum on academic cooperation",
             "title_local": {"az": "Akademik əməkdaşlıq haqqında memorandum",
                             "kk": "Академиялық ынтымақтастық туралы меморандум"},
             "parties": [{"organization": "ada", "signatory": "amrullayev"},
                         {"organization": "kaznu", "signatory": "nurbek"}],
             "status": "ready", "signing": {"agenda_item": "sign", "order": 1},
             "languages": ["az", "kk", "en"]},
        ],
    }


def write_json(path: Path, doc: Any) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def synthetic_event_document(people: int, agreements: int, items: int = 30,
                             event_id: str = "synthetic") -> dict[str, Any]:
    """A valid event of a chosen size (deterministic), for crash and scale tests."""
    organizations = [{"id": f"org{i}", "name": f"University {i} — Университет {i}",
                      "short_name": f"U{i}", "kind": "university",
                      "country": "AZ" if i % 2 else "KZ"} for i in range(max(2, people // 50))]
    persons = [{"id": f"p{i}", "given_name": "Nurlan" if i % 3 else "Гүлнар",
                "family_name": f"Əliyev-{i}",
                "organization": organizations[i % len(organizations)]["id"],
                "precedence": 1 + i % 9} for i in range(people)]
    agenda = [{"id": f"i{i}", "kind": "speech", "title": f"Speech {i}", "day": "2026-05-12",
               "start": f"{8 + (i * 10) // 60:02d}:{(i * 10) % 60:02d}",
               "end": f"{8 + (i * 10 + 5) // 60:02d}:{(i * 10 + 5) % 60:02d}",
               "room": "main", "speakers": [f"p{i % max(1, people)}"]} for i in range(items)]
    agenda.append({"id": "signing", "kind": "signing", "title": "Signing", "day": "2026-05-13",
                   "start": "10:00", "end": "18:00", "room": "main"})
    deals = []
    for i in range(agreements):
        a, b = i % len(organizations), (i + 1) % len(organizations)
        deals.append({"id": f"a{i}", "reference": f"SYN/{i:06d}", "kind": "mou",
                      "title": f"Memorandum {i}",
                      "parties": [{"organization": organizations[a]["id"]},
                                  {"organization": organizations[b]["id"]}],
                      "status": "ready", "signing": {"agenda_item": "signing", "order": i + 1}})
    return {
        "format": "roundtable-event", "version": 1,
        "event": {"id": event_id, "title": "Synthetic event", "start_date": "2026-05-12",
                  "end_date": "2026-05-13", "timezone": "Asia/Baku",
                  "venue": {"name": "Hall", "city": "Baku", "country": "AZ"},
                  "rooms": [{"id": "main", "name": "Main"}], "languages": ["en"]},
        "organizations": organizations, "people": persons, "agenda": agenda,
        "agreements": deals,
    }


def with_schedule_ids(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` as ``export event`` writes it back when it was imported into an empty
    database without schedule ids: each agenda item and person numbered 1, 2, … in the
    file's order, ``schedule_id`` after its ``id``."""
    def numbered(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        result = []
        for number, record in enumerate(records, start=1):
            copy = {}
            for name, value in record.items():
                copy[name] = value
                if name == "id" and "schedule_id" not in record:
                    copy["schedule_id"] = number
            result.append(copy)
        return result

    return {**doc, "agenda": numbered(doc.get("agenda") or []),
            "people": numbered(doc.get("people") or [])}
