"""Signed certificates and registers (issue 17, points 9-11): keys, PAdES signatures
that pyHanko validates, and that fail once a byte of a page changes or the signer is
not the one trusted; one file per agreement with ``--split``.

Keys are made once per module (an RSA 3072 key takes a moment); every PDF is the
sample event's.
"""
from __future__ import annotations

import base64
import datetime as dt
import io
import re
import zlib
from pathlib import Path

import pikepdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from desktop_app.documents.certificates import codes_in_keywords
from desktop_app.documents.signing import (
    certificates_from,
    check_signatures,
    document_keywords,
    signature_place,
)
from desktop_app.domain.errors import ValidationError
from desktop_app.services.documents import (
    DocumentOptions,
    generate_certificate_files,
    generate_document,
    split_file_name,
)
from desktop_app.services.keys import (
    certificate_pem,
    create_key_file,
    key_details,
    load_signer,
)
from desktop_app.storage import Database

from .conftest import SAMPLE_KEY

PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def keys_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("keys")
    create_key_file(folder / "office.p12", "ADA University · Protocol Office", PASSPHRASE)
    create_key_file(folder / "other.p12", "Somebody Else", PASSPHRASE, algorithm="p256")
    for name in ("office", "other"):
        (folder / f"{name}.pem").write_bytes(certificate_pem(folder / f"{name}.p12",
                                                             PASSPHRASE))
    return folder


@pytest.fixture(scope="module")
def signed_certificates(sample_db: Database, keys_dir: Path, out_dir: Path) -> Path:
    signer, _details = load_signer(keys_dir / "office.p12", PASSPHRASE)
    path = out_dir / "signed-certificates.pdf"
    generate_document(sample_db, SAMPLE_KEY, "certificates", path, signer=signer)
    return path


def trusted(path: Path) -> list[bytes]:
    return [certificate.dump() for certificate in certificates_from(path.read_bytes())]


def pyhanko_status(path: Path, trust: Path):
    reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
    (signature,) = reader.embedded_signatures
    roots = certificates_from(trust.read_bytes())
    return validate_pdf_signature(signature, ValidationContext(trust_roots=roots,
                                                                allow_fetching=False))


def flip_a_byte_of_page_content(data: bytes) -> bytes:
    """The same file with one byte of the first page's drawing changed (a digit of a
    text matrix), its content stream re-encoded in place at the same length: still a
    PDF that opens and shows the page, one glyph run moved."""
    contents = PdfReader(io.BytesIO(data)).pages[0]["/Contents"].get_object()
    assert contents["/Filter"] == ["/ASCII85Decode", "/FlateDecode"]
    raw = contents._data  # the stream as stored: ASCII85 text of deflated drawing
    start = data.index(raw)
    drawing = bytearray(zlib.decompress(base64.a85decode(raw, adobe=True)))
    index = drawing.index(b" Tm")
    drawing[index - 1] = ord("7") if drawing[index - 1] != ord("7") else ord("3")
    packed = base64.a85encode(zlib.compress(bytes(drawing), 9), adobe=True)
    assert len(packed) <= len(raw), "the changed stream must fit in the old one"
    packed += b" " * (len(raw) - len(packed))  # after ~> the decoder reads no further
    return data[:start] + packed + data[start + len(raw):]


# -- keys -----------------------------------------------------------------------------

def test_a_new_key_shows_its_subject_validity_and_fingerprint(keys_dir: Path) -> None:
    details = key_details(keys_dir / "office.p12", PASSPHRASE)
    assert details.common_name == "ADA University · Protocol Office"
    assert details.self_signed and details.key_type == "RSA 3072"
    assert dt.timedelta(days=3 * 365) <= details.not_after - details.not_before \
        <= dt.timedelta(days=3 * 366 + 1)
    assert len(details.fingerprint) == 95 and details.fingerprint.count(":") == 31
    other = key_details(keys_dir / "other.p12", PASSPHRASE)
    assert other.key_type == "ECDSA secp256r1"
    assert other.fingerprint != details.fingerprint
    certificate = x509.load_pem_x509_certificate((keys_dir / "office.pem").read_bytes())
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert not usage.key_cert_sign


def test_a_wrong_passphrase_and_a_file_that_is_no_key_are_told_apart(
        keys_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="wrong passphrase"):
        key_details(keys_dir / "office.p12", "not the passphrase")
    (tmp_path / "x.p12").write_bytes(b"%PDF-1.4 not a key")
    with pytest.raises(ValidationError, match="not a PKCS#12 key file"):
        key_details(tmp_path / "x.p12", PASSPHRASE)
    with pytest.raises(ValidationError, match="no such file"):
        key_details(tmp_path / "missing.p12", PASSPHRASE)


def test_creating_refuses_a_short_passphrase_and_an_existing_file(keys_dir: Path) -> None:
    with pytest.raises(ValidationError, match="at least 8"):
        create_key_file(keys_dir / "new.p12", "Office", "short")
    with pytest.raises(ValidationError, match="already exists"):
        create_key_file(keys_dir / "office.p12", "Office", PASSPHRASE)
    assert not (keys_dir / "new.p12").exists()
    assert (keys_dir / "office.p12").stat().st_mode & 0o077 == 0


def test_an_expired_certificate_is_refused_for_signing(keys_dir: Path) -> None:
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=4 * 366)
    with pytest.raises(ValidationError, match="valid from"):
        load_signer(keys_dir / "office.p12", PASSPHRASE, when=later)


def organization_key(folder: Path) -> tuple[Path, Path]:
    """An organization's key issued by its own authority: a CA, and a PKCS#12 holding
    the key, its certificate and the CA's. Returns (the .p12, the CA's PEM)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ADA University Root CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(1)
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False,
                                       False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ADA University"),
                      x509.NameAttribute(NameOID.COMMON_NAME, "Protocol Office")])
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(ca_name)
                   .public_key(key.public_key()).serial_number(2)
                   .not_valid_before(now - dt.timedelta(days=1))
                   .not_valid_after(now + dt.timedelta(days=365))
                   .add_extension(x509.KeyUsage(True, True, False, False, False, False, False,
                                                False, False), critical=True)
                   .sign(ca_key, hashes.SHA256()))
    p12 = folder / "org.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"office", key, certificate, [ca],
        serialization.BestAvailableEncryption(PASSPHRASE.encode())))
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return p12, ca_pem


def test_an_organizations_own_certificate_signs_and_its_authority_is_trusted(
        sample_db: Database, tmp_path: Path) -> None:
    p12, ca_pem = organization_key(tmp_path)
    details = key_details(p12, PASSPHRASE)
    assert not details.self_signed and details.chain == 1
    assert details.issuer == "CN=ADA University Root CA"
    signer, _details = load_signer(p12, PASSPHRASE)
    path = tmp_path / "register.pdf"
    generate_document(sample_db, SAMPLE_KEY, "register", path, signer=signer)
    (check,) = check_signatures(path.read_bytes(), trusted(ca_pem))
    assert (check.intact, check.unchanged_since, check.trusted) == (True, True, True)
    assert check.signer == "Protocol Office"


# -- signing --------------------------------------------------------------------------

def test_signed_sample_certificates_validate_as_intact_with_pyhanko(
        signed_certificates: Path, keys_dir: Path) -> None:
    status = pyhanko_status(signed_certificates, keys_dir / "office.pem")
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert status.coverage.name == "ENTIRE_FILE"
    assert status.signing_cert.subject.native["common_name"] == \
        "ADA University · Protocol Office"
    # PAdES: the ETSI sub-filter, with the signing certificate bound in the signed data.
    reader = PdfFileReader(io.BytesIO(signed_certificates.read_bytes()), strict=False)
    (signature,) = reader.embedded_signatures
    assert signature.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert len(PdfReader(signed_certificates).pages) == 40


def test_one_changed_byte_of_page_content_fails_the_signature(
        signed_certificates: Path, keys_dir: Path, tmp_path: Path) -> None:
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(flip_a_byte_of_page_content(signed_certificates.read_bytes()))
    assert len(PdfReader(altered).pages) == 40  # still a readable PDF
    status = pyhanko_status(altered, keys_dir / "office.pem")
    assert not status.intact and not status.bottom_line
    (check,) = check_signatures(altered.read_bytes(), trusted(keys_dir / "office.pem"))
    assert not check.intact and not check.good
    assert "changed" in check.problem


def test_a_certificate_signed_with_another_key_fails_when_a_key_is_trusted(
        signed_certificates: Path, keys_dir: Path) -> None:
    data = signed_certificates.read_bytes()
    (unjudged,) = check_signatures(data)
    assert unjudged.good and unjudged.trusted is None
    (other,) = check_signatures(data, trusted(keys_dir / "other.pem"))
    assert other.intact and other.trusted is False and not other.good
    assert other.problem == "the signer's certificate is not one you trust"


def test_the_visible_block_names_signer_time_and_fingerprint(
        signed_certificates: Path, keys_dir: Path) -> None:
    reader = PdfReader(signed_certificates)
    (widget,) = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert widget["/FT"] == "/Sig"
    left, bottom, right, top = (float(v) for v in widget["/Rect"])
    assert (round(left), round(bottom), round(right), round(top)) == \
        signature_place("certificates", "a4").box
    assert right - left > 200 and top - bottom > 25  # visible, not a zero-size field
    appearance = widget["/AP"]["/N"].get_object()
    font = next(iter(appearance["/Resources"]["/Font"].values())).get_object()
    assert "/FontFile2" in font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
        or "/FontFile3" in font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
    # The block's text, read from the page with its annotations drawn into it.
    with pikepdf.open(signed_certificates) as pdf:
        pdf.flatten_annotations("all")
        flattened = io.BytesIO()
        pdf.save(flattened)
    text = PdfReader(flattened).pages[0].extract_text()
    fingerprint = key_details(keys_dir / "office.p12", PASSPHRASE).fingerprint
    assert "Digitally signed by ADA University · Protocol Office" in text
    assert re.search(r"Signed 20\d\d-\d\d-\d\d \d\d:\d\d [+-]\d{4}", text), text
    assert f"Certificate SHA-256 {fingerprint[:48]}" in text
    assert fingerprint[48:] in text


def test_only_certificates_and_the_register_are_signed(
        sample_db: Database, keys_dir: Path, tmp_path: Path) -> None:
    signer, _details = load_signer(keys_dir / "office.p12", PASSPHRASE)
    with pytest.raises(ValidationError, match="can be signed"):
        generate_document(sample_db, SAMPLE_KEY, "programme", tmp_path / "p.pdf",
                          signer=signer)
    assert not list(tmp_path.iterdir())


def test_split_writes_one_signed_file_per_agreement_named_by_reference(
        sample_db: Database, keys_dir: Path, tmp_path: Path) -> None:
    signer, _details = load_signer(keys_dir / "office.p12", PASSPHRASE)
    folder = tmp_path / "to-universities"
    result = generate_certificate_files(
        sample_db, SAMPLE_KEY, folder, DocumentOptions(agreements=("AZ-KZ/2025/001",
                                                                   "AZ-KZ/2025/002")),
        signer=signer)
    assert [path.name for path in result.files] == ["AZ-KZ-2025-001.pdf",
                                                     "AZ-KZ-2025-002.pdf"]
    assert sorted(path.name for path in folder.iterdir()) == ["AZ-KZ-2025-001.pdf",
                                                               "AZ-KZ-2025-002.pdf"]
    for path, reference in zip(result.files, ("AZ-KZ/2025/001", "AZ-KZ/2025/002"),
                               strict=True):
        data = path.read_bytes()
        (check,) = check_signatures(data, trusted(keys_dir / "office.pem"))
        assert check.good
        codes = codes_in_keywords(document_keywords(data))
        assert [code.split(":")[0] for code in codes] == [reference]
        assert len(PdfReader(path).pages) == 1


def test_file_names_from_references_are_safe_everywhere() -> None:
    assert split_file_name("AZ-KZ/2025/001") == "AZ-KZ-2025-001.pdf"
    assert split_file_name('KZ\\AZ:2026*?"<>|x') == "KZ-AZ-2026-x.pdf"
    assert split_file_name("../../etc/passwd") == "-..-etc-passwd.pdf"
    assert split_file_name("CON") == "_CON.pdf"
    assert split_file_name("  ..  ") == "certificate.pdf"
    assert split_file_name("Ә-Қ/1\n") == "Ә-Қ-1-.pdf"


def test_a_cancelled_split_adds_nothing(sample_db: Database, tmp_path: Path) -> None:
    from desktop_app.documents.base import DocumentCancelled

    folder = tmp_path / "out"
    steps: list[int] = []
    with pytest.raises(DocumentCancelled):
        generate_certificate_files(sample_db, SAMPLE_KEY, folder,
                                   progress=lambda done, total: steps.append(done),
                                   cancelled=lambda: len(steps) > 3)
    assert list(folder.iterdir()) == []
