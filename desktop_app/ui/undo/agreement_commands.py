"""Undo commands for agreements: create, edit, delete, status, readiness, signing order.

Going back uses ``update_agreement`` with the full before-snapshot, not the
status workflow: undoing "cancel" must restore "ready" even though the
workflow only lets a cancelled agreement be reopened as a draft. Every undo and redo
is refused, as a form's save is, when someone else changed the agreement since the
command's last step (``KeptRecord``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.errors import StaleDataError
from desktop_app.services.agreements import (
    AgreementData,
    create_agreement,
    delete_agreement,
    get_agreement,
    set_readiness,
    set_status,
    update_agreement,
)
from desktop_app.services.ceremony import (
    group_signings_by_signatory,
    renumber_signings,
    reorder_signings,
)
from desktop_app.services.snapshots import AgreementRow
from desktop_app.storage.database import Database
from desktop_app.ui.context import UiContext

from .base import KeptRecord, Stored
from .people_commands import agreement_data_now
from .record_commands import IdRemap, ServiceCommand, id_remap

#: The undo text of a status change, per new status; translated when the command is made.
STATUS_TEXTS = {
    "draft": QT_TRANSLATE_NOOP("AgreementCommands", "Reopen {reference}"),
    "ready": QT_TRANSLATE_NOOP("AgreementCommands", "Mark {reference} ready"),
    "signed": QT_TRANSLATE_NOOP("AgreementCommands", "Mark {reference} signed"),
    "cancelled": QT_TRANSLATE_NOOP("AgreementCommands", "Cancel {reference}"),
}
#: The undo text of a readiness tick, per checklist item and direction.
READINESS_TEXTS = {
    ("legal_review", True): QT_TRANSLATE_NOOP("AgreementCommands",
                                              "Mark the legal review of {reference} done"),
    ("legal_review", False): QT_TRANSLATE_NOOP("AgreementCommands",
                                               "Mark the legal review of {reference} not done"),
    ("translated", True): QT_TRANSLATE_NOOP("AgreementCommands",
                                            "Mark {reference} translated"),
    ("translated", False): QT_TRANSLATE_NOOP("AgreementCommands",
                                             "Mark {reference} not translated"),
    ("printed", True): QT_TRANSLATE_NOOP("AgreementCommands", "Mark {reference} printed"),
    ("printed", False): QT_TRANSLATE_NOOP("AgreementCommands",
                                          "Mark {reference} not printed"),
    ("bound", True): QT_TRANSLATE_NOOP("AgreementCommands", "Mark {reference} bound"),
    ("bound", False): QT_TRANSLATE_NOOP("AgreementCommands", "Mark {reference} not bound"),
}


def _command_text(text: object, reference: str) -> str:
    """``text`` (one of the marked texts above) in the interface language."""
    return QCoreApplication.translate("AgreementCommands", str(text)).format(reference=reference)


def kept_agreement(ctx: UiContext, ids: IdRemap, version: int | None
                   ) -> KeptRecord[AgreementData]:
    def read(agreement_id: int) -> Stored[AgreementData]:
        view = get_agreement(ctx.db, agreement_id)
        return Stored(view.key, AgreementData.from_row(view), view.version)

    return KeptRecord("agreement", read, lambda data: agreement_data_now(ids, data), version)


class _AgreementCommand(ServiceCommand):
    """Holds the before-snapshot and restores it on undo."""

    def __init__(self, ctx: UiContext, before: AgreementRow, text: str) -> None:
        super().__init__(ctx, text)
        self.agreement_id = before.id
        self.before = AgreementData.from_row(before)
        self.record = kept_agreement(ctx, self.ids, before.version)

    @property
    def current_id(self) -> int:
        return self.ids.agreement(self.agreement_id)

    def change(self, agreement_id: int, expected_version: int | None) -> AgreementRow:
        """The change itself, refused if the agreement is no longer at ``expected_version``."""
        raise NotImplementedError

    def apply(self) -> None:
        agreement_id = self.current_id
        view = self.change(agreement_id, self.record.expected_version(agreement_id))
        self.record.stored(AgreementData.from_row(view))

    def revert(self) -> None:
        agreement_id = self.current_id
        view = update_agreement(self.ctx.db, agreement_id,
                                agreement_data_now(self.ids, self.before),
                                expected_version=self.record.expected_version(agreement_id))
        self.record.stored(AgreementData.from_row(view))


class SetStatusCommand(_AgreementCommand):
    def __init__(self, ctx: UiContext, before: AgreementRow, status: str,
                 signed_at: dt.datetime | None = None) -> None:
        text = STATUS_TEXTS.get(status)
        super().__init__(ctx, before, _command_text(text, before.reference) if text
                         else f"{status} {before.reference}")
        self.status = status
        self.signed_at = signed_at

    def change(self, agreement_id: int, expected_version: int | None) -> AgreementRow:
        return set_status(self.ctx.db, agreement_id, self.status, signed_at=self.signed_at,
                          expected_version=expected_version)


class SetReadinessCommand(_AgreementCommand):
    def __init__(self, ctx: UiContext, before: AgreementRow, item: str, done: bool) -> None:
        text = READINESS_TEXTS.get((item, done))
        super().__init__(ctx, before, _command_text(text, before.reference) if text
                         else f"{item} {before.reference}")
        self.item = item
        self.done = done

    def change(self, agreement_id: int, expected_version: int | None) -> AgreementRow:
        return set_readiness(self.ctx.db, agreement_id, self.item, self.done,
                             expected_version=expected_version)


class EditAgreementCommand(_AgreementCommand):
    def __init__(self, ctx: UiContext, before: AgreementRow, after: AgreementData) -> None:
        super().__init__(ctx, before, QCoreApplication.translate(
            "AgreementCommands", "Edit {reference}", "undo command").format(
            reference=before.reference))
        self.after = after

    def change(self, agreement_id: int, expected_version: int | None) -> AgreementRow:
        return update_agreement(self.ctx.db, agreement_id,
                                agreement_data_now(self.ids, self.after),
                                expected_version=expected_version)


class CreateAgreementCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, event_key: str, data: AgreementData) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "AgreementCommands", "Add {reference}", "undo command").format(
            reference=data.reference))
        self.event_key = event_key
        self.data = data
        self.agreement_id: int | None = None
        self.record = kept_agreement(ctx, self.ids, None)

    def apply(self) -> None:
        view = create_agreement(self.ctx.db, self.event_key, agreement_data_now(self.ids,
                                                                               self.data))
        if self.agreement_id is not None:
            self.ids.moved("agreement", self.agreement_id, view.id)
        self.agreement_id = view.id
        self.data.key = view.key
        self.record.stored(AgreementData.from_row(view))

    def revert(self) -> None:
        assert self.agreement_id is not None
        agreement_id = self.ids.agreement(self.agreement_id)
        delete_agreement(self.ctx.db, agreement_id,
                         expected_version=self.record.expected_version(agreement_id))


class DeleteAgreementCommand(ServiceCommand):
    def __init__(self, ctx: UiContext, event_key: str, agreement: AgreementRow) -> None:
        super().__init__(ctx, QCoreApplication.translate(
            "AgreementCommands", "Delete {reference}", "undo command").format(
            reference=agreement.reference))
        self.event_key = event_key
        self.agreement_id = agreement.id
        self.data = AgreementData.from_row(agreement)
        self.record = kept_agreement(ctx, self.ids, agreement.version)

    def apply(self) -> None:
        agreement_id = self.ids.agreement(self.agreement_id)
        delete_agreement(self.ctx.db, agreement_id,
                         expected_version=self.record.expected_version(agreement_id))

    def revert(self) -> None:
        old_id = self.ids.agreement(self.agreement_id)
        view = create_agreement(self.ctx.db, self.event_key,
                                agreement_data_now(self.ids, self.data))
        self.ids.moved("agreement", old_id, view.id)
        self.record.stored(AgreementData.from_row(view))


# An agreement's place in the signing ceremony: (signing item id, signing order).
Slot = tuple[int | None, int | None]


class CeremonyOrderCommand(ServiceCommand):
    """A change of signing order (drag-and-drop, renumber, group by signatory).

    Undo puts back every agreement's own signing item and order, gaps and
    repeats included, so undo really returns to what was there. Undo and redo are
    refused when someone else moved one of those agreements since the last step.
    """

    def __init__(self, ctx: UiContext, text: str, item_id: int,
                 before: list[AgreementRow], change: Callable[[Database, int], None]) -> None:
        super().__init__(ctx, text)
        self.item_id = item_id
        self.before = {a.id: AgreementData.from_row(a) for a in before}
        self.change = change
        # The slots the last step left (None before the first one).
        self.left: dict[int, Slot] | None = None

    def _as_left(self) -> dict[int, AgreementRow]:
        """The agreements now, each checked to be where the last step left it."""
        now: dict[int, AgreementRow] = {}
        for agreement_id in self.before:
            current = get_agreement(self.ctx.db, self.ids.agreement(agreement_id))
            if self.left is not None and (current.signing_item_id, current.signing_order) \
                    != self.left[agreement_id]:
                raise StaleDataError("agreement", current.key)
            now[agreement_id] = current
        return now

    def apply(self) -> None:
        if self.left is not None:  # a redo
            self._as_left()
        self.change(self.ctx.db, self.item_id)
        self.left = {agreement_id: (current.signing_item_id, current.signing_order)
                     for agreement_id, current in self._as_left().items()}

    def revert(self) -> None:
        for agreement_id, current in self._as_left().items():
            data = self.before[agreement_id]
            if (current.signing_item_id, current.signing_order) != (data.signing_item_id,
                                                                    data.signing_order):
                restored = AgreementData.from_row(current)
                restored.signing_item_id = data.signing_item_id
                restored.signing_order = data.signing_order
                update_agreement(self.ctx.db, current.id, restored,
                                 expected_version=current.version)
        self.left = {agreement_id: (data.signing_item_id, data.signing_order)
                     for agreement_id, data in self.before.items()}


def reorder_command(ctx: UiContext, item_id: int, before: list[AgreementRow],
                    agreement_ids: list[int]) -> CeremonyOrderCommand:
    ids = id_remap(ctx)

    def change(db: Database, item: int) -> None:
        reorder_signings(db, item, [ids.agreement(a) for a in agreement_ids])

    return CeremonyOrderCommand(ctx, QCoreApplication.translate(
        "AgreementCommands", "Reorder the signing ceremony"), item_id, before, change)


def renumber_command(ctx: UiContext, item_id: int, before: list[AgreementRow]
                     ) -> CeremonyOrderCommand:
    return CeremonyOrderCommand(ctx, QCoreApplication.translate(
        "AgreementCommands", "Renumber the signing ceremony"), item_id, before,
                                renumber_signings)


def group_command(ctx: UiContext, item_id: int, before: list[AgreementRow]
                  ) -> CeremonyOrderCommand:
    return CeremonyOrderCommand(ctx, QCoreApplication.translate(
        "AgreementCommands", "Group the signings by signatory"), item_id, before,

                                group_signings_by_signatory)
