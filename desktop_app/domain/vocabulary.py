"""The closed sets of values the event format allows, and the status workflow."""
from __future__ import annotations

import re
from enum import StrEnum


class OrganizationKind(StrEnum):
    UNIVERSITY = "university"
    MINISTRY = "ministry"
    EMBASSY = "embassy"
    AGENCY = "agency"
    COMPANY = "company"
    OTHER = "other"


class AgendaKind(StrEnum):
    OPENING = "opening"
    SPEECH = "speech"
    REMARKS = "remarks"
    PANEL = "panel"
    SIGNING = "signing"
    BREAK = "break"
    EXHIBITION = "exhibition"
    OTHER = "other"


class AgreementKind(StrEnum):
    MOU = "mou"
    DUAL_DEGREE = "dual-degree"
    EXCHANGE = "exchange"
    RESEARCH = "research"
    OTHER = "other"


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    READY = "ready"
    SIGNED = "signed"
    CANCELLED = "cancelled"


#: Which status changes an organizer may make. Forward: draft -> ready -> signed.
#: Cancelling is allowed from any state; the backward steps correct mistakes
#: (a signing recorded too early, a text that needs more work), and a
#: cancelled agreement can be reopened as a draft.
STATUS_TRANSITIONS: dict[AgreementStatus, frozenset[AgreementStatus]] = {
    AgreementStatus.DRAFT: frozenset({AgreementStatus.READY, AgreementStatus.CANCELLED}),
    AgreementStatus.READY: frozenset(
        {AgreementStatus.SIGNED, AgreementStatus.DRAFT, AgreementStatus.CANCELLED}
    ),
    AgreementStatus.SIGNED: frozenset({AgreementStatus.READY, AgreementStatus.CANCELLED}),
    AgreementStatus.CANCELLED: frozenset({AgreementStatus.DRAFT}),
}

READINESS_ITEMS: tuple[str, ...] = ("legal_review", "translated", "printed", "bound")

# Each ends in ``\Z``, not ``$``: ``$`` also matches before a final newline, so
# ``"ada-az-kz-2025\n"`` passed as an id (a second event that printed like the first)
# and ``"AZ\n"`` as a country code. ``.match`` with these is a whole-string match.
ID_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{1,64}\Z")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}\Z")
LANGUAGE_TAG_PATTERN = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*\Z")
