"""The names of the importable fields, as the table import wizard shows them.

The services describe each field with an English label (``FieldInfo.label``), which
the command line prints as it is. The wizard shows the same labels in the interface
language: they are marked here for the translators and translated at use time.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.exchange.table_fields import FieldInfo, translation_field

from .form_support import language_label

FIELD_LABELS: dict[str, object] = {
    "key": QT_TRANSLATE_NOOP("ImportFieldLabels", "Id"),
    "honorific": QT_TRANSLATE_NOOP("ImportFieldLabels", "Honorific"),
    "given_name": QT_TRANSLATE_NOOP("ImportFieldLabels", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ImportFieldLabels", "Family name"),
    "full_name": QT_TRANSLATE_NOOP("ImportFieldLabels", "Full name"),
    "position": QT_TRANSLATE_NOOP("ImportFieldLabels", "Position"),
    "organization": QT_TRANSLATE_NOOP("ImportFieldLabels", "Organization"),
    "country": QT_TRANSLATE_NOOP("ImportFieldLabels", "Country"),
    "precedence": QT_TRANSLATE_NOOP("ImportFieldLabels", "Precedence"),
    "email": QT_TRANSLATE_NOOP("ImportFieldLabels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportFieldLabels", "Phone"),
    "bio": QT_TRANSLATE_NOOP("ImportFieldLabels", "Biography"),
    "name": QT_TRANSLATE_NOOP("ImportFieldLabels", "Name"),
    "short_name": QT_TRANSLATE_NOOP("ImportFieldLabels", "Short name"),
    "kind": QT_TRANSLATE_NOOP("ImportFieldLabels", "Kind"),
    "city": QT_TRANSLATE_NOOP("ImportFieldLabels", "City"),
    "website": QT_TRANSLATE_NOOP("ImportFieldLabels", "Website"),
    "reference": QT_TRANSLATE_NOOP("ImportFieldLabels", "Reference"),
    "title": QT_TRANSLATE_NOOP("ImportFieldLabels", "Title"),
    "status": QT_TRANSLATE_NOOP("ImportFieldLabels", "Status"),
    "signed_at": QT_TRANSLATE_NOOP("ImportFieldLabels", "Signed at"),
    "signing_order": QT_TRANSLATE_NOOP("ImportFieldLabels", "Signing order"),
    "valid_from": QT_TRANSLATE_NOOP("ImportFieldLabels", "Valid from"),
    "valid_until": QT_TRANSLATE_NOOP("ImportFieldLabels", "Valid until"),
    "languages": QT_TRANSLATE_NOOP("ImportFieldLabels", "Languages"),
    "originals": QT_TRANSLATE_NOOP("ImportFieldLabels", "Originals"),
    "notes": QT_TRANSLATE_NOOP("ImportFieldLabels", "Notes"),
    "party_number": QT_TRANSLATE_NOOP("ImportFieldLabels", "Party number"),
    "signatory": QT_TRANSLATE_NOOP("ImportFieldLabels", "Signatory"),
    "parties": QT_TRANSLATE_NOOP("ImportFieldLabels", "Parties (list)"),
    "signatories": QT_TRANSLATE_NOOP("ImportFieldLabels", "Signatories (list)"),
    "ignore": QT_TRANSLATE_NOOP("ImportFieldLabels", "Not imported"),
}

_NUMBERED = re.compile(r"(party|signatory)_(\d+)")


def field_label(field: FieldInfo) -> str:
    """``field``'s label in the interface language (its English label if unknown here)."""
    marked = FIELD_LABELS.get(field.name)
    if marked is not None:
        return QCoreApplication.translate("ImportFieldLabels", str(marked))
    numbered = _NUMBERED.fullmatch(field.name)
    if numbered is not None:
        number = int(numbered.group(2))
        if numbered.group(1) == "party":
            return QCoreApplication.translate("ImportFieldLabels", "Party {number}").format(
                number=number)
        return QCoreApplication.translate("ImportFieldLabels", "Signatory {number}").format(
            number=number)
    if field.name.startswith("local_name:"):
        return QCoreApplication.translate("ImportFieldLabels", "Name in {language}").format(
            language=language_label(field.name.split(":", 1)[1]))
    translation = translation_field(field.name)  # position:kk, title:az
    if translation is not None and translation[0] in FIELD_LABELS:
        text = QCoreApplication.translate("ImportFieldLabels", str(FIELD_LABELS[translation[0]]))
        return f"{text} — {language_label(translation[1])}"
    return field.label
