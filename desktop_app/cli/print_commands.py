"""``roundtable print …`` (programme, certificates, register, runsheet, badges,
placecards, seating, flags); ``roundtable verify`` is in ``verify_commands``.

The handlers only parse arguments and print results; the documents are made
by ``services.documents.generate_document``, the same call the GUI makes. A text
printed in the default for want of a translation is a ``warning:`` line on stderr
(the first ``MAX_MISSING_LISTED``, then how many more); the exit code stays 0.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.documents.labels import SUPPORTED_LANGUAGES
from desktop_app.domain.errors import ValidationError, problem

from .context import EXIT_OK, CommandContext
from .registry import CommandRegistry

if TYPE_CHECKING:
    from desktop_app.documents.signing import DocumentSigner
    from desktop_app.services.documents import DocumentOptions

#: How many texts without a translation are named, one warning line each.
MAX_MISSING_LISTED = 20

#: Every printable kind with its help line (the service's DOCUMENT_KINDS has the same keys;
#: the builders are imported only when a print command runs, to keep start-up fast).
HELP = {
    "programme": "print the programme: cover, agenda by day, speakers, participants",
    "certificates": "print a framed signing certificate per signed or ready agreement",
    "register": "print the signing register with totals by status, country and university",
    "runsheet": "print the ceremony run sheet: order, times, seating, originals, kit",
    "badges": "print name badges (eight per sheet) for everyone taking part",
    "placecards": "print folded table place cards for everyone taking part",
    "seating": "print each seating plan to scale (the host marked, the rule's legend) with an "
               "index of people",
    "flags": "print where each national flag stands at every signing and the main table, as "
             "the audience sees it",
}
#: The documents of one agenda item's table with --item (the main table: main).
ITEM_KINDS = ("seating", "flags", "placecards")


def _progress_printer(ctx: CommandContext) -> Callable[[int, int], None] | None:
    """A progress callback that draws a one-line counter on an interactive terminal."""
    stream = ctx.stderr
    if not getattr(stream, "isatty", lambda: False)():
        return None

    def report(done: int, total: int) -> None:
        stream.write(f"\r{done}/{total}")
        stream.flush()

    return report


class _WarningLines(logging.Handler):
    """Shows the documents' warnings (e.g. a character no font has) as ``warning:`` lines."""

    def __init__(self, ctx: CommandContext) -> None:
        super().__init__(logging.WARNING)
        self.ctx = ctx

    def emit(self, record: logging.LogRecord) -> None:
        self.ctx.err(f"warning: {record.getMessage()}")


@contextmanager
def document_warnings(ctx: CommandContext) -> Iterator[None]:
    logger = logging.getLogger("desktop_app.documents")
    handler = _WarningLines(ctx)
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _print(kind: str) -> Callable[[CommandContext], int]:
    def handler(ctx: CommandContext) -> int:
        from desktop_app.services.documents import (
            DocumentOptions,
            generate_document,
            parse_languages,
        )

        args = ctx.args
        options = DocumentOptions(
            languages=parse_languages(args.lang),
            paper=args.paper,
            agreements=tuple(getattr(args, "agreement", None) or ()),
            item=getattr(args, "item", None),
            ready_only=bool(getattr(args, "ready_only", False)),
        )
        signer = _signer(ctx)
        if getattr(args, "split", None):
            return _split(ctx, options, signer)
        if not args.output:
            raise ValidationError(problem("output", "", "is required: -o FILE.pdf"))
        report = _progress_printer(ctx)
        try:
            with document_warnings(ctx):
                result = generate_document(ctx.db, args.event, kind, Path(args.output),
                                           options, progress=report, signer=signer)
        finally:
            if report is not None:
                ctx.stderr.write("\r")
        for missing in result.missing[:MAX_MISSING_LISTED]:
            ctx.err(f"warning: {missing.message}")
        more = len(result.missing) - MAX_MISSING_LISTED
        if more > 0:
            ctx.err(f"warning: … and {more} more text{'s' if more != 1 else ''} without a "
                    "translation")
        pages = f"{result.pages} page{'s' if result.pages != 1 else ''}"
        ctx.out(f"{result.path} ({pages}{', signed' if signer is not None else ''})")
        return EXIT_OK

    return handler


def _signer(ctx: CommandContext) -> DocumentSigner | None:
    """The key of ``--sign``, loaded once (its passphrase asked once), or None."""
    key = getattr(ctx.args, "sign", None)
    if not key:
        return None
    from desktop_app.services.keys import load_signer

    from .key_commands import read_passphrase

    signer, details = load_signer(Path(key), read_passphrase(ctx))
    ctx.err(f"signing as {details.common_name} (SHA-256 {details.fingerprint})")
    return signer


def _split(ctx: CommandContext, options: DocumentOptions,
           signer: DocumentSigner | None) -> int:
    """``print certificates --split DIR``: a file per agreement, named by its reference."""
    from desktop_app.services.documents import generate_certificate_files

    args = ctx.args
    if args.output:
        raise ValidationError(problem("output", args.output,
                                      "give either -o FILE.pdf or --split DIR, not both"))
    report = _progress_printer(ctx)
    try:
        with document_warnings(ctx):
            result = generate_certificate_files(ctx.db, args.event, Path(args.split), options,
                                                progress=report, signer=signer)
    finally:
        if report is not None:
            ctx.stderr.write("\r")
    for missing in result.missing[:MAX_MISSING_LISTED]:
        ctx.err(f"warning: {missing.message}")
    count = len(result.files)
    ctx.out(f"{result.folder} ({count} file{'s' if count != 1 else ''}"
            f"{', each signed' if signer is not None else ''})")
    return EXIT_OK


def register(registry: CommandRegistry) -> None:
    group = registry.group("print", "print documents of an event to PDF")
    for kind, help_line in HELP.items():
        parser = group.command(kind, _print(kind), help_line)
        parser.add_argument("event", metavar="EVENT", help="event id")
        # Certificates may go to a folder instead (--split); the handler asks for one.
        parser.add_argument("-o", "--output", required=kind != "certificates",
                            metavar="FILE.pdf",
                            help="the PDF to write (replaced only once complete)")
        languages = ", ".join(SUPPORTED_LANGUAGES)
        if kind == "programme":
            lang_help = (f"language of labels, dates and names: {languages} (default: the "
                         "event's first language); two, e.g. az,en, make a bilingual programme")
        else:
            lang_help = (f"language of labels, dates and names: {languages} (default: the "
                         "event's first)")
        parser.add_argument("--lang", metavar="TAG[,TAG2]" if kind == "programme" else "TAG",
                            help=lang_help)
        parser.add_argument("--paper", choices=("a4", "a3", "letter") if kind == "seating"
                            else ("a4", "letter"), default="a4",
                            help="paper size (default a4)")
        if kind in ITEM_KINDS:
            parser.add_argument("--item", metavar="ITEM",
                                help="only this agenda item's table (an item id, or main for "
                                     "the main table)" + ("; the cards in its seat order, "
                                                          "each with its seat number"
                                                          if kind == "placecards" else ""))
        if kind == "programme":
            parser.add_argument("--ready-only", action="store_true",
                                help="leave draft agreements out (by default they are "
                                     "listed, marked as drafts)")
        if kind == "certificates":
            parser.add_argument("--agreement", metavar="REF", nargs="+", action="extend",
                                help="only these agreements (by reference)")
            parser.add_argument("--split", metavar="DIR",
                                help="a PDF per agreement in DIR, named by its reference "
                                     "(instead of -o)")
        if kind in ("certificates", "register"):
            parser.add_argument("--sign", metavar="KEY.p12",
                                help="sign the file (each file with --split) with this key; "
                                     "passphrase from $ROUNDTABLE_KEY_PASSPHRASE or a prompt")


__all__ = ["register"]
