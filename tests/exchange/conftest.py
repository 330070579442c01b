"""Fixtures of the data-exchange tests: the sample event, an event without people."""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.models import Event
from desktop_app.services.events import import_event_document
from desktop_app.services.loading import load_event
from desktop_app.storage import Database

FIXTURES = Path(__file__).resolve().parent / "fixtures"
XSD = Path(__file__).resolve().parent / "frab-schedule.xml.xsd"
BARE_KEY = "ada-bare"


@pytest.fixture
def bare_event(db: Database, sample_document: dict[str, Any]) -> str:
    """The sample event's rooms and organizations only: no people, agenda or agreements."""
    doc = copy.deepcopy(sample_document)
    doc["event"]["id"] = BARE_KEY
    doc["people"], doc["agenda"], doc["agreements"] = [], [], []
    return import_event_document(db, doc).event_key


def loaded(db: Database, key: str) -> Event:
    """The whole event, read in its own session (objects stay usable after it closes)."""
    with db.reader() as session:
        event = load_event(session, key)
        session.expunge_all()
    return event
