"""Commands over whole events: import, events, check, export event, demo."""
from __future__ import annotations

from pathlib import Path

from desktop_app.exchange.event_validation import EventFileError
from desktop_app.resources import sample_event_path
from desktop_app.services import events, translation_status

from .context import EXIT_BAD_INPUT, EXIT_OK, EXIT_WARNINGS, CommandContext, shown
from .registry import CommandRegistry


def _import(ctx: CommandContext) -> int:
    result = events.import_event_file(ctx.db, Path(ctx.args.file), replace=ctx.args.replace)
    ctx.out(result.event_key)
    for warning in result.warnings:
        ctx.err(f"warning: {warning}")
    return EXIT_OK


def _events(ctx: CommandContext) -> int:
    rows = events.list_events(ctx.db)
    if not rows:
        ctx.err("no events yet: 'roundtable import FILE' or 'roundtable demo' adds one")
        return EXIT_OK
    for row in rows:
        dates = row.start_date.isoformat()
        if row.end_date != row.start_date:
            dates += f"..{row.end_date.isoformat()}"
        ctx.out(f"{row.key}\t{dates}\t{shown(row.title, one_line=True)}\t{row.agenda_items} items"
                f"\t{row.people} people\t{row.agreements} agreements")
    return EXIT_OK


def _check(ctx: CommandContext) -> int:
    warnings = events.check_event(ctx.db, ctx.args.event)
    if not ctx.args.no_translations:
        warnings = [*warnings, *translation_status.translation_warnings(ctx.db, ctx.args.event)]
    for warning in warnings:
        ctx.out(f"warning: [{warning.code}] {warning}")
    if not warnings:
        ctx.err(f"{ctx.args.event}: no warnings")
    return EXIT_WARNINGS if warnings else EXIT_OK


def _export_event(ctx: CommandContext) -> int:
    output = Path(ctx.args.output)
    if output.suffix.lower() != ".json":
        raise EventFileError([f'-o: the event file must end in .json, got "{output.name}"'])
    events.export_event_file(ctx.db, ctx.args.event, output, with_files=ctx.args.with_files)
    return EXIT_OK


def ensure_sample_event(ctx: CommandContext) -> str:
    """Import the sample event unless it is already there; returns its key."""
    from desktop_app.exchange.event_json import read_event_file

    doc = read_event_file(sample_event_path())
    key: str = doc["event"]["id"]
    if key not in {row.key for row in events.list_events(ctx.db)}:
        events.import_event_document(ctx.db, doc)
    return key


def register(registry: CommandRegistry) -> None:
    parser = registry.command("import", _import, "store an event file; prints the event id")
    parser.add_argument("file", metavar="FILE", help="event file (.json)")
    parser.add_argument("--replace", action="store_true",
                        help="replace an event with the same id, in one transaction")
    registry.command("events", _events, "list events with their dates and counts")
    parser = registry.command("check", _check, "print the warnings of an event; exit 1 if any")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser.add_argument("--no-translations", action="store_true",
                        help="leave out the texts missing a translation into an event language")
    parser = registry.group("export", "write an event to a file").command(
        "event", _export_event, "write the event file (JSON)")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.json")
    parser.add_argument("--with-files", action="store_true",
                        help="include the bytes of the agreements' attached files (the "
                             "names, sizes and SHA-256 are always written)")


__all__ = ["EXIT_BAD_INPUT", "ensure_sample_event", "register"]
