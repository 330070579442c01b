"""The document service (progress, cancel, safe writes) and the commands, end to end."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.resources import sample_event_path
from desktop_app.services.documents import (
    DOCUMENT_KINDS,
    DocumentCancelled,
    DocumentOptions,
    generate_document,
    parse_languages,
)
from desktop_app.storage import Database

from .conftest import SAMPLE_KEY, page_count, pdf_text

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("kind", sorted(DOCUMENT_KINDS))
def test_progress_counts_up_to_the_total(sample_db: Database, tmp_path: Path, kind: str) -> None:
    reports: list[tuple[int, int]] = []
    result = generate_document(sample_db, SAMPLE_KEY, kind, tmp_path / "d.pdf",
                               progress=lambda done, total: reports.append((done, total)))
    assert result.pages == page_count(tmp_path / "d.pdf") >= 1
    assert reports[0][0] == 0 and reports[-1][0] == reports[-1][1] > 0
    dones = [done for done, _ in reports]
    assert dones == sorted(dones)


@pytest.mark.parametrize("kind", ["certificates", "programme"])
def test_cancel_stops_and_leaves_the_previous_file(sample_db: Database, tmp_path: Path,
                                                   kind: str) -> None:
    target = tmp_path / "d.pdf"
    target.write_bytes(b"previous")
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 3

    with pytest.raises(DocumentCancelled):
        generate_document(sample_db, SAMPLE_KEY, kind, target,
                          progress=lambda done, total: seen.append(done), cancelled=cancelled)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.pdf"]
    assert len(seen) <= 4  # stopped within one unit of the request


def test_generation_in_a_worker_thread(sample_db: Database, tmp_path: Path) -> None:
    results: list[object] = []
    worker = threading.Thread(target=lambda: results.append(
        generate_document(sample_db, SAMPLE_KEY, "certificates", tmp_path / "w.pdf")))
    worker.start()
    worker.join(60)
    assert len(results) == 1 and page_count(tmp_path / "w.pdf") == 40


@pytest.mark.parametrize(("kind", "name", "options", "field"), [
    ("leaflet", "d.pdf", DocumentOptions(), "kind"),
    ("programme", "d.txt", DocumentOptions(), "output"),
    ("programme", "missing/d.pdf", DocumentOptions(), "output"),
    ("programme", "d.pdf", DocumentOptions(languages=("az", "en", "kk")), "lang"),
    ("register", "d.pdf", DocumentOptions(languages=("az", "en")), "lang"),
    ("programme", "d.pdf", DocumentOptions(languages=("a z",)), "lang"),
    ("programme", "d.pdf", DocumentOptions(paper="a3"), "paper"),
    ("register", "d.pdf", DocumentOptions(agreements=("AZ-KZ/2025/001",)), "agreement"),
])
def test_bad_requests_name_the_field(sample_db: Database, tmp_path: Path, kind: str, name: str,
                                     options: DocumentOptions, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        generate_document(sample_db, SAMPLE_KEY, kind, tmp_path / name, options)
    assert info.value.field == field
    assert list(tmp_path.iterdir()) == []


def test_parse_languages() -> None:
    assert parse_languages("az, en") == ("az", "en")
    assert parse_languages("KK") == ("kk",)
    assert parse_languages(None) == ()
    with pytest.raises(ValidationError):
        parse_languages("az,e n")
    # Well-formed tags without document labels are refused too, each one named.
    with pytest.raises(ValidationError) as info:
        parse_languages("fr,az,xx")
    assert [(p.field, p.value) for p in info.value.problems] == [("lang", "fr"), ("lang", "xx")]
    assert str(info.value.problems[0]) == \
        'lang: "fr" is not a supported language; choose from en, az, kk, ru'


@pytest.mark.parametrize(("kind", "value", "bad"), [
    ("programme", "fr", "fr"), ("badges", "xx", "xx"), ("programme", "az,fr", "fr"),
    ("register", "az-AZ", "az-AZ"),
])
def test_cli_refuses_an_unsupported_language_and_writes_nothing(
        sample_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        kind: str, value: str, bad: str) -> None:
    from desktop_app.cli.app import main

    output = tmp_path / "x.pdf"
    code = main(["--db", sample_db.url, "print", kind, SAMPLE_KEY, "-o", str(output),
                 "--lang", value])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.splitlines() == [
        f'error: lang: "{bad}" is not a supported language; choose from en, az, kk, ru']
    assert captured.out == ""
    assert list(tmp_path.iterdir()) == []


def test_documents_and_services_do_not_import_qt() -> None:
    code = ("import sys, desktop_app.services.documents, desktop_app.services.verification, "
            "desktop_app.cli.print_commands; "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=60)


# -- the command line, through a real process ----------------------------------

def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db), *args],
                          cwd=REPO, capture_output=True, text=True, timeout=120, env=env,
                          check=False)


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "x.sqlite"
    done = run_cli("import", str(sample_event_path()), db=path)
    assert done.returncode == 0, done.stderr
    return path


def test_the_cli_offers_every_document_kind() -> None:
    from desktop_app.cli.print_commands import HELP

    assert list(HELP) == list(DOCUMENT_KINDS)


@pytest.mark.slow
def test_cli_prints_documents(cli_db: Path, tmp_path: Path) -> None:
    for kind, pages in (("register", 7), ("badges", 3)):
        output = tmp_path / f"{kind}.pdf"
        done = run_cli("print", kind, SAMPLE_KEY, "-o", str(output), db=cli_db)
        assert done.returncode == 0, done.stderr
        assert page_count(output) == pages
        assert done.stdout.strip() == f"{output} ({pages} pages)"


@pytest.mark.slow
def test_cli_programme_lang_and_paper(cli_db: Path, tmp_path: Path) -> None:
    output = tmp_path / "p.pdf"
    done = run_cli("print", "programme", SAMPLE_KEY, "-o", str(output), "--lang", "kk,en",
                   "--paper", "letter", db=cli_db)
    assert done.returncode == 0, done.stderr
    text = pdf_text(output)
    assert "Бағдарлама / Programme" in text and "Саясат Нұрбек" in text
    done = run_cli("print", "programme", SAMPLE_KEY, "-o", str(output), "--paper", "a3",
                   db=cli_db)
    assert done.returncode == 2 and "a3" in done.stderr


@pytest.mark.slow
def test_cli_certificates_for_chosen_agreements_and_verify(cli_db: Path, tmp_path: Path) -> None:
    output = tmp_path / "c.pdf"
    done = run_cli("print", "certificates", SAMPLE_KEY, "-o", str(output),
                   "--agreement", "AZ-KZ/2025/007", "--agreement", "AZ-KZ/2025/002", db=cli_db)
    assert done.returncode == 0, done.stderr
    assert page_count(output) == 2
    text = pdf_text(output)
    assert text.index("AZ-KZ/2025/002") < text.index("AZ-KZ/2025/007")  # signing order
    code = text.split("roundtable verify ")[1].split()[0]
    good = run_cli("verify", code, db=cli_db)
    assert good.returncode == 0, good.stderr
    assert good.stdout.startswith("valid: AZ-KZ/2025/002")
    tampered = code[:-2] + ("00" if not code.endswith("00") else "11")
    bad = run_cli("verify", tampered, db=cli_db)
    assert bad.returncode == 1 and bad.stdout.startswith("NOT VALID")
    malformed = run_cli("verify", "AZ-KZ/2025/002:XYZ", db=cli_db)
    assert malformed.returncode == 2 and malformed.stderr.startswith("error: code:")
    assert "Traceback" not in malformed.stderr


@pytest.mark.slow
def test_cli_errors_are_one_line_with_exit_code_2(cli_db: Path, tmp_path: Path) -> None:
    cases = [
        (("print", "register", "nope", "-o", str(tmp_path / "r.pdf")), 'event "nope" not found'),
        (("print", "certificates", SAMPLE_KEY, "-o", str(tmp_path / "c.pdf"), "--agreement",
          "NOPE"), 'agreement "NOPE" not found'),
        (("print", "badges", SAMPLE_KEY, "-o", str(tmp_path / "b.pdf"), "--lang", "az,en"),
         "lang:"),
    ]
    for args, message in cases:
        done = run_cli(*args, db=cli_db)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_missing_glyph_is_a_warning_line_on_stderr(
        markup_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.cli.app import main
    from desktop_app.documents import fonts

    fonts._warned.discard("李")  # the warning is given once per process
    output = tmp_path / "b.pdf"
    code = main(["--db", markup_db.url, "print", "badges", "almaty-2026", "-o", str(output)])
    captured = capsys.readouterr()
    assert code == 0
    assert "warning: no shipped font has U+674E '李'; printed as □" in captured.err
    assert captured.out.strip() == f"{output} (1 page)"
