"""Waiting for the spreadsheet import wizard's preview, which runs in a worker."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.ui.dialogs.table_import_wizard import TableImportWizard


def wait_for_preview(qtbot: Any, wizard: TableImportWizard) -> None:
    """Until the preview the wizard started (the last of them) has shown its result."""
    qtbot.waitUntil(lambda: wizard.preview_task is None, timeout=30000)


def open_wizard(qtbot: Any, ui_ctx: Any, path: Path, kind: str = "people"
                ) -> TableImportWizard:
    """The wizard shown, with ``path`` chosen as a table of ``kind`` (not previewed yet)."""
    wizard = TableImportWizard(ui_ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.kind.setCurrentIndex(wizard.kind.findData(kind))
    wizard.path.setText(str(path))
    return wizard
