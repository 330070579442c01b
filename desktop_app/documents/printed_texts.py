"""Which translatable texts each document prints, and in which languages.

A document prints a text in its language where the text is translated, else the
default text (``Translatable.text_in``). To tell the user which texts fell back,
``services.documents`` takes the event's missing translations
(``domain.translations.missing_texts``) and keeps those a document prints: a badge
shows no agenda title, so a missing Kazakh agenda title is no warning for Kazakh
badges. The keys are those of ``domain.translations.TextEntry``: (kind of record,
key, field), a topic's key being ``ITEM#N``.

Each rule here mirrors what its builder draws; a test prints every document of a
translated event and checks that the two agree.
"""
from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.models import AgendaItem, Event
from desktop_app.domain.ordering import agenda_in_order
from desktop_app.domain.vocabulary import AgendaKind, AgreementStatus

from .base import DocumentOptions
from .certificates import certificate_agreements
from .names import participants
from .programme import signings

#: (kind of record, key, field), as ``TextEntry.kind``, ``.key`` and ``.field``.
TextKey = tuple[str, str, str]

#: The event's texts each document prints.
EVENT_FIELDS: dict[str, tuple[str, ...]] = {
    "programme": ("title", "subtitle", "venue_name", "venue_address", "venue_city"),
    "certificates": ("title", "venue_name", "venue_address", "venue_city"),
    "register": ("title",),
    "runsheet": ("title",),
    "badges": ("title",),
    "placecards": ("title",),
    "seating": ("title",),
    "flags": ("title",),
}


class _Texts:
    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self.found: dict[TextKey, tuple[str, ...]] = {}

    def add(self, kind: str, key: str, fields: Iterable[str],
            languages: tuple[str, ...] | None = None) -> None:
        for field in fields:
            self.found[(kind, key, field)] = languages or self.languages


def printed_texts(kind: str, event: Event, options: DocumentOptions
                  ) -> dict[TextKey, tuple[str, ...]]:
    """The texts the ``kind`` document of ``event`` prints, each with the languages it
    prints it in (the document's languages; a certificate's title: the agreement's)."""
    languages = tuple(options.language_list(event.languages))
    texts = _Texts(languages)
    texts.add("event", event.key, EVENT_FIELDS[kind])
    if kind == "programme":
        items = agenda_in_order(event)
        for item in items:
            if len(event.rooms) > 1:
                texts.add("room", item.room.key, ("name",))
            texts.add("agenda_item", item.key, ("title", "description"))
            for number, _topic in enumerate(item.topics, start=1):
                texts.add("topic", f"{item.key}#{number}", ("text",))
            for agreement in signings(item, options.ready_only):
                texts.add("agreement", agreement.key, ("title",))
        for participant in participants(event, languages[0]):
            texts.add("person", participant.person.key, ("position",))
    elif kind == "certificates":
        for agreement in certificate_agreements(event, options.agreements):
            texts.add("agreement", agreement.key, ("title",),
                      tuple(agreement.languages or ()) or languages[:1])
            for party in agreement.parties:
                if party.signatory is not None:
                    texts.add("person", party.signatory.key, ("position",))
    elif kind == "register":
        for agreement in event.agreements:
            texts.add("agreement", agreement.key, ("title",))
            for party in agreement.parties:
                if party.signatory is not None:
                    texts.add("person", party.signatory.key, ("position",))
    elif kind == "runsheet":
        for item in event.agenda_items:
            if item.kind == AgendaKind.SIGNING:
                texts.add("agenda_item", item.key, ("title",))
                texts.add("room", item.room.key, ("name",))
        for agreement in event.agreements:
            if agreement.status != AgreementStatus.CANCELLED:
                texts.add("agreement", agreement.key, ("title",))
    elif kind == "badges":
        for participant in participants(event, languages[0]):
            texts.add("person", participant.person.key, ("position",))
    elif kind == "seating":
        _seating_texts(texts, event, options.item)
    elif kind == "flags":
        _flag_texts(texts, event, options.item)
    return texts.found



def _item_texts(texts: _Texts, item: AgendaItem) -> None:
    texts.add("agenda_item", item.key, ("title",))
    texts.add("room", item.room.key, ("name",))


def _seating_texts(texts: _Texts, event: Event, item_key: str | None) -> None:
    """The seating chart: each printed plan's item (title, room) and its people's
    positions. ``event.seating_plans`` must be loaded (``services.seating``)."""
    items = {item.id: item for item in event.agenda_items}
    people = {person.id: person for person in event.people}
    plans = {plan.item_id: plan for plan in event.seating_plans}
    asked = next((item for item in event.agenda_items if item.key == item_key), None)
    if item_key is None:
        chosen = list(plans.values())
    else:
        own = plans.get(asked.id if asked else None)
        chosen = [own] if own is not None else [plans[None]] if None in plans else []
        if asked is not None:
            _item_texts(texts, asked)
    for plan in chosen:
        if plan.item_id in items:
            _item_texts(texts, items[plan.item_id])
        for seat in plan.seats:
            if seat.person_id in people:
                texts.add("person", people[seat.person_id].key, ("position",))


def _flag_texts(texts: _Texts, event: Event, item_key: str | None) -> None:
    """The flag sheet: each signing item (title, room), its agreements' titles and their
    signatories' positions; with another item asked for, that item."""
    for item in event.agenda_items:
        if item_key is not None and item.key != item_key:
            continue
        if item.kind != AgendaKind.SIGNING:
            if item_key is not None:
                _item_texts(texts, item)
            continue
        _item_texts(texts, item)
        for agreement in item.agreements:
            if agreement.status == AgreementStatus.CANCELLED:
                continue
            texts.add("agreement", agreement.key, ("title",))
            for party in agreement.parties:
                if party.signatory is not None:
                    texts.add("person", party.signatory.key, ("position",))
