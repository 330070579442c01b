"""Seating's alphabetical rule orders countries by their names in the event's first
language, for every country (CLDR's names), not by the ISO code of a country outside a
short list (CH would sort before DE, Germany; Switzerland sorts after it)."""
from __future__ import annotations

import json

from desktop_app.resources import sample_event_path
from desktop_app.services.events import import_event_document
from desktop_app.services.seating import propose_seating
from desktop_app.storage import Database

KEY = "ada-az-kz-2025"


def test_the_alphabetical_rule_orders_by_country_name(db: Database) -> None:
    doc = json.loads(sample_event_path().read_text(encoding="utf-8"))
    countries = {"rector-kbtu": "CH", "rector-satbayev": "DE"}
    for person in doc["people"]:
        if person["id"] in countries:
            person["country"] = countries[person["id"]]
    import_event_document(db, doc)
    proposal = propose_seating(db, KEY, "panel", "u:9", "alphabetical")
    reasons = {seat.person_key: seat.reason for seat in proposal.seats if seat.person_key}
    assert "Switzerland" in reasons["rector-kbtu"]
    assert "Germany" in reasons["rector-satbayev"]
