"""What the fuzz runs of the imports share (tests/test_fuzz_*.py, issue 20).

Each run feeds thousands of generated files to the ``roundtable`` command, in this
process and on one database, through ``cli.app.run_command``: the parser, the handlers
and the mapping of errors to exit codes are the installed command's. A case costs
milliseconds that way; a process per case would cost over a second of CPU (``roundtable
events`` on a new database: 1.2 s). Exit 0 (stored) and 2 (refused with a message) are
the answers a file may get; 4 is a bug, and so is 3 (the database is fine).

``ROUNDTABLE_FUZZ_EXAMPLES`` sets the number of cases of each run (5,000 by default:
what the suite runs); ``ROUNDTABLE_FUZZ_SEED`` another seed for the same count.
"""
from __future__ import annotations

import copy
import io
import os
import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from desktop_app.cli.app import build_parser, run_command
from desktop_app.cli.context import EXIT_BAD_INPUT, EXIT_OK, CommandContext
from desktop_app.services.event_import import delete_event_rows, store_event_document
from desktop_app.services.events import import_event_document, list_events
from desktop_app.services.loading import get_event_row
from desktop_app.storage import Database, open_database
from tests.support import small_event_document

T = TypeVar("T")
EXAMPLES = int(os.environ.get("ROUNDTABLE_FUZZ_EXAMPLES", "5000"))
SEED = int(os.environ.get("ROUNDTABLE_FUZZ_SEED", "20"))  # issue 20

#: Settings of a run: no deadline (a case's time is the loaded machine's), nothing kept
#: between runs (``database=None``), the same cases every time (the seed), and no health
#: check of generated data's size or speed.
FUZZ_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                         suppress_health_check=list(HealthCheck), print_blob=False)


def scratch_folder(name: str) -> Path:
    """A new folder for a run's database and files: in memory (``/dev/shm``) where there
    is one, so that a stored case does not wait for the disk (a run checks how files are
    read and stored, not durability: tests/storage does that)."""
    memory = Path("/dev/shm")
    return Path(tempfile.mkdtemp(prefix=f"roundtable-{name}-",
                                 dir=memory if memory.is_dir() and os.access(memory, os.W_OK)
                                 else None))


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


class InProcessCli:
    """``roundtable ARGS`` with its database already open (what ``--db`` would open),
    counting the exit codes; ``folder`` holds the database and the cases' files."""

    def __init__(self, db: Database, folder: Path) -> None:
        self.db = db
        self.folder = folder
        self.parser = build_parser()
        self.codes: Counter[int] = Counter()

    def run(self, *argv: str) -> CliResult:
        args = self.parser.parse_args(list(argv))
        out, err = io.StringIO(), io.StringIO()
        code = run_command(CommandContext(args, stdout=out, stderr=err, _db=self.db))
        self.codes[code] += 1
        result = CliResult(code, out.getvalue(), err.getvalue())
        check_answer(result)
        return result


@contextmanager
def fuzz_cli(name: str) -> Iterator[InProcessCli]:
    """The command on a new database holding the resident event, in a scratch folder
    removed afterwards."""
    folder = scratch_folder(name)
    db = open_database(str(folder / "fuzz.sqlite"), backup=False)
    try:
        store_resident(db)
        yield InProcessCli(db, folder)
    finally:
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module", name="cli")
def module_cli(request: pytest.FixtureRequest) -> Iterator[InProcessCli]:
    """Fixture ``cli``: the command for one test module (which imports it), with its own
    database and folder."""
    with fuzz_cli(request.module.__name__.rpartition(".")[2]) as made:
        yield made


def check_answer(result: CliResult) -> None:
    """Stored, or refused with an ``error:`` line: anything else fails the case."""
    assert result.code in (EXIT_OK, EXIT_BAD_INPUT), (
        f"exit {result.code}:\n{result.err}")
    if result.code == EXIT_BAD_INPUT:
        assert "error: " in result.err and "Traceback" not in result.err, result.err


def fuzz_run(cli: InProcessCli, cases: st.SearchStrategy[T],
             run_case: Callable[[InProcessCli, T], None], capsys: pytest.CaptureFixture[str],
             command: str) -> None:
    """``run_case`` on ``EXAMPLES`` cases of ``cases`` (the run's seed and settings); then
    the exit codes printed, and checked to reach far (``check_coverage``)."""
    cli.codes.clear()

    @seed(SEED)
    @FUZZ_SETTINGS
    @given(cases)
    def run(case: T) -> None:
        run_case(cli, case)

    run()
    report_histogram(capsys, f"fuzz run of '{command}' ({EXAMPLES} examples)", cli.codes)
    check_coverage(cli.codes)
    # Nothing of a refused file stayed, and what a stored one added was taken out again.
    assert [row.key for row in list_events(cli.db)] == [RESIDENT_KEY]


def report_histogram(capsys: pytest.CaptureFixture[str], what: str, codes: Counter[int]
                     ) -> None:
    """One line in pytest's output, past its capturing: how many cases got which exit
    code."""
    line = (f"{what}: {sum(codes.values())} cases, exit codes "
            + ", ".join(f"{code}: {count}" for code, count in sorted(codes.items())))
    with capsys.disabled():
        print(f"\n{line}")


def check_coverage(codes: Counter[int]) -> None:
    """A run that stores almost nothing, or refuses almost nothing, does not reach
    far: at least a tenth of the cases each way."""
    total = sum(codes.values())
    assert codes[EXIT_OK] >= total // 10, f"too few files stored: {dict(codes)}"
    assert codes[EXIT_BAD_INPUT] >= total // 10, f"too few files refused: {dict(codes)}"


#: Characters that have broken parsers, databases, terminals and PDF writers.
ODD_CHARACTERS = (
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85", "\x9b",
    "\ud800", "\udbff", "\udc00", "\udfff", "\ufeff", "\ufffd", "\ufffe", "\uffff",
    "\U0010ffff", "\U0001f600", "\u200b", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e",
    "\u2066", "\u2069", "\u2028", "\u2029", "\u0301", "\u0308", "\u00a0", "\u3000", "\r",
    "\n", "\t", "İ", "ı", "ß", "ﬁ", "Ə", "ə", "Ғ", "Қ", "Ұ", "Ё", "ё", "%", "\\", '"', "<",
    "&", "{", "}", "/", ":", "-", ".", "_",
)
odd_text = st.text(st.one_of(st.sampled_from(ODD_CHARACTERS), st.characters()), max_size=16)


#: The event the database of every run holds, from start to end.
RESIDENT = small_event_document()
RESIDENT_KEY: str = RESIDENT["event"]["id"]


def store_resident(db: Database) -> None:
    import_event_document(db, copy.deepcopy(RESIDENT))


def restore_event(db: Database, stored_key: str) -> None:
    """Take the event ``stored_key`` a case stored out again, in one transaction; when it
    is the resident event (replaced or changed), put that back as it was."""
    with db.session() as session:
        delete_event_rows(session, get_event_row(session, stored_key).id)
        if stored_key == RESIDENT_KEY:
            store_event_document(session, copy.deepcopy(RESIDENT))


def mangle_bytes(data: bytes, choice: int, position: float) -> bytes:
    """Byte-level damage of a whole file: ``choice`` picks what, ``position`` (0..1)
    where."""
    at = int(len(data) * position)
    match choice % 6:
        case 0:
            return data[:at]  # cut off
        case 1:
            return data[:at] + bytes([data[at] ^ 0x80]) + data[at + 1:] if data else data
        case 2:
            return data[:at] + b"\x00" + data[at:]
        case 3:
            return data[:at] + b"\xff\xfe\xc0\x80" + data[at:]  # never UTF-8
        case 4:
            return data + data[:at]  # trailing junk
        case _:
            scrambled = bytearray(data)
            random.Random(at).shuffle(scrambled)
            return bytes(scrambled[: max(1, at)])
