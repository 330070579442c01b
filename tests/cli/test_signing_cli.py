"""``roundtable keys``, ``print … --sign/--split`` and ``verify FILE [--trust]`` as a user
runs them: real processes, the passphrase from ROUNDTABLE_KEY_PASSPHRASE, exit codes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.resources import sample_event_path
from tests.documents.test_signing import flip_a_byte_of_page_content

from .test_cli import run

pytestmark = pytest.mark.slow

PASS = {"ROUNDTABLE_KEY_PASSPHRASE": "correct horse battery"}


def flat(text: str) -> str:
    """Runs of spaces as one (the checks' status column is padded)."""
    return re.sub(" {2,}", " ", text)


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample imported; two keys; the certificates and the register signed."""
    folder = tmp_path_factory.mktemp("signed-cli")
    db = ["--db", str(folder / "cli.sqlite")]
    assert run(*db, "import", str(sample_event_path())).returncode == 0
    made = run("keys", "create", "--name", "ADA University · Protocol Office",
               "-o", str(folder / "office.p12"), "--certificate", str(folder / "office.pem"),
               env=PASS)
    assert made.returncode == 0, made.stderr
    other = run("keys", "create", "--name", "Somebody Else", "--algorithm", "p256",
                "-o", str(folder / "other.p12"), "--certificate", str(folder / "other.pem"),
                env=PASS)
    assert other.returncode == 0, other.stderr
    printed = run(*db, "print", "certificates", "ada-az-kz-2025", "-o",
                  str(folder / "certs.pdf"), "--sign", str(folder / "office.p12"), env=PASS)
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip().endswith("(40 pages, signed)")
    assert "signing as ADA University · Protocol Office (SHA-256" in printed.stderr
    register = run(*db, "print", "register", "ada-az-kz-2025", "-o",
                   str(folder / "register.pdf"), "--sign", str(folder / "office.p12"), env=PASS)
    assert register.returncode == 0, register.stderr
    return {"folder": folder, "db": folder / "cli.sqlite", "made": folder / "office.p12"}


def test_keys_show_prints_subject_validity_and_fingerprint(signed: dict[str, Path]) -> None:
    shown = run("keys", "show", str(signed["folder"] / "office.p12"), env=PASS)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0] == "subject:     CN=ADA University · Protocol Office"
    assert lines[1] == "issued by:   itself (self-signed)"
    assert lines[2].startswith("valid:       ") and " UTC to " in lines[2]
    assert lines[3] == "key:         RSA 3072"
    assert lines[4].startswith("SHA-256:     ") and lines[4].count(":") == 32
    wrong = run("keys", "show", str(signed["folder"] / "office.p12"),
                env={"ROUNDTABLE_KEY_PASSPHRASE": "nope, not it"})
    assert (wrong.returncode, wrong.stderr) == (
        2, "error: passphrase: wrong passphrase for the key file\n")


def test_without_a_terminal_or_the_variable_the_passphrase_is_bad_input(
        signed: dict[str, Path]) -> None:
    result = run("keys", "show", str(signed["folder"] / "office.p12"))
    assert result.returncode == 2
    assert "set ROUNDTABLE_KEY_PASSPHRASE" in result.stderr


def test_verify_a_signed_file_trusted_untrusted_altered(signed: dict[str, Path]) -> None:
    folder, db = signed["folder"], ["--db", str(signed["db"])]
    certs = str(folder / "certs.pdf")
    trusted = run(*db, "verify", certs, "--trust", str(folder / "office.pem"))
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert trusted.stdout.startswith("valid: the signature intact, a trusted signer: signed "
                                     "by ADA University · Protocol Office")
    assert "pass signature: " in flat(trusted.stdout)
    assert "pass embedded-code: 40 of 40 certificate codes match the signing records of " \
           "event ada-az-kz-2025" in flat(trusted.stdout)
    other = run(*db, "verify", certs, "--trust", str(folder / "other.pem"))
    assert other.returncode == 1
    assert other.stdout.startswith("NOT VALID: the signer's certificate is not one you trust")
    altered = folder / "altered.pdf"
    altered.write_bytes(flip_a_byte_of_page_content((folder / "certs.pdf").read_bytes()))
    broken = run(*db, "verify", str(altered))
    assert broken.returncode == 1
    assert broken.stdout.startswith("NOT VALID: the signed content was changed")
    register = run(*db, "verify", str(folder / "register.pdf"), "--trust",
                   str(folder / "office.pem"))
    assert register.returncode == 0, register.stdout
    assert "does not apply embedded-code" in flat(register.stdout)


def test_verify_without_the_database_record_checks_the_signature_alone(
        signed: dict[str, Path], tmp_path: Path) -> None:
    """A partner who holds the PDF but not our database: the codes do not apply."""
    result = run("--db", str(tmp_path / "empty.sqlite"), "verify",
                 str(signed["folder"] / "certs.pdf"))
    assert result.returncode == 0
    assert "does not apply embedded-code: this database holds none of the file's " \
           "agreements" in flat(result.stdout)


def test_verify_bad_input_is_exit_2(signed: dict[str, Path], tmp_path: Path) -> None:
    db = ["--db", str(signed["db"])]
    (tmp_path / "junk.pem").write_text("not a certificate")
    bad_trust = run(*db, "verify", str(signed["folder"] / "certs.pdf"), "--trust",
                    str(tmp_path / "junk.pem"))
    assert bad_trust.returncode == 2
    assert "is not a certificate (PEM or DER)" in bad_trust.stderr
    missing = run(*db, "verify", str(tmp_path / "missing.pdf"))
    assert missing.returncode == 2


def test_split_writes_a_signed_file_per_agreement(signed: dict[str, Path],
                                                  tmp_path: Path) -> None:
    folder = tmp_path / "split"
    result = run("--db", str(signed["db"]), "print", "certificates", "ada-az-kz-2025",
                 "--split", str(folder), "--agreement", "AZ-KZ/2025/001", "AZ-KZ/2025/007",
                 "--sign", str(signed["folder"] / "office.p12"), env=PASS)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{folder} (2 files, each signed)\n"
    assert sorted(p.name for p in folder.iterdir()) == ["AZ-KZ-2025-001.pdf",
                                                         "AZ-KZ-2025-007.pdf"]
    verified = run("--db", str(signed["db"]), "verify", str(folder / "AZ-KZ-2025-007.pdf"),
                   "--trust", str(signed["folder"] / "office.pem"))
    assert verified.returncode == 0
    assert "1 of 1 certificate codes match" in verified.stdout
    both = run("--db", str(signed["db"]), "print", "certificates", "ada-az-kz-2025",
               "--split", str(folder), "-o", str(tmp_path / "x.pdf"))
    assert both.returncode == 2
    neither = run("--db", str(signed["db"]), "print", "certificates", "ada-az-kz-2025")
    assert neither.returncode == 2
    programme = run("--db", str(signed["db"]), "print", "programme", "ada-az-kz-2025",
                    "-o", str(tmp_path / "p.pdf"), "--sign", "k.p12")
    assert programme.returncode == 2
