"""Page flow: no page ends with a heading, an item's header or a table's header.

Each page's last lines are read back. The fixtures move every break through every
position: the first item's topics (one line each, a step smaller than any heading or
header) push what follows down, one step per event, over a whole page; the run sheet
and the register add rows and lines the same way.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.services.events import import_event_document
from desktop_app.storage import Database, open_database
from tests.support import translated_event_document

pytestmark = pytest.mark.slow  # about a hundred small documents, each read back

#: The first item's topics: 0 to 52 lines of 14 pt move the rest over a page of 700 pt.
PROGRAMME_STEPS = range(53)
FOOTER = re.compile(r"^(Page \d+ of \d+|Səhifə \d+ / \d+)$")
#: What the body of an item prints; every other line of an item is its header (time,
#: kind, title) or a label, and no page may end with one of those.
BODY_MARKERS = ("Speaker", "Rector", "Rektor", "University", "Universitet", "Topic",
                "Mövzu", "FL/", "Memorandum")


def _person(number: int) -> dict[str, Any]:
    return {"id": f"p{number}", "honorific": "Prof.", "given_name": "Speaker",
            "family_name": f"No{number}", "position": f"Rector {number}",
            "position_local": {"az": f"Rektor {number}"}, "organization": f"u{number % 3}",
            "country": "AZ"}


def _item(key: str, day: str, start: str, end: str, title: int, *, topics: int = 0,
          speakers: tuple[int, ...] = (), chair: int | None = None,
          kind: str = "speech") -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": key, "kind": kind, "title": f"Session {title}",
        "title_local": {"az": f"Sessiya {title}"}, "day": day, "start": start, "end": end,
        "room": "hall", "speakers": [f"p{n}" for n in speakers],
        "topics": [{"text": f"Topic {title}.{n}", "text_local": {"az": f"Mövzu {title}.{n}"}}
                   for n in range(1, topics + 1)]}
    if chair is not None:
        item["chair"] = f"p{chair}"
    return item


def flow_document(key: str, first_topics: int) -> dict[str, Any]:
    """Two days in en and az: every item has a body, the first ``first_topics`` topics."""
    doc = translated_event_document()
    doc["event"].update(id=key, start_date="2026-05-12", end_date="2026-05-13",
                        languages=["en", "az"], hosts=["u0"])
    doc["organizations"] = [{"id": f"u{n}", "name": f"University {n}",
                             "local_names": {"az": f"Universitet {n}"},
                             "kind": "university", "country": "AZ" if n % 2 else "KZ"}
                            for n in range(3)]
    doc["people"] = [_person(n) for n in range(1, 9)]
    one, two = "2026-05-12", "2026-05-13"
    doc["agenda"] = [
        _item("s1", one, "09:00", "09:30", 1, topics=first_topics, speakers=(1,)),
        _item("s2", one, "09:30", "10:00", 2, speakers=(2, 3), chair=4, topics=2,
              kind="panel"),
        _item("s3", one, "10:00", "10:30", 3, speakers=(5,)),
        _item("s4", one, "10:30", "11:00", 4, speakers=(6, 7), topics=3, chair=8,
              kind="panel"),
        # Taller than the room a heading used to get before it (40 mm).
        _item("s5", two, "09:00", "09:30", 5, speakers=(1, 2), chair=3, topics=3,
              kind="panel"),
        _item("s6", two, "09:30", "10:00", 6, speakers=(3,), topics=2, chair=4,
              kind="panel"),
        _item("sign", two, "10:00", "11:00", 7, kind="signing"),
        _item("s8", two, "11:00", "11:30", 8, speakers=(5, 6)),
    ]
    doc["agreements"] = [
        {"id": f"a{n}", "reference": f"FL/2026/{n:03d}", "kind": "mou",
         "title": f"Memorandum {n}", "title_local": {"az": f"Memorandum {n} (az)"},
         "parties": [{"organization": "u1", "signatory": "p1"},
                     {"organization": "u2", "signatory": "p2"}],
         "status": "ready", "signing": {"agenda_item": "sign", "order": n}}
        for n in range(1, 4)]
    return doc


@pytest.fixture(scope="module")
def flow_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(str(tmp_path_factory.mktemp("flow") / "x.sqlite"))
    for topics in PROGRAMME_STEPS:
        import_event_document(database, flow_document(f"flow-{topics}", topics))
    yield database
    database.dispose()


def content_lines(page: Any) -> list[str]:
    """A page's lines without the footer (drawn last, when the file is saved: the page
    number, then any note beside it)."""
    lines = [line.strip() for line in (page.extract_text() or "").splitlines()]
    lines = [line for line in lines if line]
    footer = [index for index, line in enumerate(lines) if FOOTER.match(line)]
    return lines[:footer[-1]] if footer else lines


def page_ends(path: Path, stop: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """Each page's content lines, from the second page (after the cover) up to the page
    holding ``stop`` (not included)."""
    for number, page in enumerate(PdfReader(path).pages, start=1):
        lines = content_lines(page)
        if stop is not None and stop in lines:
            return
        yield number, lines


@pytest.mark.parametrize("languages", [("en",), ("az", "en")])
def test_no_programme_page_ends_with_a_heading_or_an_items_header(
        flow_db: Database, tmp_path: Path, languages: tuple[str, ...]) -> None:
    participants = "List of participants" if languages == ("en",) else \
        "İştirakçıların siyahısı / List of participants"
    seen_breaks = set()
    wrong = []
    for topics in PROGRAMME_STEPS:
        path = tmp_path / f"p{topics}.pdf"
        generate_document(flow_db, f"flow-{topics}", "programme", path,
                          DocumentOptions(languages=languages))
        for number, lines in page_ends(path, stop=participants):
            if number == 1:
                continue  # the cover
            if not any(marker in lines[-1] for marker in BODY_MARKERS):
                wrong.append(f"{topics} topics, page {number} ends: {lines[-3:]}")
            seen_breaks.add(number)
    assert not wrong, "\n".join(wrong)
    assert len(seen_breaks) >= 2  # the agenda ran over more than one page


# -- run sheet -------------------------------------------------------------------

def runsheet_document(key: str, first: int, extra_lines: int) -> dict[str, Any]:
    """Three signing items: the first with ``first`` agreements, the first agreement's
    title ``extra_lines`` lines longer; the second with two, the first a tall row; the
    third with three."""
    doc = flow_document(key, 0)
    doc["agenda"] = [
        _item(f"sign{n}", "2026-05-12", f"{9 + n:02d}:00", f"{9 + n:02d}:45", 10 + n,
              kind="signing")
        for n in range(3)]
    counts = (first, 2, 3)
    agreements = []
    for item, count in enumerate(counts):
        for order in range(1, count + 1):
            number = len(agreements) + 1
            title = f"Memorandum {number}"
            if order == 1:  # the second item's first row is tall: its heading needs room
                lines = extra_lines if item == 0 else 8 if item == 1 else 0
                title += "".join(f" and line {line} of its title" for line in range(lines))
            agreements.append({
                "id": f"a{number}", "reference": f"FL/2026/{number:03d}", "kind": "mou",
                "title": title,
                "parties": [{"organization": f"u{(number + side) % 3}",
                             "signatory": f"p{(number + side) % 8 + 1}"}
                            for side in range(2 + number % 2)],
                "status": "ready", "languages": ["az", "en"],
                "readiness": {"legal_review": True, "translated": True, "printed": True,
                              "bound": True},
                "signing": {"agenda_item": f"sign{item}", "order": order}})
    doc["agreements"] = agreements
    return doc


#: The first agreement's title: 0 to 62 lines more, in steps of 2 lines (22 pt, less than
#: a heading), move the rest over a page.
RUNSHEET_STEPS = [(2, extra) for extra in range(0, 64, 2)]
#: The lines of a signing item's heading and of its table's header.
RUNSHEET_LEADS = {"ORDER OF SIGNING", "No.", "Planned", "Title", "Originals",
                  "Seating at the table (as seen from the audience)", "KIT CHECKLIST"}


@pytest.fixture(scope="module")
def runsheet_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(str(tmp_path_factory.mktemp("flow-rs") / "x.sqlite"))
    for first, extra in RUNSHEET_STEPS:
        import_event_document(database, runsheet_document(f"rs-{first}-{extra}", first, extra))
    yield database
    database.dispose()


def test_no_run_sheet_page_ends_with_a_heading_or_a_table_header(
        runsheet_db: Database, tmp_path: Path) -> None:
    wrong = []
    for first, extra in RUNSHEET_STEPS:
        path = tmp_path / f"rs-{first}-{extra}.pdf"
        generate_document(runsheet_db, f"rs-{first}-{extra}", "runsheet", path,
                          DocumentOptions(languages=("en",)))
        for number, lines in list(page_ends(path))[:-1]:
            last = lines[-1]
            if last in RUNSHEET_LEADS or re.fullmatch(r"Session 1\d", last) or \
                    re.search(r"\d\d:\d\d–\d\d:\d\d · ", last):
                wrong.append(f"{first} agreements, {extra} more lines: page {number} "
                             f"ends: {lines[-3:]}")
    assert not wrong, "\n".join(wrong)


# -- register --------------------------------------------------------------------

REGISTER_HEADER = ["No.", "Reference", "Kind", "Title", "Parties", "Status", "Signed"]


def test_no_register_page_ends_with_the_tables_header(tmp_path: Path) -> None:
    database = open_database(str(tmp_path / "r.sqlite"))
    try:
        base = runsheet_document("reg", 1, 0)
        for count in range(1, 17):
            doc = copy.deepcopy(base)
            doc["event"]["id"] = f"reg-{count}"
            doc["agreements"] = [dict(base["agreements"][n % len(base["agreements"])],
                                      id=f"a{n}", reference=f"FL/2026/{n:03d}",
                                      signing={"agenda_item": "sign0", "order": n + 1})
                                 for n in range(count)]
            import_event_document(database, doc)
            path = tmp_path / f"reg-{count}.pdf"
            generate_document(database, f"reg-{count}", "register", path,
                              DocumentOptions(languages=("en",)))
            for number, lines in page_ends(path):
                assert lines[-len(REGISTER_HEADER):] != REGISTER_HEADER, (count, number)
                assert lines[-1] not in ("Totals", "By status", "Signing register"), \
                    (count, number)
    finally:
        database.dispose()
