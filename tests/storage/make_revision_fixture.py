"""Make ``fixtures/rev<REV>-sample.sqlite``: the sample event in a database at schema REV.

Run it once when a new schema revision is added, *before* changing the
importer for the new revision, and commit the file:

    python tests/storage/make_revision_fixture.py 0001

The migration tests then upgrade every fixture to head and check the data.
"""
from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from desktop_app.exchange.event_json import read_event_file
from desktop_app.resources import sample_event_path
from desktop_app.services.event_import import store_event_document
from desktop_app.storage.migrate import upgrade

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def make(revision: str) -> Path:
    path = FIXTURES / f"rev{revision}-sample.sqlite"
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, revision)
    with Session(engine) as session:
        store_event_document(session, read_event_file(sample_event_path()))
        session.commit()
    engine.dispose()
    return path


if __name__ == "__main__":
    print(make(sys.argv[1]))
