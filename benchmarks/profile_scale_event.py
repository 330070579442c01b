"""The scale-target event (10,000 people, 2,000 agreements, 300 agenda items) for profiling.

``scale_event()`` extends ``benchmarks.synthetic.synthetic_event`` (600 people)
with generated people up to ``people``, spread over its universities, and gives
every fourth agreement two witnesses, so that every table of the import is
filled. ``write_scale_event(path)`` writes it as an event file. Deterministic.
Used by the ``profile_*.py`` scripts until ``benchmarks/synth.py`` covers them.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import AZ_FAMILY, AZ_GIVEN, KZ_FAMILY, KZ_GIVEN, synthetic_event


def scale_event(people: int = 10_000, agreements: int = 2_000, items: int = 300,
                seed: int = 7) -> dict[str, Any]:
    doc = synthetic_event(agreements=agreements, items=items)
    rng = random.Random(seed)
    organizations = doc["organizations"]
    persons = doc["people"]
    for index in range(len(persons), people):
        org = organizations[index % len(organizations)]
        if org["country"] == "AZ":
            given, family = rng.choice(AZ_GIVEN), rng.choice(AZ_FAMILY)
        else:
            given, family = rng.choice(KZ_GIVEN), rng.choice(KZ_FAMILY)
        persons.append({"id": f"p{index:05d}", "given_name": given,
                        "family_name": f"{family}-{index}", "organization": org["id"],
                        "country": org["country"], "position": "Professor"})
    for index, agreement in enumerate(doc["agreements"]):
        if index % 4 == 0:
            agreement["witnesses"] = [persons[600 + (index * 3) % (people - 600)]["id"],
                                      persons[600 + (index * 3 + 1) % (people - 600)]["id"]]
    doc["event"]["id"] = f"scale-{people}-{agreements}-{items}"
    return doc


def write_scale_event(path: Path, **sizes: int) -> Path:
    path.write_text(json.dumps(scale_event(**sizes), ensure_ascii=False), encoding="utf-8")
    return path


def imported_scale_event(work: Path, given: str | None = None) -> tuple[Path, Any, str]:
    """(event file, database, event key): the ``given`` event file, else the scale event
    written into ``work``, imported into a fresh SQLite file there."""
    from desktop_app.services.events import import_event_file
    from desktop_app.storage.database import open_database

    event_file = Path(given) if given else write_scale_event(work / "event.json")
    db = open_database(str(work / "x.sqlite"))
    return event_file, db, import_event_file(db, event_file).event_key


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "scale-event.json")
    print(write_scale_event(target))
