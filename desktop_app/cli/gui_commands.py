"""Commands that open the window: none at all (plain ``roundtable``), ``gui`` and ``demo``.

Each takes ``--lang`` (``en``, ``az``, ``kk`` or ``ru``) to show the interface in that
language for this run, whatever the saved preference and the system locale say.
"""
from __future__ import annotations

import argparse

from desktop_app.documents.labels import SUPPORTED_LANGUAGES
from desktop_app.storage.database import (
    Database,
    StorageError,
    default_database_url,
    resolve_url,
    sqlite_file_of,
)

from .context import EXIT_STORAGE, CommandContext
from .event_commands import ensure_sample_event
from .registry import CommandRegistry


def _database_for_window(ctx: CommandContext) -> Database | None:
    """Open the database; if it cannot be opened, say why in a dialog and offer to
    restore its latest backup. None when the user quits (the error is also printed)."""
    try:
        return ctx.db
    except StorageError as error:
        # Qt is imported only here, so headless commands never pay for it.
        from desktop_app.ui.app import create_application
        from desktop_app.ui.storage_dialogs import offer_backup_for

        create_application(language=_language(ctx))
        url = resolve_url(ctx.args.db) if ctx.args.db else default_database_url()
        if offer_backup_for(error, sqlite_file_of(url)):
            return ctx.db
        ctx.err(f"error: {error}")
        return None


def _language(ctx: CommandContext) -> str | None:
    return getattr(ctx.args, "lang", None)


def start_gui(ctx: CommandContext, event_key: str | None = None) -> int:
    db = _database_for_window(ctx)
    if db is None:
        return EXIT_STORAGE
    from desktop_app.ui.app import run_gui

    return run_gui(db, event_key, language=_language(ctx))


def _gui(ctx: CommandContext) -> int:
    return start_gui(ctx, getattr(ctx.args, "event", None))


def _demo(ctx: CommandContext) -> int:
    if not ctx.args.no_window and _database_for_window(ctx) is None:
        return EXIT_STORAGE
    key = ensure_sample_event(ctx)
    if ctx.args.no_window:
        ctx.out(key)
        return 0
    return start_gui(ctx, key)


#: The interface languages are the documents' languages: the window takes its shared
#: vocabulary (statuses, kinds) from the documents' labels (``ui.i18n.term``).
LANGUAGE_CHOICES = SUPPORTED_LANGUAGES


def add_language_option(parser: argparse.ArgumentParser, *, inherit: bool = False) -> None:
    """``--lang``; ``inherit`` keeps a value given before the command (``roundtable --lang
    ru gui``) instead of resetting it to None."""
    parser.add_argument("--lang", choices=LANGUAGE_CHOICES, metavar="LANG",
                        default=argparse.SUPPRESS if inherit else None,
                        help="interface language for this run: "
                             + ", ".join(LANGUAGE_CHOICES)
                             + " (default: the preference, else the system's language)")


def register(registry: CommandRegistry) -> None:
    gui = registry.command("gui", _gui, "open the application window")
    gui.add_argument("event", nargs="?", help="the id of the event to open")
    add_language_option(gui, inherit=True)
    parser = registry.command("demo", _demo, "load the sample event (if absent) and open it")
    parser.add_argument("--no-window", action="store_true",
                        help="only load the sample event and print its id")
    add_language_option(parser, inherit=True)
