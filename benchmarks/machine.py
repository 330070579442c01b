"""The description of the machine printed before every benchmark run.

Figures mean little without the machine and its load: the build machine is
shared, so the load average is part of every result.
"""
from __future__ import annotations

import os
import platform
import sqlite3
from importlib import metadata


def _first_line(path: str, prefix: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _os_name() -> str:
    pretty = None
    try:
        with open("/etc/os-release", encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("PRETTY_NAME="):
                    pretty = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return f"{pretty or platform.system()} (kernel {platform.release()}, {platform.machine()})"


def load_average() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1/5/15 min)"


def describe_machine() -> dict[str, str]:
    """CPU, cores, memory, OS and the versions of what the figures depend on."""
    memory = _first_line("/proc/meminfo", "MemTotal")
    memory_text = (f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB" if memory
                   else "unknown")
    return {
        "CPU": _first_line("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "cores": f"{os.cpu_count()} logical, {len(os.sched_getaffinity(0))} usable",
        "memory": memory_text,
        "OS": _os_name(),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": _version("SQLAlchemy"),
        "Qt (PySide6)": _version("PySide6") if _version("PySide6") != "not installed"
        else _version("PySide6-Essentials"),
        "ReportLab": _version("reportlab"),
        "openpyxl": _version("openpyxl"),
        "segno": _version("segno"),
    }
