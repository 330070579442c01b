"""Help › Verify a certificate…: a PDF (or any file) through every check of
``roundtable verify``, in the background, with the verdict and each check's answer.

The same service as the command line (``services.verification.verify``): the file's
signatures (intact, unchanged since, the signer; trusted when a certificate is given),
the verification codes it carries against this database, whether it is an attached
copy. Each check shows passed, failed or does not apply, with its detail lines.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.verification import (
    CheckStatus,
    VerificationReport,
    load_trusted,
    verify,
)
from desktop_app.ui.context import UiContext
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.views.feedback import default_folder, report_error
from desktop_app.ui.workers import Task, run_task

#: The checks by the names the service gives them.
CHECK_NAMES = {
    "certificate-code": QT_TRANSLATE_NOOP("VerifyDialog", "Certificate code"),
    "attached-copy": QT_TRANSLATE_NOOP("VerifyDialog", "Attached signed copy"),
    "signature": QT_TRANSLATE_NOOP("VerifyDialog", "Digital signature"),
    "embedded-code": QT_TRANSLATE_NOOP("VerifyDialog", "Verification codes in the file"),
}
STATUS_NAMES = {
    CheckStatus.PASS: QT_TRANSLATE_NOOP("VerifyDialog", "Passed"),
    CheckStatus.FAIL: QT_TRANSLATE_NOOP("VerifyDialog", "Failed"),
    CheckStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("VerifyDialog", "Does not apply"),
}


class VerifyDialog(QDialog):
    """Verifies one file; "Trust a certificate…" runs the checks again with it."""

    def __init__(self, ctx: UiContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.trust: Path | None = None
        self.task: Task | None = None
        self.report: VerificationReport | None = None
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.file_label = QLabel(str(path))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.trust_label = QLabel(self.tr("none: the signer is not checked"))
        self.trust_button = QPushButton(self.tr("Trust a certificate…"))
        self.trust_button.setToolTip(self.tr("The signer's certificate (.pem or .cer) as its "
                                             "owner handed it to you"))
        self.trust_button.clicked.connect(self.choose_trust)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_label, 1)
        trust_row.addWidget(self.trust_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file_label)
        form.addRow(self.tr("Trusted signer:"), trust_row)
        self.verdict = QLabel(self.tr("Checking…"))
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.checks = QTreeWidget()
        self.checks.setAccessibleName(self.tr("Checks"))
        self.checks.setColumnCount(3)
        self.checks.setHeaderLabels([self.tr("Check"), self.tr("Result"), self.tr("Details")])
        self.checks.setColumnWidth(0, 220)
        self.checks.setColumnWidth(1, 120)
        self.checks.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.checks, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def choose_trust(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Trusted certificate"), str(self.path.parent),
            self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        if chosen:
            self.trust = Path(chosen)
            self.trust_label.setText(self.trust.name)
            self.start()

    def start(self) -> None:
        """Run every check on the file in the background."""
        if self.task is not None:
            return
        self.verdict.setText(self.tr("Checking…"))
        self.checks.clear()
        self.trust_button.setEnabled(False)
        db, text, trust = self.ctx.db, str(self.path), self.trust

        def work(_progress, _cancelled):  # type: ignore[no-untyped-def]
            trusted = load_trusted([trust]) if trust is not None else ()
            return verify(db, text, trusted=trusted)

        self.task = run_task(work, succeeded=self.show_report, failed=self._failed,
                             finished=self._finished)

    def _finished(self) -> None:
        self.task = None
        self.trust_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self.verdict.setText(self.tr("The file could not be checked."))
        if isinstance(exc, RoundtableError):
            report_error(self, exc)
        else:
            from desktop_app.ui.errors import show_error

            show_error(self, exc)

    def show_report(self, report: VerificationReport) -> None:
        self.report = report
        headline = report.headline
        if report.verified:
            verdict = self.tr("Verified: {summary}")
        else:
            verdict = self.tr("Not verified: {summary}")
        summary = headline.summary if headline is not None else \
            self.tr("no check applies to this file")
        self.verdict.setText(verdict.format(summary=summary))
        self.checks.clear()
        for result in report.results:
            name = CHECK_NAMES.get(result.check)
            item = QTreeWidgetItem([self.tr(name) if name else result.check,
                                    self.tr(STATUS_NAMES[result.status]), result.summary])
            item.setToolTip(2, result.summary)
            for line in result.details:
                child = QTreeWidgetItem(["", "", line.strip()])
                child.setToolTip(2, line.strip())
                item.addChild(child)
            self.checks.addTopLevelItem(item)
            item.setExpanded(result.status != CheckStatus.NOT_APPLICABLE)


def open_verify_dialog(ctx: UiContext, parent: QWidget) -> VerifyDialog | None:
    """Ask for a file, then show the dialog checking it; None if no file was chosen."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("VerifyDialog", "Verify a certificate"),
        default_folder(),
        QCoreApplication.translate("VerifyDialog", "PDF files (*.pdf);;All files (*)"))
    if not chosen:
        return None
    dialog = VerifyDialog(ctx, Path(chosen), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.start()
    return dialog
