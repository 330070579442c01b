"""The main window: for now, the list of events in the database."""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from desktop_app.services.events import list_events
from desktop_app.storage.database import Database

from .events_model import EventsTableModel


class MainWindow(QMainWindow):
    def __init__(self, db: Database, event_key: str | None = None) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(f"Roundtable — {db.display_name}")
        self.resize(1000, 640)
        self.events_model = EventsTableModel()
        self.events_view = QTableView()
        self.events_view.setModel(self.events_model)
        self.events_view.setAccessibleName("Events")
        self.events_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.events_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.empty_label = QLabel("No events yet. Run 'roundtable demo' to load the sample event.")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.events_view)
        self.setCentralWidget(central)
        self.refresh()
        if event_key is not None:
            for row in range(self.events_model.rowCount()):
                if self.events_model.row_at(row).key == event_key:
                    self.events_view.selectRow(row)

    def refresh(self) -> None:
        rows = list_events(self.db)
        self.events_model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.statusBar().showMessage(f"{len(rows)} event(s)")
