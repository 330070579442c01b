"""Certificates and the register as PDF/A-2b (issue 17, point 12), checked on their
structure with pikepdf: XMP metadata declaring part 2, level B, saying what the Info
dictionary says; an sRGB output intent; every font embedded (the QR code and the
ornaments are drawn as paths and bring none), before and after signing.

Full conformance was not checked with veraPDF (see README).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest

from desktop_app.documents.pdfa import srgb_profile
from desktop_app.services.documents import DocumentOptions, generate_document
from desktop_app.services.keys import create_key_file, load_signer
from desktop_app.storage import Database

from .conftest import SAMPLE_KEY

WHEN = dt.datetime(2025, 3, 4, 11, 5, 7, tzinfo=dt.timezone(dt.timedelta(hours=4)))
PDFA_ID = "{http://www.aiim.org/pdfa/ns/id/}"


@pytest.fixture(scope="module")
def archived(sample_db: Database, tmp_path_factory: pytest.TempPathFactory
             ) -> dict[str, Path]:
    """Certificates and the register, unsigned and signed."""
    folder = tmp_path_factory.mktemp("pdfa")
    create_key_file(folder / "k.p12", "Protocol Office", "passphrase", algorithm="p256")
    signer, _details = load_signer(folder / "k.p12", "passphrase")
    made = {}
    for kind in ("certificates", "register"):
        for signed in (False, True):
            name = f"{kind}{'-signed' if signed else ''}"
            made[name] = folder / f"{name}.pdf"
            generate_document(sample_db, SAMPLE_KEY, kind, made[name],
                              DocumentOptions(generated_at=WHEN, languages=("kk",)),
                              signer=signer if signed else None)
    return made


NAMES = ["certificates", "certificates-signed", "register", "register-signed"]


def resources_of(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Every resource dictionary that can draw: pages, form XObjects (nested), and
    the appearance streams of annotations (the signature block)."""
    pending: list[pikepdf.Object] = []
    for page in pdf.pages:
        pending.append(page.obj.get("/Resources", pikepdf.Dictionary()))
        for annotation in page.obj.get("/Annots", pikepdf.Array()):
            for appearance in annotation.get("/AP", pikepdf.Dictionary()).values():
                pending.append(appearance.get("/Resources", pikepdf.Dictionary()))
    seen: set[tuple[int, int]] = set()
    while pending:
        resources = pending.pop()
        if resources.is_indirect:
            if resources.objgen in seen:
                continue
            seen.add(resources.objgen)
        yield resources
        for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                pending.append(xobject.Resources)


def fonts_of(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    return [font for resources in resources_of(pdf)
            for font in resources.get("/Font", pikepdf.Dictionary()).values()]


def embedded(font: pikepdf.Dictionary) -> bool:
    if font.Subtype == "/Type0":
        font = font.DescendantFonts[0]
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


@pytest.mark.parametrize("name", NAMES)
def test_xmp_declares_pdfa_2b_and_matches_the_info_dictionary(
        archived: dict[str, Path], name: str) -> None:
    with pikepdf.open(archived[name]) as pdf:
        metadata = pdf.Root.Metadata
        assert metadata.Subtype == "/XML" and "/Filter" not in metadata
        with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
            assert xmp[f"{PDFA_ID}part"] == "2"
            assert xmp[f"{PDFA_ID}conformance"] == "B"
            info = pdf.trailer.Info
            assert xmp["dc:title"] == str(info.Title)
            assert xmp["dc:creator"] == [str(info.Author)]
            assert xmp["pdf:Producer"] == str(info.Producer)
            assert xmp["xmp:CreatorTool"] == str(info.Creator)
            assert xmp["pdf:Keywords"] == str(info.Keywords)
            assert dt.datetime.fromisoformat(xmp["xmp:CreateDate"]) == \
                _pdf_date(str(info.CreationDate))
            assert dt.datetime.fromisoformat(xmp["xmp:ModifyDate"]) == \
                _pdf_date(str(info.ModDate))
            if name.endswith("signed"):
                assert _pdf_date(str(info.ModDate)) > WHEN  # the signature updated both
            else:
                assert _pdf_date(str(info.CreationDate)) == WHEN


def _pdf_date(text: str) -> dt.datetime:
    """``D:20250304110507+04'00'`` as a datetime."""
    body = text.removeprefix("D:").replace("'", "")
    if body.endswith("Z"):
        body = body[:-1] + "+0000"
    return dt.datetime.strptime(body[:19], "%Y%m%d%H%M%S%z")


@pytest.mark.parametrize("name", NAMES)
def test_an_srgb_output_intent_carries_the_shipped_profile(
        archived: dict[str, Path], name: str) -> None:
    with pikepdf.open(archived[name]) as pdf:
        (intent,) = pdf.Root.OutputIntents
        assert intent.Type == "/OutputIntent" and intent.S == "/GTS_PDFA1"
        assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        profile = intent.DestOutputProfile
        assert profile.N == 3
        data = profile.read_bytes()
        assert data == srgb_profile()
        assert data[36:40] == b"acsp" and data[16:20] == b"RGB " and data[8] == 2


@pytest.mark.parametrize("name", NAMES)
def test_every_font_is_embedded_and_none_is_a_base_14_font(
        archived: dict[str, Path], name: str) -> None:
    with pikepdf.open(archived[name]) as pdf:
        fonts = fonts_of(pdf)
        assert fonts
        for font in fonts:
            assert embedded(font), font.get("/BaseFont")
            assert "Helvetica" not in str(font.get("/BaseFont"))
        if name.endswith("signed"):
            widget_fonts = [font for page in pdf.pages
                            for annotation in page.obj.get("/Annots", pikepdf.Array())
                            for font in annotation.AP.N.Resources.Font.values()]
            assert widget_fonts and all(embedded(font) for font in widget_fonts)


def test_the_qr_code_and_the_ornaments_bring_no_font(archived: dict[str, Path]) -> None:
    """The frame and the seal are forms, the QR code a path: no text in them, so the fonts
    checked above are all there is."""
    with pikepdf.open(archived["certificates"]) as pdf:
        forms = [x for x in pdf.pages[0].Resources.XObject.values()
                 if x.get("/Subtype") == "/Form"]
        assert len(forms) == 2
        for form in forms:  # (ReportLab gives forms the page's font resources, unused)
            drawing = form.read_bytes()
            assert b"BT" not in drawing and b"Tf" not in drawing


def test_the_signed_file_keeps_the_unsigned_one_as_its_first_revision(
        archived: dict[str, Path]) -> None:
    """Signing appends: the bytes before the signature are the archived file."""
    unsigned = archived["register"].read_bytes()
    signed = archived["register-signed"].read_bytes()
    # Same content, made at the same moment: the signed file starts with a revision
    # equal to the unsigned one but for the file identifier.
    first_end = signed.index(b"%%EOF") + len(b"%%EOF")
    assert len(signed) > first_end + 1000
    assert abs(first_end - len(unsigned.rstrip())) < 64
