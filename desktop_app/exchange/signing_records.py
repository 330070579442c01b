"""The signing records of an event as plain rows: one per party, one per agreement.

Every signing-records format (CSV, XLSX, JSON) is written from these rows,
so that the three files always agree. The rows hold typed values (dates,
aware datetimes, integers); each writer renders them in its own way. They
are built from an ``Event`` loaded by ``services.loading.load_event``, so
no row triggers a query.

The title is written in every language of the event: the ``Title`` column holds the
default text (the event's first language), and a ``Title (az)`` column per other
language its translation, empty where there is none, so that the file imports back
(``import-table`` reads these headers) without turning a fallback into a translation.
"""
from __future__ import annotations

import datetime as dt
import zoneinfo
from collections import Counter
from dataclasses import dataclass, field

from desktop_app.domain.models import Agreement, Event, Organization, Person
from desktop_app.domain.ordering import agreements_in_signing_order
from desktop_app.domain.translations import translated

#: (attribute of ``PartyRow``, column header). The headers are also what the
#: table import recognises, so an exported file can be imported again.
PARTY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("reference", "Reference"),
    ("kind", "Kind"),
    ("title", "Title"),
    ("status", "Status"),
    ("signed_at", "Signed at"),
    ("signing_order", "Signing order"),
    ("party_number", "Party"),
    ("organization", "Organization"),
    ("short_name", "Short name"),
    ("country", "Country"),
    ("signatory_honorific", "Signatory honorific"),
    ("signatory_name", "Signatory"),
    ("signatory_position", "Signatory position"),
    ("valid_from", "Valid from"),
    ("valid_until", "Valid until"),
)

AGREEMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("reference", "Reference"),
    ("kind", "Kind"),
    ("title", "Title"),
    ("status", "Status"),
    ("signed_at", "Signed at"),
    ("signing_order", "Signing order"),
    ("parties", "Parties"),
    ("countries", "Countries"),
    ("signatories", "Signatories"),
    ("valid_from", "Valid from"),
    ("valid_until", "Valid until"),
    ("languages", "Languages"),
    ("originals", "Originals"),
    ("notes", "Notes"),
)

Cell = str | int | dt.date | dt.datetime | None
#: Where the translated titles go in a row: right after the title.
_PARTY_TITLES = [name for name, _ in PARTY_COLUMNS].index("title") + 1
_AGREEMENT_TITLES = [name for name, _ in AGREEMENT_COLUMNS].index("title") + 1


def with_translated_titles(columns: tuple[tuple[str, str], ...], languages: tuple[str, ...]
                           ) -> list[tuple[str, str]]:
    """``columns`` with a ``title:<tag>`` column, headed ``Title (<tag>)``, after the
    title for each of ``languages``."""
    result: list[tuple[str, str]] = []
    for name, header in columns:
        result.append((name, header))
        if name == "title":
            result += [(f"title:{tag}", f"{header} ({tag})") for tag in languages]
    return result


@dataclass(frozen=True)
class PartyRow:
    """One party of one agreement; ``signed_at`` is aware, in the event's time zone."""

    reference: str
    kind: str
    title: str
    status: str
    signed_at: dt.datetime | None
    signing_order: int | None
    party_number: int
    organization: str
    short_name: str | None
    country: str
    signatory_honorific: str | None
    signatory_name: str | None
    signatory_position: str | None
    valid_from: dt.date | None
    valid_until: dt.date | None
    #: The title in each of the event's other languages (``SigningRecords.languages``).
    titles: tuple[str | None, ...] = ()

    def cells(self) -> list[Cell]:
        values: list[Cell] = [getattr(self, name) for name, _ in PARTY_COLUMNS]
        values[_PARTY_TITLES:_PARTY_TITLES] = self.titles
        return values


@dataclass(frozen=True)
class AgreementRow:
    """One agreement with its parties joined by ``; `` in signing order."""

    reference: str
    kind: str
    title: str
    status: str
    signed_at: dt.datetime | None
    signing_order: int | None
    parties: str
    countries: str
    signatories: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    languages: str
    originals: int
    notes: str | None
    titles: tuple[str | None, ...] = ()

    def cells(self) -> list[Cell]:
        values: list[Cell] = [getattr(self, name) for name, _ in AGREEMENT_COLUMNS]
        values[_AGREEMENT_TITLES:_AGREEMENT_TITLES] = self.titles
        return values


@dataclass(frozen=True)
class OrganizationCount:
    key: str
    organization: str
    short_name: str | None
    country: str
    agreements: int
    signed: int


@dataclass(frozen=True)
class SigningSummary:
    """Counts of agreements: by status, by country and by organization."""

    by_status: dict[str, int]
    by_country: dict[str, tuple[int, int]]  # country -> (agreements, signed)
    by_organization: list[OrganizationCount]
    total: int


@dataclass(frozen=True)
class SigningRecords:
    """Everything a signing-records file holds, in signing order."""

    event_key: str
    event_title: str
    timezone: str
    language: str | None
    agreements: list[Agreement]
    parties: list[PartyRow]
    agreement_rows: list[AgreementRow]
    summary: SigningSummary
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    #: The event's languages after the first: one translated title column each.
    languages: tuple[str, ...] = ()

    @property
    def party_columns(self) -> list[tuple[str, str]]:
        """(name, header) of the Parties sheet and of the CSV, as ``PartyRow.cells``."""
        return with_translated_titles(PARTY_COLUMNS, self.languages)

    @property
    def agreement_columns(self) -> list[tuple[str, str]]:
        return with_translated_titles(AGREEMENT_COLUMNS, self.languages)


def organization_name(organization: Organization, language: str | None) -> str:
    return organization.local_name(language) if language else organization.name


def person_name(person: Person, language: str | None) -> str:
    """The name without honorific (the honorific has its own column)."""
    return person.local_name(language) if language else person.full_name


def person_position(person: Person, language: str | None) -> str | None:
    return person.text_in("position", language) if language else person.position


def local_instant(value: dt.datetime | None, timezone: str) -> dt.datetime | None:
    return None if value is None else value.astimezone(zoneinfo.ZoneInfo(timezone))


def title_translations(agreement: Agreement, languages: tuple[str, ...]
                       ) -> tuple[str | None, ...]:
    """The title's translation into each of ``languages``; None where there is none (no
    fallback: the default is in its own column)."""
    return tuple(translated(agreement.translations, "title", tag, None) for tag in languages)


def _party_rows(agreement: Agreement, timezone: str, language: str | None,
                languages: tuple[str, ...]) -> list[PartyRow]:
    rows = []
    titles = title_translations(agreement, languages)
    for number, party in enumerate(agreement.parties, start=1):
        org, signatory = party.organization, party.signatory
        rows.append(PartyRow(
            reference=agreement.reference, kind=agreement.kind, title=agreement.title,
            status=agreement.status, signed_at=local_instant(agreement.signed_at, timezone),
            signing_order=agreement.signing_order, party_number=number,
            organization=organization_name(org, language), short_name=org.short_name,
            country=org.country,
            signatory_honorific=signatory.honorific if signatory else None,
            signatory_name=person_name(signatory, language) if signatory else None,
            signatory_position=person_position(signatory, language) if signatory else None,
            valid_from=agreement.valid_from, valid_until=agreement.valid_until, titles=titles,
        ))
    return rows


def _agreement_row(agreement: Agreement, timezone: str, language: str | None,
                   languages: tuple[str, ...]) -> AgreementRow:
    parties = agreement.parties
    return AgreementRow(
        reference=agreement.reference, kind=agreement.kind, title=agreement.title,
        status=agreement.status, signed_at=local_instant(agreement.signed_at, timezone),
        signing_order=agreement.signing_order,
        parties="; ".join(organization_name(p.organization, language) for p in parties),
        countries="; ".join(p.organization.country for p in parties),
        signatories="; ".join(
            " ".join(x for x in (p.signatory.honorific, person_name(p.signatory, language)) if x)
            if p.signatory else "" for p in parties
        ),
        valid_from=agreement.valid_from, valid_until=agreement.valid_until,
        languages=", ".join(agreement.languages or []), originals=agreement.originals_needed,
        notes=agreement.notes, titles=title_translations(agreement, languages),
    )


def summarise(agreements: list[Agreement], language: str | None) -> SigningSummary:
    """Counts per status, per country and per organization (each agreement once per key)."""
    by_status = Counter(a.status for a in agreements)
    country_all: Counter[str] = Counter()
    country_signed: Counter[str] = Counter()
    org_all: Counter[int] = Counter()
    org_signed: Counter[int] = Counter()
    orgs: dict[int, Organization] = {}
    for agreement in agreements:
        signed = agreement.status == "signed"
        for country in {p.organization.country for p in agreement.parties}:
            country_all[country] += 1
            country_signed[country] += signed
        for party in agreement.parties:
            orgs[party.organization.id] = party.organization
        for org_id in {p.organization.id for p in agreement.parties}:
            org_all[org_id] += 1
            org_signed[org_id] += signed
    organizations = sorted(
        (OrganizationCount(orgs[i].key, organization_name(orgs[i], language), orgs[i].short_name,
                           orgs[i].country, org_all[i], org_signed[i]) for i in org_all),
        key=lambda c: (c.country, -c.agreements, c.organization.casefold()),
    )
    return SigningSummary(
        by_status=dict(sorted(by_status.items())),
        by_country={c: (country_all[c], country_signed[c]) for c in sorted(country_all)},
        by_organization=organizations,
        total=len(agreements),
    )


def signing_records(event: Event, language: str | None = None) -> SigningRecords:
    """The signing records of a loaded ``event``; names and positions in ``language``
    where recorded, titles in every language of the event."""
    agreements = agreements_in_signing_order(event)
    timezone = event.timezone
    languages = tuple(event.languages or ())[1:]
    return SigningRecords(
        event_key=event.key, event_title=event.title, timezone=timezone, language=language,
        agreements=agreements,
        parties=[row for a in agreements
                 for row in _party_rows(a, timezone, language, languages)],
        agreement_rows=[_agreement_row(a, timezone, language, languages) for a in agreements],
        summary=summarise(agreements, language),
        languages=languages,
    )
