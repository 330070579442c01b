"""Entry point: ``roundtable`` / ``python -m desktop_app`` (GUI without a command, CLI with one)."""
from __future__ import annotations

import sys


def main() -> int:
    if sys.argv[1:] == ["--version"]:
        # Answered before the command modules (SQLAlchemy, ReportLab...) are imported:
        # installers and packagers call it to check a build, and it should be instant.
        from desktop_app import __version__

        print(f"roundtable {__version__}")
        return 0
    from desktop_app.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
