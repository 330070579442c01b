"""Fuzz run of ``roundtable import`` (issue 20): 5,000 damaged event files, each stored
(exit 0) or refused with a message (exit 2), never an unexpected error (exit 4).

Each case mutates a valid event file, one of: the sample (format 2, 80 kB), the small
event of tests/support.py (format 1), the translated one (format 2, ``_local`` maps) and a
rich one the application exports itself (format 2 with seating, a published version, a
renewal, a termination, an attachment with its bytes and activities). A mutation, at any
place of the document: drop it, put another value there (every JSON type, huge and
long numbers, NaN, odd Unicode: lone surrogates, NUL, C0 and C1 controls, bidi
controls, noncharacters; dates and times out of range; ids of other records), graft
another part of the file there, repeat a key, add a field; then the version set to 1,
2 or another, and now and then the bytes themselves damaged (cut, not UTF-8, junk).

The database holds one event (the small one) from start to end: a file with its id
replaces it (``--replace``) or is refused as a duplicate. Each stored file is taken out
again (and that event put back), so every case meets the same database and a failing
case replays the same on shrinking. See docs/reliability.md (Fuzz runs).
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from desktop_app.resources import sample_event_path
from desktop_app.services.activities import ActivityData, add_activity
from desktop_app.services.attachments import add_attachment
from desktop_app.services.events import (
    export_event_file,
    import_event_document,
)
from desktop_app.services.publishing import publish_version
from desktop_app.services.register import find_agreement, register_entry
from desktop_app.services.renewals import renew_agreement, terminate_agreement
from desktop_app.services.seating import apply_seating
from desktop_app.storage import open_database
from tests.fuzz_support import (
    RESIDENT_KEY,
    InProcessCli,
    fuzz_run,
    mangle_bytes,
    module_cli,  # noqa: F401  (the fixture cli)
    odd_text,
    restore_event,
)
from tests.support import small_event_document, translated_event_document

#: In the suite (CI runs it); ``-m 'not slow'`` leaves it out of a quick local run.
pytestmark = pytest.mark.slow

Path_ = tuple[str | int, ...]


def _rich_document() -> dict[str, Any]:
    """The small event in format 2 as ``export event --with-files`` writes it, with every
    section that version added: a seating plan, a published version, schedule ids, a
    renewal, a termination, an attachment with its bytes, activities."""
    doc = small_event_document()
    doc["event"]["id"] = "almaty-rich"
    with tempfile.TemporaryDirectory() as folder:
        return _exported_rich(Path(folder), doc)


def _exported_rich(folder: Path, doc: dict[str, Any]) -> dict[str, Any]:
    db = open_database(str(folder / "rich.sqlite"), backup=False)
    try:
        import_event_document(db, doc)
        apply_seating(db, "almaty-rich", None, "round:4")
        apply_seating(db, "almaty-rich", "sign", "signing:3", "alphabetical")
        publish_version(db, "almaty-rich", note="to the ministry",
                        now=dt.datetime(2026, 5, 1, 9, tzinfo=dt.UTC))
        first = find_agreement(db, "KZ-AZ/2026/001")
        renew_agreement(db, first)
        terminate_agreement(db, first, dt.date(2030, 1, 31), "Replaced by the renewal")
        add_attachment(db, first, "signed copy.pdf", b"%PDF-1.7\n\xd0\x9a\x00\xff",
                       added_by="aliyeva", added_at=dt.datetime(2026, 5, 13, 6, tzinfo=dt.UTC))
        parties = [p.organization_id for p in register_entry(db, first).row.parties]
        add_activity(db, first, ActivityData(dt.date(2026, 9, 1), "student-mobility", 4,
                                             "Autumn", parties[0], parties[1]))
        add_activity(db, first, ActivityData(dt.date(2026, 11, 2), "visit"))
        out = folder / "rich.json"
        export_event_file(db, "almaty-rich", out, with_files=True)
        rich: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return rich
    finally:
        db.dispose()


def _paths(node: Any, prefix: Path_ = ()) -> Iterator[Path_]:
    """Every place in ``node`` below its root."""
    children: Any = (node.items() if isinstance(node, dict)
                     else enumerate(node) if isinstance(node, list) else ())
    for key, child in children:
        yield (*prefix, key)
        yield from _paths(child, (*prefix, key))


def _ids(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, child in node.items():
            if key in ("id", "organization", "signatory", "person", "item", "agenda_item",
                       "room", "chair", "agreement") and isinstance(child, str):
                yield child
            yield from _ids(child)
    elif isinstance(node, list):
        for child in node:
            yield from _ids(child)


@dataclass(frozen=True)
class Base:
    name: str
    text: str  # the document as JSON: ``json.loads`` copies it ten times faster than deepcopy
    paths: tuple[Path_, ...]
    ids: tuple[str, ...]
    weight: int  # how many cases of every seven start from it

    def document(self) -> dict[str, Any]:
        doc: dict[str, Any] = json.loads(self.text)
        return doc


#: Event ids any file may take: a file with the resident event's replaces it.
EVENT_IDS = {RESIDENT_KEY, "almaty-rich", "ada-az-kz-2025", "baku-2026"}


def _base(name: str, doc: dict[str, Any], weight: int) -> Base:
    return Base(name, json.dumps(doc), tuple(_paths(doc)),
                tuple(sorted(set(_ids(doc)) | EVENT_IDS)), weight)


#: The sample costs three times what the others cost to store: one case in seven.
BASES = (
    _base("sample", json.loads(sample_event_path().read_text(encoding="utf-8")), 1),
    _base("small", small_event_document(), 2),
    _base("translated", translated_event_document(), 2),
    _base("rich", _rich_document(), 2),
)


@dataclass(frozen=True)
class Raw:
    """JSON text put into the file as it is (what ``json.dumps`` cannot write)."""

    text: str


# -- values ------------------------------------------------------------------------------

long_text = st.sampled_from(["Ə" * 500, "Ə" * 501, "v" * 64, "v" * 65, "x" * 20_000,
                             "e\u0301" * 300, "a" * 5000 + "\ud800"])


def _date(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


dates = st.one_of(
    st.builds(_date, st.integers(0, 10_001), st.integers(0, 13), st.integers(0, 32)),
    st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-29", "2028-02-29", "2026-04-31",
                     "+2026-05-12", "-0001-01-01", "2026-5-12", "20260512", "2026-05-12 ",
                     "٢٠٢٦-٠٥-١٢", "2026-W20-2", "2026-132", "12.05.2026", "2026-05-12T09:00"]))
times = st.one_of(
    st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 25), st.integers(0, 61)),
    st.sampled_from(["24:00", "23:59:60", "9:00", "09:00:00", "09:00:00.5", "09:00Z",
                     "09:00+05:00", "T09:00", "０９:００", "09.00"]))
offsets = st.sampled_from(["Z", "+05:00", "-12:00", "+14:00", "+24:00", "+23:59", "-99:99",
                           "", "+0500", "+05", "z"])
instants = st.builds(lambda d, t, o: f"{d}T{t}{o}", dates, times, offsets)
numbers = st.sampled_from([0, -1, 1, 2, 3, 64, 1000, 1001, 2**31, 2**53 + 1, 2**63, 2**64,
                           -(2**63) - 1, 10**30, 0.5, 1.0, -0.0, 1e308, 5e-324,
                           float("nan"), float("inf"), float("-inf"), 26_214_400,
                           26_214_401])
raw_texts = st.sampled_from([
    "1" * 4301, "-" + "9" * 5000, "1e999", "-1e999", "1E400", "0.0000000000000000000001",
    "01", "-0", "1.", ".5", "0x10", "NaN", "Infinity", "-Infinity", "nul", "tru",
    '"\\ud800"', '"\\udfff\\ud800"', '"\\u0000"', '"\\x41"', '"\\u12"', '"a\tb"',
    "[" * 200 + "]" * 200, "[" * 100_000 + "]" * 100_000, '{"a": 1, "a": 2}',
    '{"id": "x", "id": "y"}', "[1,]", "{,}", '{"a" 1}', "[1 2]", "''",
])
timezones = st.sampled_from(["UTC", "Asia/Almaty", "Europe/Kyiv", "Mars/Olympus", "", " ",
                             "../../etc/passwd", "/etc/localtime", "Asia/Almaty\x00",
                             "asia/almaty", "Etc/GMT+14", "Etc/GMT-15", "EST5EDT", "+05:00",
                             "A" * 300, "Asia//Almaty", "Asia/Almaty/", "\\", "."])
languages = st.sampled_from(["az", "kk", "ru", "en", "tr", "zz", "AZ", "az-Latn",
                             "az-Cyrl-AZ", "x", "abcd", "kk_KZ", "", "и", "en-", "-en"])
countries = st.sampled_from(["AZ", "KZ", "az", "AZE", "A", "ZZ", "Ə", "", "XK"])
layouts = st.one_of(
    st.builds(lambda kind, n: f"{kind}:{n}",
              st.sampled_from(["round", "rect", "u", "signing", "head", "oval"]),
              st.sampled_from(["0", "1", "2", "3", "1000", "1001", "-1", "99999999999999999999",
                               "", "4x", "٣", "1e3"])),
    st.sampled_from(["head:4+rows:3x5", "head:0+rows:0x0", "head:4+rows:1000x1000",
                     "head:4+rows:3x", "head:4+rows:-1x2", "head:4"]))
CONTAINERS: list[Any] = [
    [], {}, [None], [""], {"": None}, [[]], [{}], {"id": "x"}, {"agreement": "a1"},
    {"event": RESIDENT_KEY, "reference": "KZ-AZ/2026/001"},
    {"event": "nowhere", "reference": "KZ-AZ/2026/001"}, {"date": "2026-05-13", "reason": ""}]


def values(base: Base) -> st.SearchStrategy[Any]:
    """A value to put anywhere in ``base``."""
    return st.one_of(
        st.sampled_from([None, True, False, "", " ", "x"]), numbers, odd_text, long_text,
        dates, times, instants, timezones, languages, countries, layouts,
        st.sampled_from(CONTAINERS),
        st.sampled_from(base.ids), st.sampled_from(base.ids).map(lambda i: i + "\u0301"),
        raw_texts.map(Raw), st.lists(st.sampled_from(base.ids), max_size=4),
    )


# -- mutations ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Mutation:
    kind: str  # drop, put, graft, repeat-key, add-field
    path: Path_
    value: Any = None


FIELD_NAMES = ("id", "title", "title_local", "name_local", "schedule_id", "seating",
               "versions", "renews", "termination", "attachments", "activities", "content",
               "topics", "signing", "_local", "x", "", "\ud800", "name", "local_names")


def mutations(base: Base) -> st.SearchStrategy[Mutation]:
    place = st.sampled_from(base.paths)
    return st.one_of(
        st.builds(Mutation, st.just("drop"), place),
        st.builds(Mutation, st.just("put"), place, values(base)),
        st.builds(Mutation, st.just("graft"), place, st.sampled_from(base.paths)),
        st.builds(Mutation, st.just("repeat-key"), place, values(base)),
        st.builds(Mutation, st.just("add-field"), place,
                  st.tuples(st.sampled_from(FIELD_NAMES), values(base))),
    )


def _get(doc: Any, path: Path_) -> Any:
    """The node at ``path``; ``KeyError`` when an earlier mutation took it away."""
    node = doc
    for key in path:
        if not isinstance(node, dict | list):
            raise KeyError(key)
        node = node[key]  # type: ignore[index]  # a str key of a list: TypeError, caught
    return node


def _apply(doc: dict[str, Any], mutation: Mutation, raws: list[str]) -> None:
    """Change ``doc`` in place; a place an earlier mutation removed is left alone."""
    try:
        parent = _get(doc, mutation.path[:-1])
        key = mutation.path[-1]
        node = _get(parent, (key,))
    except (KeyError, IndexError, TypeError):
        return
    value = mutation.value
    if isinstance(value, Raw):
        raws.append(value.text)
        value = f"@@RAW{len(raws) - 1}@@"
    if mutation.kind == "drop":
        del parent[key]
    elif mutation.kind == "put":
        parent[key] = copy.deepcopy(value)
    elif mutation.kind == "graft":
        try:
            parent[key] = copy.deepcopy(_get(doc, mutation.value))
        except (KeyError, IndexError, TypeError):
            return
    elif mutation.kind == "repeat-key" and isinstance(node, dict) and node:
        # The same key twice in one object, the second copy with another value.
        first = next(iter(node))
        raws.append("{" + json.dumps(first) + ": " + json.dumps(value, default=str) + ", "
                    + json.dumps(node)[1:])
        parent[key] = f"@@RAW{len(raws) - 1}@@"
    elif mutation.kind == "repeat-key" and isinstance(node, list):
        node.extend(copy.deepcopy(node))  # every record twice: repeated ids
    elif mutation.kind == "add-field" and isinstance(node, dict):
        name, field_value = mutation.value
        node[name] = copy.deepcopy(field_value if not isinstance(field_value, Raw) else None)


@dataclass(frozen=True)
class Case:
    base: str
    mutations: tuple[Mutation, ...]
    version: Any
    ascii_only: bool
    damage: tuple[int, float] | None
    replace: bool


def _case(base: Base) -> st.SearchStrategy[Case]:
    return st.builds(
        Case, st.just(base.name), st.lists(mutations(base), min_size=1, max_size=3).map(tuple),
        st.one_of(st.none(), st.sampled_from([1, 2, 3, 0, "2", 2.0, True, None, -1])),
        st.booleans(),
        st.one_of(st.none(), st.none(), st.none(), st.none(), st.none(), st.none(),
                  st.tuples(st.integers(0, 5), st.floats(0, 0.999))),
        st.booleans(),
    )


#: Built once: a strategy made per case (``flatmap``) is validated again each time, which
#: cost more than the case itself.
cases = st.one_of([_case(base) for base in BASES for _ in range(base.weight)])


def file_bytes(case: Case) -> bytes:
    """The file ``case`` describes."""
    base = next(b for b in BASES if b.name == case.base)
    doc = base.document()
    raws: list[str] = []
    for mutation in case.mutations:
        _apply(doc, mutation, raws)
    if case.version is not None:
        doc["version"] = case.version
    text = json.dumps(doc, ensure_ascii=case.ascii_only, default=str)
    for _ in range(3):  # a repeated key's copy may hold another mutation's raw text
        for number, raw in enumerate(raws):
            text = text.replace(f'"@@RAW{number}@@"', raw)
    data = text.encode("utf-8", "surrogatepass")  # a lone surrogate: bytes that are not UTF-8
    if case.damage is not None:
        data = mangle_bytes(data, *case.damage)
    return data


# -- the run -----------------------------------------------------------------------------

def run_case(cli: InProcessCli, case: Case) -> None:
    """Import the file of ``case``; take out what it stored (``restore_event``)."""
    path = cli.folder / "case.json"
    path.write_bytes(file_bytes(case))
    result = cli.run("import", str(path), *(["--replace"] if case.replace else []))
    if result.code == 0:
        restore_event(cli.db, result.out.strip())


def test_fuzzed_event_files_are_stored_or_refused(cli: InProcessCli,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    fuzz_run(cli, cases, run_case, capsys, "import")
