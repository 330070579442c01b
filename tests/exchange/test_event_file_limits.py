"""Malformed event files: a wrong type at every field, and huge or hostile files, all give
clear errors within bounded time and memory."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.exchange.event_json import read_event_bytes
from desktop_app.exchange.event_validation import EventFileError
from tests.support import small_event_document

REPO = Path(__file__).resolve().parents[2]


def _paths(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every (path, value) in the document, parents before children."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}.{key}" if path else key
            yield child, value
            yield from _paths(value, child)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            child = f"{path}[{i}]"
            yield child, value
            yield from _paths(value, child)


def _replace(doc: dict[str, Any], path: str, value: Any) -> None:
    parts = path.replace("]", "").replace("[", ".").split(".")
    target: Any = doc
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    target[int(last) if last.isdigit() else last] = value


def _wrong_values(value: Any) -> list[Any]:
    if isinstance(value, bool):
        return ["yes", 1, [], {}]
    if isinstance(value, int):
        return ["7", 7.5, True, [], {}]
    if isinstance(value, str):
        return [42, True, [], {}]
    if isinstance(value, list):
        return ["x", 3, {}]
    return ["x", 3, []]  # objects


DOCUMENT = small_event_document()
FIELD_PATHS = [path for path, _ in _paths(DOCUMENT) if path not in ("format",)]


@pytest.mark.parametrize("path", FIELD_PATHS)
def test_a_wrong_type_at_every_field_is_an_error_naming_it(path: str) -> None:
    original = dict(_paths(DOCUMENT))[path]
    for wrong in _wrong_values(original):
        doc = small_event_document()
        _replace(doc, path, wrong)
        with pytest.raises(EventFileError) as caught:
            read_event_bytes(json.dumps(doc).encode())
        named = [e for e in caught.value.errors if e.split(":")[0].startswith(path.split("[")[0])
                 or path.startswith(e.split(":")[0])]
        assert named, (path, wrong, caught.value.errors)


def _measure_import(tmp_path: Path, content: bytes) -> tuple[int, str, float, int]:
    """Import ``content`` in a subprocess; returns (exit code, stderr, seconds, peak KB)."""
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    script = (
        "import resource, subprocess, sys, time\n"
        "start = time.monotonic()\n"
        "p = subprocess.run([sys.executable, '-m', 'desktop_app', '--db', sys.argv[1], 'import',"
        " sys.argv[2]], capture_output=True, text=True)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "print(p.returncode, time.monotonic() - start, peak)\n"
        "sys.stderr.write(p.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "ROUNDTABLE_DB"}
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "x.sqlite"), str(path)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    code, seconds, peak = result.stdout.split()
    return int(code), result.stderr, float(seconds), int(peak)


HOSTILE = {
    "50 MB of numbers": lambda: (b'{"format":"roundtable-event","version":1,"people":['
                                 + b",".join([b"1"] * 25_000_000) + b"]}"),
    "50 MB of small objects": lambda: (b'{"format":"roundtable-event","version":1,"people":['
                                       + b",".join([b'{"id":"p","family_name":7}'] * 1_900_000)
                                       + b"]}"),
    "one 50 MB string": lambda: (b'{"format":"roundtable-event","version":1,"event":{"title":"'
                                 + b"\xd3\x99" * 25_000_000 + b'"}}'),
    "deeply nested junk": lambda: b"[" * 5_000_000 + b"]" * 5_000_000,
    "truncated": lambda: json.dumps(small_event_document()).encode()[:-200],
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_files_fail_clearly_in_bounded_time_and_memory(name: str, tmp_path: Path
                                                               ) -> None:
    code, stderr, seconds, peak_kb = _measure_import(tmp_path, HOSTILE[name]())
    assert code == 2, stderr
    assert stderr.startswith("error: the event file is invalid"), stderr
    assert "Traceback" not in stderr
    assert seconds < 60
    assert peak_kb < 400 * 1024, f"{name}: peak {peak_kb // 1024} MB"


def test_many_errors_stop_the_walk_early() -> None:
    doc = small_event_document()
    doc["people"] = [{"id": f"p{i}", "family_name": i} for i in range(200_000)]
    start = time.monotonic()
    with pytest.raises(EventFileError) as caught:
        read_event_bytes(json.dumps(doc).encode())
    assert caught.value.truncated and len(caught.value.errors) == 100
    assert time.monotonic() - start < 30
