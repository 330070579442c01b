"""The parser, the dispatch and the one place where errors become exit codes."""
from __future__ import annotations

import sys
from collections.abc import Sequence
from types import ModuleType

from desktop_app import __version__
from desktop_app.domain.errors import (
    ConflictError,
    NotFoundError,
    RoundtableError,
    ValidationError,
)
from desktop_app.errorlog import log_unexpected
from desktop_app.exchange.event_validation import EventFileError
from desktop_app.storage.database import StorageError

from . import (
    backup_commands,
    event_commands,
    exchange_commands,
    gui_commands,
    key_commands,
    print_commands,
    register_commands,
    seating_commands,
    verify_commands,
    version_commands,
)
from .context import (
    EXIT_BAD_INPUT,
    EXIT_INTERNAL,
    EXIT_STORAGE,
    CommandContext,
)
from .registry import CliArgumentParser, CommandRegistry

#: Every command module; each has ``register(registry)``.
COMMAND_MODULES: list[ModuleType] = [event_commands, gui_commands, exchange_commands,
                                      print_commands, seating_commands, register_commands,
                                      verify_commands, key_commands, version_commands,
                                      backup_commands]

MAX_LISTED_ERRORS = 50


def build_parser() -> CliArgumentParser:
    parser = CliArgumentParser(
        prog="roundtable",
        description="Roundtable: agendas, speakers, panels and MoU signings of round tables. "
                    "Without a command, the application window opens.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="database file or SQLAlchemy URL (default: $ROUNDTABLE_DB or "
                             "roundtable.sqlite in the user's data directory)")
    parser.add_argument("--version", action="version", version=f"roundtable {__version__}")
    gui_commands.add_language_option(parser)
    parser.set_defaults(handler=gui_commands.start_gui, group_parser=None)
    registry = CommandRegistry(parser)
    for module in COMMAND_MODULES:
        module.register(registry)
    return parser


def report_error(ctx: CommandContext, exc: RoundtableError) -> int:
    """Print ``exc`` as ``error: …`` lines and return its exit code."""
    if isinstance(exc, EventFileError):
        shown = exc.errors[:MAX_LISTED_ERRORS]
        ctx.err(f"error: the event file is invalid ({len(exc.errors)}"
                f"{'+' if exc.truncated else ''} problem{'s' if len(exc.errors) != 1 else ''}); "
                "nothing was stored")
        for line in shown:
            ctx.err(f"  {line}")
        if len(exc.errors) > len(shown) or exc.truncated:
            ctx.err("  … more problems not shown")
        return EXIT_BAD_INPUT
    ctx.err(f"error: {exc}")
    if isinstance(exc, StorageError):
        if exc.latest_backup is not None:
            ctx.err(f"the latest backup is {exc.latest_backup}; "
                    f"'roundtable restore {exc.latest_backup}' puts it back")
        return EXIT_STORAGE
    if isinstance(exc, ValidationError | NotFoundError | ConflictError):
        return EXIT_BAD_INPUT
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.handler is None:
        args.group_parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    ctx = CommandContext(args)
    try:
        return run_command(ctx)
    finally:
        ctx.close()


def run_command(ctx: CommandContext) -> int:
    """Run the parsed command of ``ctx`` and return its exit code: the handler's, or the
    one its error maps to (``report_error``; anything unexpected is logged and is
    ``EXIT_INTERNAL``). The database stays open (``main`` closes it), so that the fuzz
    runs (tests/test_fuzz_event_file.py, test_fuzz_table_import.py) run thousands of
    commands on one database through exactly this mapping."""
    try:
        return int(ctx.args.handler(ctx))
    except RoundtableError as exc:
        return report_error(ctx, exc)
    except KeyboardInterrupt:
        ctx.err("error: interrupted")
        return 130
    except Exception as exc:  # the last guard: no traceback reaches the user
        path = log_unexpected(exc, f"command {ctx.args.command!r}")
        ctx.err(f"error: unexpected {exc.__class__.__name__}: {exc} (details in {path})")
        return EXIT_INTERNAL
