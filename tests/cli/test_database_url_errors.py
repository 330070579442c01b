"""A bad ``--db`` URL is refused in one line, exit 3, without its password (issue 20,
point 13): the error used to echo ``postgresql+nosuch://alice:s3cret@host/db`` as typed,
and a port that is not a number ended in exit 4 ("unexpected ValueError")."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.cli.app import main
from desktop_app.storage.database import masked_url

PASSWORD = "s3cret-Pa55"
BAD_URLS = [
    f"postgresql+nosuch://alice:{PASSWORD}@db.example/roundtable",   # no such driver
    f"mysql+nosuchdriver://alice:{PASSWORD}@db.example/roundtable",  # driver not installed
    f"postgresql+psycopg://alice:{PASSWORD}@127.0.0.1:notaport/roundtable",  # bad port
    f"postgresql+psycopg://alice:{PASSWORD}@[::1/roundtable",        # broken address
    f"sqlite://alice:{PASSWORD}@/x.sqlite?bad=1",                     # SQLite takes no user
    f"postgresql+psycopg://alice:{PASSWORD}@127.0.0.1:1/roundtable",  # nobody listens there
]


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize("command", [["events"], ["restore", "backup.sqlite"]])
def test_a_bad_database_url_is_one_line_exit_3_without_the_password(
        url: str, command: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    log = Path(os.environ["ROUNDTABLE_LOG"])
    logged = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    code = main(["--db", url, *command])
    captured = capsys.readouterr()
    assert PASSWORD not in captured.err + captured.out
    if command == ["events"]:
        assert code == 3, captured.err
        assert "***" in captured.err or "127.0.0.1:1" in url, captured.err
    else:  # refused for the URL (3), or for the server's own tools or the file (2)
        assert code in (2, 3), captured.err
    assert len(captured.err.splitlines()) == 1, captured.err
    assert captured.err.startswith("error: ")
    if log.exists():
        assert PASSWORD not in log.read_text(encoding="utf-8", errors="replace")[len(logged):]


def test_masked_url() -> None:
    assert masked_url(f"postgresql+psycopg://alice:{PASSWORD}@h/db") == \
        "postgresql+psycopg://alice:***@h/db"
    assert masked_url(f"postgresql://alice:{PASSWORD}@h:port/db") == \
        "postgresql://alice:***@h:port/db"
    assert masked_url("sqlite:////tmp/a.sqlite") == "sqlite:////tmp/a.sqlite"
