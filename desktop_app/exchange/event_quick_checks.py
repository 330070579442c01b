"""Quick checks of the event file's most numerous records (people and agreements).

The detailed validator (``event_validation._Validator``) builds a JSON path for
every field it checks, so that an error can name its place; for a valid file
those f-strings were most of the validation. A quick check decides the same
question without building any path: the record's structure by the compiled JSON
Schema (``event_schema``), then what needs the rest of the file (known ids,
unique references, dates parsed and in order) here. A record they pass is
valid; anything else returns False and gets the detailed check, which reports it.
``tests/services/test_scale_fixes.py`` and ``tests/exchange/test_quick_validation.py``
hold each quick check equal to the detailed one on 20,000 random records.
"""
from __future__ import annotations

from typing import Any

from desktop_app.domain.rules import FIRST_YEAR, LAST_YEAR
from desktop_app.domain.vocabulary import AgendaKind, AgreementStatus

from .event_format import parse_date, parse_instant
from .event_schema import agreement_passes, person_passes


def _in_years(value: Any) -> bool:
    return value is None or FIRST_YEAR <= value.year <= LAST_YEAR


def _date(value: str | None) -> Any:
    """``value`` parsed as a date, None for None; ``ValueError`` if it is none."""
    return parse_date(value) if value is not None else None


class QuickChecks:
    """The quick checks, mixed into the validator, which fills in the known ids."""

    version: int
    organizations: set[str]
    people: set[str]
    agenda_kinds: dict[str, str]

    def _plainly_valid_person(self, person: Any) -> bool:
        """True when ``person`` passes every check of ``_Validator.person``, decided without
        building the error paths (f-strings per field were most of the validation of
        10,000 people). Anything unusual returns False and gets the detailed check."""
        if not person_passes(2 if self.version >= 2 else 1)(person):
            return False
        # The known ids all passed the id check (``unique_ids``), so being one of them is
        # enough.
        organization = person.get("organization")
        return organization is None or organization in self.organizations

    def _plainly_valid_agreement(self, agreement: Any, references: dict[str, int], index: int
                                 ) -> bool:
        """True when ``agreement`` passes every check of ``_Validator.agreement``, decided
        without building its error paths (as ``_plainly_valid_person``); records its
        reference as that check does. Anything unusual returns False, recording
        nothing, and gets the detailed check."""
        if not agreement_passes()(agreement):
            return False
        get = agreement.get
        reference = get("reference")
        if reference in references:
            return False
        organizations_seen: set[str] = set()
        for party in get("parties"):
            organization, signatory = party["organization"], party.get("signatory")
            if organization not in self.organizations or organization in organizations_seen \
                    or (signatory is not None and signatory not in self.people):
                return False
            organizations_seen.add(organization)
        if not all(witness in self.people for witness in get("witnesses") or ()):
            return False
        signed_at = get("signed_at")
        if (get("status") == AgreementStatus.SIGNED) != (signed_at is not None):
            return False
        signing = get("signing")
        if signing is not None and self.agenda_kinds.get(signing["agenda_item"]) \
                != AgendaKind.SIGNING:
            return False
        try:
            signed = parse_instant(signed_at) if signed_at is not None else None
            start, end = _date(get("valid_from")), _date(get("valid_until"))
        except ValueError:
            return False
        if (start and end and end <= start) or not (
                _in_years(signed) and _in_years(start) and _in_years(end)):
            return False
        references[reference] = index
        return True
