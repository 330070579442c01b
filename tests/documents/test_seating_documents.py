"""The seating documents: the chart and its index, the flag placement sheet, place cards
in seat order, the run sheet's flag line, and ``--item``/``--paper`` on the command line."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop_app.cli.app import main
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.resources import sample_event_path
from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.services.events import import_event_document, import_event_file
from desktop_app.services.seating import apply_seating, get_seating
from desktop_app.storage import Database, open_database

from .conftest import SAMPLE_KEY, normalise, page_texts, pdf_text
from .test_flags import TEN_COUNTRIES

A3 = (841.89, 1190.55)


@pytest.fixture(scope="module")
def seated_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The sample event with its main table as the issue asks: round:24 by precedence."""
    database = open_database(str(tmp_path_factory.mktemp("seated") / "x.sqlite"))
    import_event_file(database, sample_event_path())
    apply_seating(database, SAMPLE_KEY, None, "round:24", "precedence")
    yield database
    database.dispose()


def _print(db: Database, kind: str, path: Path, **options: Any) -> Path:
    generate_document(db, SAMPLE_KEY, kind, path, DocumentOptions(**options))
    return path


def _flag_marks(path: Path) -> list[str]:
    """The country of every flag drawn, page by page in drawing order."""
    found = []
    for page in PdfReader(path).pages:
        content = page.get_contents()
        data = content.get_data().decode("latin-1") if content is not None else ""
        found += re.findall(r"/Flag <</Country \((\w+)\)>> BDC", data)
    return found


# -- the seating chart --------------------------------------------------------------------

def test_the_chart_names_every_seat_marks_the_host_and_explains_the_rule(
        seated_db: Database, tmp_path: Path) -> None:
    path = _print(seated_db, "seating", tmp_path / "s.pdf", item="main")
    chart, index = page_texts(path)
    for text in ("Main table", "Round table, 24 seats", "HOST", "H.E. Emin Amrullayev",
                 "Minister of Science and Education", "H.E. Sayasat Nurbek",
                 "Ambassador of Kazakhstan to Azerbaijan", "Prof. Aigerim Zhumabayeva",
                 "Empty seat", "By precedence: the host at the seat of honour",
                 "Seat of honour: the host", "ENTRANCE"):
        assert text in chart, text
    assert re.search(r"1 m Scale 1:\d+", chart)
    # The host's mark stands right above the host's name.
    assert "HOST H.E. Emin Amrullayev" in chart
    assert index.startswith("Seating plan Round table on expanding cooperation")  # header
    assert "Index of people Main table" in index and index.endswith("Page 2 of 2")


def test_the_index_is_alphabetical_and_leads_to_the_seat(seated_db: Database,
                                                          tmp_path: Path) -> None:
    view = get_seating(seated_db, SAMPLE_KEY, None)
    assert view is not None
    path = _print(seated_db, "seating", tmp_path / "s.pdf", item="main")
    index = page_texts(path)[1]
    rows = re.findall(r"(\w+), (\w+) (\d+) ", index)
    assert len(rows) == 21  # everyone seated, nobody else
    assert [family for family, _, _ in rows] == sorted(family for family, _, _ in rows)
    seats = {f"{given} {family}": int(seat) for family, given, seat in rows}
    for seat in view.seats:
        if seat.person_name:
            name = seat.person_name.split(" ", 1)[1]  # without the honorific
            assert seats[name] == seat.seat, name
    assert seats["Emin Amrullayev"] == 1 and seats["Sayasat Nurbek"] == 24
    assert seats["Alim Bayel"] == 2


def test_the_chart_in_kazakh(seated_db: Database, tmp_path: Path) -> None:
    path = _print(seated_db, "seating", tmp_path / "s.pdf", item="main", languages=("kk",))
    chart, index = page_texts(path)
    for text in ("Негізгі үстел", "Дөңгелек үстел, 24 орын", "Саясат Нұрбек",
                 "Ғылым және жоғары білім министрі", "Қазақстанның Әзербайжандағы елшісі",
                 "Протоколдық басымдық бойынша", "КІРЕБЕРІС", "Бос орын"):
        assert text in chart, text
    families = re.findall(r"(\w+), \w+ \d+ ", index)
    # The Kazakh alphabet: А, Ә, Б … К, Қ …
    assert families.index("Асадов") < families.index("Әбішев") < families.index("Бабаев")
    assert families.index("Кулиева") < families.index("Қасымов") < families.index("Мамедов")


def test_every_plan_in_programme_order_and_no_plan_at_all(seated_db: Database,
                                                         tmp_path: Path) -> None:
    path = _print(seated_db, "seating", tmp_path / "all.pdf")
    assert len(PdfReader(path).pages) == 2  # only the main table has a plan
    empty = open_database(str(tmp_path / "empty.sqlite"))
    try:
        import_event_file(empty, sample_event_path())
        path = _print(empty, "seating", tmp_path / "none.pdf")
        assert "No seating plan has been made for this event yet." in pdf_text(path)
    finally:
        empty.dispose()


def test_a3_paper_and_the_layouts(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "x.sqlite"))
    try:
        import_event_file(db, sample_event_path())
        for layout, landscape in (("head:5+rows:3x8", False), ("rect:24", True)):
            apply_seating(db, SAMPLE_KEY, None, layout, "precedence")
            path = _print(db, "seating", tmp_path / f"{layout}.pdf", paper="a3")
            reader = PdfReader(path)
            size = tuple(round(float(v), 2) for v in reader.pages[0].mediabox[2:])
            assert size == (A3[::-1] if landscape else A3), layout
            assert tuple(round(float(v), 2) for v in reader.pages[1].mediabox[2:]) == A3
            text = normalise(reader.pages[0].extract_text())
            assert "H.E. Emin Amrullayev" in text and "Prof. Madina Serikkyzy" in text
        with pytest.raises(ValidationError) as refused:  # only the chart comes in A3
            generate_document(db, SAMPLE_KEY, "flags", tmp_path / "f.pdf",
                              DocumentOptions(paper="a3"))
        assert refused.value.problems[0].field == "paper"
    finally:
        db.dispose()


# -- place cards ---------------------------------------------------------------------------

def test_place_cards_print_in_seat_order_each_with_its_seat(seated_db: Database,
                                                            tmp_path: Path) -> None:
    view = get_seating(seated_db, SAMPLE_KEY, None)
    assert view is not None
    path = _print(seated_db, "placecards", tmp_path / "c.pdf", item="main")
    pages = page_texts(path)
    seated = [seat for seat in view.seats if seat.person_name]
    assert len(pages) == len(seated) == 21
    for page, seat in zip(pages, seated, strict=True):
        assert page.startswith(seat.person_name or ""), (page[:60], seat.seat)
        assert re.findall(r"Seat (\d+)", page) == [str(seat.seat)]
    # Without --item, as before: by precedence, no seat numbers.
    plain = page_texts(_print(seated_db, "placecards", tmp_path / "p.pdf"))
    assert not any("Seat " in page for page in plain)


# -- flags ---------------------------------------------------------------------------------

def test_the_flag_sheet_draws_a_flag_per_stand(seated_db: Database, tmp_path: Path) -> None:
    path = _print(seated_db, "flags", tmp_path / "f.pdf")
    marks = _flag_marks(path)
    # The main table's two flags, then two at each of the 40 signings: guest, then host.
    assert marks == ["KZ", "AZ"] * 41
    text = pdf_text(path)
    assert "Main table The flags behind the seat of honour" in text
    # Each stand from the audience's left: who sits behind the flag, then the country,
    # its place and the reason.
    assert ("AZ-KZ/2025/001 · Memorandum on joint research and innovation · Bilateral "
            "Prof. Nurlan Sarsenbayev Rector Kazakhstan Flag 1 · Seat 1 guest country: the "
            "place of honour, at the host's right Amb. Hafiz Pashayev Rector Azerbaijan "
            "Flag 2 · Seat 2 host country: at the audience's right") in text
    only = _print(seated_db, "flags", tmp_path / "main.pdf", item="main")
    assert _flag_marks(only) == ["KZ", "AZ"]
    signing = _print(seated_db, "flags", tmp_path / "signing.pdf", item="signing",
                     languages=("ru",))
    assert _flag_marks(signing) == ["KZ", "AZ"] * 40
    text = pdf_text(signing)
    assert "Казахстан Флаг 1 · Место 1 страна-гость: почётное место" in text


def _ten_country_event() -> dict[str, Any]:
    organizations = [{"id": f"org-{code.lower()}", "name": f"University of {code}",
                      "kind": "university", "country": code} for code in TEN_COUNTRIES]
    people = [{"id": f"rector-{code.lower()}", "honorific": "Prof.", "given_name": "Rector",
               "family_name": code.title(), "organization": f"org-{code.lower()}",
               "country": code, "position": f"Rector from {code}"} for code in TEN_COUNTRIES]
    return {
        "format": "roundtable-event", "version": 1,
        "event": {"id": "ten-2026", "title": "Ten countries", "start_date": "2026-06-01",
                  "end_date": "2026-06-01", "timezone": "Asia/Baku",
                  "venue": {"name": "Hall", "city": "Baku", "country": "AZ"},
                  "rooms": [{"id": "hall", "name": "Hall"}], "hosts": ["org-az"],
                  "languages": ["en"]},
        "organizations": organizations, "people": people,
        "agenda": [{"id": "sign", "kind": "signing", "title": "Signing", "day": "2026-06-01",
                    "start": "10:00", "end": "11:00", "room": "hall"}],
        "agreements": [{"id": "ten", "reference": "TEN/2026/1", "kind": "mou",
                        "title": "Ten-country memorandum",
                        "parties": [{"organization": f"org-{code.lower()}",
                                     "signatory": f"rector-{code.lower()}"}
                                    for code in TEN_COUNTRIES],
                        "status": "ready", "signing": {"agenda_item": "sign", "order": 1}}],
    }


def test_ten_countries_each_behind_their_flag(tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    db = open_database(str(tmp_path / "ten.sqlite"))
    try:
        import_event_document(db, _ten_country_event())
        path = tmp_path / "ten.pdf"
        with caplog.at_level("WARNING", logger="desktop_app.documents"):
            generate_document(db, "ten-2026", "flags", path)
        assert not [r for r in caplog.records if r.name.endswith("flags")]
        marks = _flag_marks(path)
        assert sorted(marks) == sorted(TEN_COUNTRIES)
        assert marks[len(marks) // 2] == "AZ"  # the host country in the centre
        reader = PdfReader(path)
        assert reader.pages[0].mediabox[2] > reader.pages[0].mediabox[3]  # landscape
        text = pdf_text(path)
        assert "Multilateral" in text and "host country, in the centre" in text
        for code in TEN_COUNTRIES:
            assert f"Prof. Rector {code.title()}" in text, code
    finally:
        db.dispose()


# -- the run sheet -------------------------------------------------------------------------

def test_the_run_sheet_shows_each_signing_tables_flag_order(seated_db: Database,
                                                            tmp_path: Path) -> None:
    text = pdf_text(_print(seated_db, "runsheet", tmp_path / "r.pdf"))
    assert text.count("Flags, from the audience's left: Kazakhstan · Azerbaijan") == 40
    text = pdf_text(_print(seated_db, "runsheet", tmp_path / "r-az.pdf", languages=("az",)))
    assert text.count("Bayraqlar, zaldan baxarkən soldan: Qazaxıstan · Azərbaycan") == 40


# -- requests and the command line ---------------------------------------------------------

def test_only_the_seating_documents_take_an_item(seated_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        generate_document(seated_db, SAMPLE_KEY, "register", tmp_path / "r.pdf",
                          DocumentOptions(item="main"))
    assert refused.value.problems[0].field == "item"
    with pytest.raises(NotFoundError):  # an item without a plan, nor a main table
        empty = open_database(str(tmp_path / "e.sqlite"))
        try:
            import_event_file(empty, sample_event_path())
            generate_document(empty, SAMPLE_KEY, "seating", tmp_path / "s.pdf",
                              DocumentOptions(item="panel"))
        finally:
            empty.dispose()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["e.sqlite"]


@pytest.mark.parametrize(("command", "extra"), [
    ("seating", ["--item", "nosuch"]), ("flags", ["--item", "nosuch"]),
    ("placecards", ["--item", "nosuch"]),
    ("seating", ["--lang", "fr"]), ("flags", ["--paper", "a3"]),
])
def test_the_commands_refuse_a_bad_item_language_or_paper(
        seated_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        command: str, extra: list[str]) -> None:
    output = tmp_path / "x.pdf"
    argv = ["--db", seated_db.url, "print", command, SAMPLE_KEY, "-o", str(output), *extra]
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse refuses a choice it does not offer
        code = int(exit_.code or 0)
    assert code == 2
    assert list(tmp_path.iterdir()) == []
    assert extra[1] in capsys.readouterr().err


def test_the_commands_print_an_item_on_a3(seated_db: Database, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "s.pdf"
    code = main(["--db", seated_db.url, "print", "seating", SAMPLE_KEY, "-o", str(output),
                 "--item", "panel", "--paper", "a3", "--lang", "ru"])
    assert code == 0, capsys.readouterr().err
    assert capsys.readouterr().out.strip() == f"{output} (2 pages)"
    text = page_texts(output)[0]
    # The panel has no plan of its own: it is seated as at the main table.
    assert "рассадка как за основным столом" in text and "Саясат Нурбек" in text
