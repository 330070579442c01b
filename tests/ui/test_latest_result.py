"""``workers.LatestResult``, the one pattern of the conflict warnings and the published
versions badge: a burst of requests makes one run, requests during a run make one more,
and only the newest run's result for the current key is heard."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from desktop_app.ui.workers import LatestResult


def test_requests_fold_and_only_the_newest_result_is_heard(qtbot) -> None:
    owner = QObject()
    runs: list[str] = []
    release = threading.Event()

    def work(key: str) -> str:
        runs.append(key)
        release.wait(10)
        return f"{key} #{len(runs)}"

    latest = LatestResult(owner, work, delay_ms=20)
    heard: list[tuple[str, object]] = []
    latest.done.connect(lambda key, result: heard.append((key, result)))
    latest.request()  # no key: nothing to do
    qtbot.wait(60)
    assert runs == []
    latest.key = "a"
    for _ in range(5):
        latest.request()
    qtbot.waitUntil(lambda: runs == ["a"], timeout=5000)  # five requests, one run
    latest.request()
    latest.request()  # while it runs: one more run after it
    release.set()
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=5000)
    assert runs == ["a", "a"] and heard == [("a", "a #2")]  # the first result was outdated
    release.clear()
    latest.request()
    qtbot.waitUntil(lambda: len(runs) == 3, timeout=5000)
    latest.key = "b"  # another event opened while "a" is counted
    release.set()
    qtbot.wait(100)
    assert heard == [("a", "a #2")]  # a result for another key is dropped


def test_a_failure_is_heard(qtbot) -> None:
    owner = QObject()

    def work(key: str) -> str:
        raise ValueError(key)

    latest = LatestResult(owner, work, delay_ms=0)
    failures: list[Exception] = []
    latest.failed.connect(failures.append)
    latest.key = "a"
    latest.request()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert [str(f) for f in failures] == ["a"]
