"""The documentation stays short and its links lead somewhere."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DOCS = sorted((REPO / "docs").glob("*.md"))
#: docs/performance.md keeps the method, the current figures and the open questions;
#: the history of each figure is in git.
PERFORMANCE_LIMIT = 10_000


def test_the_performance_page_stays_short() -> None:
    size = len((REPO / "docs" / "performance.md").read_bytes())
    assert size < PERFORMANCE_LIMIT, (
        f"docs/performance.md is {size:,} bytes: keep the method, the current table and "
        "the open questions; leave before-and-after figures to the commit messages")


def local_links(markdown: Path) -> list[str]:
    """The targets of ``[text](target)`` links in ``markdown`` that are files of the tree."""
    targets = re.findall(r"\]\(([^)\s]+)\)", markdown.read_text(encoding="utf-8"))
    return [target.split("#")[0] for target in targets
            if not re.match(r"[a-z]+:", target) and not target.startswith("#")]


@pytest.mark.parametrize("markdown", [REPO / "README.md", REPO / "CHANGELOG.md", *DOCS],
                         ids=lambda path: path.name)
def test_every_local_link_leads_to_a_file(markdown: Path) -> None:
    missing = [target for target in local_links(markdown)
               if not (markdown.parent / target).exists()]
    assert missing == []


def test_a_link_to_a_missing_file_is_found(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    (tmp_path / "there.md").write_text("", encoding="utf-8")
    page.write_text("[a](there.md) [b](gone.md#part) [c](https://example.org) [d](#top)",
                    encoding="utf-8")
    assert [t for t in local_links(page) if not (tmp_path / t).exists()] == ["gone.md"]
