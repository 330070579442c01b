"""Status buttons say what they do and ask when it matters (issue 16, point 9): on a
signed agreement the ready button is "Undo signing…" and asks first; marking ready or
signed with an incomplete readiness checklist asks, listing what is missing."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services.agreements import get_agreement, list_agreements, set_readiness
from desktop_app.ui.views import agreements_view
from desktop_app.ui.views.agreements_view import AgreementsView


def _view(qtbot, ui_ctx) -> AgreementsView:
    view = AgreementsView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1380, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.loading)
    return view


def _agreement(ui_ctx, reference: str = "AZ-KZ/2025/003"):
    return next(a for a in list_agreements(ui_ctx.db, ui_ctx.event_key)
                if a.reference == reference)


class Answers:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, list[str]]] = []

    def __call__(self, _parent, title, text, details=None, action=None):
        self.asked.append((title, text, list(details or []), action))
        return self.answer


def test_undo_signing_is_named_and_asks_first(qtbot, ui_ctx, monkeypatch) -> None:
    signed = _agreement(ui_ctx)
    assert signed.status == "signed"
    view = _view(qtbot, ui_ctx)
    assert view.show_record("agreement", signed.key)
    button = view.details.ready_button
    assert button.text() == "Undo signing…"
    refuse = Answers(False)
    monkeypatch.setattr(agreements_view, "confirm", refuse)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert refuse.asked and signed.reference in refuse.asked[0][1]
    assert get_agreement(ui_ctx.db, signed.id).status == "signed"   # nothing changed
    accept = Answers(True)
    monkeypatch.setattr(agreements_view, "confirm", accept)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert get_agreement(ui_ctx.db, signed.id).status == "ready"
    assert view.details.ready_button.text() == "Mark ready"


def test_an_incomplete_checklist_asks_and_lists_what_is_missing(qtbot, ui_ctx, monkeypatch) -> None:
    agreement = _agreement(ui_ctx)
    view = _view(qtbot, ui_ctx)
    monkeypatch.setattr(agreements_view, "confirm", Answers(True))
    view.show_record("agreement", agreement.key)
    qtbot.mouseClick(view.details.ready_button, Qt.MouseButton.LeftButton)   # undo signing
    set_readiness(ui_ctx.db, agreement.id, "printed", False)
    set_readiness(ui_ctx.db, agreement.id, "bound", False)
    view.reload()
    view.show_record("agreement", agreement.key)
    refuse = Answers(False)
    monkeypatch.setattr(agreements_view, "confirm", refuse)
    qtbot.mouseClick(view.details.signed_button, Qt.MouseButton.LeftButton)
    assert len(refuse.asked) == 1
    _title, _text, missing, action = refuse.asked[0]
    assert missing == [view.details.checks["printed"].text(), view.details.checks["bound"].text()]
    assert action == "Mark signed"
    assert get_agreement(ui_ctx.db, agreement.id).status == "ready"
    # Back to draft, then Mark ready asks in the same way.
    qtbot.mouseClick(view.details.reopen_button, Qt.MouseButton.LeftButton)
    assert get_agreement(ui_ctx.db, agreement.id).status == "draft"
    qtbot.mouseClick(view.details.ready_button, Qt.MouseButton.LeftButton)
    assert len(refuse.asked) == 2 and refuse.asked[1][3] == "Mark ready"
    assert get_agreement(ui_ctx.db, agreement.id).status == "draft"
