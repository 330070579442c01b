"""National flags: every flag of the shipped set draws, a missing one is a visible
placeholder and a warning, and what svglib lacks is rewritten as a flag is read."""
from __future__ import annotations

import io
import json
import logging
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator

import pytest
from reportlab.graphics.shapes import Drawing, Group, Shape, String
from reportlab.lib.colors import white
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import svg2rlg

from desktop_app.documents import flags
from desktop_app.resources import resource_path, sample_event_path

#: Ten countries of a multilateral table: a white flag (JP), stars drawn with SVG markers
#: (US), a coat of arms (ES) and the sample's two.
TEN_COUNTRIES = ("AZ", "KZ", "TR", "GE", "US", "GB", "JP", "ES", "DE", "BR")


def _shapes(node: Drawing | Group) -> Iterator[Shape]:
    for child in node.contents:
        if isinstance(child, Group):
            yield from _shapes(child)
        else:
            yield child


def _is_flag(drawing: Drawing) -> bool:
    """A real flag: drawn from its SVG (the placeholder is the only drawing with text)."""
    return not any(isinstance(shape, String) for shape in _shapes(drawing))


def test_the_set_holds_every_iso_country_and_its_licence() -> None:
    codes = flags.flag_codes()
    assert len(codes) >= 250
    assert {"AZ", "KZ", "RU", "TR", "US", "GB", "CN", "FR", "ZW", "AQ", "EU", "UN"} <= set(codes)
    assert "XX" not in codes  # flag-icons' own "unknown" flag: we draw a placeholder
    licence = resource_path("flags", "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Panayiotis Lipiridis" in licence
    index = json.loads(resource_path("licenses", "index.json").read_text(encoding="utf-8"))
    listed = {component["name"]: component for component in index["components"]}
    assert listed["flag-icons (national flags)"]["licence"] == "MIT"
    assert resource_path("licenses", "flag-icons--LICENSE").read_text(
        encoding="utf-8") == licence


@pytest.mark.slow
def test_svglib_draws_every_flag_of_the_set() -> None:
    started = time.perf_counter()
    failed = [code for code in flags.flag_codes() if flags._parsed(code) is None]
    seconds = time.perf_counter() - started
    assert failed == []
    # The whole set parses in about 5 s on a 2-core machine (once per process: cached).
    assert seconds < 60
    for code in flags.flag_codes():
        ElementTree.fromstring(flags.prepared_svg(code))  # a whole file (svglib recovers)
        drawing = flags.flag_drawing(code, 40)
        assert (drawing.width, drawing.height) == (40, 30)
        assert _is_flag(drawing), code
        assert len(list(_shapes(drawing))) >= 3, code  # two colours at least, and the border


@pytest.mark.parametrize("code", sorted({*TEN_COUNTRIES, "az", " kz "}))
def test_a_drawing_per_code_of_the_sample_and_the_ten_countries(code: str) -> None:
    assert flags.has_flag(code)
    drawing = flags.flag_drawing(code, 64)
    assert isinstance(drawing, Drawing)
    assert (drawing.width, drawing.height) == (64, 48)
    assert _is_flag(drawing)
    assert len(list(_shapes(drawing))) >= 3  # the flag's shapes and the border


def test_the_sample_countries_have_flags() -> None:
    sample = json.loads(sample_event_path().read_text(encoding="utf-8"))
    countries = {person.get("country") for person in sample["people"]} | {
        organization["country"] for organization in sample["organizations"]}
    assert flags.missing_flags(sorted(code for code in countries if code)) == []


def test_a_code_without_a_flag_draws_a_placeholder_with_the_code_and_warns(
        caplog: pytest.LogCaptureFixture) -> None:
    assert flags.missing_flags(["AZ", "QQ", None, "qq"]) == ["QQ", ""]
    drawing = flags.flag_drawing("QQ", 64)
    texts = [shape.text for shape in _shapes(drawing) if isinstance(shape, String)]
    assert texts == ["QQ"]
    assert [s.text for s in _shapes(flags.flag_drawing(None, 64)) if isinstance(s, String)] \
        == ["?"]
    canvas = Canvas(io.BytesIO())
    with caplog.at_level(logging.WARNING, logger="desktop_app.documents.flags"):
        assert flags.draw_flag(canvas, "AZ", 0, 0, 40) is True
        assert flags.draw_flag(canvas, "QQ", 0, 0, 40) is False
    assert [record.getMessage() for record in caplog.records] == [
        "no flag for the country code QQ; a placeholder is drawn"]


def test_the_stars_of_the_united_states_are_drawn() -> None:
    """flag-icons draws the 50 stars as an SVG marker, which svglib does not draw."""
    stars = [shape for shape in _shapes(flags.flag_drawing("US", 64))
             if getattr(shape, "fillColor", None) == white]
    assert len(stars) == 50


def test_a_path_goes_on_from_the_start_of_a_closed_subpath() -> None:
    """After ``z`` the next segment starts where the subpath started (SVG 1.1, 8.3.3)."""
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">'
           '<path d="M0 0h10v10zl5 5"/></svg>')
    prepared = flags.prepare_svg(svg)
    assert 'd="M0 0h10v10zm0 0l5 5"' in prepared
    drawing = svg2rlg(io.StringIO(prepared))
    assert drawing is not None
    (path,) = [shape for shape in _shapes(drawing) if hasattr(shape, "points")][:1]
    assert path.points[-2:] == [5.0, 5.0]


def test_markers_are_copied_to_the_vertices_they_mark() -> None:
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">'
           '<marker id="m" markerWidth="4" markerHeight="4">'
           '<path fill="#fff" d="M0 0h2v2H0z"/></marker>'
           '<path fill="none" marker-mid="url(#m)" d="m0 0 5 5h10 10L3 20z"/></svg>')
    prepared = flags.prepare_svg(svg)
    assert "marker-mid" not in prepared
    moves = [part.split(")")[0] for part in prepared.split("translate(")[1::2]]
    assert moves == ["5 5", "15 5", "25 5", "3 20"]  # not the first vertex nor the last
