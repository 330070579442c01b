"""``roundtable verify``: is what a user holds genuine? One command for a code or a file.

A *subject* is the text the user typed: the path of an existing file (its bytes are read
once), or else a certificate's verification code. Every check in ``CHECKS`` looks at it
and reports ``pass``, ``fail`` or ``does-not-apply``, with a one-line summary and detail
lines:

- ``certificate-code`` (codes): the code printed under a certificate's QR code is
  ``REFERENCE:DIGEST`` (``desktop_app.documents.digest``); verifying recomputes the
  digest of every agreement with that reference (references are unique per event, not
  across events) and reports whether one still matches; a bare digest is looked for
  among all agreements.
- ``attached-copy`` (files): the file's SHA-256 is looked up among the files attached to
  agreements; a match says which agreement holds it and as what (the signed copy, a
  translation…). One changed byte changes the hash: no match.
- ``signature`` (PDFs): every digital signature in the file, validated offline with
  pyHanko (``documents.signing.check_signatures``): intact, nothing changed after it,
  the signer, the time, and with ``--trust`` whether the signer is one the user trusts.
- ``embedded-code`` (certificate PDFs): the verification codes the file's keywords
  carry (``documents.certificates.codes_in_keywords``), each checked as a typed code is,
  when this database holds its agreement.

The subject is *verified* when at least one check passes and no check fails
*decisively*. A failure that only means "not this kind of proof" (a file that is not
an attached copy) does not outweigh another check's pass; a check that finds
something wrong with the subject itself (a broken signature) sets ``decisive``.

Adding a check: a function ``(db, subject) -> CheckResult`` appended to ``CHECKS``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.documents.certificates import codes_in_keywords
from desktop_app.documents.digest import parse_code, record_digest, reference_key
from desktop_app.documents.signing import (
    NotAPdf,
    SignatureCheck,
    certificates_from,
    document_keywords,
)
from desktop_app.documents.signing import check_signatures as read_signatures
from desktop_app.domain.errors import ValidationError, problem
from desktop_app.domain.local_time import local_datetime
from desktop_app.domain.models import Agreement, AgreementParty, AgreementWitness
from desktop_app.storage.database import Database

from .attachments import AttachmentError, find_by_sha256

#: The largest file ``verify`` reads (a signed PDF is a few MB).
MAX_SUBJECT_BYTES = 512 * 1024 * 1024
#: The largest certificate file ``--trust`` reads.
MAX_CERTIFICATE_FILE = 1024 * 1024


@dataclass(frozen=True)
class Verification:
    """The answer to "does this code still match a record?"."""

    code: str
    matches: bool
    #: Set when a record matched, or when the reference exists but differs.
    reference: str | None = None
    event_key: str | None = None
    title: str | None = None
    status: str | None = None
    #: In the event's time zone (``signing_time`` writes it).
    signed_at: dt.datetime | None = None
    parties: tuple[str, ...] = ()
    reason: str = ""


def signing_time(moment: dt.datetime) -> str:
    """``2026-05-13 11:05 +05:00 (Asia/Almaty)``: a moment as the event's clock showed it,
    with the offset and the zone."""
    offset = moment.strftime("%z")
    zone = getattr(moment.tzinfo, "key", None)
    return (f"{moment:%Y-%m-%d %H:%M} {offset[:3]}:{offset[3:]}"
            + (f" ({zone})" if zone else ""))


def _local_signing(agreement: Agreement) -> dt.datetime | None:
    if agreement.signed_at is None:
        return None
    return local_datetime(agreement.signed_at, agreement.event.timezone)


def _with_reference(session: Session, reference: str) -> list[int]:
    """The agreements with ``reference``: as typed, else in any case and with or without
    its hyphens (``reference_key``)."""
    exact = list(session.scalars(select(Agreement.id).where(Agreement.reference == reference)))
    if exact:
        return exact
    wanted = reference_key(reference)
    return [row.id for row in session.execute(select(Agreement.id, Agreement.reference))
            if reference_key(row.reference) == wanted]


def verify_code(db: Database, code: str) -> Verification:
    """Whether ``code`` matches the current signing record; never raises for a mismatch.
    The code may be typed in any case, with or without its hyphens.

    A malformed code raises ``ValidationError`` naming the code.
    """
    parsed = parse_code(code)
    statement = select(Agreement).options(
        selectinload(Agreement.event),
        selectinload(Agreement.signing_item),
        selectinload(Agreement.parties).options(selectinload(AgreementParty.organization),
                                                selectinload(AgreementParty.signatory)),
        selectinload(Agreement.witnesses).selectinload(AgreementWitness.person),
    )
    with db.reader() as session:
        if parsed.reference is not None:
            statement = statement.where(
                Agreement.id.in_(_with_reference(session, parsed.reference)))
        candidates = list(session.scalars(statement))
        for agreement in candidates:
            if record_digest(agreement) == parsed.digest:
                return Verification(
                    code=code, matches=True, reference=agreement.reference,
                    event_key=agreement.event.key, title=agreement.title,
                    status=agreement.status, signed_at=_local_signing(agreement),
                    parties=tuple(p.organization.name for p in agreement.parties),
                    reason="the signing record matches the certificate")
        if parsed.reference is None:
            return Verification(code=code, matches=False,
                                reason="no signing record has this digest")
        if not candidates:
            return Verification(code=code, matches=False, reference=parsed.reference,
                                reason=f'no agreement has the reference "{parsed.reference}"')
        agreement = candidates[0]
        return Verification(
            code=code, matches=False, reference=agreement.reference,
            event_key=agreement.event.key, title=agreement.title, status=agreement.status,
            signed_at=_local_signing(agreement),
            parties=tuple(p.organization.name for p in agreement.parties),
            reason="the agreement exists but its signing record no longer matches this "
                   "certificate (changed since it was printed, or the code is mistyped)")


# -- the checks of ``verify`` -----------------------------------------------------------

class CheckStatus(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NOT_APPLICABLE = "does-not-apply"


@dataclass(frozen=True)
class Subject:
    """What the user gave ``verify``: the text, and for an existing file its path and
    bytes."""

    text: str
    path: Path | None = None
    data: bytes | None = None
    #: Certificates (DER) the user trusts as signers (``verify --trust``).
    trusted: tuple[bytes, ...] = ()

    @property
    def is_file(self) -> bool:
        return self.data is not None

    @cached_property
    def sha256(self) -> str | None:
        return hashlib.sha256(self.data).hexdigest() if self.data is not None else None


@dataclass(frozen=True)
class CheckResult:
    """One check's answer: ``summary`` is a line, ``details`` follow it indented."""

    check: str
    status: CheckStatus
    summary: str
    details: tuple[str, ...] = ()
    #: A failure about the subject itself, which no other check's pass outweighs.
    decisive: bool = False


Check = Callable[[Database, Subject], CheckResult]


def looks_like_a_path(text: str) -> bool:
    """Whether ``text`` was meant as a file (a code has a colon or is a bare digest)."""
    if ":" in text and not (len(text) > 2 and text[1] == ":" and text[2] in "\\/"):
        return False
    return os.sep in text or "/" in text or bool(Path(text).suffix)


def read_subject(text: str, trusted: tuple[bytes, ...] = ()) -> Subject:
    """The subject for ``text``: an existing file's bytes, else the text (a code)."""
    path = Path(text).expanduser()
    if not path.is_file():
        if looks_like_a_path(text):
            raise ValidationError(problem("file", text, "there is no such file"))
        return Subject(text, trusted=trusted)
    try:
        size = path.stat().st_size
        if size > MAX_SUBJECT_BYTES:
            raise ValidationError(problem("file", text, "is too large to verify ({size} MB)",
                                          size=size // (1024 * 1024)))
        return Subject(text, path, path.read_bytes(), trusted)
    except OSError as exc:
        raise AttachmentError(f'cannot read "{path}": {exc.strerror or exc}') from exc


def check_certificate_code(db: Database, subject: Subject) -> CheckResult:
    """A certificate's verification code against the signing record it was printed from."""
    name = "certificate-code"
    if subject.is_file:
        return CheckResult(name, CheckStatus.NOT_APPLICABLE, "a file, not a certificate's code")
    result = verify_code(db, subject.text)  # a malformed code is bad input: exit 2
    if result.matches:
        details = [f"{result.title}", f"parties: {'; '.join(result.parties)}"]
        if result.signed_at is not None:
            details.append(f"signed: {signing_time(result.signed_at)}")
        details.append(f"status: {result.status}")
        return CheckResult(name, CheckStatus.PASS,
                           f"{result.reference} in event {result.event_key}", tuple(details))
    record: tuple[str, ...] = ()
    if result.title:
        record = (f"record: {result.reference} in event {result.event_key}: {result.title} "
                  f"({result.status})",)
    return CheckResult(name, CheckStatus.FAIL, result.reason, record)


_KIND_NAMES = {"signed-copy": "the signed copy", "translation": "a translation",
               "annex": "an annex", "other": "a file"}


def check_attached_copy(db: Database, subject: Subject) -> CheckResult:
    """A file, byte for byte one of the files attached to agreements."""
    name = "attached-copy"
    if not subject.is_file or subject.sha256 is None:
        return CheckResult(name, CheckStatus.NOT_APPLICABLE, "not a file")
    matches = find_by_sha256(db, subject.sha256)
    if not matches:
        holding = _references_holding_files(db, subject)
        if holding:
            # The file names (by the codes it carries) agreements whose files are attached,
            # yet is none of them byte for byte: a changed copy, whatever else still matches.
            return CheckResult(name, CheckStatus.FAIL,
                               f"the file differs from every file attached to "
                               f"{', '.join(holding)}: is it a changed copy?",
                               (f"SHA-256 {subject.sha256}",), decisive=True)
        return CheckResult(name, CheckStatus.FAIL,
                           "the file matches no file attached to an agreement "
                           f"(SHA-256 {subject.sha256})")
    first = matches[0]
    details = []
    for number, match in enumerate(matches):
        item = match.attachment
        added = item.added_at.date().isoformat()
        by = f" by {item.added_by}" if item.added_by else ""
        held = (f'"{match.title}" ({match.status}), attached {added}{by} as '
                f'"{item.file_name}"')
        details.append(held if number == 0 else
                       f"also {_KIND_NAMES.get(item.kind, 'a file')} of {match.reference} in "
                       f"event {match.event_key}: {held}")
    details.append(f"SHA-256 {subject.sha256}, {len(subject.data or b'')} bytes")
    return CheckResult(
        name, CheckStatus.PASS,
        f"{_KIND_NAMES.get(first.attachment.kind, 'a file')} of {first.reference} in event "
        f"{first.event_key}", tuple(details))


def _references_holding_files(db: Database, subject: Subject) -> list[str]:
    """The references of the agreements a certificate PDF names by its embedded codes
    that have files attached in this database."""
    if subject.data is None or not subject.data.startswith(b"%PDF-"):
        return []
    try:
        codes = codes_in_keywords(document_keywords(subject.data))
    except NotAPdf:
        return []
    references = sorted({code.rpartition(":")[0] for code in codes if ":" in code})
    if not references:
        return []
    with db.reader() as session:
        statement = (select(Agreement.reference)
                     .where(Agreement.reference.in_(references),
                            Agreement.attachments.any())
                     .distinct().order_by(Agreement.reference))
        return list(session.scalars(statement))


def load_trusted(paths: Sequence[Path | str]) -> tuple[bytes, ...]:
    """The certificates (PEM, one or more per file, or DER) in ``paths``, as DER."""
    found: list[bytes] = []
    for path in paths:
        path = Path(path).expanduser()
        try:
            data = path.read_bytes() if path.stat().st_size <= MAX_CERTIFICATE_FILE else b""
            found.extend(certificate.dump() for certificate in certificates_from(data))
        except OSError:
            raise ValidationError(problem("trust", str(path), "there is no such file")) \
                from None
        except ValueError:
            raise ValidationError(problem("trust", str(path),
                                          "is not a certificate (PEM or DER)")) from None
    return tuple(found)


def _signer_line(check: SignatureCheck) -> str:
    when = f", {check.signed_at.isoformat(timespec='seconds')}" if check.signed_at else ""
    return f"signed by {check.signer}{when}"


def check_signatures(db: Database, subject: Subject) -> CheckResult:
    """The digital signatures in a PDF: intact, unchanged since, signer trusted or not.

    Passes when every signature is intact, nothing but later signatures was added after
    it, and (with ``--trust``) its signer chains to a trusted certificate; any other
    finding fails decisively. A file that is not a PDF or holds no signature: does not
    apply."""
    name = "signature"
    if not subject.is_file or subject.data is None:
        return CheckResult(name, CheckStatus.NOT_APPLICABLE, "not a file")
    if not subject.data.startswith(b"%PDF-"):
        return CheckResult(name, CheckStatus.NOT_APPLICABLE, "not a PDF")
    try:
        checks = read_signatures(subject.data, subject.trusted)
    except NotAPdf as exc:
        return CheckResult(name, CheckStatus.FAIL, f"the PDF cannot be read: {exc}",
                           decisive=True)
    if not checks:
        return CheckResult(name, CheckStatus.NOT_APPLICABLE, "the PDF holds no signature")
    details: list[str] = []
    for check in checks:
        details.append(_signer_line(check))
        details.append(f"  certificate SHA-256 {check.fingerprint}")
        details.append("  intact: " + ("yes" if check.intact else "NO") +
                       "; unchanged since signed: " + ("yes" if check.unchanged_since else "NO"))
        details.append("  signer trusted: " + (
            "not checked (give --trust CERT.pem)" if check.trusted is None
            else "yes" if check.trusted else "NO"))
    bad = [check for check in checks if not check.good]
    if bad:
        return CheckResult(name, CheckStatus.FAIL, f"{bad[0].problem} ({_signer_line(bad[0])})",
                           tuple(details), decisive=True)
    first = checks[0]
    trust = ", a trusted signer" if first.trusted else ""
    count = f"{len(checks)} signatures" if len(checks) > 1 else "the signature"
    return CheckResult(name, CheckStatus.PASS,
                       f"{count} intact{trust}: {_signer_line(first)}", tuple(details))


def check_embedded_codes(db: Database, subject: Subject) -> CheckResult:
    """The verification codes a certificate file carries, against the database.

    Passes when every code whose agreement is in this database matches its signing
    record; fails decisively when one no longer does; does not apply to a file without
    codes or whose agreements this database does not hold."""
    name = "embedded-code"
    if not subject.is_file or subject.data is None or not subject.data.startswith(b"%PDF-"):
        return CheckResult(name, CheckStatus.NOT_APPLICABLE, "not a PDF")
    try:
        codes = codes_in_keywords(document_keywords(subject.data))
    except NotAPdf:
        return CheckResult(name, CheckStatus.NOT_APPLICABLE, "the PDF cannot be read")
    if not codes:
        return CheckResult(name, CheckStatus.NOT_APPLICABLE,
                           "the file carries no certificate's verification code")
    matching, changed, unknown = [], [], []
    for code in codes:
        try:
            result = verify_code(db, code)
        except ValidationError:
            unknown.append(code)
            continue
        if result.matches:
            matching.append(result)
        elif result.title:
            changed.append(result)
        else:
            unknown.append(code)
    details = [f"{result.reference}: matches ({result.status})" for result in matching]
    details += [f"{result.reference}: {result.reason}" for result in changed]
    details += [f"{code}: no such agreement in this database" for code in unknown]
    if changed:
        return CheckResult(name, CheckStatus.FAIL,
                           f"{len(changed)} of {len(codes)} certificates no longer match their "
                           "signing record", tuple(details), decisive=True)
    if not matching:
        return CheckResult(name, CheckStatus.NOT_APPLICABLE,
                           "this database holds none of the file's agreements", tuple(details))
    event = matching[0].event_key
    return CheckResult(name, CheckStatus.PASS,
                       f"{len(matching)} of {len(codes)} certificate codes match the signing "
                       f"records of event {event}", tuple(details))


#: Every check ``verify`` runs, in the order it reports them.
CHECKS: list[Check] = [check_certificate_code, check_attached_copy, check_signatures,
                       check_embedded_codes]


@dataclass(frozen=True)
class VerificationReport:
    subject: Subject
    results: tuple[CheckResult, ...] = field(default_factory=tuple)

    @property
    def verified(self) -> bool:
        statuses = [r.status for r in self.results]
        return CheckStatus.PASS in statuses and not any(
            r.status == CheckStatus.FAIL and r.decisive for r in self.results)

    @property
    def headline(self) -> CheckResult | None:
        """The result that sums the verdict up: the first pass when verified, else the
        first decisive failure, else the first failure."""
        wanted = [r for r in self.results if r.status == CheckStatus.PASS] if self.verified \
            else ([r for r in self.results if r.status == CheckStatus.FAIL and r.decisive]
                  or [r for r in self.results if r.status == CheckStatus.FAIL])
        return wanted[0] if wanted else None


def verify(db: Database, text: str, checks: Sequence[Check] | None = None, *,
           trusted: tuple[bytes, ...] = ()) -> VerificationReport:
    """Run every check on ``text`` (a file's path or a code); ``trusted``: certificates
    (DER, ``load_trusted``) whose signers the signature check trusts."""
    subject = read_subject(text, trusted)
    return VerificationReport(subject, tuple(check(db, subject)
                                             for check in (checks or CHECKS)))
