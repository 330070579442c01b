"""How people, organizations and texts are named on paper, in one or two languages.

A name prints from ``local_names`` in the document's language where one is
recorded, else the default name; a text (a title, a position, a room) from its
``translations`` the same way (``Translatable.text_in``). A bilingual document
shows the second language's form too, but only when it differs. "Taking part" means speaking,
chairing, signing or witnessing; everybody else in the database (a contact,
say) gets no badge.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.cldr import base_language
from desktop_app.domain.collation import sort_key
from desktop_app.domain.models import Event, Organization, Person, Translatable
from desktop_app.domain.ordering import agenda_in_order
from desktop_app.domain.vocabulary import AgreementStatus

ROLE_ORDER = ("chair", "speaker", "signatory", "witness")


def person_name(person: Person, language: str) -> str:
    """Given and family name in ``language`` (no honorific)."""
    return person.local_name(language)


def person_forms(person: Person, language: str, second: str | None) -> list[str]:
    """The name in the first language and, if different, in the second."""
    forms = [person.local_name(language)]
    if second:
        other = person.local_name(second)
        if other not in forms:
            forms.append(other)
    return forms


def organization_forms(organization: Organization | None, language: str,
                       second: str | None) -> list[str]:
    if organization is None:
        return []
    forms = [organization.local_name(language)]
    if second:
        other = organization.local_name(second)
        if other not in forms:
            forms.append(other)
    return forms


def text_forms(record: Translatable, field: str, language: str, second: str | None
               ) -> list[str]:
    """``field`` of ``record`` in the first language and, if different, in the second
    (each its translation, else the default text); empty when the record has no text."""
    forms: list[str] = []
    for tag in (language, second) if second else (language,):
        text = record.text_in(field, tag)
        if text and text.strip() and text not in forms:
            forms.append(text)
    return forms


def with_honorific(person: Person, name: str) -> str:
    return f"{person.honorific} {name}" if person.honorific else name


def person_detail(person: Person, language: str) -> str:
    """``Position, Organization`` in ``language`` (either may be missing)."""
    parts = [person.text_in("position", language) or ""]
    if person.organization is not None:
        parts.append(person.organization.local_name(language))
    return ", ".join(part for part in parts if part)


def person_details(person: Person, language: str, second: str | None) -> list[str]:
    """``person_detail`` in the first language and, if different, in the second."""
    forms = [person_detail(person, language)]
    if second:
        other = person_detail(person, second)
        if other not in forms:
            forms.append(other)
    return [form for form in forms if form]


@dataclass
class Participant:
    """One person taking part, with every role they have at the event."""

    person: Person
    roles: list[str] = field(default_factory=list)

    def add(self, role: str) -> None:
        if role not in self.roles:
            self.roles.append(role)
            self.roles.sort(key=ROLE_ORDER.index)

    @property
    def main_role(self) -> str:
        return self.roles[0] if self.roles else "guest"


def participants(event: Event, language: str) -> list[Participant]:
    """Everyone taking part, by precedence (1 first, unranked last), then by name."""
    found: dict[int, Participant] = {}

    def add(person: Person | None, role: str) -> None:
        if person is not None:
            found.setdefault(person.id, Participant(person)).add(role)

    for item in agenda_in_order(event):
        add(item.chair, "chair")
        for link in item.speakers:
            add(link.person, "speaker")
    for agreement in event.agreements:
        if agreement.status == AgreementStatus.CANCELLED:
            continue
        for party in agreement.parties:
            add(party.signatory, "signatory")
        for witness in agreement.witnesses:
            add(witness.person, "witness")
    collation = base_language(language)
    return sorted(
        found.values(),
        key=lambda p: (p.person.precedence if p.person.precedence is not None else 1 << 30,
                       sort_key(p.person.family_name or "", collation),
                       sort_key(p.person.local_name(language), collation)),
    )
