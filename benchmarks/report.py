"""The results table, for the terminal and as Markdown for ``docs/performance.md``."""
from __future__ import annotations

from typing import Any

from common import Figure


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _ratio(figure: Figure) -> str:
    ratio = figure.ratio
    if ratio is None:
        return "—"
    return f"{ratio:.1f} (10x/1x)" if figure.extra.get("growth") else f"{ratio:.2f}x"


def _verdict(figure: Figure) -> str:
    if figure.passed is None:
        return "info"
    if figure.passed:
        return "pass"
    if figure.name.startswith("FAILED"):
        return "ERROR"
    time_ok = figure.time_passed()
    return "FAIL (memory)" if time_ok else "FAIL"


def rows(figures: list[Figure]) -> list[list[str]]:
    table = []
    for figure in figures:
        rss = "—" if figure.peak_rss_mb is None else f"{figure.peak_rss_mb:.0f} MB"
        table.append([f"{figure.benchmark} {figure.scale}x", figure.name, figure.target,
                      _seconds(figure.seconds) if not figure.name.startswith("FAILED") else "—",
                      _seconds(figure.cpu_seconds), _seconds(figure.baseline), _ratio(figure),
                      rss, _verdict(figure), figure.note])
    return table


HEADERS = ["benchmark", "figure", "target", "measured", "CPU", "baseline", "ratio", "peak RSS",
           "result", "notes"]


def print_table(figures: list[Figure]) -> None:
    table = rows(figures)
    widths = [max(len(HEADERS[i]), *(len(row[i]) for row in table)) if table else len(HEADERS[i])
              for i in range(len(HEADERS) - 1)]
    widths[1] = min(widths[1], 72)
    line = "  ".join(h.ljust(w) for h, w in zip(HEADERS, widths, strict=False))
    print(line + "  notes")
    print("-" * (len(line) + 7))
    for row in table:
        cells = [cell if len(cell) <= widths[i] else cell[:widths[i] - 1] + "…"
                 for i, cell in enumerate(row[:-1])]
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + "  " + row[-1])


def markdown_table(figures: list[Figure]) -> str:
    out = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for row in rows(figures):
        cells = [cell.replace("|", "\\|") for cell in row]
        verdict = HEADERS.index("result")
        if cells[verdict].startswith(("FAIL", "ERROR")):
            cells[verdict] = f"**{cells[verdict]}**"
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def markdown_report(record: dict[str, Any], figures: list[Figure]) -> str:
    machine = "; ".join(f"{key} {value}" for key, value in record["machine"].items())
    load = record["load_average"]
    return (f"Measured {record['when']} with `{record['command']}`.\n\n"
            f"Machine: {machine}.\n\n"
            f"Load average: {load['start']} at the start, {load['end']} at the end.\n\n"
            f"{markdown_table(figures)}\n")
