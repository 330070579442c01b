"""The short digest that ties a printed certificate to its signing record.

The digest is the first 60 bits of a SHA-256 over a canonical form of the
record (event, reference, kind, title, status, signing time or planned
date, parties with their signatories, witnesses), written as 12 Crockford
base-32 characters in three groups: ``K7Q2-M9XA-3TPF``. The certificate's
verification code is ``REFERENCE:DIGEST``: with the usual upper-case
references every character is in the QR alphanumeric set, so the code fits a
smaller QR version (25 × 25 modules) that encodes faster and scans easier;
``roundtable verify`` recomputes the digest from the database and says whether
the record still matches.
It detects a changed record or a mistyped code; it is not a signature (no
secret is involved), so it proves nothing against someone who can compute
it from a copy of the database.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.models import Agreement

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DIGEST_LENGTH = 12
SEPARATOR = ":"
#: Also accepted when reading a code typed by hand.
ALTERNATIVE_SEPARATOR = "#"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def signing_record(agreement: Agreement) -> dict[str, object]:
    """The fields a certificate vouches for, in a canonical, JSON-ready form."""
    signing_item = agreement.signing_item
    return {
        "event": agreement.event.key,
        "reference": agreement.reference,
        "kind": agreement.kind,
        "title": agreement.title,
        "status": agreement.status,
        "signed_at": agreement.signed_at.isoformat() if agreement.signed_at else None,
        "planned": signing_item.day.isoformat() if signing_item is not None else None,
        "parties": [
            {
                "organization": party.organization.key,
                "name": party.organization.name,
                "signatory": party.signatory.key if party.signatory else None,
                "signatory_name": party.signatory.full_name if party.signatory else None,
            }
            for party in agreement.parties
        ],
        "witnesses": [witness.person.key for witness in agreement.witnesses],
    }


def record_digest(agreement: Agreement) -> str:
    """``XXXX-XXXX-XXXX``: 60 bits of SHA-256 over the signing record."""
    canonical = json.dumps(signing_record(agreement), sort_keys=True, ensure_ascii=False,
                           separators=(",", ":"))
    value = int.from_bytes(hashlib.sha256(canonical.encode("utf-8")).digest()[:8], "big") >> 4
    chars = "".join(CROCKFORD[(value >> shift) & 31] for shift in range(55, -1, -5))
    return f"{chars[0:4]}-{chars[4:8]}-{chars[8:12]}"


def verification_code(agreement: Agreement) -> str:
    return f"{agreement.reference}{SEPARATOR}{record_digest(agreement)}"


@dataclass(frozen=True)
class ParsedCode:
    reference: str | None
    digest: str


def normalise_digest(text: str) -> str:
    """Upper-case, no spaces or hyphens, look-alike letters mapped; regrouped as printed."""
    chars = "".join(ch for ch in text.upper() if ch not in " -").translate(_LOOKALIKES)
    if len(chars) != DIGEST_LENGTH or any(ch not in CROCKFORD for ch in chars):
        raise ValidationError.single(
            "code", text, f"the digest must be {DIGEST_LENGTH} letters and digits, "
                          "as printed under the QR code (e.g. K7Q2-M9XA-3TPF)")
    return f"{chars[0:4]}-{chars[4:8]}-{chars[8:12]}"


def reference_key(reference: str) -> str:
    """A reference as ``verify`` compares a typed one: in any case, without spaces or
    hyphens (``az-kz/2025/001`` and ``AZKZ/2025/001`` are ``AZ-KZ/2025/001``)."""
    return "".join(ch for ch in reference.casefold() if ch not in " -")


def parse_code(code: str) -> ParsedCode:
    """``REFERENCE:DIGEST`` (or ``REFERENCE#DIGEST``) or a bare digest."""
    code = code.strip()
    if not code:
        raise ValidationError.single("code", code, "is empty")
    reference, separator, digest = code.rpartition(SEPARATOR)
    if not separator:
        reference, separator, digest = code.rpartition(ALTERNATIVE_SEPARATOR)
    if not separator:
        return ParsedCode(None, normalise_digest(code))
    if not reference.strip():
        raise ValidationError.single("code", code, f"has no reference before '{separator}'")
    return ParsedCode(reference.strip(), normalise_digest(digest))
