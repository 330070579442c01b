"""Property-based: random Unicode text goes through import -> documents -> exports.

Markup characters, combining marks, right-to-left scripts, emoji, empty strings and
500-character strings (the limit): nothing may crash, invalid text gets a clean error, and the
text survives every round trip that keeps text (the event file, the signing records in
CSV, XLSX and JSON, the iCalendar file and the schedule XML)."""
from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.documents.base import DocumentOptions
from desktop_app.domain.rules import SHORT_TEXT_LIMIT, clean_name
from desktop_app.exchange.cells import unneutralise
from desktop_app.exchange.event_json import read_event_bytes
from desktop_app.exchange.event_validation import EventFileError
from desktop_app.services import documents, exports
from desktop_app.services.events import export_event_file, import_event_document
from desktop_app.storage import open_database
from tests.support import small_event_document

pytestmark = pytest.mark.slow

MARKUP = ["<", ">", "&", "&amp;", "<b>", "</para>", "<script>x</script>", '"', "'", "\\", "%s",
          "{0}", "=HYPERLINK(\"x\")", "+1", "-", "@"]
SAMPLES = ["Əmrullayev", "İlqar", "ılıq", "Нұрбек", "Ғылым", "Ё", "e\u0301", "a\u0308\u0304",
           "עברית", "العربية", "\u200f", "👩🏽‍🎓", "🇦🇿", "Ω", "ß", "ﬁ", "日本語", " "]

text_strategy = st.lists(
    st.one_of(st.sampled_from(MARKUP), st.sampled_from(SAMPLES),
              st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)),
    max_size=8,
# Stored texts are trimmed and a name's inner runs of spaces collapsed on import
# (domain.rules.clean_text / clean_name, tested in tests/services/test_text_cleaning.py),
# so the texts here are already in that form and must come back unchanged.
).map(lambda parts: clean_name("".join(parts)))

#: The longest a title or a name may be (``domain.rules.SHORT_TEXT_LIMIT``: 500 characters;
#: longer text is refused, tests/exchange/test_hostile_input.py).
LONG = ("Ə<&>" * SHORT_TEXT_LIMIT)[:SHORT_TEXT_LIMIT]


def _document_with(texts: dict[str, str]) -> dict[str, Any]:
    doc = small_event_document()
    doc["event"]["title"] = texts["title"]
    doc["people"][0]["family_name"] = texts["person"]
    doc["organizations"][0]["name"] = texts["organization"]
    doc["agreements"][0]["title"] = texts["agreement"]
    doc["agenda"][1]["topics"] = [texts["topic"]]
    doc["agenda"][1]["title"] = texts["item"]
    return doc


_DB_DIR = Path(tempfile.mkdtemp(prefix="roundtable-hypothesis-"))
_DB = open_database(str(_DB_DIR / "property.sqlite"), backup=False)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries(dict.fromkeys(
    ("title", "person", "organization", "agreement", "topic", "item"), text_strategy)))
@example({"title": LONG, "person": LONG, "organization": LONG, "agreement": LONG, "topic": LONG,
          "item": LONG})
@example({"title": "", "person": "x", "organization": "x", "agreement": "x", "topic": "x",
          "item": "x"})
@example({"title": "<b>unclosed & AT&T", "person": "O'Brien \"the\" <Great>",
          "organization": "<script>x</script>", "agreement": "=HYPERLINK(\"http://x\")",
          "topic": "עברית · العربية", "item": "👩🏽‍🎓 e\u0301"})
def test_text_survives_import_documents_and_exports(texts: dict[str, str]) -> None:
    doc = _document_with(texts)
    raw = json.dumps(doc, ensure_ascii=False).encode()
    if any(not value.strip() for value in texts.values()):
        with pytest.raises(EventFileError):
            read_event_bytes(raw)  # required text must not be blank: a clean error
        return
    import_event_document(_DB, read_event_bytes(raw), replace=True)
    key = doc["event"]["id"]
    out = Path(tempfile.mkdtemp(dir=_DB_DIR))

    export_event_file(_DB, key, out / "event.json")
    again = json.loads((out / "event.json").read_text(encoding="utf-8"))
    # A version 1 file is written back as version 2, whose items and people carry the
    # stable schedule ids the import gave them.
    for record in again.get("people", []) + again.get("agenda", []):
        assert isinstance(record.pop("schedule_id"), int)
    assert again == {**doc, "version": 2}

    exports.export_signings(_DB, key, out / "signings.csv")
    with (out / "signings.csv").open(encoding="utf-8-sig", newline="") as handle:
        cells = {unneutralise(cell) for row in csv.reader(handle) for cell in row}
    assert texts["agreement"].strip() in cells or texts["agreement"] in cells
    assert texts["organization"].strip() in cells or texts["organization"] in cells

    exports.export_signings(_DB, key, out / "signings.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(out / "signings.xlsx", read_only=True)
    xlsx_cells = {unneutralise(str(c)) for row in book["Parties"].iter_rows(values_only=True)
                  for c in row if c is not None}
    book.close()
    assert texts["agreement"].strip() in xlsx_cells or texts["agreement"] in xlsx_cells

    exports.export_signings(_DB, key, out / "signings.json")
    assert texts["agreement"] in (out / "signings.json").read_text(encoding="utf-8") or \
        json.dumps(texts["agreement"], ensure_ascii=False)[1:-1] in \
        (out / "signings.json").read_text(encoding="utf-8")

    exports.export_agenda(_DB, key, out / "agenda.ics")
    from icalendar import Calendar

    calendar = Calendar.from_ical((out / "agenda.ics").read_bytes())
    summaries = {str(component.get("SUMMARY")) for component in calendar.walk("VEVENT")}
    assert texts["item"] in summaries

    exports.export_schedule(_DB, key, out / "schedule.xml")
    from lxml import etree

    tree = etree.parse(str(out / "schedule.xml"))
    assert texts["item"] in {node.text for node in tree.iter("title")}

    for kind in ("programme", "certificates", "register"):
        result = documents.generate_document(_DB, key, kind, out / f"{kind}.pdf",
                                             DocumentOptions())
        assert result.pages >= 1 and (out / f"{kind}.pdf").stat().st_size > 1000
