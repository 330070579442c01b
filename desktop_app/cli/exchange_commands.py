"""Commands that exchange data with other programs.

``export signings|agenda|schedule`` write files for ministries, university
offices, calendars and conference apps; ``import-table`` reads the lists of
people, organizations and agreements offices send as spreadsheets.
"""
from __future__ import annotations

from pathlib import Path

from desktop_app.documents.labels import SUPPORTED_LANGUAGES
from desktop_app.exchange.table_fields import TABLE_KINDS, field_names
from desktop_app.services import exports
from desktop_app.services.languages import parse_language
from desktop_app.services.table_import import TableImportError, import_table

from .context import EXIT_BAD_INPUT, EXIT_OK, CommandContext
from .registry import CommandRegistry

MAX_LISTED_PROBLEMS = 200
_TEXTS_HELP = ("write titles, descriptions, rooms, the venue and names in this language "
               "where translated, else the default: " + ", ".join(SUPPORTED_LANGUAGES)
               + " (default: the event's first language)")


def _done(ctx: CommandContext, result: exports.ExportResult) -> int:
    ctx.err(f"wrote {result.path} ({result.description})")
    return EXIT_OK


def _export_signings(ctx: CommandContext) -> int:
    language = parse_language(ctx.args.language)  # refused before the database is opened
    return _done(ctx, exports.export_signings(ctx.db, ctx.args.event, Path(ctx.args.output),
                                              language=language))


def _export_agenda(ctx: CommandContext) -> int:
    language = parse_language(ctx.args.lang, "lang")  # refused before the database is opened
    return _done(ctx, exports.export_agenda(ctx.db, ctx.args.event, Path(ctx.args.output),
                                            language=language))


def _export_schedule(ctx: CommandContext) -> int:
    language = parse_language(ctx.args.lang, "lang")
    return _done(ctx, exports.export_schedule(ctx.db, ctx.args.event, Path(ctx.args.output),
                                              language=language))


def _import_table(ctx: CommandContext) -> int:
    args = ctx.args
    try:
        report = import_table(ctx.db, args.event, args.kind, Path(args.file), args.map or [],
                              dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows)
    except TableImportError as exc:
        report = exc.report
        for line in report.mapping_lines():
            ctx.err(f"  {line}")
        ctx.err(f"error: {exc}")
        for problem in report.problems[:MAX_LISTED_PROBLEMS]:
            ctx.err(f"error: {problem}")
        if len(report.problems) > MAX_LISTED_PROBLEMS:
            ctx.err(f"error: … {len(report.problems) - MAX_LISTED_PROBLEMS} more problems")
        return EXIT_BAD_INPUT
    for problem in report.skipped[:MAX_LISTED_PROBLEMS]:
        ctx.err(f"skipped: {problem}")
    if len(report.skipped) > MAX_LISTED_PROBLEMS:
        ctx.err(f"skipped: … {len(report.skipped) - MAX_LISTED_PROBLEMS} more problems")
    if args.dry_run:
        for line in report.lines():
            if not line.startswith("skipped: "):
                ctx.out(line)
        ctx.out("dry run: nothing was stored")
    else:
        for note in report.notes:
            ctx.err(f"note: {note}")
        for change in report.changes:
            if change.action != "unchanged":
                ctx.out(str(change))
        ctx.err(report.summary())
        for warning in report.warnings:
            ctx.err(f"warning: {warning}")
    return EXIT_OK


def register(registry: CommandRegistry) -> None:
    export = registry.group("export", "write an event to a file")
    parser = export.command("signings", _export_signings,
                            "write the signing records (one row per party) as CSV, XLSX or JSON")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.csv|.xlsx|.json")
    parser.add_argument("--language", metavar="TAG",
                        help="write names in this language where recorded: "
                             + ", ".join(SUPPORTED_LANGUAGES))
    parser = export.command("agenda", _export_agenda,
                            "write the agenda as an iCalendar file (one event per item)")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    parser.add_argument("--lang", metavar="TAG", help=_TEXTS_HELP)
    parser = export.command("schedule", _export_schedule,
                            "write the frab/C3VOC conference schedule (XML or JSON)")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.xml|.json")
    parser.add_argument("--lang", metavar="TAG", help=_TEXTS_HELP)

    parser = registry.command(
        "import-table", _import_table,
        "import people, organizations or agreements from a CSV or XLSX table "
        "(all or nothing unless --skip-bad-rows; rows matching existing records update them)")
    parser.add_argument("event", metavar="EVENT", help="event id")
    parser.add_argument("kind", choices=TABLE_KINDS, metavar="people|organizations|agreements",
                        help="what the table lists")
    parser.add_argument("file", metavar="FILE", help="table (.csv or .xlsx, first sheet); a row "
                        "names the columns, in English, Azerbaijani, Kazakh or Russian")
    parser.add_argument("--map", action="append", metavar="COLUMN=FIELD",
                        help="use COLUMN (header or letter) for FIELD, or 'ignore' it; "
                             "repeatable. Fields: people: " + ", ".join(field_names("people"))
                        + "; organizations: " + ", ".join(field_names("organizations"))
                        + "; agreements: " + ", ".join(field_names("agreements"))
                        + ". See docs/signing-records.md")
    parser.add_argument("--dry-run", action="store_true",
                        help="print the mapping and what would change; store nothing")
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help="import the good rows and skip those with a problem (each "
                             "listed as 'skipped:'); without it one bad row stops the import")
