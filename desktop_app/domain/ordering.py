"""The orders in which an event is read: programme order and signing order."""
from __future__ import annotations

from .models import AgendaItem, Agreement, Event


def agenda_in_order(event: Event) -> list[AgendaItem]:
    """Agenda items by day, start, room order and title: the programme's order."""
    room_rank = {room.id: room.position for room in event.rooms}
    return sorted(
        event.agenda_items,
        key=lambda item: (item.day, item.start_time, room_rank.get(item.room_id, 0), item.end_time,
                          item.key),
    )


def agreements_in_signing_order(event: Event) -> list[Agreement]:
    """Agreements grouped by signing item (in agenda order), then by their order.

    Agreements without a signing item or order come last, by reference.
    """
    item_rank = {item.id: i for i, item in enumerate(agenda_in_order(event))}
    big = 1 << 30
    return sorted(
        event.agreements,
        key=lambda a: (
            item_rank.get(a.signing_item_id, big) if a.signing_item_id is not None else big,
            a.signing_order if a.signing_order is not None else big,
            a.reference,
        ),
    )
