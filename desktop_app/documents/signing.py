"""Digital signatures on documents: PAdES B-B with pyHanko, a visible signature block.

A ``DocumentSigner`` is made once from a PKCS#12 file's bytes and passphrase (the key
is decrypted once) and then signs any number of PDFs, one signature per file: the
signature covers every page of the file, so a 1,000-certificate file costs one
signature, and ``--split`` costs one per file with the same loaded key.

``check_signatures`` validates the signatures of a PDF offline (integrity, changes
after signing, and the signer against the certificates a user trusts), for
``roundtable verify FILE``.

The signature is PAdES baseline B-B (``ETSI.CAdES.detached``, SHA-256), made offline:
no time-stamp authority, no revocation data. Its visible block names the signer, the
signing time with its UTC offset and the SHA-256 fingerprint of the signer's
certificate (what ``roundtable keys show`` prints), in the document's language and in
Noto Sans, embedded as a subset like every other font, so that a signed PDF/A file
stays PDF/A.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, cached_property
from typing import BinaryIO

from asn1crypto import keys, pem, x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.x509 import Certificate as CryptographyCertificate
from fontTools import subset, ttLib
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.api import FontEngineFactory
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import EmbeddedPdfSignature, validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore
from reportlab.lib.units import mm

from desktop_app.cldr import base_language
from desktop_app.domain.errors import ValidationError, problem
from desktop_app.resources import resource_path

from .certificates import INSET
from .styles import MARGIN, paper_size

#: The signature field's name in every signed document.
FIELD_NAME = "Roundtable signature"

#: The lines of the visible block, per language: signer, time, fingerprint.
BLOCK_LINES = {
    "en": ("Digitally signed by %(signer)s", "Signed %(ts)s", "Certificate SHA-256"),
    "az": ("Rəqəmsal imza: %(signer)s", "İmzalanıb: %(ts)s", "Sertifikat SHA-256"),
    "kk": ("Цифрлық қолтаңба: %(signer)s", "Қол қойылды: %(ts)s", "Сертификат SHA-256"),
    "ru": ("Электронная подпись: %(signer)s", "Подписано: %(ts)s", "Сертификат SHA-256"),
}
#: The characters the block can print: Latin with Latin-1 and Extended-A, Ə ə, Cyrillic
#: with its supplement (ә ғ қ ң ө ұ ү һ і), punctuation, €, ₸, ₼ and №. A name in
#: another script shows its letters as empty boxes (the signature itself is unaffected).
STAMP_CHARACTERS = (range(0x20, 0x7F), range(0xA0, 0x180), range(0x18F, 0x190),
                    range(0x259, 0x25A), range(0x400, 0x530), range(0x2010, 0x203B),
                    range(0x20AC, 0x20AD), range(0x20B8, 0x20B9), range(0x20BC, 0x20BD),
                    range(0x2116, 0x2117))
#: Ink of the block: the documents' muted grey (styles.PALETTE.muted) as RGB.
BLOCK_COLOUR = (0x5F / 255, 0x6B / 255, 0x7A / 255)


def fingerprint(certificate_der: bytes) -> str:
    """SHA-256 of a certificate, as colon-separated hex pairs (``3A:4F:…``)."""
    digest = hashlib.sha256(certificate_der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


@dataclass(frozen=True)
class SignaturePlace:
    """Where the visible block goes: a page (0 the first, -1 the last) and a box in
    points from the page's lower-left corner."""

    page: int
    box: tuple[int, int, int, int]


def signature_place(kind: str, paper: str) -> SignaturePlace:
    """The visible block's place in a signed ``kind`` document on ``paper``.

    Certificates (landscape): on the first page, inside the frame under the venue
    lines and left of the seal. The register (landscape): on the first page, in the
    bottom margin left of the page number.
    """
    paper_size(paper)  # refuses an unknown paper; both sizes place the block alike
    if kind == "certificates":
        left, bottom = INSET - 4 * mm, 20 * mm
        return SignaturePlace(0, _points(left, bottom, left + 100 * mm, bottom + 11.5 * mm))
    if kind == "register":
        return SignaturePlace(0, _points(MARGIN, 4 * mm, MARGIN + 100 * mm, 15 * mm))
    raise ValidationError(problem("sign", kind, "only {choices} can be signed",
                                  choices="certificates and register"))


@cache
def stamp_font_data() -> bytes:
    """Noto Sans without its layout tables, for the visible block.

    pyHanko embeds the block's font as a subset in every signed file, reading the whole
    font each time: the whole Noto Sans (its GSUB and GPOS tables, 4,800 glyphs) took
    half a second a file. This one keeps the letters of the event languages and the
    punctuation (``STAMP_CHARACTERS``, about 500 glyphs); ligatures, kerning and hinting
    go, which three lines of small print do without. Made once per process.
    """
    font = ttLib.TTFont(str(resource_path("fonts", "NotoSans-Regular.ttf")))
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[code for code in font.getBestCmap()
                                 if any(code in block for block in STAMP_CHARACTERS)])
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class _StampFont(FontEngineFactory):
    """pyHanko's glyph accumulator over font bytes held in memory."""

    data: bytes
    font_size: int = 6

    def create_font_engine(self, writer: BasePdfFileWriter,
                           obj_stream: object = None) -> GlyphAccumulator:
        return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(self.data),
                                font_size=self.font_size, obj_stream=obj_stream)


def _points(*values: float) -> tuple[int, int, int, int]:
    """Whole points (pyHanko's layout wants them)."""
    left, bottom, right, top = (round(value) for value in values)
    return left, bottom, right, top


class _LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's signer with the private key parsed once.

    ``SimpleSigner.sign_raw`` parses the key from DER for every signature value (twice
    a file: a trial run sizes the signature), and parsing checks an RSA 3072 key for
    about 0.15 s. Here the parsed key is kept and reused for every file."""

    def __init__(self, private_key: PrivateKeyTypes, certificate: x509.Certificate,
                 chain: list[x509.Certificate]) -> None:
        der = private_key.private_bytes(serialization.Encoding.DER,
                                        serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption())
        super().__init__(signing_cert=certificate, signing_key=keys.PrivateKeyInfo.load(der),
                         cert_registry=SimpleCertificateStore.from_certs(chain))
        self._private_key = private_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        key = self._private_key
        digest = getattr(hashes, digest_algorithm.upper().replace("-", "_"))()
        if mechanism == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, padding.PKCS1v15(), digest)
        if mechanism == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(digest))
        return super().sign_raw(data, digest_algorithm)


class DocumentSigner:
    """A private key and its certificate (and chain), loaded once, that sign PDFs.

    Made from ``cryptography`` objects (``services.keys`` reads them from a PKCS#12
    file and its passphrase).
    """

    def __init__(self, private_key: PrivateKeyTypes, certificate: CryptographyCertificate,
                 chain: list[CryptographyCertificate] | None = None) -> None:
        def load(cert: CryptographyCertificate) -> x509.Certificate:
            return x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

        self.certificate = load(certificate)
        self._signer = _LoadedKeySigner(private_key, self.certificate,
                                        [load(other) for other in chain or ()])
        self.fingerprint = fingerprint(self.certificate.dump())
        certificates = [self.certificate, *(load(other) for other in chain or ())]
        #: Twice the largest DER size of the signature container: the signature value
        #: (512 bytes for RSA 4096), the certificates, the signed attributes and framing.
        self._reserved = 2 * (4096 + sum(len(cert.dump()) for cert in certificates))

    @cached_property
    def name(self) -> str:
        """The signer as the block names it: the certificate's common name, else its
        whole subject."""
        subject = self.certificate.subject.native
        return str(subject.get("common_name") or self.certificate.subject.human_friendly)

    @cached_property
    def _font(self) -> _StampFont:
        return _StampFont(stamp_font_data(), font_size=6)

    def _style(self, language: str) -> TextStampStyle:
        signer, when, certificate = BLOCK_LINES.get(base_language(language),
                                                    BLOCK_LINES["en"])
        # The fingerprint in two halves: its 32 pairs on one line would need a smaller type.
        lines = [signer, when, f"{certificate} %(fingerprint_1)s", "%(fingerprint_2)s"]
        return TextStampStyle(
            stamp_text="\n".join(lines),
            text_box_style=TextBoxStyle(
                font=self._font, font_size=6, leading=8, text_color=BLOCK_COLOUR,
                box_layout_rule=SimpleBoxLayoutRule(
                    x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MAX,
                    margins=Margins(left=0, right=0, top=0, bottom=0))),
            inner_content_layout=SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID,
                margins=Margins(left=0, right=0, top=0, bottom=0),
                inner_content_scaling=InnerScaling.SHRINK_TO_FIT),
            border_width=0, background=None, timestamp_format="%Y-%m-%d %H:%M %z")

    def sign(self, source: BinaryIO, target: BinaryIO, *, place: SignaturePlace,
             language: str = "en", reason: str = "", location: str = "") -> None:
        """Read the PDF in ``source`` and write it, signed, to ``target``."""
        writer = IncrementalPdfFileWriter(source, strict=False)
        _producer_for_pdfa(writer)
        page = place.page if place.page >= 0 else _page_count(writer) + place.page
        metadata = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME, md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES, reason=reason or None,
            location=location or None, name=self.name)
        pdf_signer = signers.PdfSigner(
            metadata, signer=self._signer, stamp_style=self._style(language),
            new_field_spec=fields.SigFieldSpec(FIELD_NAME, on_page=page, box=place.box))
        half = len(self.fingerprint) // 2 + 1
        # Room for the signature container, given rather than found by a trial signature
        # (which builds the whole CMS structure once more): twice its DER size, in hex.
        pdf_signer.sign_pdf(writer, output=target, bytes_reserved=self._reserved,
                            appearance_text_params={
                                "signer": self.name, "fingerprint_1": self.fingerprint[:half],
                                "fingerprint_2": self.fingerprint[half:]})


def _producer_for_pdfa(writer: IncrementalPdfFileWriter) -> None:
    """Let pyHanko write one producer in both the Info dictionary and the XMP.

    pyHanko appends itself to the Info dictionary's producer but writes only itself
    into the XMP's, and PDF/A wants the two equal: the update's Info dictionary starts
    without a producer, so both say pyHanko's name (the creator tool still says
    Roundtable)."""
    reference = writer.prev.trailer_view.get("/Info")
    if reference is None:
        return
    info = reference.get_object()
    writer.set_info(generic.DictionaryObject(
        {key: value for key, value in info.items() if key != "/Producer"}))


def _page_count(writer: IncrementalPdfFileWriter) -> int:
    return int(writer.root["/Pages"]["/Count"])


@dataclass(frozen=True)
class SignatureCheck:
    """What validating one signature of a PDF found."""

    field: str
    signer: str
    fingerprint: str
    signed_at: dt.datetime | None
    #: The signed bytes are unchanged and the signature value matches them.
    intact: bool
    #: Nothing but a later signature or time stamp was added after it.
    unchanged_since: bool
    #: Whether the signer chains to a trusted certificate; None when none was given.
    trusted: bool | None
    #: Why the signature is not good, in a few words ("" when it is).
    problem: str = ""

    @property
    def good(self) -> bool:
        return self.intact and self.unchanged_since and self.trusted is not False


class NotAPdf(ValueError):
    """The bytes are not a PDF that can be read."""


def certificates_from(data: bytes) -> list[x509.Certificate]:
    """The certificates in PEM (one or more) or DER ``data``; ``ValueError`` if none
    (``dump()`` gives each one's DER)."""
    if b"-----BEGIN" in data:
        found = [x509.Certificate.load(der) for _kind, _headers, der in pem.unarmor(data, True)]
    else:
        found = [x509.Certificate.load(data)]
        found[0].native  # noqa: B018  (parses it: a bad DER raises here)
    if not found:
        raise ValueError("no certificate")
    return found


def check_signatures(data: bytes, trusted_der: Sequence[bytes] = ()
                     ) -> list[SignatureCheck]:
    """Validate every signature in the PDF ``data`` offline with pyHanko.

    ``trusted_der``: the certificates (DER) whose signers are trusted; without any the
    signer's trust is not judged (``trusted`` is None): integrity alone. Raises
    ``NotAPdf`` for bytes that do not read as a PDF.
    """
    trusted = [x509.Certificate.load(der) for der in trusted_der]
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise NotAPdf(str(exc)) from exc
    checks = []
    with _quiet("pyhanko", "pyhanko_certvalidator"):
        for signature in signatures:
            checks.append(_check_signature(signature, trusted))
    return checks


@contextmanager
def _quiet(*names: str) -> Iterator[None]:
    """pyHanko logs every failed trust path with its traceback (a self-signed office
    certificate without ``--trust`` is one): the result says it, so the log need not."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _check_signature(signature: EmbeddedPdfSignature, trusted: Sequence[x509.Certificate]
                     ) -> SignatureCheck:
    context = ValidationContext(trust_roots=list(trusted), allow_fetching=False,
                                revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(signature, signer_validation_context=context)
    except (SignatureValidationError, PdfReadError, ValueError) as exc:
        return SignatureCheck(signature.field_name or "", "", "", None, False, False,
                              None if not trusted else False, f"cannot be validated: {exc}")
    certificate = status.signing_cert
    subject = certificate.subject.native
    signer = str(subject.get("common_name") or certificate.subject.human_friendly)
    level = status.modification_level
    unchanged = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or level in (
        ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
    intact = bool(status.intact and status.valid)
    trust = bool(status.trusted) if trusted else None
    if not intact:
        problem = "the signed content was changed or the signature is broken"
    elif not unchanged:
        problem = "the file was changed after it was signed"
    elif trust is False:
        problem = "the signer's certificate is not one you trust"
    else:
        problem = ""
    return SignatureCheck(
        field=signature.field_name or "", signer=signer,
        fingerprint=fingerprint(certificate.dump()),
        signed_at=status.signer_reported_dt, intact=intact, unchanged_since=unchanged,
        trusted=trust, problem=problem)


def document_keywords(data: bytes) -> str:
    """The keywords of the PDF ``data`` (its Info dictionary), "" if none."""
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        reference = reader.trailer_view.get("/Info")
        info = reference.get_object() if reference is not None else {}
        keywords = info.get("/Keywords")
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise NotAPdf(str(exc)) from exc
    return str(keywords) if keywords is not None else ""
