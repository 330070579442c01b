"""``roundtable keys create|show``: the signing key of an office, in a PKCS#12 file.

The passphrase comes from ``ROUNDTABLE_KEY_PASSPHRASE`` when set, else from a prompt
on the terminal (asked twice for a new key); it is never stored. ``print … --sign``
reads it the same way (``read_passphrase``).
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from desktop_app.domain.errors import ValidationError, problem

from .context import EXIT_OK, CommandContext
from .registry import CommandRegistry


def read_passphrase(ctx: CommandContext, *, confirm: bool = False,
                    prompt: str = "Passphrase for the key file: ") -> str:
    """The key file's passphrase: ``ROUNDTABLE_KEY_PASSPHRASE``, else typed on the
    terminal (twice with ``confirm``). No terminal and no variable is bad input."""
    from desktop_app.services.keys import PASSPHRASE_VARIABLE

    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ValidationError(problem(
            "passphrase", "", "no terminal to ask it on: set {variable}",
            variable=PASSPHRASE_VARIABLE))
    first = getpass.getpass(prompt, stream=ctx.stderr)
    if confirm and getpass.getpass("Again, to confirm: ", stream=ctx.stderr) != first:
        raise ValidationError(problem("passphrase", "", "the two entries differ"))
    return first


def _print_details(ctx: CommandContext, details: object) -> None:
    from desktop_app.services.keys import KeyDetails

    assert isinstance(details, KeyDetails)
    ctx.out(f"subject:     {details.subject}")
    issuer = "itself (self-signed)" if details.self_signed else details.issuer
    ctx.out(f"issued by:   {issuer}")
    ctx.out(f"valid:       {details.not_before:%Y-%m-%d %H:%M} UTC to "
            f"{details.not_after:%Y-%m-%d %H:%M} UTC"
            + ("  (NOT VALID NOW)" if details.expired() else ""))
    ctx.out(f"key:         {details.key_type}")
    if details.chain:
        ctx.out(f"chain:       {details.chain} more certificate{'s' if details.chain > 1 else ''}")
    ctx.out(f"SHA-256:     {details.fingerprint}")


def _create(ctx: CommandContext) -> int:
    from desktop_app.services.keys import create_key_file

    args = ctx.args
    output = Path(args.output)
    if output.exists() and not args.force:
        raise ValidationError(problem("output", str(output), "already exists"))
    passphrase = read_passphrase(ctx, confirm=True,
                                 prompt="Passphrase for the new key file: ")
    details = create_key_file(output, args.name, passphrase, algorithm=args.algorithm,
                              years=args.years, overwrite=args.force)
    ctx.out(f"{details.path}")
    _print_details(ctx, details)
    if args.certificate:
        from desktop_app.services.keys import certificate_pem

        Path(args.certificate).write_bytes(certificate_pem(output, passphrase))
        ctx.out(f"certificate: {args.certificate}")
    return EXIT_OK


def _show(ctx: CommandContext) -> int:
    from desktop_app.services.keys import certificate_pem, key_details

    passphrase = read_passphrase(ctx)
    details = key_details(Path(ctx.args.file), passphrase)
    _print_details(ctx, details)
    if ctx.args.certificate:
        Path(ctx.args.certificate).write_bytes(certificate_pem(ctx.args.file, passphrase))
        ctx.out(f"certificate: {ctx.args.certificate}")
    return EXIT_OK


def register(registry: CommandRegistry) -> None:
    group = registry.group("keys", "signing keys (PKCS#12 files) for signed documents")
    parser = group.command("create", _create,
                           "make a key and a self-signed certificate in a PKCS#12 file")
    parser.add_argument("--name", required=True,
                        help='who signs, e.g. "ADA University · Protocol Office"')
    parser.add_argument("-o", "--output", required=True, metavar="FILE.p12")
    parser.add_argument("--algorithm", choices=("rsa3072", "p256"), default="rsa3072",
                        help="RSA 3072 (default) or ECDSA P-256")
    parser.add_argument("--years", type=int, default=3,
                        help="how long the certificate is valid (default 3)")
    parser.add_argument("--certificate", metavar="CERT.pem",
                        help="also write the certificate (no key) for those who verify")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser = group.command("show", _show,
                           "print a key file's certificate: subject, validity, fingerprint")
    parser.add_argument("file", metavar="FILE.p12")
    parser.add_argument("--certificate", metavar="CERT.pem",
                        help="write the certificate (no key) for verify --trust")


__all__ = ["read_passphrase", "register"]
