"""``roundtable verify SUBJECT``: a certificate's code or a file, checked against the
database by every check of ``services.verification`` (exit 0 verified, 1 not).

The first line is the verdict (``valid: …`` or ``NOT VALID: …``) with its detail lines;
for a file, the answer of every check follows.
"""
from __future__ import annotations

from .context import EXIT_OK, EXIT_WARNINGS, CommandContext
from .registry import CommandRegistry

_STATUS = {"pass": "pass", "fail": "FAIL", "does-not-apply": "does not apply"}


def _verify(ctx: CommandContext) -> int:
    from desktop_app.services.verification import load_trusted, verify

    trusted = load_trusted(ctx.args.trust or ())
    report = verify(ctx.db, ctx.args.subject, trusted=trusted)
    headline = report.headline
    if report.verified:
        assert headline is not None
        ctx.out(f"valid: {headline.summary}")
    else:
        ctx.out("NOT VALID: " + (headline.summary if headline is not None
                                 else "no check applies to it"))
    if headline is not None:
        for line in headline.details:
            ctx.out(f"  {line}")
    if report.subject.is_file:
        ctx.out("checks:")
        for result in report.results:
            ctx.out(f"  {_STATUS.get(result.status, result.status):<16}{result.check}: "
                    f"{result.summary}")
    return EXIT_OK if report.verified else EXIT_WARNINGS


def register(registry: CommandRegistry) -> None:
    parser = registry.command(
        "verify", _verify,
        "check a certificate's verification code (REF:DIGEST), or a file (is it an attached "
        "signed copy, and of which agreement?), against the database; exit 0 if verified, "
        "1 if not")
    parser.add_argument("subject", metavar="CODE|FILE",
                        help="the code printed under a certificate's QR code, or a file's path")
    parser.add_argument("--trust", metavar="CERT.pem", action="append",
                        help="a certificate (PEM or DER) whose signatures you trust; a signed "
                             "PDF by any other signer fails (repeat for several)")


__all__ = ["register"]
