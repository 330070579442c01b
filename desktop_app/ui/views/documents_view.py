"""The Documents view: choose a document, generate it in the background, preview it,
save it as PDF or print it.

Generation runs in a worker (``run_task``) with a progress bar and Cancel, so
a thousand certificates never freeze the window; the preview is the real PDF,
rendered by QtPdf, and printing draws those same pages at the printer's
resolution.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QSize, Qt, QTemporaryDir
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import RoundtableError
from desktop_app.services.documents import (
    MAX_LANGUAGES,
    SIGNABLE,
    DocumentOptions,
    DocumentResult,
    generate_document,
)
from desktop_app.services.event_editing import get_event
from desktop_app.services.file_names import document_file_name
from desktop_app.services.keys import load_signer
from desktop_app.ui.context import UiContext
from desktop_app.ui.dialogs.form_support import language_label, language_name
from desktop_app.ui.i18n import QT_TRANSLATE_NOOP
from desktop_app.ui.workers import Task, run_task

from .document_tables import ITEM_DOCUMENTS, TableChoice
from .feedback import default_folder, report_error
from .record_list import heading_label, muted_label
from .signing_choice import SigningChoice
from .two_line_delegate import DESCRIPTION_ROLE, TwoLineDelegate

DOCUMENTS = (
    ("programme", QT_TRANSLATE_NOOP("DocumentsView", "Programme"),
     QT_TRANSLATE_NOOP("DocumentsView", "The agenda with speakers, for guests and the press")),
    ("certificates", QT_TRANSLATE_NOOP("DocumentsView", "Signing certificates"),
     QT_TRANSLATE_NOOP("DocumentsView", "One page per signed agreement, with a QR code")),
    ("register", QT_TRANSLATE_NOOP("DocumentsView", "Signing register"),
     QT_TRANSLATE_NOOP("DocumentsView", "Every agreement, its parties and signatories")),
    ("runsheet", QT_TRANSLATE_NOOP("DocumentsView", "Ceremony run sheet"),
     QT_TRANSLATE_NOOP("DocumentsView", "Minute-by-minute plan for the protocol team")),
    ("badges", QT_TRANSLATE_NOOP("DocumentsView", "Name badges"),
     QT_TRANSLATE_NOOP("DocumentsView", "Badges for every participant")),
    ("placecards", QT_TRANSLATE_NOOP("DocumentsView", "Place cards"),
     QT_TRANSLATE_NOOP("DocumentsView", "Folded table cards with names")),
    ("seating", QT_TRANSLATE_NOOP("DocumentsView", "Seating chart"),
     QT_TRANSLATE_NOOP("DocumentsView", "Each table to scale, with an index of people")),
    ("flags", QT_TRANSLATE_NOOP("DocumentsView", "Flag placement"),
     QT_TRANSLATE_NOOP("DocumentsView", "Where each national flag stands, as the audience "
                                        "sees it")),
)
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
PAPERS = (("a4", "A4"), ("letter", QT_TRANSLATE_NOOP("DocumentsView", "US Letter")))
# The seating chart may also be printed on A3, for a large table (``print seating``).
CHART_PAPERS = (*PAPERS, ("a3", "A3"))
MENU_PROPERTY = "roundtable_menu"


class DocumentsView(QWidget):
    title = "Documents"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.result: DocumentResult | None = None
        # The table of the document shown (``DocumentOptions.item``), for its file name.
        self.result_item: str | None = None
        self._dir = QTemporaryDir()
        self._counter = 0
        self.pdf = QPdfDocument(self)

        self.kinds = QListWidget()
        self.title = self.tr("Documents")
        self.kinds.setAccessibleName(self.tr("Document"))
        self.kinds.setSpacing(2)
        self.kinds.setItemDelegate(TwoLineDelegate(self.kinds))
        for kind, english_name, english_description in DOCUMENTS:
            name, description = self.tr(english_name), self.tr(english_description)
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setData(DESCRIPTION_ROLE, description)
            item.setToolTip(description)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.kinds.setMinimumWidth(240)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        # The second language never offers the first one again.
        self.language.currentIndexChanged.connect(lambda _i: self._fill_second_language())
        self.second_language = QComboBox()
        self.second_language.setAccessibleName(self.tr("Second language"))
        self.table = TableChoice()
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self._fill_papers(PAPERS)
        self.signing = SigningChoice(ctx.settings)
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setAccessibleName(self.tr("Generate document"))
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel generation"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.ask_save)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.ask_print)
        for button in (self.save_button, self.print_button):
            button.setAccessibleName(button.text().rstrip("…"))
            button.setEnabled(False)

        options = QFormLayout()
        options.addRow(self.tr("Language:"), self.language)
        options.addRow(self.tr("Second language:"), self.second_language)
        options.addRow(self.tr("Table:"), self.table)
        options.addRow(self.tr("Paper:"), self.paper)
        options.addRow(self.tr("Digital signature:"), self.signing)
        run = QHBoxLayout()
        run.addWidget(self.generate_button, 1)
        run.addWidget(self.cancel_button)
        output = QHBoxLayout()
        output.addWidget(self.save_button)
        output.addWidget(self.print_button)
        side = QVBoxLayout()
        side.addWidget(self.kinds, 1)
        side.addLayout(options)
        side.addLayout(run)
        side.addWidget(self.progress)
        side.addWidget(self.message)
        side.addLayout(output)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(260)
        side_box.setMaximumWidth(380)

        self.preview = QPdfView()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setMinimumWidth(260)
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setPageSpacing(14)
        self.preview_frame = QFrame()
        self.preview_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.page_label = muted_label(
            self.tr("No document yet: choose one and press Generate."))
        self.page_label.setWordWrap(True)  # a narrow window wraps it instead of growing
        self.page_spin = QSpinBox()
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_spin.setPrefix(self.tr("Page ", "before the page number, with a space"))
        self.page_spin.setEnabled(False)
        self.page_spin.valueChanged.connect(self._go_to_page)
        self.preview.pageNavigator().currentPageChanged.connect(self._page_scrolled)
        self.page_spin.hide()  # no "Page 0" without a document
        # Zoom: out, in, and the two fits (the width of the preview, or whole pages).
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.fit_width_button = QToolButton()
        self.fit_width_button.setText(self.tr("Fit width"))
        self.fit_page_button = QToolButton()
        self.fit_page_button.setText(self.tr("Fit page"))
        for button in (self.fit_width_button, self.fit_page_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.fit_width_button.setChecked(True)
        for button in self.zoom_buttons():
            button.setAccessibleName(button.toolTip() or button.text())
            button.setEnabled(False)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_width_button.clicked.connect(lambda: self.fit("width"))
        self.fit_page_button.clicked.connect(lambda: self.fit("page"))
        preview_bar = QHBoxLayout()
        preview_bar.addWidget(self.page_label, 1)
        for button in self.zoom_buttons():
            preview_bar.addWidget(button)
        preview_bar.addWidget(self.page_spin)
        preview_layout = QVBoxLayout(self.preview_frame)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview, 1)

        body = QHBoxLayout()
        body.addWidget(side_box)
        right = QVBoxLayout()
        right.addLayout(preview_bar)
        right.addWidget(self.preview_frame, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading_label(self.title))
        layout.addLayout(body, 1)

        ctx.event_changed.connect(lambda _key: self._load_event())
        ctx.data_changed.connect(self._data_changed)
        self._load_event()

    # --- state ----------------------------------------------------------------------------
    def _data_changed(self, topic: str, event_key: str) -> None:
        if topic == "events" and event_key == self.ctx.event_key:
            self._load_event()
            return
        if topic == "seating" and event_key == self.ctx.event_key:
            self.table.reload(self.ctx.db, self.ctx.event_key)
        if event_key == self.ctx.event_key and self.result is not None:
            self.message.setText(self.tr("The event changed since this document was "
                                         "generated: generate it again to include the changes."))

    def _load_event(self) -> None:
        languages: tuple[str, ...] = ()
        self.event_title = ""
        if self.ctx.event_key:
            try:
                event = get_event(self.ctx.db, self.ctx.event_key)
            except RoundtableError:
                languages = ()
            else:
                languages, self.event_title = event.languages, event.title
        self.languages = languages
        current = self.language.currentData()
        self.language.blockSignals(True)
        self.language.clear()
        for tag in languages:
            self.language.addItem(language_label(tag), tag)
        self.language.setCurrentIndex(max(self.language.findData(current), 0))
        self.language.blockSignals(False)
        self._fill_second_language()
        self.table.reload(self.ctx.db, self.ctx.event_key)
        if self.task is not None:  # a document of the event before: not shown
            self.task.cancel()
        self._clear_preview()
        self._kind_changed()

    def _fill_second_language(self) -> None:
        """The second language: none, or any event language but the first one chosen."""
        current = self.second_language.currentData()
        first = self.language.currentData()
        self.second_language.blockSignals(True)
        self.second_language.clear()
        self.second_language.addItem(self.tr("— none —"), None)
        for tag in getattr(self, "languages", ()):
            if tag != first:
                self.second_language.addItem(language_label(tag), tag)
        self.second_language.setCurrentIndex(max(self.second_language.findData(current), 0))
        self.second_language.blockSignals(False)

    def zoom_buttons(self) -> tuple[QToolButton, ...]:
        return (self.zoom_out_button, self.zoom_in_button, self.fit_width_button,
                self.fit_page_button)

    @property
    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "programme"

    def select_kind(self, kind: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(row)

    def _kind_changed(self, *_args: object) -> None:
        self.second_language.setEnabled(MAX_LANGUAGES.get(self.kind, 1) > 1)
        self.signing.setEnabled(self.kind in SIGNABLE)
        self.table.setEnabled(self.kind in ITEM_DOCUMENTS)
        self._fill_papers(CHART_PAPERS if self.kind == "seating" else PAPERS)
        self.generate_button.setEnabled(bool(self.ctx.event_key) and self.task is None)

    def options(self) -> DocumentOptions:
        languages = [self.language.currentData()]
        if self.second_language.isEnabled() and self.second_language.currentData():
            languages.append(self.second_language.currentData())
        return DocumentOptions(languages=tuple(tag for tag in languages if tag),
                               paper=self.paper.currentData(),
                               item=self.table.item if self.table.isEnabled() else None)

    def _fill_papers(self, papers: tuple[tuple[str, str], ...]) -> None:
        """The paper sizes of the document chosen, keeping the one chosen when offered."""
        if [self.paper.itemData(i) for i in range(self.paper.count())] == \
                [value for value, _label in papers]:
            return
        current = self.paper.currentData()
        self.paper.clear()
        for value, label in papers:
            self.paper.addItem(self.tr(label), value)
        self.paper.setCurrentIndex(max(self.paper.findData(current), 0))

    # --- generation ---------------------------------------------------------------------
    def generate(self) -> None:
        if self.task is not None or not self.ctx.event_key:
            return
        key_file, passphrase = self.signing.key_file, None
        if key_file is not None:
            passphrase = self.signing.ask_passphrase()
            if passphrase is None:
                return
        self._counter += 1
        path = Path(self._dir.path()) / f"{self.kind}-{self._counter}.pdf"
        db, key, kind, options = self.ctx.db, self.ctx.event_key, self.kind, self.options()
        self._generating_for, self._generating_item = key, options.item
        self.generate_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.message.setText(self.tr("Generating…"))

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            signer, signed_by = None, ""
            if key_file is not None:  # the key is decrypted here, off the GUI thread
                signer, details = load_signer(key_file, passphrase)
                signed_by = details.common_name
            result = generate_document(db, key, kind, path, options, progress=progress,
                                       cancelled=cancelled, signer=signer)
            return result, signed_by

        self.task = run_task(work, succeeded=lambda done: self._generated(*done),
                             failed=self._failed,
                             progressed=self._progressed, cancelled=self._cancelled,
                             finished=self._finished, receiver=self)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.message.setText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("{done} of {total}", "progress of a document")
                                    .format(done=done, total=total))

    def _generated(self, result: DocumentResult, signed_by: str = "") -> None:
        if getattr(self, "_generating_for", None) != self.ctx.event_key:
            result.path.unlink(missing_ok=True)  # made for the event shown before
            return
        previous, self.result = self.result, result
        self.result_item = getattr(self, "_generating_item", None)
        self.pdf.close()
        self.pdf.load(str(result.path))
        if previous is not None and previous.path != result.path:
            previous.path.unlink(missing_ok=True)  # only the shown document is kept
        pages = self.pdf.pageCount()
        self.page_spin.setEnabled(pages > 0)
        self.page_spin.setVisible(pages > 0)
        for button in self.zoom_buttons():
            button.setEnabled(pages > 0)
        self.page_spin.setRange(1, max(pages, 1))
        self.page_spin.setSuffix(self.tr(" of {pages}", "after the page number, with a space")
                                 .format(pages=pages))
        name = next((self.tr(title) for kind, title, _ in DOCUMENTS if kind == result.kind),
                    result.kind)
        self.page_label.setText(self.tr("{document} · %n page(s)", "", pages).format(document=name))
        signed = [self.tr("Signed by {signer}.").format(signer=signed_by)] if signed_by else []
        self.message.setText("\n".join([self.tr("Ready. Save it as PDF or print it."),
                                         *signed, *self.missing_lines(result)]))
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.ctx.status_message.emit(self.tr("Generated %n page(s)", "", pages))

    def missing_lines(self, result: DocumentResult) -> list[str]:
        """One line per language with texts printed in the default for want of a
        translation: "2 texts have no Kazakh translation; printed in the default"."""
        counts: dict[str, int] = {}
        for missing in result.missing:
            counts[missing.language] = counts.get(missing.language, 0) + 1
        lines = []
        for tag, count in counts.items():
            lines.append(self.tr("%n text(s) has/have no {language} translation; printed in "
                                 "the default.", "", count)
                         .format(language=language_name(tag) or tag))
        return lines

    def _failed(self, exc: Exception) -> None:
        self.message.setText(self.tr("The document could not be generated."))
        if isinstance(exc, RoundtableError):
            report_error(self, exc)
        else:
            from desktop_app.ui.errors import show_error

            show_error(self, exc)

    def _cancelled(self) -> None:
        self.message.setText(self.tr("Cancelled; nothing was written."))

    def _finished(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self._kind_changed()

    def _clear_preview(self) -> None:
        """No document: nothing of the one before (its pages, its "Ready", its page
        count) stays on screen."""
        if self.result is not None:
            self.result.path.unlink(missing_ok=True)
        self.result = None
        self.pdf.close()
        self.page_spin.blockSignals(True)
        self.page_spin.setSuffix("")
        self.page_spin.setRange(0, 0)
        self.page_spin.blockSignals(False)
        self.page_spin.setEnabled(False)
        self.page_spin.hide()
        for button in self.zoom_buttons():
            button.setEnabled(False)
        self.page_label.setText(self.tr("No document yet: choose one and press Generate."))
        self.message.clear()
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)

    def zoom_by(self, factor: float) -> None:
        """Zoom the preview in (factor > 1) or out, from what is shown now."""
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.preview.zoomFactor() * factor))
        self.preview.setZoomMode(QPdfView.ZoomMode.Custom)
        self.preview.setZoomFactor(zoom)
        self.fit_width_button.setChecked(False)
        self.fit_page_button.setChecked(False)

    def fit(self, how: str) -> None:
        """Fit the preview to its width ("width") or whole pages ("page")."""
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth if how == "width"
                                 else QPdfView.ZoomMode.FitInView)
        self.fit_width_button.setChecked(how == "width")
        self.fit_page_button.setChecked(how == "page")

    def _page_scrolled(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)

    def _go_to_page(self, page: int) -> None:
        if self.pdf.pageCount():
            self.preview.pageNavigator().jump(page - 1, QPointF(), self.preview.pageNavigator()
                                              .currentZoom())

    # --- output ---------------------------------------------------------------------------
    def default_file_name(self) -> str:
        """The event's title and the document, transliterated, words kept apart
        (``uzbekistan-azerbaijan-rectors-forum-2026-programme.pdf``)."""
        item = self.result_item if self.result is not None else None
        return document_file_name(self.event_title or self.ctx.event_key,
                                  self.kind if item is None else f"{self.kind}-{item}")

    def save_pdf(self, target: Path) -> Path:
        """Copy the generated document to ``target`` (a .pdf is added if missing)."""
        assert self.result is not None
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        shutil.copyfile(self.result.path, target)
        self.ctx.status_message.emit(self.tr("Saved {file}").format(file=target.name))
        return target

    def ask_save(self) -> None:
        if self.result is None:
            return
        folder = default_folder()
        suggested = str(Path(folder) / self.default_file_name())
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested,
                                                self.tr("PDF files (*.pdf)"))
        if chosen:
            try:
                self.save_pdf(Path(chosen))
            except OSError as exc:
                report_error(self, RoundtableError(
                    self.tr('Cannot save "{file}": {reason}').format(file=chosen,
                                                                     reason=exc.strerror)))

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page of the preview at the printer's resolution; returns pages printed."""
        pages = self.pdf.pageCount()
        painter = QPainter()
        if pages == 0 or not painter.begin(printer):
            return 0
        try:
            for page in range(pages):
                if page:
                    printer.newPage()
                target: QRect = painter.viewport()
                size = self.pdf.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                pixels = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.pdf.render(page, pixels)
                painter.drawImage(QRect(target.topLeft(), pixels), image)
        finally:
            painter.end()
        return pages

    def ask_print(self) -> None:
        if self.result is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.result.path.name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            printed = self.print_to(printer)
            self.ctx.status_message.emit(self.tr("Sent %n page(s) to the printer", "", printed))

    # --- the view contract ----------------------------------------------------------------
    def show_record(self, kind: str, key: str) -> bool:
        """``("document", "seating")``: generate and preview the seating chart of every
        table; ``"seating:ITEM"`` (``flags:…``, ``placecards:…``): of one table, the
        agenda item's (its main table's when it has no plan of its own) or ``main``."""
        document, _, item = key.partition(":")
        if kind != "document" or document not in {k for k, _n, _d in DOCUMENTS}:
            return False
        if self.task is not None or not self.ctx.event_key:
            return False
        self.select_kind(document)
        if item and not self.table.select(item):
            return False
        if not item:
            self.table.select(None)
        self.generate()
        return True

    def menu_actions(self) -> list[QAction]:
        from desktop_app.ui.dialogs.export_dialog import exchange_actions

        print_action = QAction(self.tr("&Print document…"), self)
        print_action.setObjectName("file.print_document")
        print_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Print))
        print_action.setProperty(MENU_PROPERTY, "File")
        print_action.triggered.connect(self.ask_print)
        save_action = QAction(self.tr("Save document as PDF…"), self)
        save_action.setObjectName("file.save_document")
        save_action.setProperty(MENU_PROPERTY, "File")
        save_action.triggered.connect(self.ask_save)
        return [print_action, save_action,
                *exchange_actions(self.ctx, self, ("agenda", "schedule"))]
