"""A country outside any short list prints with its name, in the document's language:
the register's totals by country, the flag sheet and the run sheet's order of flags."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.events import import_event_document
from desktop_app.storage import Database, open_database
from tests.support import small_event_document

from .conftest import make, pdf_text

KEY = "almaty-2026"
NORWAY = {"en": "Norway", "az": "Norveç", "kk": "Норвегия", "ru": "Норвегия"}


@pytest.fixture(scope="module")
def norway_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The small event, with Baku State University and its rector from Norway."""
    doc = small_event_document()
    for record in doc["organizations"] + doc["people"]:
        if record["id"] in ("bsu", "ilqar"):
            record["country"] = "NO"
    database = open_database(str(tmp_path_factory.mktemp("norway") / "x.sqlite"))
    import_event_document(database, doc)
    yield database
    database.dispose()


@pytest.mark.parametrize("language", NORWAY)
@pytest.mark.parametrize("kind", ["register", "flags", "runsheet"])
def test_a_country_prints_with_its_name(norway_db: Database, tmp_path: Path, kind: str,
                                        language: str) -> None:
    text = pdf_text(make(norway_db, KEY, kind, tmp_path, languages=(language,)))
    assert NORWAY[language] in text
