"""Help › About: the version, and the licences of what Roundtable is built with."""
from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import __version__

LICENCES = (
    ("Qt and PySide6", "LGPL-3.0"),
    ("SQLAlchemy and Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("DejaVu fonts", "Bitstream Vera / DejaVu licence (free)"),
    ("platformdirs", "MIT"),
    ("tzdata", "Apache-2.0"),
)


def about_text() -> str:
    rows = "".join(f"<tr><td>{name}</td><td>&nbsp;&nbsp;{licence}</td></tr>"
                   for name, licence in LICENCES)
    return (f"<h3>Roundtable {__version__}</h3>"
            "<p>Plan academic and diplomatic round tables: agendas, speakers, panels, "
            "agreements and their signing, and every printed document. Works offline.</p>"
            f"<p>Python {platform.python_version()} · Qt {qVersion()} · "
            f"PySide6 {PySide6.__version__}</p>"
            f"<p><b>Built with</b></p><table>{rows}</table>")


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle("About Roundtable")
    box.setAccessibleName("About Roundtable")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
