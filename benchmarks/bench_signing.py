"""How much a digital signature adds to printing certificates.

Run alone: ``python benchmarks/bench_signing.py`` (or through ``run.py --only signing``).
On the benchmark event (``benchmarks/synth.py``), with a new RSA 3072 key loaded once
(``services.keys.load_signer``), best of ``REPEATS`` runs, signed and unsigned runs
alternating so that load from other processes hits both alike:

- 1,000 certificates in one file, signed (one PAdES signature over the file, with
  its visible block), against the same file unsigned. Target: within 2x.
- ``--split``: the same 1,000 certificates as 1,000 one-page files, each signed,
  against the same files unsigned (no target: each file needs its own signature,
  and a one-page file costs little to print, so this ratio shows the per-file cost
  of a signature).
- For information: loading the key (decrypting the PKCS#12 file) and the time one
  signature of the 1,000-page file takes on its own.

Files are written to memory, as the services write them to disk.
"""
from __future__ import annotations

import io
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import BenchContext, Figure, best_of, interleaved_best, timed

from desktop_app.documents.base import DocumentOptions, Progress
from desktop_app.documents.certificates import (
    build_certificate_files,
    build_certificates,
    certificate_agreements,
)
from desktop_app.documents.fonts import register_fonts
from desktop_app.documents.signing import DocumentSigner, signature_place
from desktop_app.domain.models import Agreement
from desktop_app.services.keys import create_key_file, load_signer
from desktop_app.services.loading import load_event
from desktop_app.storage.database import open_database

NAME = "signing"
CERTIFICATES = 1000
REPEATS = 3
PASSPHRASE = "benchmark passphrase"


def run(ctx: BenchContext) -> list[Figure]:
    register_fonts()
    key = ctx.workdir / "bench-key.p12"
    if not key.exists():
        create_key_file(key, "Benchmark Protocol Office", PASSPHRASE)
    loading = timed(lambda: load_signer(key, PASSPHRASE))
    signer, _details = load_signer(key, PASSPHRASE)
    place = signature_place("certificates", "a4")
    db = open_database(str(ctx.database))
    figures = []
    try:
        with db.reader() as session:
            event = load_event(session, ctx.event_key)
            references = tuple(a.reference for a in certificate_agreements(event))[:CERTIFICATES]
            options = DocumentOptions(agreements=references)
            unsigned_file = io.BytesIO()
            build_certificates(event, unsigned_file, options, Progress())  # warms caches

            def one_file(signing: DocumentSigner | None) -> None:
                buffer = io.BytesIO()
                build_certificates(event, buffer, options, Progress())
                if signing is not None:
                    buffer.seek(0)
                    signing.sign(buffer, io.BytesIO(), place=place)

            signed, unsigned = interleaved_best(lambda: one_file(signer),
                                                lambda: one_file(None), REPEATS)
            figures.append(Figure(
                NAME, f"certificates, {len(references):,} pages in one file, signed",
                signed[0], baseline=unsigned[0], max_ratio=2.0, runs=REPEATS,
                cpu_seconds=signed[1],
                note=f"CPU {signed[1]:.2f} s vs {unsigned[1]:.2f} s "
                     f"({signed[1] / unsigned[1]:.2f}x); one signature; best of {REPEATS}, "
                     "alternating"))
            figures.append(Figure(NAME, "baseline: the same file, unsigned", unsigned[0],
                                  runs=REPEATS, cpu_seconds=unsigned[1],
                                  memory_target=False))
            data = unsigned_file.getvalue()
            alone = best_of(lambda: signer.sign(io.BytesIO(data), io.BytesIO(), place=place),
                            REPEATS)
            figures.append(Figure(
                NAME, "of it: the signature of the 1,000-page file", alone[0],
                cpu_seconds=alone[1], memory_target=False,
                note=f"{len(data) / 1e6:.1f} MB; best of {REPEATS}"))

            def split(signing: DocumentSigner | None) -> None:
                @contextmanager
                def target(_agreement: Agreement) -> Iterator[BinaryIO]:
                    buffer = io.BytesIO()
                    yield buffer
                    if signing is not None:
                        buffer.seek(0)
                        signing.sign(buffer, io.BytesIO(), place=place)

                build_certificate_files(event, options, Progress(), target)

            split_signed, split_unsigned = interleaved_best(lambda: split(signer),
                                                            lambda: split(None), 1)
            figures.append(Figure(
                NAME, f"--split: {len(references):,} one-page files, each signed",
                split_signed[0], baseline=split_unsigned[0], cpu_seconds=split_signed[1],
                memory_target=False,
                note=f"CPU {split_signed[1]:.2f} s vs {split_unsigned[1]:.2f} s "
                     f"({split_signed[1] / split_unsigned[1]:.2f}x), "
                     f"{(split_signed[1] - split_unsigned[1]) / len(references) * 1000:.0f} ms "
                     "of CPU a signature; one run each"))
            figures.append(Figure(NAME, "baseline: the same files, unsigned", split_unsigned[0],
                                  cpu_seconds=split_unsigned[1], memory_target=False))
        figures.append(Figure(NAME, "loading the key (PKCS#12, RSA 3072), once per run",
                              loading[0], cpu_seconds=loading[1], memory_target=False))
    finally:
        db.dispose()
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for figure in run(BenchContext(Path(folder))):
            ratio = f"  ({figure.ratio:.2f}x)" if figure.ratio else ""
            print(f"{figure.name:<60} {figure.seconds:8.2f} s{ratio}  {figure.note}")


if __name__ == "__main__":
    main()
