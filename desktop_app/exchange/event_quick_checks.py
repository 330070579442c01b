"""Quick checks of the event file's most numerous records (people and agreements).

The detailed validator (``event_validation._Validator``) builds a JSON path for
every field it checks, so that an error can name its place; for a valid file
those f-strings were most of the validation. These checks decide the same
question without building any path: a record they pass is valid, and anything
unusual returns False and gets the detailed check, which then reports it.
``tests/services/test_scale_fixes.py`` and ``tests/exchange/test_quick_validation.py``
hold each quick check equal to the detailed one on 20,000 random records.
"""
from __future__ import annotations

from typing import Any

from desktop_app.domain.rules import (
    CONTROL_CHARACTER,
    FIRST_YEAR,
    LAST_YEAR,
    LONG_TEXT_LIMIT,
    SHORT_TEXT_LIMIT,
    integer_limit,
)
from desktop_app.domain.vocabulary import (
    COUNTRY_PATTERN,
    ID_PATTERN,
    LANGUAGE_TAG_PATTERN,
    AgendaKind,
    AgreementKind,
    AgreementStatus,
)

from .event_format import (
    AGREEMENT_FIELDS,
    PARTY_FIELDS,
    PERSON_FIELDS,
    PERSON_FIELDS_V2,
    PERSON_TEXT_FIELDS,
    READINESS_FIELDS,
    SIGNING_FIELDS,
    choices,
    parse_date,
    parse_instant,
)

_MOST_PRECEDENCE = integer_limit("precedence")
_MOST_ORDER = integer_limit("order")
_MOST_ORIGINALS = integer_limit("originals")


def _plain_text(value: str, limit: int = SHORT_TEXT_LIMIT) -> bool:
    """Whether ``value`` passes ``rules.text_problem`` (within ``limit``, no control
    character), decided without naming its field."""
    return len(value) <= limit and (value.isprintable() or CONTROL_CHARACTER.search(value) is None)


def _in_years(value: Any) -> bool:
    return value is None or FIRST_YEAR <= value.year <= LAST_YEAR


class QuickChecks:
    """The quick checks, mixed into the validator, which fills in the known ids."""

    version: int
    organizations: set[str]
    people: set[str]
    agenda_kinds: dict[str, str]
    good_languages: set[str]
    good_countries: set[str]

    def _plainly_valid_person(self, person: Any) -> bool:
        """True when ``person`` passes every check of ``_Validator.person``, decided without
        building the error paths (f-strings per field were most of the validation of
        10,000 people). Anything unusual returns False and gets the detailed check."""
        # A schedule_id (version 2) is checked with the others' (``VersionChecks``).
        fields = PERSON_FIELDS_V2 if self.version >= 2 else PERSON_FIELDS
        if not isinstance(person, dict) or not fields.issuperset(person):
            return False
        family = person.get("family_name")
        if not isinstance(family, str) or not family.strip() or person.get("id") is None \
                or not _plain_text(family):
            return False
        for name in PERSON_TEXT_FIELDS:
            value = person.get(name)
            if value is not None and not (isinstance(value, str) and _plain_text(
                    value, LONG_TEXT_LIMIT if name == "bio" else SHORT_TEXT_LIMIT)):
                return False
        local_names = person.get("local_names")
        if local_names is not None and not (isinstance(local_names, dict) and all(
                self.plain_language(tag) and isinstance(name, str) and name.strip()
                and _plain_text(name) for tag, name in local_names.items())):
            return False
        organization = person.get("organization")
        # The known ids all passed the id check (``unique_ids``), so being one of them is
        # enough; the type test keeps unhashable values away from the set.
        if organization is not None and not (isinstance(organization, str)
                                             and organization in self.organizations):
            return False
        country = person.get("country")
        if country is not None and not (isinstance(country, str) and self.plain_country(country)):
            return False
        precedence = person.get("precedence")
        return precedence is None or (type(precedence) is int
                                      and 1 <= precedence <= _MOST_PRECEDENCE)

    def plain_language(self, tag: Any) -> bool:
        """Whether ``tag`` is a valid language tag, remembering the ones seen (a file
        repeats a handful of tags thousands of times)."""
        if not isinstance(tag, str):
            return False
        if tag in self.good_languages:
            return True
        if LANGUAGE_TAG_PATTERN.match(tag):
            self.good_languages.add(tag)
            return True
        return False

    def plain_country(self, code: str) -> bool:
        """Whether ``code`` (a string) is a valid country code, remembering the good ones."""
        if code in self.good_countries:
            return True
        if COUNTRY_PATTERN.match(code):
            self.good_countries.add(code)
            return True
        return False

    def _plainly_valid_agreement(self, agreement: Any, references: dict[str, int], index: int
                                 ) -> bool:
        """True when ``agreement`` passes every check of ``_Validator.agreement``, decided
        without building its error paths (as ``_plainly_valid_person``); records its
        reference as that check does. Anything unusual returns False, recording
        nothing, and gets the detailed check."""
        if not isinstance(agreement, dict) or not AGREEMENT_FIELDS.issuperset(agreement):
            return False
        get = agreement.get
        reference, title, notes = get("reference"), get("title"), get("notes")
        if not (get("id") is not None and isinstance(reference, str) and reference.strip()
                and reference not in references and isinstance(title, str) and title.strip()
                and _plain_text(reference) and _plain_text(title)
                and (notes is None or (isinstance(notes, str)
                                       and _plain_text(notes, LONG_TEXT_LIMIT)))
                and get("kind") in choices(AgreementKind)):
            return False
        parties = get("parties")
        if not isinstance(parties, list) or len(parties) < 2:
            return False
        organizations_seen: set[str] = set()
        for party in parties:
            if not isinstance(party, dict) or not PARTY_FIELDS.issuperset(party):
                return False
            organization, signatory = party.get("organization"), party.get("signatory")
            # Known ids all passed the id check; the type tests keep unhashables out.
            if not (isinstance(organization, str) and organization in self.organizations
                    and organization not in organizations_seen
                    and (signatory is None
                         or (isinstance(signatory, str) and signatory in self.people))):
                return False
            organizations_seen.add(organization)
        witnesses = get("witnesses")
        if witnesses is not None and not (isinstance(witnesses, list) and all(
                isinstance(w, str) and w in self.people for w in witnesses)):
            return False
        status, signed_at = get("status"), get("signed_at")
        if status not in choices(AgreementStatus):
            return False
        if status == AgreementStatus.SIGNED:
            if not isinstance(signed_at, str):
                return False
            try:
                if not _in_years(parse_instant(signed_at)):
                    return False
            except ValueError:
                return False
        elif signed_at is not None:
            return False
        signing = get("signing")
        if signing is not None:
            if not isinstance(signing, dict) or not SIGNING_FIELDS.issuperset(signing):
                return False
            item, order = signing.get("agenda_item"), signing.get("order")
            if not (isinstance(item, str) and ID_PATTERN.match(item)
                    and self.agenda_kinds.get(item) == AgendaKind.SIGNING
                    and (order is None or (type(order) is int and 1 <= order <= _MOST_ORDER))):
                return False
        valid_from, valid_until = get("valid_from"), get("valid_until")
        try:
            start = parse_date(valid_from) if isinstance(valid_from, str) else None
            end = parse_date(valid_until) if isinstance(valid_until, str) else None
        except ValueError:
            return False
        if (start is None and valid_from is not None) or (end is None and valid_until is not None) \
                or (start and end and end <= start) or not (_in_years(start) and _in_years(end)):
            return False
        languages, originals = get("languages"), get("originals")
        if languages is not None and not (isinstance(languages, list)
                                          and all(self.plain_language(t) for t in languages)):
            return False
        if originals is not None and not (type(originals) is int
                                          and 1 <= originals <= _MOST_ORIGINALS):
            return False
        readiness = get("readiness")
        if readiness is not None and not (
                isinstance(readiness, dict) and READINESS_FIELDS.issuperset(readiness)
                and all(v is None or isinstance(v, bool) for v in readiness.values())):
            return False
        references[reference] = index
        return True
