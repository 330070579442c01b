"""Profile the signing-records exports (CSV, XLSX) on the scale-target event.

``python benchmarks/profile_exports.py [event.json]`` imports the event into a
temporary SQLite file, then times each export through the real service
(``services.exports.export_signings``), split into loading the event, building
the records and writing the file. Add ``--profile`` to print a pyinstrument
tree of the XLSX export.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from benchmarks.profile_scale_event import imported_scale_event
    from desktop_app.exchange.signing_records import signing_records
    from desktop_app.exchange.signing_xlsx import write_signing_xlsx
    from desktop_app.services.exports import export_signings
    from desktop_app.services.loading import load_event, load_event_agreements

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        _, db, key = imported_scale_event(work, args[0] if args else None)
        for suffix in ("csv", "xlsx"):
            start, cpu = time.perf_counter(), time.process_time()
            result = export_signings(db, key, work / f"signings.{suffix}")
            print(f"export {suffix}: {time.perf_counter() - start:.3f} s wall, "
                  f"{time.process_time() - cpu:.3f} s CPU ({result.description})")
        with db.reader() as session:
            for loader in (load_event, load_event_agreements):
                session.expunge_all()
                start = time.process_time()
                event = loader(session, key)
                print(f"  {loader.__name__}: {time.process_time() - start:.3f} s CPU")
            start = time.process_time()
            records = signing_records(event, None)
            print(f"  signing_records: {time.process_time() - start:.3f} s CPU")
        if "--profile" in sys.argv:
            from pyinstrument import Profiler

            with Profiler() as profiler:
                write_signing_xlsx(records, work / "p.xlsx")
            print(profiler.output_text(color=False))
        else:
            start = time.process_time()
            write_signing_xlsx(records, work / "p.xlsx")
            print(f"  write_signing_xlsx: {time.process_time() - start:.3f} s CPU")
        db.dispose()


if __name__ == "__main__":
    main()
