"""Long positions, names and organizations on certificates and badges: never cut with
"…"; wrapped into up to three lines, set smaller down to a floor, and a ``warning:`` line
of ``roundtable print`` only below the floor."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.cli.app import main
from desktop_app.documents.certificates import INSET
from desktop_app.services.events import import_event_document
from desktop_app.storage import Database

from .conftest import MARKUP_KEY, markup_document, normalise

#: 300 characters, in words, as a protocol office writes a minister's position.
LONG_POSITION = (
    "Minister of Science and Higher Education of the Republic of Kazakhstan, Chairman of "
    "the National Commission for Academic Mobility and International Cooperation in "
    "Higher Education, Member of the Board of Trustees of the Eurasian Network of "
    "Technical Universities, Envoy to the Joint Degree Programmes")
assert len(LONG_POSITION) == 300, len(LONG_POSITION)
#: About 120 characters: three lines at full size on a certificate of three parties.
MEDIUM_POSITION = ("Vice-Rector for International Cooperation and Academic Mobility, "
                   "Head of the Office of Joint Degree Programmes")
LONG_ORGANIZATION = ("Әл-Фараби атындағы Қазақ ұлттық университеті, Халықаралық ынтымақтастық "
                     "және академиялық ұтқырлық жөніндегі ғылыми-білім беру орталығы")


def three_party_document(position: str, organization: str = LONG_ORGANIZATION
                         ) -> dict[str, Any]:
    """The markup event whose signed agreement has three parties, the first signatory
    with ``position``, the first organization's Kazakh name ``organization``."""
    doc = markup_document()
    people = {person["id"]: person for person in doc["people"]}
    people["nurbek"]["position"] = position
    people["ilqar"]["position"] = MEDIUM_POSITION
    organizations = {org["id"]: org for org in doc["organizations"]}
    organizations["kaznu"]["local_names"]["kk"] = organization
    signed = doc["agreements"][0]
    signed["parties"] = [{"organization": "kaznu", "signatory": "nurbek"},
                         {"organization": "bsu", "signatory": "ilqar"},
                         {"organization": "acme", "signatory": "markup"}]
    doc["agreements"] = doc["agreements"][:2]
    return doc


def run(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str,
        language: str) -> tuple[Path, list[str]]:
    output = tmp_path / f"{kind}-{language}.pdf"
    code = main(["--db", db.url, "print", kind, MARKUP_KEY, "-o", str(output),
                 "--lang", language])
    err = capsys.readouterr().err.splitlines()
    assert code == 0, err
    return output, [line for line in err if line.startswith(("warning: certificate",
                                                             "warning: badge"))]


def placed_text(path: Path, page_number: int = 0) -> list[tuple[str, float, float]]:
    """Each piece of text on a page with its position (x, y of its start)."""
    found: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text, x, y))

    PdfReader(path).pages[page_number].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("language", ["en", "kk"])
def test_a_300_character_position_on_a_three_party_certificate(
        db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        language: str) -> None:
    import_event_document(db, three_party_document(LONG_POSITION))
    path, warnings = run(db, tmp_path, capsys, "certificates", language)
    page = normalise(PdfReader(path).pages[0].extract_text())
    assert "…" not in page
    assert LONG_POSITION in page  # whole, in several lines
    assert MEDIUM_POSITION in page
    if language == "kk":
        assert LONG_ORGANIZATION in page
    # Below the floor (6 pt in three lines): said once, naming the certificate.
    (warning,) = [line for line in warnings if "position" in line]
    assert warning.startswith("warning: certificate KZ-AZ/2026/001: the position of the "
                              "signatory \"Minister of Science")
    assert "shorten it" in warning
    assert not any(MEDIUM_POSITION[:30] in line for line in warnings)  # fits: no warning
    # Every line of the position stays in the parties' area, above the seal and footer.
    words = set(LONG_POSITION.split())
    for text, _x, y in placed_text(path):
        if set(text.split()) & words and "Минист" not in text:
            assert y > INSET + 12, (text, y)


def test_nothing_below_the_floor_no_warning(db: Database, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import_event_document(db, three_party_document(MEDIUM_POSITION, "Қазақ ұлттық университеті"))
    path, warnings = run(db, tmp_path, capsys, "certificates", "en")
    assert warnings == []
    assert MEDIUM_POSITION in normalise(PdfReader(path).pages[0].extract_text())


def test_a_300_character_position_on_a_badge(db: Database, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import_event_document(db, three_party_document(LONG_POSITION))
    path, warnings = run(db, tmp_path, capsys, "badges", "kk")
    text = normalise(" ".join(page.extract_text() for page in PdfReader(path).pages))
    assert "…" not in text
    assert LONG_POSITION in text
    assert LONG_ORGANIZATION in text
    assert MEDIUM_POSITION in text
    badge_warnings = [line for line in warnings if line.startswith("warning: badge of")]
    assert len(badge_warnings) == 1, warnings
    assert re.match(r'warning: badge of Sayasat Nurbek: the position "Minister of Science',
                    badge_warnings[0])


def test_place_cards_keep_long_names_whole(db: Database, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import_event_document(db, three_party_document(LONG_POSITION))
    path, _warnings = run(db, tmp_path, capsys, "placecards", "kk")
    pages = [normalise(page.extract_text()) for page in PdfReader(path).pages]
    card = next(page for page in pages if "Саясат Нұрбек" in page)
    assert card.count(LONG_ORGANIZATION) == 2  # both faces, whole
    assert "…" not in " ".join(pages)
