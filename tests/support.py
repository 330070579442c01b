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
