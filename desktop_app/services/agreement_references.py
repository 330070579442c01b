"""The next agreement reference, from the event's own pattern.

Offices number their agreements in one pattern per event: ``AZ-KZ/2025/001``,
``UZ-AZ/2026-07``, ``MoU 12``. The next reference continues the most used pattern of
the event (its prefix and suffix, the number one higher than the highest, as many
digits); an event without agreements starts one from its countries and year
(``UZ-AZ/2026/001``: the venue's country first, then the others of its organizations
by how many there are). An agreement created without a reference gets this one.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.models import Agreement, Event, Organization
from desktop_app.storage.database import Database

from .loading import get_event_row

_NUMBERED = re.compile(r"^(.*?)(\d+)([^\d\n]*)\Z")
#: How many countries a new pattern names (``UZ-AZ``).
PATTERN_COUNTRIES = 2


def continue_pattern(references: Iterable[str]) -> str | None:
    """The reference after the highest of the most used pattern, or None when no
    reference ends in a number."""
    patterns: Counter[tuple[str, str]] = Counter()
    highest: dict[tuple[str, str], tuple[int, int]] = {}
    for reference in references:
        found = _NUMBERED.match(reference.strip())
        if found is None:
            continue
        prefix, digits, suffix = found.groups()
        pattern = (prefix, suffix)
        patterns[pattern] += 1
        number, width = highest.get(pattern, (0, 0))
        highest[pattern] = (max(number, int(digits)), max(width, len(digits)))
    if not patterns:
        return None
    pattern = max(patterns, key=lambda p: (patterns[p], highest[p][0]))
    number, width = highest[pattern]
    return f"{pattern[0]}{number + 1:0{width}d}{pattern[1]}"


def first_reference(venue_country: str | None, countries: Iterable[str], year: int) -> str:
    """The first reference of an event: its countries (the venue's first) and year."""
    ordered = [c for c in [venue_country, *countries] if c]
    names = list(dict.fromkeys(code.upper() for code in ordered))[:PATTERN_COUNTRIES]
    return "/".join(part for part in ("-".join(names), str(year), "001") if part)


def next_reference_in(session: Session, event: Event) -> str:
    """The next free reference of ``event`` (see the module's docstring)."""
    references = set(session.scalars(select(Agreement.reference)
                                     .where(Agreement.event_id == event.id)))
    candidate = continue_pattern(references)
    if candidate is None:
        countries = Counter(session.scalars(select(Organization.country)
                                            .where(Organization.event_id == event.id)))
        candidate = first_reference(event.venue_country,
                                    [c for c, _n in countries.most_common()],
                                    event.start_date.year)
    while candidate in references:  # a pattern with gaps never hands out a taken one
        candidate = continue_pattern([candidate]) or candidate + "-2"
    return candidate


def next_reference(db: Database, event_key: str) -> str:
    """The reference to suggest for the event's next agreement."""
    with db.reader() as session:
        return next_reference_in(session, get_event_row(session, event_key))
