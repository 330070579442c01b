"""Checking a certificate's verification code against the database.

The code printed under a certificate's QR code is ``REFERENCE:DIGEST``
(``desktop_app.documents.digest``). Verifying recomputes the digest of every
agreement with that reference (references are unique per event, not across
events) and reports whether one still matches; a bare digest is looked for
among all agreements.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop_app.documents.digest import parse_code, record_digest
from desktop_app.domain.models import Agreement, AgreementParty, AgreementWitness
from desktop_app.storage.database import Database


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
    signed_at: dt.datetime | None = None
    parties: tuple[str, ...] = ()
    reason: str = ""


def verify_code(db: Database, code: str) -> Verification:
    """Whether ``code`` matches the current signing record; never raises for a mismatch.

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
    if parsed.reference is not None:
        statement = statement.where(Agreement.reference == parsed.reference)
    with db.reader() as session:
        candidates = list(session.scalars(statement))
        for agreement in candidates:
            if record_digest(agreement) == parsed.digest:
                return Verification(
                    code=code, matches=True, reference=agreement.reference,
                    event_key=agreement.event.key, title=agreement.title,
                    status=agreement.status, signed_at=agreement.signed_at,
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
            signed_at=agreement.signed_at,
            parties=tuple(p.organization.name for p in agreement.parties),
            reason="the agreement exists but its signing record no longer matches this "
                   "certificate (changed since it was printed, or the code is mistyped)")
