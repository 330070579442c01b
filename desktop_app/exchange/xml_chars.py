"""The characters XML 1.0 cannot hold, for every file Roundtable writes as XML
(XLSX sheets, the conference schedule): they are dropped from text, so any name
survives the trip and no writer fails on it."""
from __future__ import annotations

import re

#: Controls other than tab, newline and return, lone surrogates (a JSON ``"\\ud800"``
#: decodes to one; UTF-8 cannot encode it) and the two non-characters.
ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold."""
    return ILLEGAL_XML.sub("", text)
