"""The parties on a certificate: each organization's name above the room to sign, the
signature line, and the signatory's name and position under it.

Nothing here is cut short: an organization's name, a signatory's name or position wraps
into up to three lines, then is set smaller down to a floor; only below the floor (more
lines, or smaller still) does the certificate say so, a warning naming the agreement
(``warning:`` lines of ``roundtable print``). Each party is measured once
(``PartyBlock``), so that the space under the line grows with what it holds and the
title above gives way.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.models import AgreementParty

from .labels import caps
from .styles import PALETTE, sans, serif
from .text import LEADING, Fitted, draw_lines, draw_text, fit_text

log = logging.getLogger(__name__)

#: The room a signature needs above its line, and the least height under the line (the
#: signatory's name, other form and position).
SIGNING_ROOM = 13 * mm
SIGNATURE_LINE = 17 * mm
#: From the signature line to the first baseline of the signatory's name.
UNDER_LINE = 4.5 * mm
#: Below the last baseline of a party, to the foot of its cell.
FOOT = 2 * mm
#: The gap before a smaller line under a larger one, in units of the smaller's size.
STEP = 1.4


@dataclass(frozen=True)
class Place:
    """How one kind of text is set: face, size, lines, floor and the most lines below
    the floor."""

    what: str
    face: str
    size: float
    lines: int
    floor: float
    most_lines: int

    def fit(self, text: str, width: float) -> Fitted:
        return fit_text(text, self.face, self.size, width, lines=self.lines,
                        floor=self.floor, most_lines=self.most_lines)


def places(organization_size: float) -> dict[str, Place]:
    return {
        "organization": Place("name of the organization", serif(bold=True),
                              organization_size, 3, 8, 4),
        "organization_other": Place("other name of the organization", serif(italic=True),
                                    8.5, 2, 6.5, 3),
        "signatory": Place("name of the signatory", serif(bold=True), 10.5, 3, 7, 4),
        "signatory_other": Place("other name of the signatory", serif(italic=True), 8.5, 2,
                                 6, 3),
        "position": Place("position of the signatory", sans(), 8, 3, 6, 6),
    }


def other_forms(names: dict[str, str] | None, default: str, shown: str) -> list[str]:
    """The first form of a name other than the one shown (the default, else a local
    one)."""
    forms: list[str] = []
    for candidate in [default, *(names or {}).values()]:
        if candidate and candidate != shown and candidate not in forms:
            forms.append(candidate)
    return forms[:1]


@dataclass(frozen=True)
class PartyBlock:
    """One party's texts, fitted to the width of its column."""

    organization: Fitted
    organization_other: Fitted | None
    signatory: Fitted | None
    signatory_other: Fitted | None
    position: Fitted | None

    @classmethod
    def measure(cls, party: AgreementParty, language: str, width: float,
                organization_size: float) -> PartyBlock:
        kinds = places(organization_size)
        organization = party.organization
        name = organization.local_name(language)
        other = other_forms(organization.local_names, organization.name, name)
        signatory = party.signatory
        full = shown = position = ""
        signatory_other: list[str] = []
        if signatory is not None:
            shown = signatory.local_name(language)
            full = f"{signatory.honorific} {shown}" if signatory.honorific else shown
            signatory_other = other_forms(signatory.local_names, signatory.full_name, shown)
            position = signatory.text_in("position", language) or ""
        return cls(
            organization=kinds["organization"].fit(name, width),
            organization_other=kinds["organization_other"].fit(other[0], width)
            if other else None,
            signatory=kinds["signatory"].fit(full, width) if full else None,
            signatory_other=kinds["signatory_other"].fit(signatory_other[0], width)
            if signatory_other else None,
            position=kinds["position"].fit(position, width) if position else None,
        )

    def above(self) -> float:
        """The height above the room to sign: the organization's name and other form."""
        height = 3 * mm + self.organization.height()
        if self.organization_other is not None:
            height += self.organization_other.height()
        return height

    def under(self) -> float:
        """The height under the signature line, at least ``SIGNATURE_LINE``."""
        height = UNDER_LINE + FOOT
        if self.signatory is not None:
            height += self.signatory.height() - self.signatory.size * LEADING
        for fitted in (self.signatory_other, self.position):
            if fitted is not None:
                height += fitted.size * STEP + fitted.height() - fitted.size * LEADING
        return max(SIGNATURE_LINE, height)

    def problems(self) -> list[tuple[str, Fitted, int]]:
        """Each text set below its floor: (what it is, how it was set, lines asked)."""
        kinds = places(self.organization.size)
        found = []
        for key, fitted in (("organization", self.organization),
                            ("organization_other", self.organization_other),
                            ("signatory", self.signatory),
                            ("signatory_other", self.signatory_other),
                            ("position", self.position)):
            if fitted is not None and fitted.below_floor:
                found.append((kinds[key].what, fitted, kinds[key].lines))
        return found

    def draw(self, canvas: Canvas, centre: float, width: float, top: float, line_y: float,
             language: str) -> None:
        kinds = places(self.organization.size)
        canvas.setFillColor(PALETTE.navy)
        y = top - 3 * mm
        y = draw_lines(canvas, centre, y, self.organization, kinds["organization"].face)
        if self.organization_other is not None:
            canvas.setFillColor(PALETTE.muted)
            draw_lines(canvas, centre, y, self.organization_other,
                       kinds["organization_other"].face)
        canvas.setStrokeColor(PALETTE.ink)
        canvas.setLineWidth(0.6)
        canvas.line(centre - width * 0.42, line_y, centre + width * 0.42, line_y)
        canvas.setFillColor(PALETTE.muted)
        draw_text(canvas, centre - width * 0.42, line_y + 1.5 * mm, caps(language, "signature"),
                  sans(), 5.5)
        if self.signatory is None:
            return
        canvas.setFillColor(PALETTE.ink)
        last = _draw(canvas, centre, line_y - UNDER_LINE, self.signatory,
                     kinds["signatory"].face)
        canvas.setFillColor(PALETTE.muted)
        for key, fitted in (("signatory_other", self.signatory_other),
                            ("position", self.position)):
            if fitted is not None:
                last = _draw(canvas, centre, last - fitted.size * STEP, fitted,
                             kinds[key].face)


def _draw(canvas: Canvas, centre: float, baseline: float, fitted: Fitted, face: str
          ) -> float:
    """Draw ``fitted`` from ``baseline``; returns its last line's baseline."""
    draw_lines(canvas, centre, baseline, fitted, face)
    return baseline - (len(fitted.lines) - 1) * fitted.size * LEADING


def warn(reference: str, blocks: Sequence[PartyBlock]) -> None:
    """A warning for each text of the parties set below its floor."""
    for block in blocks:
        for what, fitted, lines in block.problems():
            excerpt = fitted.text if len(fitted.text) <= 60 else fitted.text[:57] + "…"
            log.warning('certificate %s: the %s "%s" %s; shorten it', reference, what,
                        excerpt, fitted.problem(lines))
