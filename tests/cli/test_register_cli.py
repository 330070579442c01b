"""The partnership register's commands through real subprocesses, on the sample event: the
"Done when" of issue 15 and every command's output and exit code."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.resources import sample_event_path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = "ada-az-kz-2025"


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**{k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"},
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(db), *args],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def scanned_pdf(path: Path) -> None:
    """A PDF as a scanner makes it: one page, no Roundtable codes in it."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), invariant=True)
    canvas.drawString(72, 720, "Memorandum AZ-KZ/2025/001, signed 4 March 2025")
    canvas.showPage()
    canvas.save()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite"
    assert run(path, "import", str(sample_event_path())).returncode == 0
    return path


def test_done_when_of_issue_15(db: Path, tmp_path: Path) -> None:
    listed = run(db, "agreements", "--expiring", "1200", "--as-of", "2026-12-03", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 40
    assert {(r["event"], r["status"], r["lifecycle"], r["valid_until"], r["days_left"])
            for r in rows} == {(SAMPLE, "signed", "active", "2030-03-03", 1186)}
    assert set(rows[0]) >= {"event", "reference", "status", "lifecycle", "valid_until",
                            "days_left", "attachments", "activities"}

    renewed = run(db, "renew", "AZ-KZ/2025/001")
    assert (renewed.returncode, renewed.stdout) == (0, f"{SAMPLE}/AZ-KZ/2025/001-R1\n")
    assert "renewing AZ-KZ/2025/001, valid 2030-03-04 to 2035-03-03" in renewed.stderr
    [draft] = json.loads(run(db, "agreements", "--status", "draft", "--json").stdout)
    assert (draft["reference"], draft["renews"]) == ("AZ-KZ/2025/001-R1",
                                                     f"{SAMPLE}/AZ-KZ/2025/001")

    signed = tmp_path / "SIGNED.pdf"  # the scanned signed memorandum
    scanned_pdf(signed)
    attached = run(db, "attach", "AZ-KZ/2025/001", str(signed))
    assert attached.returncode == 0 and attached.stdout.startswith("attached SIGNED.pdf")
    good = run(db, "verify", str(signed))
    assert good.returncode == 0, good.stdout
    assert good.stdout.startswith(f"valid: the signed copy of AZ-KZ/2025/001 in event {SAMPLE}")
    data = bytearray(signed.read_bytes())
    data[len(data) // 2] ^= 0x20
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    bad = run(db, "verify", str(changed))
    assert bad.returncode == 1 and bad.stdout.startswith("NOT VALID: the file matches no file")

    report = tmp_path / "report.pdf"
    printed = run(db, "print", "partnership-report", "--year", "2025", "-o", str(report))
    assert printed.returncode == 0, printed.stderr
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(report).pages)
    assert "40 new agreements between 17 universities of 2 countries" in text


def test_agreements_table_filters_and_errors(db: Path) -> None:
    table = run(db, "agreements", "--as-of", "2026-12-03", "--country", "AZ",
                "--organization", "казну")  # KazNU, typed in Cyrillic
    lines = table.stdout.splitlines()
    assert lines[0].split()[:4] == ["AGREEMENT", "STATUS", "LIFECYCLE", "VALID"]
    assert len(lines) == 1 + 5 and all("KazNU" in line for line in lines[1:])
    expiring = run(db, "agreements", "--as-of", "2029-12-01", "--status", "expiring", "--json")
    assert len(json.loads(expiring.stdout)) == 40
    for args, message in (
            (("agreements", "--as-of", "03.12.2026"), "as-of: \"03.12.2026\" is not a date"),
            (("agreements", "--event", "nope"), 'event "nope" not found'),
            (("renew", "XX/1"), 'agreement "XX/1" not found'),
            (("terminate", "AZ-KZ/2025/002", "--date", "2027-06-30", "--reason", " "),
             "termination_reason: is required")):
        done = run(db, *args)
        assert done.returncode == 2 and message in done.stderr, done.stderr
    bad_status = run(db, "agreements", "--status", "sleeping")
    assert bad_status.returncode == 2


def test_terminate_attachments_activities_and_exports(db: Path, tmp_path: Path) -> None:
    done = run(db, "terminate", "AZ-KZ/2025/002", "--date", "2027-06-30", "--reason",
               "Programme closed")
    assert done.stdout == f"{SAMPLE}/AZ-KZ/2025/002: terminated on 2027-06-30 (Programme closed)\n"
    annex = tmp_path / "annex.docx"
    annex.write_bytes(b"annex text")
    assert run(db, "attach", "AZ-KZ/2025/003", str(annex), "--kind", "annex").returncode == 0
    listing = run(db, "attachments", "AZ-KZ/2025/003")
    assert listing.stdout.startswith("annex\tannex.docx\t10 B\t")
    out = tmp_path / "out"
    out.mkdir()
    saved = run(db, "attachments", "AZ-KZ/2025/003", "--save-to", str(out))
    assert saved.stdout == f"{out / 'annex.docx'}\n"
    assert (out / "annex.docx").read_bytes() == b"annex text"
    added = run(db, "activity", "add", "AZ-KZ/2025/003", "--date", "2025-09-01", "--kind",
                "student-mobility", "--count", "4", "--from", "ASOIU", "--to", "nu",
                "--text", "Autumn exchange")
    assert added.returncode == 0, added.stderr
    assert added.stdout == "2025-09-01\tstudent-mobility\t4\tASOIU → NU\tAutumn exchange\n"
    assert run(db, "activity", "list", "AZ-KZ/2025/003").stdout == added.stdout
    refused = run(db, "activity", "add", "AZ-KZ/2025/003", "--date", "2025-09-01", "--kind",
                  "visit", "--from", "KazNU")
    assert refused.returncode == 2 and "from: is not a party" in refused.stderr

    ics = tmp_path / "renewals.ics"
    written = run(db, "export", "reminders", "-o", str(ics), "--as-of", "2026-12-03")
    assert written.returncode == 0 and "(39 reminders)" in written.stderr
    register = tmp_path / "register.xlsx"
    written = run(db, "export", "register", "-o", str(register), "--as-of", "2026-12-03")
    assert written.returncode == 0 and "(40 agreements)" in written.stderr
    wrong = run(db, "export", "reminders", "-o", str(tmp_path / "r.txt"))
    assert wrong.returncode == 2

    event_file = tmp_path / "event.json"
    assert run(db, "export", "event", SAMPLE, "-o", str(event_file), "--with-files"
               ).returncode == 0
    doc = json.loads(event_file.read_text(encoding="utf-8"))
    third = next(a for a in doc["agreements"] if a["reference"] == "AZ-KZ/2025/003")
    assert third["attachments"][0]["content"] == "YW5uZXggdGV4dA=="
    assert third["activities"][0]["from"] == "asoiu"
