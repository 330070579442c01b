"""National flags, drawn from the flag-icons SVG set (``resources/flags/``, MIT licence).

``resources/flags/`` holds the 4:3 flag of every ISO 3166-1 country (and a few other
two-letter codes: EU, UN, XK …) from lipis' flag-icons, unchanged; svglib turns each
into a ReportLab drawing, parsed once per process (``flag_drawing``).

Two things the SVGs use that svglib (2.3) does not draw are rewritten as they are read,
without changing the picture:

- a path command right after ``z`` that is not a move: svglib goes on from the last
  point instead of the start of the closed subpath, so a ``m0 0`` is put in between
  (the Dominican Republic's, Serbia's, Mexico's … arms, the UN's globe);
- markers (``marker-start``, ``marker-mid``, ``marker-end`` with the default
  orientation): each is copied to every vertex it marks (the stars of the United States
  and its Minor Outlying Islands). A marker's own clip is not applied.

``draw_flag`` draws a flag onto a canvas. A code without a flag draws a neutral
placeholder with the code and is logged as a warning (the command line prints it as a
``warning:`` line).
"""
from __future__ import annotations

import io
import logging
import re
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from svglib.svglib import svg2rlg

from desktop_app.resources import resource_path

from .fonts import register_fonts
from .styles import sans

log = logging.getLogger(__name__)

#: Width over height of every flag drawn (the flag-icons 4x3 set).
FLAG_ASPECT = 4 / 3
_BORDER = HexColor("#8A94A3")
_PLACEHOLDER_FILL = HexColor("#ECEFF3")
_PLACEHOLDER_INK = HexColor("#5F6B7A")

_SVG = "http://www.w3.org/2000/svg"
_CODE = re.compile(r"[A-Za-z]{2}")
_PATH_DATA = re.compile(r'(\sd=")([^"]*)(")')
#: ``z`` followed by a drawing command other than a move.
_CLOSE_THEN_DRAW = re.compile(r"([zZ])(?=[\s,]*[LHVCSQTAlhvcsqta])")
_NUMBER = re.compile(r"[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?")
_COMMAND = re.compile(r"([MmLlHhVvCcSsQqTtAaZz])([^MmLlHhVvCcSsQqTtAaZz]*)")
_ARITY = {"m": 2, "l": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "t": 2, "a": 7}


def flags_folder() -> Path:
    return resource_path("flags")


@cache
def flag_codes() -> tuple[str, ...]:
    """Every code with a flag, upper case, sorted."""
    return tuple(sorted(path.stem.upper() for path in flags_folder().glob("*.svg")
                        if _CODE.fullmatch(path.stem)))


def normalise_code(code: str | None) -> str:
    return (code or "").strip().upper()


def has_flag(code: str | None) -> bool:
    return normalise_code(code) in flag_codes()


def missing_flags(codes: list[str | None] | tuple[str | None, ...]) -> list[str]:
    """The codes of ``codes`` without a flag (as given, each once, in order)."""
    return list(dict.fromkeys(normalise_code(code) for code in codes if not has_flag(code)))


def _path_vertices(data: str) -> list[tuple[float, float]]:
    """The end point of every segment of an SVG path, the first move included."""
    points: list[tuple[float, float]] = []
    x = y = 0.0
    start = (0.0, 0.0)
    for command, arguments in _COMMAND.findall(data):
        kind, relative = command.lower(), command.islower()
        if kind == "z":
            x, y = start
            points.append(start)
            continue
        numbers = [float(n) for n in _NUMBER.findall(arguments)]
        arity = _ARITY[kind]
        for index in range(0, len(numbers) - arity + 1, arity):
            group = numbers[index:index + arity]
            if kind == "h":
                x = group[0] + (x if relative else 0.0)
            elif kind == "v":
                y = group[0] + (y if relative else 0.0)
            else:
                x, y = (x + group[-2], y + group[-1]) if relative else (group[-2], group[-1])
            if kind == "m" and index == 0:
                start = (x, y)
            points.append((x, y))
    return points


def _expand_markers(svg: str) -> str:
    """Each marker an element uses, copied to the vertices it marks (see the module)."""
    ElementTree.register_namespace("", _SVG)
    ElementTree.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    root = ElementTree.fromstring(svg)
    markers = {marker.get("id"): marker for marker in root.iter(f"{{{_SVG}}}marker")}
    parents = {child: parent for parent in root.iter() for child in parent}
    for element in list(root.iter(f"{{{_SVG}}}path")):
        used = {where: element.attrib.pop(f"marker-{where}")
                for where in ("start", "mid", "end") if f"marker-{where}" in element.attrib}
        if not used:
            continue
        vertices = _path_vertices(element.get("d", ""))
        parent = parents[element]
        position = list(parent).index(element) + 1
        stroke_width = float(element.get("stroke-width", "1"))
        for where, reference in used.items():
            marker = markers.get(reference.strip().removeprefix("url(#").removesuffix(")"))
            if marker is None or marker.get("orient", "0") != "0" or marker.get("viewBox"):
                continue
            scale = 1.0 if marker.get("markerUnits") == "userSpaceOnUse" else stroke_width
            at = {"start": vertices[:1], "mid": vertices[1:-1], "end": vertices[-1:]}[where]
            ref_x, ref_y = float(marker.get("refX", "0")), float(marker.get("refY", "0"))
            for vx, vy in at:
                group = ElementTree.Element(f"{{{_SVG}}}g", transform=(
                    f"translate({vx:g} {vy:g}) scale({scale:g}) translate({-ref_x:g} {-ref_y:g})"))
                group.extend(ElementTree.fromstring(ElementTree.tostring(child))
                             for child in marker)
                parent.insert(position, group)
                position += 1
    return ElementTree.tostring(root, encoding="unicode")


def prepare_svg(svg: str) -> str:
    """``svg`` rewritten for svglib: a move after each ``z`` that a drawing command
    follows, and markers copied to their vertices (see the module)."""
    svg = _PATH_DATA.sub(lambda match: match.group(1)
                         + _CLOSE_THEN_DRAW.sub(r"\1m0 0", match.group(2)) + match.group(3), svg)
    return _expand_markers(svg) if "<marker" in svg else svg


def prepared_svg(code: str) -> str:
    """The SVG text of ``code``'s flag as svglib is given it."""
    path = flags_folder() / f"{normalise_code(code).lower()}.svg"
    return prepare_svg(path.read_text(encoding="utf-8"))


@cache
def _parsed(code: str) -> Drawing | None:
    """The flag of ``code`` as svglib draws it, or None when there is none (or it fails)."""
    if code not in flag_codes():
        return None
    drawing = svg2rlg(io.BytesIO(prepared_svg(code).encode("utf-8")))
    if drawing is None or not drawing.width or not drawing.height:
        log.warning("the flag of %s could not be read; a placeholder is drawn", code)
        return None
    return drawing


def flag_drawing(code: str | None, width: float) -> Drawing:
    """The flag of ``code`` (an ISO 3166 code, any case) as a drawing ``width`` points wide
    and 3/4 of that high, with a hairline border (a white flag stays visible); a code
    without a flag gives the placeholder: a grey field with the code."""
    register_fonts()
    height = width / FLAG_ASPECT
    # ReportLab would otherwise set its default font (Helvetica, not embedded) first.
    drawing = Drawing(width, height, initialFontName=sans(), initialFontSize=10)
    code = normalise_code(code)
    parsed = _parsed(code) if code else None
    if parsed is not None:
        drawing.add(Group(*parsed.contents, transform=(
            width / parsed.width, 0, 0, height / parsed.height, 0, 0)))
    else:  # (types-reportlab types Rect's **kw as its TypedDict, not Unpack of it)
        drawing.add(Rect(0, 0, width, height,
                         fillColor=_PLACEHOLDER_FILL, strokeColor=None))  # type: ignore[arg-type]
        size = height * 0.36
        drawing.add(String(width / 2, height / 2 - size * 0.35, code or "?", fontName=sans(
            bold=True), fontSize=size, fillColor=_PLACEHOLDER_INK, textAnchor="middle"))
    drawing.add(Rect(0, 0, width, height,
                     fillColor=None, strokeColor=_BORDER, strokeWidth=max(0.25, width / 200)))  # type: ignore[arg-type]
    return drawing


def draw_flag(canvas: Canvas, code: str | None, x: float, y: float, width: float) -> bool:
    """Draw the flag of ``code`` ``width`` wide with its lower left corner at (``x``,
    ``y``), as a marked-content sequence ``/Flag <</Country (AZ)>>`` (so the PDF says
    which flag stands where); False when the placeholder was drawn instead (logged)."""
    code = normalise_code(code)
    known = bool(code) and _parsed(code) is not None
    if not known:
        log.warning("no flag for the country code %s; a placeholder is drawn",
                    code or "(none)")
    tag = re.sub(r"[^A-Z0-9]", "_", code) or "none"
    canvas.addLiteral(f"/Flag <</Country ({tag})>> BDC")
    renderPDF.draw(flag_drawing(code, width), canvas, x, y)
    canvas.addLiteral("EMC")
    return known
