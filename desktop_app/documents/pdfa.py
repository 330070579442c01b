"""The archival form of a PDF (PDF/A-2b): XMP metadata, an sRGB output intent.

Certificates and the register are kept for years and handed to ministries and
universities, so they are written as PDF/A-2 level B (ISO 19005-2, "basic": the
pages look the same in any conforming reader, years from now). What that asks of
a ReportLab file beyond what every document already does (every font embedded,
no base-14 font at all, no encryption, a file identifier):

- an XMP metadata stream (uncompressed) in the catalogue, with ``pdfaid:part`` 2
  and ``pdfaid:conformance`` B, whose title, author, subject, keywords, producer,
  creator tool and dates say what the Info dictionary says;
- an output intent ``GTS_PDFA1`` with the ICC profile of the colours used, sRGB
  (``resources/color/sRGB.icc``, made by ``scripts/make-srgb-profile``).

``make_archival`` sets both, and the Info dictionary with them, on a canvas before
it is saved. Signing later (``signing.py``) appends an incremental update that
pyHanko keeps consistent: it rewrites the XMP's modification date and producer
together with the Info dictionary's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfbase.pdfdoc import format as pdf_format
from reportlab.pdfgen.canvas import Canvas

from desktop_app import __version__
from desktop_app.resources import resource_path

#: What the output intent names: the registry's name of the sRGB condition.
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PRODUCER = f"Roundtable {__version__} (ReportLab)"


@dataclass(frozen=True)
class ArchivalInfo:
    """The document information an archival PDF states twice (Info and XMP)."""

    title: str
    author: str = "Roundtable"
    subject: str = ""
    keywords: str = ""
    creator: str = "Roundtable"
    producer: str = PRODUCER
    created: dt.datetime | None = None

    def moment(self) -> dt.datetime:
        """When it was made, with its UTC offset, to the second."""
        moment = self.created or dt.datetime.now(dt.UTC)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        return moment.replace(microsecond=0)


@cache
def srgb_profile() -> bytes:
    """The shipped sRGB ICC profile."""
    return resource_path("color", "sRGB.icc").read_bytes()


def _pdf_date(moment: dt.datetime) -> str:
    offset = moment.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{minutes:02d}'"


def xmp_packet(info: ArchivalInfo) -> bytes:
    """The XMP metadata of ``info``, declaring PDF/A-2b."""
    moment = info.moment().isoformat()

    def text(value: str) -> str:
        return escape(value)

    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{text(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{text(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{text(info.subject)}</rdf:li></rdf:Alt>
    </dc:description>
   <pdf:Keywords>{text(info.keywords)}</pdf:Keywords>
   <pdf:Producer>{text(info.producer)}</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   <xmp:CreatorTool>{text(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{moment}</xmp:CreateDate>
   <xmp:ModifyDate>{moment}</xmp:ModifyDate>
   <xmp:MetadataDate>{moment}</xmp:MetadataDate>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


class _UnfilteredStream(PDFStream):
    """A stream written as it is: PDF/A wants the metadata stream without a filter,
    and ReportLab's streams take the document's compression unless they name one."""

    def format(self, document: object) -> bytes:
        dictionary = PDFDictionary(self.dictionary.dict.copy())
        content: bytes = self.content
        dictionary["Length"] = len(content)
        head: bytes = pdf_format(dictionary, document)
        return head + b"\nstream\n" + content + b"\nendstream\n"


def make_archival(canvas: Canvas, info: ArchivalInfo) -> None:
    """Make the PDF that ``canvas`` will save a PDF/A-2b file with ``info``.

    Sets the Info dictionary (title, author, subject, keywords, creator, producer and
    both dates) and the same in XMP, and the sRGB output intent. Call it any time
    before ``canvas.save()``.
    """
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subject)
    canvas.setKeywords(info.keywords)
    canvas.setCreator(info.creator)
    canvas.setProducer(info.producer)
    date = _pdf_date(info.moment())
    canvas.setDateFormatter(lambda *_parts: date)
    metadata = _UnfilteredStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        xmp_packet(info))
    canvas.setCatalogEntry("Metadata", metadata)
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
        "Info": PDFString(OUTPUT_CONDITION),
        "RegistryName": PDFString("http://www.color.org"),
        "DestOutputProfile": profile,
    })
    # ReportLab's catalogue writes only the keys its class lists, and OutputIntents is
    # not among them: this catalogue lists it too (tests/documents/test_pdfa.py reads
    # it back, so a ReportLab that changes this fails there, not in an archive).
    catalog = canvas._doc.Catalog  # type: ignore[attr-defined]  # no public way to it
    catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([intent])
