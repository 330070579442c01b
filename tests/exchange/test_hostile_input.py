"""Hostile and unlucky values in an event file and in the forms: each is a clean refusal
(exit 2) naming the field and the limit, on SQLite and on PostgreSQL, and nothing is
stored (issue 20, points 7, 9 and 10).

Before, these ended in exit 4 ("unexpected", a traceback in the log): whole numbers
from 2^63 up (on PostgreSQL from 2^31 up), a 5,000-digit number, a host listed twice,
a signing time in year 1 or 9999 with a ±14:00 offset, and on PostgreSQL a NUL
character or the country ``"AZ\\n"``; a 1 MB name on PostgreSQL was exit 3. Others were
stored: an id or country with a trailing newline (``$`` matches before it: a second
event that printed like the first), control characters and escape sequences, a
160,000-character title (84 s to print), an event from 0001 to 9999.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from desktop_app.cli.app import main
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.models import Event
from desktop_app.services import agreements as agreement_service
from desktop_app.services import event_editing, people
from desktop_app.services.events import import_event_file, list_events
from desktop_app.storage import Database
from tests.support import small_event_document, write_json

BIG = 2**63


def _set(doc: dict[str, Any], path: str, value: Any) -> None:
    """Set ``value`` at a dotted path with list indexes (``people.0.precedence``)."""
    *parents, last = path.split(".")
    node: Any = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


#: name -> (dotted path, value, the words the message must hold)
CASES: dict[str, tuple[str, Any, list[str]]] = {
    "precedence 2^63": ("people.0.precedence", BIG,
                        ["people[0].precedence:", "must be at most 1,000,000"]),
    "capacity 2^31": ("event.rooms.0.capacity", 2**31,
                      ["event.rooms[0].capacity:", "must be at most 1,000,000"]),
    "originals 2^31": ("agreements.0.originals", 2**31,
                       ["agreements[0].originals:", "must be at most 1,000"]),
    "signing order 2^40": ("agreements.0.signing.order", 2**40,
                           ["agreements[0].signing.order:", "must be at most 1,000,000"]),
    "host twice": ("event.hosts", ["kaznu", "kaznu"],
                   ['event.hosts[1]: "kaznu" is listed twice']),
    "signed in year 1 at +14:00": ("agreements.0.signed_at", "0001-01-01T00:00:00+14:00",
                                   ["agreements[0].signed_at:", "years 1900 to 2200"]),
    "signed in 9999 at -14:00": ("agreements.0.signed_at", "9999-12-31T23:59:59-14:00",
                                 ["agreements[0].signed_at:", "years 1900 to 2200"]),
    "valid until 9999": ("agreements.0.valid_until", "9999-12-31",
                         ["agreements[0].valid_until:", "years 1900 to 2200"]),
    "event from 0001": ("event.start_date", "0001-01-01",
                        ["event.start_date:", "years 1900 to 2200"]),
    "event of 500 days": ("event.end_date", "2027-09-23",
                          ["event.end_date:", "the event lasts 500 days; the limit is 366"]),
    "NUL in a name": ("people.0.family_name", "Nur\x00bek",
                      ["people[0].family_name:", "control character (U+0000) at position 4"]),
    "escape sequence in a title": ("event.title", "Round \x1b[2J\x1b[31mtable",
                                   ["event.title:", "control character (U+001B)"]),
    "C1 in a note": ("agreements.0.notes", "a\x9bb", ["agreements[0].notes:", "U+009B"]),
    "country AZ\\n": ("organizations.1.country", "AZ\n",
                      ["organizations[1].country:", '"AZ\\n" is not a two-letter country code']),
    "id with a newline": ("event.id", "almaty-2026\n",
                          ["event.id:", '"almaty-2026\\n" is not a valid id']),
    "language with a newline": ("event.languages.0", "kk\n",
                                ["event.languages[0]:", '"kk\\n" is not a language tag']),
    "1 MB name": ("organizations.0.name", "Ə" * 1_000_000,
                  ["organizations[0].name:", "is 1,000,000 characters long; the limit is 500"]),
    "160,000-character title": ("event.title", "Round table " * 13_334,
                                ["event.title:", "the limit is 500"]),
    "description past 20,000": ("event.description", "x" * 20_001,
                                ["event.description:", "is 20,001 characters long; the limit "
                                 "is 20,000"]),
    "bio past 20,000": ("people.1.bio", "y" * 20_001, ["people[1].bio:", "the limit is 20,000"]),
    "local name too long": ("people.0.local_names.kk", "Н" * 501,
                            ["people[0].local_names.kk:", "the limit is 500"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_value_is_a_clean_refusal(db: Database, tmp_path: Path, case: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path_in_file, value, words = CASES[case]
    doc = small_event_document()
    _set(doc, path_in_file, value)
    file = write_json(tmp_path / "event.json", doc)
    capsys.readouterr()
    code = main(["--db", db.url, "import", str(file)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "unexpected" not in err
    problems = err.splitlines()[1:]
    assert len(problems) == 1, err
    for word in words:
        assert word in problems[0], err
    assert "\x1b" not in err and "\x00" not in err and "\x9b" not in err
    assert list_events(db) == []


def test_a_5000_digit_number_names_its_line_and_column(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = small_event_document()
    doc["people"][0]["precedence"] = 12345  # replaced by the long number below
    text = json.dumps(doc, indent=1).replace("12345", "9" * 5000)
    file = tmp_path / "event.json"
    file.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "9" * 5000 in row)
    code = main(["--db", db.url, "import", str(file)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"line {line}, column " in err and "a number of 5,000 digits" in err
    assert "at most 4,300" in err
    assert list_events(db) == []


def test_values_at_the_limits_are_stored(db: Database, tmp_path: Path) -> None:
    doc = small_event_document()
    doc["event"]["title"] = "Ə" * 500
    doc["event"]["description"] = "line one\n\tline two\r\n" + "d" * 19_978
    doc["event"]["start_date"], doc["event"]["end_date"] = "2026-01-01", "2027-01-01"
    doc["people"][0]["precedence"] = 1_000_000
    doc["agreements"][0]["originals"] = 1_000
    doc["agreements"][0]["signed_at"] = "2200-12-31T23:59:59-14:00"
    doc["agreements"][0]["valid_until"] = "2200-12-31"
    for item in doc["agenda"]:
        item["day"] = "2026-01-01"
    import_event_file(db, write_json(tmp_path / "event.json", doc))
    assert [e.title for e in list_events(db)] == ["Ə" * 500]


def _person_form(**changes: Any) -> people.PersonData:
    data = people.PersonData(family_name="Nurbek", given_name="Sayasat")
    for name, value in changes.items():
        setattr(data, name, value)
    return data


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"family_name": "N" * 501}, "family_name", "the limit is 500"),
    ({"bio": "b" * 20_001}, "bio", "the limit is 20,000"),
    ({"phone": "+994\x00"}, "phone", "control character (U+0000)"),
    ({"given_name": "Sa\x1b[2Jyasat"}, "given_name", "control character (U+001B)"),
    ({"precedence": 2**31}, "precedence", "must be at most 1,000,000"),
    ({"country": "AZ\n"}, "country", "two-letter country code"),
    ({"local_names": {"kk": "Саясат\x07"}}, "local_names.kk", "control character (U+0007)"),
])
def test_the_person_form_refuses_the_same(db: Database, tmp_path: Path,
                                          changes: dict[str, Any], field: str,
                                          words: str) -> None:
    import_event_file(db, write_json(tmp_path / "event.json", small_event_document()))
    with pytest.raises(ValidationError) as refused:
        people.create_person(db, "almaty-2026", _person_form(**changes))
    assert refused.value.field == field and words in str(refused.value)


def test_the_event_and_agreement_forms_refuse_years_lengths_and_numbers(
        db: Database, tmp_path: Path) -> None:
    import_event_file(db, write_json(tmp_path / "event.json", small_event_document()))
    event = event_editing.get_event(db, "almaty-2026")
    data = event_editing.EventData.from_row(event)
    for changes, field, words in [
        ({"end_date": dt.date(2028, 1, 1)}, "end_date", "the limit is 366"),
        ({"start_date": dt.date(1, 1, 1)}, "start_date", "years 1900 to 2200"),
        ({"title": "T" * 501}, "title", "the limit is 500"),
        ({"description": "\x00"}, "description", "U+0000"),
    ]:
        changed = copy.deepcopy(data)
        for name, value in changes.items():
            setattr(changed, name, value)
        with pytest.raises(ValidationError) as refused:
            event_editing.update_event(db, event.id, changed, expected_version=event.version)
        assert field in [p.field for p in refused.value.problems], refused.value
        assert words in str(refused.value)
    agreement = agreement_service.list_agreements(db, "almaty-2026")[0]
    form = agreement_service.AgreementData.from_row(agreement)
    for changes, field, words in [
        ({"originals": 2**40}, "originals", "must be at most 1,000"),
        ({"signing_order": 2**63}, "signing_order", "must be at most 1,000,000"),
        ({"signed_at": dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14)))},
         "signed_at", "years 1900 to 2200"),
        ({"notes": "n" * 20_001}, "notes", "the limit is 20,000"),
    ]:
        changed = copy.deepcopy(form)
        for name, value in changes.items():
            setattr(changed, name, value)
        with pytest.raises(ValidationError) as refused:
            agreement_service.update_agreement(db, agreement.id, changed,
                                               expected_version=agreement.version)
        assert field in [p.field for p in refused.value.problems], refused.value
        assert words in str(refused.value)


def test_events_never_prints_an_escape_sequence(db: Database, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """A title stored before these rules (or by another program) is listed escaped."""
    import_event_file(db, write_json(tmp_path / "event.json", small_event_document()))
    with db.session() as session:
        session.execute(update(Event).values(title="Round\x1b[2J\x1b]0;owned\x07 table\r\n\x9b"))
    capsys.readouterr()
    assert main(["--db", db.url, "events"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\x9b" not in out
    assert out.count("\n") == 1
    assert "Round\\x1b[2J\\x1b]0;owned\\x07 table\\x0d\\x0a\\x9b" in out


def test_names_at_their_limit_in_many_languages_are_stored_and_found(
        db: Database, tmp_path: Path) -> None:
    """Names of 500 random letters in six languages: their search key (every form folded
    and transliterated) reached 7 KB, which PostgreSQL's index on it refuses ("index row
    size 6960 exceeds btree version 4 maximum 2704", exit 3); it is cut at 2,000 bytes."""
    letters = "абвгдеёжзийклмнопрстуфхцчшщыэюяәғқңөұүһі "
    chance = random.Random(20)  # random letters: PostgreSQL compresses repeated ones

    def name() -> str:
        return "".join(chance.choice(letters) for _ in range(500))

    doc = small_event_document()
    person, organization = doc["people"][0], doc["organizations"][0]
    person.update(family_name=name(), given_name=name(),
                  local_names={tag: name() for tag in ("kk", "ru", "az", "en", "tr", "de")})
    organization.update(name=name(), short_name=name(),
                        local_names={tag: name() for tag in ("kk", "ru", "az")})
    import_event_file(db, write_json(tmp_path / "event.json", doc))
    found = people.list_people(db, "almaty-2026", person["given_name"][:20])
    assert [p.key for p in found] == ["nurbek"]
