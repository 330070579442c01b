"""The partnership register's services on a real database: the register across events,
EVENT/REF, renewals and their chain, terminations, activities, attachments and verify."""
from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.partnership import Lifecycle, RegisterFilter
from desktop_app.services.activities import (
    ActivityData,
    add_activity,
    delete_activity,
    list_activities,
    update_activity,
)
from desktop_app.services.agreements import set_status
from desktop_app.services.attachments import (
    AttachmentError,
    add_attachment,
    add_attachment_file,
    attachment_content,
    list_attachments,
    remove_attachment,
    restore_attachment,
    save_attachments,
)
from desktop_app.services.events import import_event_document
from desktop_app.services.register import (
    find_agreement,
    list_register,
    register_entry,
)
from desktop_app.services.renewals import (
    renew_agreement,
    set_termination,
    terminate_agreement,
    undo_renewal,
)
from desktop_app.services.snapshots import AgreementRow
from desktop_app.services.verification import CheckStatus, verify
from desktop_app.storage import Database
from tests.builders import MakeAgreement, MakeOrganization

AS_OF = dt.date(2026, 12, 3)
FIRST = "AZ-KZ/2025/001"


def _signed(make_agreement: MakeAgreement, **fields: Any) -> AgreementRow:
    """An agreement signed on 4 March 2025, valid for five years."""
    return make_agreement(status="signed",
                          signed_at=dt.datetime(2025, 3, 4, 12, 35,
                                                tzinfo=dt.timezone(dt.timedelta(hours=4))),
                          valid_from=dt.date(2025, 3, 4), valid_until=dt.date(2030, 3, 3),
                          **fields)


def _second_event(db: Database, sample_document: dict[str, Any], key: str = "ada-2027",
                  *, keep_people: bool = True) -> str:
    """The sample again as another event: the same references in another event."""
    doc = copy.deepcopy(sample_document)
    doc["event"]["id"] = key
    if not keep_people:
        for agreement in doc["agreements"]:
            for party in agreement["parties"]:
                party.pop("signatory", None)
            agreement.pop("witnesses", None)
    return import_event_document(db, doc).event_key


def test_the_sample_is_forty_active_agreements_with_their_days_left(
        db: Database, sample_event: str) -> None:
    rows = list_register(db, RegisterFilter(expiring_within=1200), as_of=AS_OF)
    assert len(rows) == 40
    assert {(row.lifecycle, row.days_left, row.valid_until) for row in rows} == {
        (Lifecycle.ACTIVE, 1186, dt.date(2030, 3, 3))}
    assert list_register(db, RegisterFilter(expiring_within=1185), as_of=AS_OF) == []
    near = list_register(db, as_of=dt.date(2029, 12, 1))
    assert {row.lifecycle for row in near} == {Lifecycle.EXPIRING}
    with pytest.raises(NotFoundError):
        list_register(db, RegisterFilter(event="nope"))


def test_a_reference_in_two_events_is_addressed_as_event_slash_ref(
        db: Database, sample_event: str, sample_document: dict[str, Any]) -> None:
    unique = find_agreement(db, FIRST)
    other = _second_event(db, sample_document)
    with pytest.raises(ValidationError) as refused:
        find_agreement(db, FIRST)
    assert f"{other}/{FIRST}" in str(refused.value) and f"{sample_event}/{FIRST}" in str(
        refused.value)
    assert find_agreement(db, f"{sample_event}/{FIRST}") == unique
    assert find_agreement(db, f"{other}/{FIRST}") != unique
    with pytest.raises(NotFoundError):
        find_agreement(db, f"{other}/XX-1")
    assert len(list_register(db, as_of=AS_OF)) == 80
    assert len(list_register(db, RegisterFilter(event=other), as_of=AS_OF)) == 40


def test_renewing_drafts_a_linked_successor_and_its_signing_renews_the_original(
        db: Database, sample_event: str) -> None:
    original = find_agreement(db, FIRST)
    renewal = renew_agreement(db, original)
    entry = register_entry(db, renewal.successor_id, as_of=AS_OF)
    successor = entry.row
    assert (successor.reference, successor.status, successor.lifecycle) == (
        "AZ-KZ/2025/001-R1", "draft", None)
    assert successor.renews is not None and successor.renews.id == original
    assert (successor.valid_from, successor.valid_until) == (dt.date(2030, 3, 4),
                                                             dt.date(2035, 3, 3))
    before = register_entry(db, original, as_of=AS_OF).row
    assert [p.key for p in successor.parties] == [p.key for p in before.parties]
    assert before.renewal_under_way is not None and before.lifecycle == Lifecycle.ACTIVE
    assert [row.reference for row in entry.chain] == [FIRST, "AZ-KZ/2025/001-R1"]
    with pytest.raises(ValidationError, match="already renewed by AZ-KZ/2025/001-R1"):
        renew_agreement(db, original)

    set_status(db, renewal.successor_id, "ready")
    set_status(db, renewal.successor_id, "signed",
               signed_at=dt.datetime(2030, 2, 1, 12, tzinfo=dt.UTC))
    assert register_entry(db, original, as_of=AS_OF).row.lifecycle == Lifecycle.RENEWED
    third = renew_agreement(db, renewal.successor_id)
    assert third.reference == "AZ-KZ/2025/001-R2"
    assert [row.reference for row in register_entry(db, original).chain] == [
        FIRST, "AZ-KZ/2025/001-R1", "AZ-KZ/2025/001-R2"]
    undo_renewal(db, third)
    assert [row.reference for row in register_entry(db, original).chain] == [
        FIRST, "AZ-KZ/2025/001-R1"]


def test_renewing_into_a_later_event_uses_or_copies_its_organizations(
        db: Database, sample_event: str, sample_document: dict[str, Any]) -> None:
    doc = copy.deepcopy(sample_document)
    doc["event"]["id"] = "almaty-2030"
    doc["event"]["hosts"] = []
    doc["organizations"] = [o for o in doc["organizations"] if o["id"] == "kaznu"]
    doc["people"], doc["agenda"], doc["agreements"] = [], [], []
    later = import_event_document(db, doc).event_key
    original = find_agreement(db, FIRST)
    renewal = renew_agreement(db, original, event_key=later, reference="KZ-AZ/2030/001")
    assert len(renewal.copied_organization_ids) == 1  # ADA was not in that event
    successor = register_entry(db, renewal.successor_id).row
    assert successor.event_key == later and successor.address == f"{later}/KZ-AZ/2030/001"
    assert [p.key for p in successor.parties] == ["ada", "kaznu"]
    assert successor.renews is not None and successor.renews.event_key == sample_event
    undo_renewal(db, renewal)
    assert list_register(db, RegisterFilter(event=later)) == []
    from desktop_app.services.organizations import list_organizations

    assert [o.key for o in list_organizations(db, later)] == ["kaznu"]


def test_only_a_signed_agreement_is_renewed_or_terminated(
        db: Database, make_agreement: MakeAgreement) -> None:
    agreement = _signed(make_agreement).id
    with pytest.raises(ValidationError, match="terminated_on"):
        terminate_agreement(db, agreement, dt.date(2025, 1, 1), "too early")
    before = terminate_agreement(db, agreement, dt.date(2027, 6, 30), "  closed by both  ")
    assert before.on is None
    row = register_entry(db, agreement, as_of=AS_OF).row
    assert (row.lifecycle, row.state.ends_on, row.termination_reason) == (
        Lifecycle.ACTIVE, dt.date(2027, 6, 30), "closed by both")
    assert register_entry(db, agreement, as_of=dt.date(2027, 6, 30)).row.lifecycle \
        == Lifecycle.TERMINATED
    with pytest.raises(ValidationError, match="a terminated agreement cannot be renewed"):
        renew_agreement(db, agreement)
    set_termination(db, agreement, before.on, before.reason)
    assert register_entry(db, agreement, as_of=AS_OF).row.terminated_on is None
    set_status(db, agreement, "ready")
    with pytest.raises(ValidationError, match="only a signed agreement can be renewed"):
        renew_agreement(db, agreement)
    with pytest.raises(ValidationError, match="only a signed agreement can be terminated"):
        terminate_agreement(db, agreement, dt.date(2027, 6, 30), "x")


def test_activities_are_counted_and_make_an_agreement_not_dormant(
        db: Database, make_organization: MakeOrganization,
        make_agreement: MakeAgreement) -> None:
    ada, kaznu = make_organization(short_name="ADA"), make_organization(short_name="KazNU")
    agreement = _signed(make_agreement, parties=[ada, kaznu]).id
    row = register_entry(db, agreement, as_of=AS_OF).row
    assert row.dormant and row.activities == 0
    view = add_activity(db, agreement, ActivityData(dt.date(2025, 9, 1), "student-mobility", 4,
                                                    "Autumn semester", ada.id, kaznu.id))
    assert view.direction == "ADA → KazNU"
    add_activity(db, agreement, ActivityData(dt.date(2026, 5, 1), "visit"))
    row = register_entry(db, agreement, as_of=AS_OF).row
    assert (row.activities, row.activity_total, row.dormant) == (2, 5, False)
    with pytest.raises(ValidationError) as refused:
        add_activity(db, agreement, ActivityData(dt.date(2025, 9, 1), "trip", 0,
                                                 from_organization_id=ada.id,
                                                 to_organization_id=ada.id))
    assert [p.field for p in refused.value.problems] == ["kind", "count", "to"]
    stranger = make_agreement().id
    other_party = register_entry(db, stranger).row.parties[0].organization_id
    with pytest.raises(ValidationError, match="is not a party to the agreement"):
        add_activity(db, agreement, ActivityData(dt.date(2025, 9, 1), "visit",
                                                 from_organization_id=other_party))
    changed = update_activity(db, view.id, ActivityData(dt.date(2025, 9, 2), "staff-mobility",
                                                        2), expected_version=view.version)
    assert (changed.kind, changed.count, changed.direction) == ("staff-mobility", 2, "")
    delete_activity(db, view.id)
    assert [a.kind for a in list_activities(db, agreement)] == ["visit"]
    # The visit left is after the first anniversary (2026-03-04): dormant again.
    assert register_entry(db, agreement, as_of=AS_OF).row.dormant


def test_attachments_keep_their_bytes_hash_and_facts(db: Database, make_agreement: MakeAgreement,
                                                     tmp_path: Path) -> None:
    agreement = make_agreement().id
    content = bytes(range(256)) * 300 + "Қол қойылды".encode()
    scan = tmp_path / "AZ-KZ-2025-001 signed.pdf"
    scan.write_bytes(content)
    view = add_attachment_file(db, agreement, scan, added_by="aliyeva")
    assert (view.file_name, view.kind, view.size, view.added_by) == (
        scan.name, "signed-copy", len(content), "aliyeva")
    import hashlib

    assert view.sha256 == hashlib.sha256(content).hexdigest()
    stored, data = attachment_content(db, view.id)
    assert data == content and stored.added_at.tzinfo is not None
    with pytest.raises(ValidationError, match="already attached"):
        add_attachment(db, agreement, "copy.pdf", content)
    add_attachment(db, agreement, "translation.docx", b"kk text", "translation")
    assert register_entry(db, agreement).row.attachments == 2
    out = tmp_path / "out"
    out.mkdir()
    assert sorted(p.name for p in save_attachments(db, agreement, out)) == [
        scan.name, "translation.docx"]
    assert (out / scan.name).read_bytes() == content
    removed = remove_attachment(db, view.id)
    assert [a.file_name for a in list_attachments(db, agreement)] == ["translation.docx"]
    back = restore_attachment(db, removed)
    assert (back.sha256, back.added_at, back.added_by) == (view.sha256, view.added_at,
                                                           "aliyeva")
    assert attachment_content(db, back.id)[1] == content


def test_the_size_limit_is_checked_before_the_file_is_read(
        db: Database, make_agreement: MakeAgreement, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.domain.partnership as partnership

    monkeypatch.setattr(partnership, "MAX_ATTACHMENT_BYTES", 1024 * 1024)
    big = tmp_path / "scan.pdf"
    with big.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024 + 100)
    with pytest.raises(ValidationError) as refused:
        add_attachment_file(db, make_agreement().id, big)
    assert str(refused.value) == ('file: "scan.pdf" is 3.0 MB; a file can be attached up to '
                                  "1 MB (split the scan or save it at a lower resolution)")
    with pytest.raises(AttachmentError, match="cannot read"):
        add_attachment_file(db, make_agreement().id, tmp_path / "missing.pdf")


def test_verify_a_file_or_a_code(db: Database, sample_event: str, tmp_path: Path) -> None:
    agreement = find_agreement(db, FIRST)
    signed = tmp_path / "signed.pdf"  # a scanned signed original: a PDF of its own
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(signed), invariant=True)
    canvas.drawString(72, 720, "AZ-KZ/2025/001, signed")
    canvas.showPage()
    canvas.save()
    add_attachment_file(db, agreement, signed)
    report = verify(db, str(signed))
    assert report.verified
    statuses = {r.check: r.status for r in report.results}
    assert (statuses["certificate-code"], statuses["attached-copy"]) == (
        CheckStatus.NOT_APPLICABLE, CheckStatus.PASS)
    assert report.headline is not None and FIRST in report.headline.summary
    changed = tmp_path / "changed.pdf"
    data = bytearray(signed.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed.write_bytes(bytes(data))
    refused = verify(db, str(changed))
    assert not refused.verified
    assert refused.headline is not None and refused.headline.status == CheckStatus.FAIL
    with pytest.raises(ValidationError, match="no such file"):
        verify(db, str(tmp_path / "nope.pdf"))
    with pytest.raises(ValidationError):
        verify(db, "AZ-KZ/2025/002:XYZ")  # a malformed code stays bad input


def test_a_changed_copy_of_an_attached_certificate_is_refused(
        db: Database, sample_event: str, tmp_path: Path) -> None:
    """A certificate PDF attached as the signed copy, then changed by one byte inside a
    page's content: its embedded verification code still matches the record, but the
    file is not the attached one, and verify must say so."""
    from desktop_app.documents.base import DocumentOptions
    from desktop_app.services.documents import generate_document

    certificate = tmp_path / "certificate.pdf"
    generate_document(db, sample_event, "certificates", certificate,
                      DocumentOptions(agreements=(FIRST,)))
    add_attachment_file(db, find_agreement(db, FIRST), certificate)
    assert verify(db, str(certificate)).verified
    data = bytearray(certificate.read_bytes())
    inside_a_stream = data.index(b"stream", data.index(b"/Page")) + 40
    data[inside_a_stream] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    report = verify(db, str(changed))
    statuses = {r.check: r.status for r in report.results}
    assert statuses["embedded-code"] == CheckStatus.PASS  # the record itself is unchanged
    assert statuses["attached-copy"] == CheckStatus.FAIL
    assert not report.verified
    assert report.headline is not None and FIRST in report.headline.summary
