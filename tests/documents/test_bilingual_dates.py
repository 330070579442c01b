"""A bilingual programme's dates break between the languages, never inside a date."""
from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cldr import format_date, format_date_range
from desktop_app.documents.labels import SUPPORTED_LANGUAGES
from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.services.events import import_event_document
from desktop_app.storage import Database, open_database
from tests.support import translated_event_document

KEY = "dates-2026"
#: Wednesday to Sunday: the longest weekday and month names of the four languages
#: (çərşənbə axşamı is a Tuesday; сентября, қыркүйек; воскресенье).
DAYS = [dt.date(2026, 9, 22) + dt.timedelta(days=n) for n in range(6)]
PAIRS = list(itertools.permutations(SUPPORTED_LANGUAGES, 2))


@pytest.fixture(scope="module")
def dates_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    doc = translated_event_document()
    doc["event"].update(id=KEY, start_date=DAYS[0].isoformat(), end_date=DAYS[-1].isoformat(),
                        languages=list(SUPPORTED_LANGUAGES))
    template = doc["agenda"][0]
    doc["agenda"] = [dict(template, id=f"day{n}", day=day.isoformat())
                     for n, day in enumerate(DAYS)]
    doc["agreements"] = []
    database = open_database(str(tmp_path_factory.mktemp("dates") / "x.sqlite"))
    import_event_document(database, doc)
    yield database
    database.dispose()


def plain(text: str) -> str:
    """``text`` with every kind of space (no-break, CLDR's narrow and thin) one space."""
    return " ".join(text.split())


def lines_with_a_year(path: Path) -> list[str]:
    found = []
    for page in PdfReader(path).pages:
        for line in (page.extract_text() or "").splitlines():
            line = plain(line)
            if "2026" in line or " ж." in line or line.endswith(" г."):
                found.append(line)
    return found


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_each_line_of_a_date_holds_whole_dates(dates_db: Database, tmp_path: Path,
                                               first: str, second: str) -> None:
    path = tmp_path / "p.pdf"
    generate_document(dates_db, KEY, "programme", path,
                      DocumentOptions(languages=(first, second)))
    headings = {day: [plain(format_date(day, first, "full")),
                      plain(format_date(day, second, "full"))] for day in DAYS}
    cover = [plain(format_date_range(DAYS[0], DAYS[-1], first)),
             plain(format_date_range(DAYS[0], DAYS[-1], second))]
    allowed = set()
    for forms in [cover, *headings.values()]:
        allowed |= {forms[0], forms[1], f"{forms[0]} / {forms[1]}"}
    lines = lines_with_a_year(path)
    assert len(lines) >= len(DAYS) + 1
    wrong = [line for line in lines if line not in allowed]
    assert not wrong, wrong
    # Every day's heading is there, whole, in both languages.
    text = "\n".join(lines)
    for forms in headings.values():
        for form in forms:
            assert form in text, form
