"""Undo commands of the Agreements register: renew, terminate, attach and remove files,
add, edit and delete activities. Every change the register makes is one of these
(opening a file changes nothing and is not).

Undoing a removal re-creates the attachment or activity under a new id; ``IdRemap``
(kinds "attachment" and "activity") lets every other command on the stack find it.
Undo and redo are refused when someone else changed the termination, the activity or
the drafted successor since the command's last step (``KeptRecord``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from desktop_app.services.activities import (
    ActivityData,
    ActivityRow,
    add_activity,
    delete_activity,
    get_activity,
    update_activity,
)
from desktop_app.services.agreements import AgreementData, get_agreement
from desktop_app.services.attachments import (
    AttachmentRow,
    RemovedAttachment,
    add_attachment,
    current_user,
    remove_attachment,
    restore_attachment,
)
from desktop_app.services.renewals import (
    Renewal,
    get_termination,
    renew_agreement,
    set_termination,
    terminate_agreement,
    undo_renewal,
)
from desktop_app.ui.context import UiContext

from .agreement_commands import kept_agreement
from .base import KeptRecord, Stored
from .record_commands import ServiceCommand

# An agreement's termination: (terminated on, reason).
TerminationData = tuple[dt.date | None, str | None]


def kept_activity(ctx: UiContext, version: int | None) -> KeptRecord[ActivityData]:
    def read(activity_id: int) -> Stored[ActivityData]:
        view = get_activity(ctx.db, activity_id)
        return Stored(str(view.id), view.data, view.version)

    return KeptRecord("activity", read, lambda data: data, version)


class RenewCommand(ServiceCommand):
    """Draft a successor; undo deletes it (and organizations copied for it)."""

    def __init__(self, ctx: UiContext, original_id: int, reference: str,
                 new_reference: str | None = None, event_key: str | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "RegisterCommands", "Renew {reference}").format(reference=reference))
        self.original_id = original_id
        self.new_reference = new_reference
        self.event_key = event_key
        self.renewal: Renewal | None = None
        self.successor = kept_agreement(ctx, self.ids, None)

    @property
    def successor_id(self) -> int | None:
        return self.ids.agreement(self.renewal.successor_id) if self.renewal else None

    def apply(self) -> None:
        before = self.renewal
        self.renewal = renew_agreement(self.ctx.db, self.ids.agreement(self.original_id),
                                       reference=self.new_reference, event_key=self.event_key)
        if before is not None:
            self.ids.moved("agreement", before.successor_id, self.renewal.successor_id)
        self.new_reference = self.renewal.reference
        self.successor.stored(AgreementData.from_row(
            get_agreement(self.ctx.db, self.renewal.successor_id)))

    def revert(self) -> None:
        assert self.renewal is not None
        successor_id = self.successor_id or 0
        undo_renewal(self.ctx.db, replace(self.renewal, successor_id=successor_id),
                     expected_version=self.successor.expected_version(successor_id))


class TerminateCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, agreement_id: int, reference: str, on: dt.date,
                 reason: str, version: int | None = None) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "RegisterCommands", "Terminate {reference}").format(reference=reference))
        self.agreement_id = agreement_id
        self.on = on
        self.reason = reason
        self.before: TerminationData = (None, None)

        def read(current_id: int) -> Stored[TerminationData]:
            now = get_termination(ctx.db, current_id)
            return Stored(reference, (now.on, now.reason), now.version)

        self.record = KeptRecord("agreement", read, lambda data: data, version)

    def _stored(self, agreement_id: int) -> None:
        now = get_termination(self.ctx.db, agreement_id)
        self.record.stored((now.on, now.reason))

    def apply(self) -> None:
        agreement_id = self.ids.agreement(self.agreement_id)
        before = terminate_agreement(self.ctx.db, agreement_id, self.on, self.reason,
                                     expected_version=self.record.expected_version(agreement_id))
        self.before = (before.on, before.reason)
        self._stored(agreement_id)

    def revert(self) -> None:
        agreement_id = self.ids.agreement(self.agreement_id)
        set_termination(self.ctx.db, agreement_id, *self.before,
                        expected_version=self.record.expected_version(agreement_id))
        self._stored(agreement_id)


class AttachCommand(ServiceCommand):
    """Attach bytes read once (a dropped or chosen file); undo removes the attachment."""

    def __init__(self, ctx: UiContext, agreement_id: int, reference: str, file_name: str,
                 data: bytes, kind: str) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "RegisterCommands", 'Attach "{name}" to {reference}').format(
            name=file_name, reference=reference))
        self.agreement_id = agreement_id
        self.file_name = file_name
        self.data = data
        self.kind = kind
        self.added_by = current_user()
        self.added_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
        self.view: AttachmentRow | None = None

    def apply(self) -> None:
        before = self.view
        self.view = add_attachment(self.ctx.db, self.ids.agreement(self.agreement_id),
                                   self.file_name, self.data, self.kind, self.added_by,
                                   self.added_at)
        if before is not None:
            self.ids.moved("attachment", before.id, self.view.id)

    def revert(self) -> None:
        assert self.view is not None
        remove_attachment(self.ctx.db, self.ids.resolve("attachment", self.view.id)
                          or self.view.id)


class RemoveAttachmentCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, attachment: AttachmentRow) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "RegisterCommands", 'Remove "{name}"').format(name=attachment.file_name))
        self.attachment_id = attachment.id
        self.removed: RemovedAttachment | None = None

    def apply(self) -> None:
        self.removed = remove_attachment(
            self.ctx.db, self.ids.resolve("attachment", self.attachment_id)
            or self.attachment_id)

    def revert(self) -> None:
        assert self.removed is not None
        restored = restore_attachment(self.ctx.db, self.removed,
                                      self.ids.agreement(self.removed.view.agreement_id))
        self.ids.moved("attachment", self.removed.view.id, restored.id)


class AddActivityCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, agreement_id: int, reference: str,
                 data: ActivityData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "RegisterCommands", "Add an activity to {reference}").format(reference=reference))
        self.agreement_id = agreement_id
        self.data = data
        self.view: ActivityRow | None = None
        self.record = kept_activity(ctx, None)

    def apply(self) -> None:
        before = self.view
        self.view = add_activity(self.ctx.db, self.ids.agreement(self.agreement_id), self.data)
        if before is not None:
            self.ids.moved("activity", before.id, self.view.id)
        self.record.stored(self.view.data)

    def revert(self) -> None:
        assert self.view is not None
        activity_id = self.ids.resolve("activity", self.view.id) or self.view.id
        delete_activity(self.ctx.db, activity_id,
                        expected_version=self.record.expected_version(activity_id))


class EditActivityCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, before: ActivityRow, after: ActivityData,
                 reference: str) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "RegisterCommands", "Edit an activity of {reference}").format(reference=reference))
        self.activity_id = before.id
        self.before = before.data
        self.after = after
        self.record = kept_activity(ctx, before.version)

    def _store(self, data: ActivityData) -> None:
        activity_id = self.ids.resolve("activity", self.activity_id) or self.activity_id
        view = update_activity(self.ctx.db, activity_id, data,
                               expected_version=self.record.expected_version(activity_id))
        self.record.stored(view.data)

    def apply(self) -> None:
        self._store(self.after)

    def revert(self) -> None:
        self._store(self.before)


class DeleteActivityCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, activity: ActivityRow, reference: str) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "RegisterCommands", "Delete an activity of {reference}").format(reference=reference))
        self.activity_id = activity.id
        self.agreement_id = activity.agreement_id
        self.data = activity.data
        self.record = kept_activity(ctx, activity.version)

    def apply(self) -> None:
        activity_id = self.ids.resolve("activity", self.activity_id) or self.activity_id
        delete_activity(self.ctx.db, activity_id,
                        expected_version=self.record.expected_version(activity_id))

    def revert(self) -> None:
        view = add_activity(self.ctx.db, self.ids.agreement(self.agreement_id), self.data)
        self.ids.moved("activity", self.ids.resolve("activity", self.activity_id)
                       or self.activity_id, view.id)
        self.record.stored(view.data)

