"""Profile ``roundtable import-table`` for the agreements of the scale-target event.

``python benchmarks/profile_table_import.py [event.json] [--profile]`` imports
the event into a temporary SQLite file, exports its signing records as CSV and
XLSX (one row per party: 2,000 agreements, 4,000 rows), then times importing
each back through ``services.table_import.import_table`` (every row matches an
existing agreement, so each is an update; with ``--fresh`` the agreements are
deleted first, so each row creates one). The table names organizations and
signatories by their ids (a generated event has namesakes, which a table
import rightly refuses to guess between). ``--profile`` prints a pyinstrument
tree of the CSV import.
"""
from __future__ import annotations

import csv
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _write_tables(doc: dict[str, Any], folder: Path) -> None:
    """signings.csv and signings.xlsx: one row per party of every agreement."""
    from openpyxl import Workbook

    headers = ["Reference", "Kind", "Title", "Status", "Signed at", "Signing order", "Party",
               "Organization", "Signatory"]
    rows = [[a["reference"], a["kind"], a["title"], a["status"], a.get("signed_at"),
             (a.get("signing") or {}).get("order"), number, party["organization"],
             party.get("signatory")]
            for a in doc["agreements"] for number, party in enumerate(a["parties"], start=1)]
    with (folder / "signings.csv").open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(headers)
        writer.writerows(rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Parties")
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    workbook.save(folder / "signings.xlsx")


def main() -> None:
    from sqlalchemy import delete, select

    from benchmarks.profile_scale_event import imported_scale_event
    from desktop_app.domain.models import Agreement, AgreementParty, AgreementWitness, Event
    from desktop_app.services.table_import import import_table

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        event_file, db, key = imported_scale_event(work, args[0] if args else None)
        _write_tables(json.loads(event_file.read_text(encoding="utf-8")), work)
        if "--fresh" in sys.argv:
            with db.session() as session:
                event_id = session.scalars(select(Event.id).where(Event.key == key)).one()
                ids = select(Agreement.id).where(Agreement.event_id == event_id)
                session.execute(delete(AgreementWitness).where(AgreementWitness.agreement_id.in_(ids)))
                session.execute(delete(AgreementParty).where(AgreementParty.agreement_id.in_(ids)))
                session.execute(delete(Agreement).where(Agreement.event_id == event_id))
        for suffix in ("csv", "xlsx"):
            path = work / f"signings.{suffix}"
            if "--profile" in sys.argv and suffix == "csv":
                from pyinstrument import Profiler

                with Profiler() as profiler:
                    report = import_table(db, key, "agreements", path)
                print(profiler.output_text(color=False))
            start, cpu = time.perf_counter(), time.process_time()
            report = import_table(db, key, "agreements", path)
            print(f"import-table {suffix}: {time.perf_counter() - start:.3f} s wall, "
                  f"{time.process_time() - cpu:.3f} s CPU, {report.rows} rows, "
                  f"{len(report.changes)} changes, stored={report.stored}")
        db.dispose()


if __name__ == "__main__":
    main()
