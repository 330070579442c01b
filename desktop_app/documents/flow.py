"""Keeping what belongs together on one page.

A heading before a long table cannot go into a ``KeepTogether`` with the table: a
``KeepTogether`` that does not fit moves all of it to the next page, so a 40-row table
would always start on a fresh page. ``SpaceFor`` measures the heading and the table's
first rows instead (a small table of the header and the first row) and breaks the page
only when those do not fit.
"""
from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable


class SpaceFor(CondPageBreak):
    """A page break unless the rest of the frame holds ``flowables``, measured when the
    page is laid out; placed before a heading, it keeps the heading with what follows.
    At the top of a frame it never breaks (the flowables may be taller than a page)."""

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__(0)
        self.flowables = flowables

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        frame = self._doctemplateAttr("frame")  # type: ignore[attr-defined]  # not in the stubs
        if frame is not None and getattr(frame, "_atTop", False):
            return 0, 0
        self.height = sum(flowable.wrap(available_width, available_height)[1]
                          + flowable.getSpaceBefore() + flowable.getSpaceAfter()
                          for flowable in self.flowables)
        return super().wrap(available_width, available_height)

    def __repr__(self) -> str:
        return f"SpaceFor({len(self.flowables)} flowables)"
