"""Patterns that must match a whole value refuse one with a final line break (issue 20,
point 10): Python's ``$`` also matches before a final ``\\n``, so each ends in ``\\Z`` (or
is used with ``fullmatch``). A value that reaches the pattern untrimmed is checked
through its public function; one trimmed first is checked on the pattern itself, so
that the refusal does not hang on the trimming."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.seating import SeatingError, parse_layout
from desktop_app.exchange import event_partnership, table_fields
from desktop_app.services import agreement_references
from desktop_app.ui.views import seating_texts
from desktop_app.ui.widgets import time_field

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("spec", ["round:10", "head:4+rows:2x3", "head:3"])
def test_a_seating_layout_with_a_line_break_is_refused(spec: str) -> None:
    assert parse_layout(spec).spec == spec
    with pytest.raises(SeatingError, match="layout"):
        parse_layout(spec + "\n")


def test_an_attachment_digest_with_a_line_break_is_refused() -> None:
    digest = "0123456789abcdef" * 4
    assert event_partnership.SHA256_PATTERN.fullmatch(digest)
    assert not event_partnership.SHA256_PATTERN.fullmatch(digest + "\n")


@pytest.mark.parametrize(("pattern", "value"), [
    (seating_texts._HEAD, "head:4+rows:2x3"),
    (seating_texts._SIMPLE, "round:10"),
    (seating_texts._STEPS, "row 2, 1st on the host's right of the seat facing the host"),
    (time_field._SEPARATED, "10:30"),
    (time_field._DIGITS, "1030"),
    (agreement_references._NUMBERED, "AZ-KZ/2025/001"),
    (table_fields._LOCAL_NAME, "name (kk)"),
    (table_fields._NUMBERED, "party 2"),
    (table_fields._TAGGED, "Title (kk)"),
], ids=lambda value: getattr(value, "pattern", value)[:24])
def test_a_pattern_refuses_its_value_with_a_line_break(pattern: re.Pattern[str],
                                                       value: str) -> None:
    assert pattern.match(value)
    assert pattern.match(value + "\n") is None


def test_a_stored_layout_with_a_line_break_is_not_read_as_that_layout() -> None:
    assert seating_texts.split_spec("head:4+rows:2x3") == ("head", 4, 2, 3)
    assert seating_texts.split_spec("head:4+rows:2x3\n") == ("round", 2, 0, 0)  # unknown


def _line_end_patterns() -> list[Any]:
    """Regular expression literals in desktop_app ending in ``$`` (not multi-line ones)."""
    found = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"""\$["']""", text):
            flags = text[match.end():match.end() + 80].split(")")[0]  # up to the call's end
            if "re.M" in flags or "MULTILINE" in flags:  # "$" ends each line: meant
                continue
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(ROOT)}:{line}")
    return found


def test_no_pattern_ends_in_a_dollar() -> None:
    assert _line_end_patterns() == []
