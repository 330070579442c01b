"""In the window (issue 17, point 13): the Documents view signs with a remembered key file
and a passphrase asked each time (never stored); Help › Verify a certificate… checks a
PDF in a worker and shows the verdict and every check."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop_app.documents.signing import check_signatures
from desktop_app.services.keys import certificate_pem, create_key_file
from desktop_app.ui.dialogs import verify_dialog
from desktop_app.ui.dialogs.verify_dialog import VerifyDialog, open_verify_dialog
from desktop_app.ui.views.documents_view import DocumentsView
from desktop_app.ui.views.signing_choice import KEY_FILE_SETTING

PASSPHRASE = "window passphrase"


@pytest.fixture(scope="module")
def key_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("window-key")
    path = folder / "office.p12"
    create_key_file(path, "ADA University · Protocol Office", PASSPHRASE, algorithm="p256")
    (folder / "office.pem").write_bytes(certificate_pem(path, PASSPHRASE))
    return path


def _view(qtbot, ui_ctx) -> DocumentsView:
    view = DocumentsView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _answer_passphrase(monkeypatch, answer: str | None) -> list[str]:
    asked: list[str] = []

    def fake(parent, title, label, echo, *args, **kwargs):
        from PySide6.QtWidgets import QLineEdit

        assert echo == QLineEdit.EchoMode.Password
        asked.append(label)
        return (answer or "", answer is not None)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(fake))
    return asked


def test_sign_with_a_remembered_key_and_an_asked_passphrase(
        qtbot, ui_ctx, key_file, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(key_file), "")))
    asked = _answer_passphrase(monkeypatch, PASSPHRASE)
    view = _view(qtbot, ui_ctx)
    view.select_kind("programme")
    assert not view.signing.isEnabled()  # only certificates and the register are signed
    view.select_kind("certificates")
    assert view.signing.isEnabled()
    view.signing.check.setChecked(True)  # no key yet: the file dialog chooses one
    assert view.signing.key_file == key_file
    assert ui_ctx.settings.value(KEY_FILE_SETTING) == str(key_file)
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None and view.task is None, timeout=60000)
    assert asked == ['Passphrase for "office.p12":']
    assert "Signed by ADA University · Protocol Office." in view.message.text()
    (check,) = check_signatures(view.result.path.read_bytes())
    assert check.intact and check.unchanged_since
    # The path is remembered, the passphrase is not: nothing in the settings holds it.
    ui_ctx.settings.sync()
    stored = Path(ui_ctx.settings.fileName()).read_text(encoding="utf-8")
    assert str(key_file) in stored and PASSPHRASE not in stored
    again = DocumentsView(ui_ctx)
    qtbot.addWidget(again)
    assert again.signing.name.text() == "office.p12"


def test_a_cancelled_passphrase_generates_nothing_and_a_wrong_one_says_so(
        qtbot, ui_ctx, key_file, monkeypatch) -> None:
    ui_ctx.settings.setValue(KEY_FILE_SETTING, str(key_file))
    view = _view(qtbot, ui_ctx)
    view.select_kind("register")
    view.signing.check.setChecked(True)
    _answer_passphrase(monkeypatch, None)
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    assert view.task is None and view.result is None
    reported: list[str] = []
    from desktop_app.ui.views import documents_view

    monkeypatch.setattr(documents_view, "report_error",
                        lambda parent, exc: reported.append(str(exc)))
    _answer_passphrase(monkeypatch, "not the passphrase")
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None and bool(reported), timeout=30000)
    assert reported == ["passphrase: wrong passphrase for the key file"]
    assert view.result is None


def _signed_certificates(qtbot, ui_ctx, key_file, monkeypatch) -> Path:
    ui_ctx.settings.setValue(KEY_FILE_SETTING, str(key_file))
    _answer_passphrase(monkeypatch, PASSPHRASE)
    view = _view(qtbot, ui_ctx)
    view.select_kind("certificates")
    view.signing.check.setChecked(True)
    qtbot.mouseClick(view.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.result is not None and view.task is None, timeout=60000)
    return view.result.path


def test_help_verify_shows_the_checks_of_a_signed_file(
        qtbot, ui_ctx, key_file, monkeypatch, tmp_path) -> None:
    signed = _signed_certificates(qtbot, ui_ctx, key_file, monkeypatch)
    parent = DocumentsView(ui_ctx)
    qtbot.addWidget(parent)
    monkeypatch.setattr(verify_dialog.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(signed), "")))
    dialog = open_verify_dialog(ui_ctx, parent)
    assert isinstance(dialog, VerifyDialog)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.task is None, timeout=60000)
    assert dialog.verdict.text().startswith("Verified: the signature intact")
    rows = {dialog.checks.topLevelItem(i).text(0): dialog.checks.topLevelItem(i).text(1)
            for i in range(dialog.checks.topLevelItemCount())}
    assert rows["Digital signature"] == "Passed"
    assert rows["Verification codes in the file"] == "Passed"
    assert rows["Certificate code"] == "Does not apply"
    # Trusting another signer's certificate turns the verdict.
    other = tmp_path / "other.p12"
    create_key_file(other, "Somebody Else", PASSPHRASE, algorithm="p256")
    (tmp_path / "other.pem").write_bytes(certificate_pem(other, PASSPHRASE))
    monkeypatch.setattr(verify_dialog.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(tmp_path / "other.pem"), "")))
    dialog.report = None
    dialog.choose_trust()
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.task is None, timeout=60000)
    assert dialog.verdict.text() == ("Not verified: the signer's certificate is not one you "
                                     "trust (signed by ADA University · Protocol Office, "
                                     + dialog.report.headline.summary.split(", ", 1)[1])
    dialog.close()


def test_help_menu_has_the_verify_action(qtbot, ui_ctx, monkeypatch) -> None:
    from desktop_app.ui.main_window import VIEWS, MainWindow

    window = MainWindow(ui_ctx, views=VIEWS[:1])
    qtbot.addWidget(window)
    action = window.actions_registry.action("help.verify")
    assert action.text() == "&Verify a certificate…"
    assert action in window.actions_registry.menus()["Help"].actions()
    opened: list[object] = []
    monkeypatch.setattr(verify_dialog.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: opened.append(args) or ("", "")))
    action.trigger()
    assert len(opened) == 1  # asked for a file; none chosen, no dialog


def test_no_passphrase_in_settings_files(qtbot, tmp_path: Path) -> None:
    """The settings key holds a path: a QSettings written by the view has no other key."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    from desktop_app.ui.views.signing_choice import SigningChoice

    choice = SigningChoice(settings)
    choice.set_key_file(tmp_path / "k.p12")
    settings.sync()
    assert settings.allKeys() == [KEY_FILE_SETTING]
