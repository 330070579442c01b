"""Signing keys: PKCS#12 files holding a private key and its certificate.

``create_key_file`` makes a new key (RSA 3072 or ECDSA P-256) and a self-signed
certificate for an office (key usage digital signature and non-repudiation, valid
three years by default) and writes both to a PKCS#12 file protected by a passphrase
(AES-256). An organization's own certificate issued by its authority, exported as
PKCS#12 (.p12 / .pfx) with its chain, is read the same way by ``key_details`` and
``load_signer``.

The passphrase is never stored: callers ask for it (a prompt, the environment
variable ``ROUNDTABLE_KEY_PASSPHRASE``, a password dialog) each time.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop_app.documents.signing import DocumentSigner, fingerprint
from desktop_app.domain.errors import ValidationError, problem

#: The environment variable a passphrase may come from (scripts, CI).
PASSPHRASE_VARIABLE = "ROUNDTABLE_KEY_PASSPHRASE"
ALGORITHMS = ("rsa3072", "p256")
DEFAULT_YEARS = 3
#: Refuse to read anything larger: a PKCS#12 file with a chain is a few kilobytes.
MAX_KEY_FILE = 1024 * 1024
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class KeyDetails:
    """What ``roundtable keys show`` prints about a key file."""

    path: Path
    subject: str
    common_name: str
    issuer: str
    self_signed: bool
    not_before: dt.datetime
    not_after: dt.datetime
    fingerprint: str
    key_type: str
    chain: int

    def expired(self, when: dt.datetime | None = None) -> bool:
        moment = when or dt.datetime.now(dt.UTC)
        return not self.not_before <= moment <= self.not_after


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def create_key_file(path: Path | str, name: str, passphrase: str, *,
                    algorithm: str = "rsa3072", years: int = DEFAULT_YEARS,
                    now: dt.datetime | None = None, overwrite: bool = False) -> KeyDetails:
    """Make a key and a self-signed certificate for ``name`` and write them to ``path``.

    Refuses an existing file unless ``overwrite``, a passphrase under
    ``MIN_PASSPHRASE`` characters, an empty name and an unknown algorithm; the file is
    written to a temporary file first and is readable by its owner only.
    """
    path = Path(path).expanduser()
    name = " ".join(name.split())
    if not name:
        raise ValidationError(problem("name", name, "is required"))
    if algorithm not in ALGORITHMS:
        raise ValidationError(problem("algorithm", algorithm, '"{value}" is not one of {choices}',
                                      value=algorithm, choices=", ".join(ALGORITHMS)))
    if not 1 <= years <= 10:
        raise ValidationError(problem("years", years, "must be from 1 to 10 years"))
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(problem("passphrase", "", "must be at least {count} characters",
                                      count=MIN_PASSPHRASE))
    if path.exists() and not overwrite:
        raise ValidationError(problem("output", str(path), "already exists"))
    if not path.parent.is_dir():
        raise ValidationError(problem("output", str(path), 'its folder "{folder}" does not exist',
                                      folder=path.parent))
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = (
        rsa.generate_private_key(public_exponent=65537, key_size=3072)
        if algorithm == "rsa3072" else ec.generate_private_key(ec.SECP256R1()))
    start = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    subject = _name(name)
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start - dt.timedelta(minutes=5))
        .not_valid_after(start.replace(year=start.year + years)
                         if not (start.month == 2 and start.day == 29)
                         else start + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False,
            crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption = (serialization.PrivateFormat.PKCS12.encryption_builder()
                  .kdf_rounds(100_000)
                  .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
                  .hmac_hash(hashes.SHA256())
                  .build(passphrase.encode("utf-8")))
    data = pkcs12.serialize_key_and_certificates(name.encode("utf-8"), key, certificate, None,
                                                 encryption)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                             dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return _details(path, certificate, key, 0)


def _read(path: Path | str) -> tuple[Path, bytes]:
    path = Path(path).expanduser()
    if not path.is_file():
        raise ValidationError(problem("key_file", str(path), "no such file"))
    if path.stat().st_size > MAX_KEY_FILE:
        raise ValidationError(problem("key_file", str(path), "is not a PKCS#12 key file"))
    return path, path.read_bytes()


def _load(path: Path, data: bytes, passphrase: str | None
          ) -> tuple[x509.Certificate, PrivateKeyTypes, list[x509.Certificate]]:
    secret = passphrase.encode("utf-8") if passphrase else None
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, secret)
    except ValueError:
        # Either not PKCS#12 at all or a wrong passphrase: an unencrypted parse tells.
        try:
            pkcs12.load_key_and_certificates(data, None)
        except ValueError:
            pass
        else:
            raise ValidationError(problem("key_file", str(path), "is not a PKCS#12 key file")) \
                from None
        if _looks_like_pkcs12(data):
            raise ValidationError(problem("passphrase", "",
                                          "wrong passphrase for the key file")) from None
        raise ValidationError(problem("key_file", str(path), "is not a PKCS#12 key file")) from None
    if key is None or certificate is None:
        raise ValidationError(problem("key_file", str(path),
                                      "holds no private key and certificate to sign with"))
    return certificate, key, list(chain)


def _looks_like_pkcs12(data: bytes) -> bool:
    """A DER SEQUENCE whose first element is the version 3 INTEGER of PFX."""
    return len(data) > 8 and data[0] == 0x30 and b"\x02\x01\x03" in data[2:8]


def _details(path: Path, certificate: x509.Certificate, key: object,
             chain: int) -> KeyDetails:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if isinstance(key, rsa.RSAPrivateKey):
        key_type = f"RSA {key.key_size}"
    elif isinstance(key, ec.EllipticCurvePrivateKey):
        key_type = f"ECDSA {key.curve.name}"
    else:
        key_type = type(key).__name__
    return KeyDetails(
        path=path, subject=certificate.subject.rfc4514_string(),
        common_name=str(names[0].value) if names else certificate.subject.rfc4514_string(),
        issuer=certificate.issuer.rfc4514_string(),
        self_signed=certificate.issuer == certificate.subject,
        not_before=certificate.not_valid_before_utc, not_after=certificate.not_valid_after_utc,
        fingerprint=fingerprint(certificate.public_bytes(serialization.Encoding.DER)),
        key_type=key_type, chain=chain)


def key_details(path: Path | str, passphrase: str | None) -> KeyDetails:
    """The certificate of the key file at ``path``: subject, validity, fingerprint."""
    path, data = _read(path)
    certificate, key, chain = _load(path, data, passphrase)
    return _details(path, certificate, key, len(chain))


def load_signer(path: Path | str, passphrase: str | None, *,
                when: dt.datetime | None = None) -> tuple[DocumentSigner, KeyDetails]:
    """The key file at ``path``, decrypted once, ready to sign any number of PDFs.

    Refuses a certificate that is not valid ``when`` (default: now): a signature made
    with it would not validate.
    """
    path, data = _read(path)
    certificate, key, chain = _load(path, data, passphrase)
    details = _details(path, certificate, key, len(chain))
    if details.expired(when):
        raise ValidationError(problem(
            "key_file", str(path), "its certificate is valid from {start} to {end} only",
            start=details.not_before.date().isoformat(),
            end=details.not_after.date().isoformat()))
    return DocumentSigner(key, certificate, chain), details


def certificate_pem(path: Path | str, passphrase: str | None) -> bytes:
    """The key file's certificate in PEM, to hand to whoever verifies (``--trust``)."""
    path, data = _read(path)
    certificate, _key, _chain = _load(path, data, passphrase)
    return certificate.public_bytes(serialization.Encoding.PEM)
