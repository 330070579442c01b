"""The fields a table import fills, and the column headers that name them.

Offices write headers in English, Azerbaijani, Kazakh or Russian, in any
case, with stray spaces, underscores or a trailing ``*``. Each field lists
its usual headers in the four languages; a header is compared after
folding (``domain.text.fold``) and turning punctuation into spaces, so
``E-mail``, ``e_mail`` and ``EMAIL`` are one. Local names come from headers
with a language tag (``Name (kk)``, ``Ad [az]``, ``name_ru``), translations of
the translatable texts (a person's position, an agreement's title) from any
header of the text with one (``Vəzifə (kk)``, ``Лауазымы [az]``, ``title_ru``:
field ``position:kk``…); numbered party columns (``Party 1``, ``Signatory 2``,
``Tərəf 1``) from a number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.domain.text import fold
from desktop_app.domain.translations import TRANSLATABLE_FIELDS
from desktop_app.domain.vocabulary import LANGUAGE_TAG_PATTERN

TABLE_KINDS = ("people", "organizations", "agreements")
LOCAL_NAME_PREFIX = "local_name:"
#: Fields that are recognised but deliberately not imported (columns that an
#: export writes for reading, derived from other records).
IGNORED = "ignore"


@dataclass(frozen=True)
class FieldInfo:
    """One importable field: its name (for ``--map``), label and usual headers."""

    name: str
    label: str
    headers: tuple[str, ...]
    required: bool = False  # needed for every new record


def _f(name: str, label: str, headers: str, required: bool = False) -> FieldInfo:
    return FieldInfo(name, label, tuple(h.strip() for h in headers.split("|")), required)


_KEY = _f("key", "Id", "id|key|identifier|код|идентификатор|kod|identifikator|коды")
_COUNTRY = _f("country", "Country", "country|country code|ölkə|ölkəsi|ел|елі|мемлекет|страна")

PEOPLE_FIELDS: tuple[FieldInfo, ...] = (
    _KEY,
    _f("honorific", "Honorific", "honorific|title|salutation|prefix|müraciət|titul|"
       "атағы|құрметті атауы|обращение|титул"),
    _f("given_name", "Given name", "given name|first name|forename|ad|adı|аты|имя"),
    _f("family_name", "Family name", "family name|last name|surname|soyad|soyadı|тегі|фамилия"),
    _f("full_name", "Full name", "name|full name|person|ad soyad|adı soyadı|tam ad|ad və soyad|"
       "аты-жөні|аты жөні|толық аты|фио|ф и о|полное имя"),
    _f("position", "Position", "position|job title|post|vəzifə|vəzifəsi|лауазымы|лауазым|"
       "должность"),
    _f("organization", "Organization", "organization|organisation|university|institution|"
       "affiliation|təşkilat|universitet|qurum|ұйым|университет|мекеме|организация|вуз|"
       "учреждение"),
    _COUNTRY,
    _f("precedence", "Precedence", "precedence|rank|protocol rank|protokol sırası|"
       "протокол реті|протокольный ранг|старшинство"),
    _f("email", "E-mail", "email|e-mail|mail|e-poçt|elektron poçt|электрондық пошта|"
       "электронная почта|эл почта|почта"),
    _f("phone", "Phone", "phone|telephone|mobile|telefon|телефон|тел"),
    _f("bio", "Biography", "bio|biography|bioqrafiya|өмірбаян|биография"),
)

ORGANIZATION_FIELDS: tuple[FieldInfo, ...] = (
    _KEY,
    _f("name", "Name", "name|organization|organisation|university|full name|ad|adı|təşkilat|"
       "universitet|аты|атауы|ұйым|университет|название|наименование|имя|организация|вуз",
       required=True),
    _f("short_name", "Short name", "short name|abbreviation|acronym|qısa ad|qısaltma|"
       "abreviatura|қысқа атауы|қысқаша атауы|аббревиатура|краткое название|сокращение"),
    _f("kind", "Kind", "kind|type|category|növ|növü|tip|түрі|тип|вид"),
    _COUNTRY,
    _f("city", "City", "city|town|şəhər|qala|қала|город"),
    _f("website", "Website", "website|web site|web|url|site|veb-sayt|sayt|веб-сайт|сайт"),
)

AGREEMENT_FIELDS: tuple[FieldInfo, ...] = (
    _KEY,
    _f("reference", "Reference", "reference|ref|reference number|number|no|№|istinad|nömrə|"
       "qeydiyyat nömrəsi|нөмірі|нөмір|тіркеу нөмірі|номер|регистрационный номер", required=True),
    _f("kind", "Kind", "kind|type|növ|növü|түрі|тип|вид"),
    _f("title", "Title", "title|subject|agreement|başlıq|mövzu|sənəd|атауы|тақырыбы|"
       "название|наименование|тема"),
    _f("status", "Status", "status|state|vəziyyət|мәртебесі|күйі|статус"),
    _f("signed_at", "Signed at", "signed at|signed|signing date|date signed|imzalanma tarixi|"
       "қол қойылған күні|дата подписания"),
    _f("signing_order", "Signing order", "signing order|order|imzalanma sırası|sıra|"
       "қол қою реті|реті|порядок подписания|очередность|очерёдность"),
    _f("valid_from", "Valid from", "valid from|start date|effective from|effective date|"
       "qüvvəyə minmə tarixi|başlama tarixi|күшіне енетін күні|басталу күні|действует с|"
       "дата вступления в силу"),
    _f("valid_until", "Valid until", "valid until|valid to|expires|expiry date|end date|"
       "bitmə tarixi|etibarlılıq müddəti|аяқталу күні|мерзімі|действует до|срок действия"),
    _f("languages", "Languages", "languages|language|dillər|dil|тілдері|тілі|языки|язык"),
    _f("originals", "Originals", "originals|copies|number of originals|nüsxə sayı|"
       "түпнұсқа саны|количество экземпляров|экземпляры"),
    _f("notes", "Notes", "notes|note|comment|comments|remarks|qeyd|qeydlər|ескертпе|"
       "примечание|примечания|комментарий"),
    _f("party_number", "Party number", "party|party number|party no|tərəf|тарап|сторона"),
    _f("organization", "Organization", "organization|organisation|university|institution|"
       "təşkilat|universitet|ұйым|университет|организация|вуз"),
    _f("signatory", "Signatory", "signatory|signed by|imzalayan|imzalayan şəxs|қол қоюшы|"
       "подписант|подписывающее лицо"),
    _f("parties", "Parties (list)", "parties|organizations|universities|tərəflər|"
       "universitetlər|тараптар|университеттер|стороны|университеты"),
    _f("signatories", "Signatories (list)", "signatories|imzalayanlar|қол қоюшылар|"
       "подписанты"),
    _f(IGNORED, "Not imported", "short name|country|signatory honorific|signatory position|"
       "countries"),
)

FIELDS: dict[str, tuple[FieldInfo, ...]] = {
    "people": PEOPLE_FIELDS,
    "organizations": ORGANIZATION_FIELDS,
    "agreements": AGREEMENT_FIELDS,
}

def field_info(name: str) -> FieldInfo:
    """The importable field ``name`` of any table (``country``: "Country"); a name no
    table lists gets a label made from it."""
    for fields in FIELDS.values():
        for info in fields:
            if info.name == name:
                return info
    return FieldInfo(name, name.replace("_", " ").capitalize(), ())


_PUNCTUATION = re.compile(r"[\s_\-.:,;*/\\()\[\]#]+")
_LOCAL_NAME = re.compile(r"^(.*?)[\s_\-]*[(\[]?\s*([a-z]{2,3}) *[)\]]?\Z")
_NUMBERED = re.compile(r"^(.*?)[\s_\-#№]*\(?(\d{1,2})\)?\Z")


def normalise_header(header: str) -> str:
    """``"E-Mail *"`` -> ``"e mail"``: folded, punctuation as single spaces."""
    return " ".join(_PUNCTUATION.sub(" ", fold(header)).split())


def _synonyms(kind: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for info in FIELDS[kind]:
        for header in (info.name, info.label, *info.headers):
            table.setdefault(normalise_header(header), info.name)
    return table


_SYNONYMS = {kind: _synonyms(kind) for kind in TABLE_KINDS}
#: The translatable texts each table fills (``domain.translations``): their columns with a
#: language tag fill the record's ``translations``. Organizations translate only names.
_RECORDS = {"people": "person", "organizations": "organization", "agreements": "agreement"}
TRANSLATED_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(name for name in TRANSLATABLE_FIELDS.get(_RECORDS[kind], ())
                if name in {info.name for info in FIELDS[kind]})
    for kind in TABLE_KINDS
}
#: A header ending in a language tag: ``Title (kk)``, ``Vəzifə [az]``, ``title_ru``. The
#: tag is anything up to the bracket, so that a wrong one is reported, not ignored.
_TAGGED = re.compile(r"^(.+?)\s*(?:_([^\s_()\[\]]+)|\(\s*([^()\[\]]*?)\s*\)|"
                     r"\[\s*([^()\[\]]*?)\s*\])\Z")
_NAME_FIELDS = {"people": ("full_name", "given_name"), "organizations": ("name",)}
_LANGUAGES = {"en", "az", "kk", "ru", "tr", "uz", "ky", "tk", "tg", "de", "fr", "es", "zh",
              "ar", "fa", "ka", "hy", "uk", "be", "it", "ja", "ko"}


def translation_field(name: str) -> tuple[str, str] | None:
    """``"position:kk"`` -> ``("position", "kk")``; None for any other field name."""
    field, sep, tag = name.partition(":")
    if not sep or name.startswith(LOCAL_NAME_PREFIX):
        return None
    return field, tag


def is_language_tag(tag: str) -> bool:
    return bool(LANGUAGE_TAG_PATTERN.match(tag))


def canonical_field(kind: str, name: str) -> str:
    """The field ``name`` means: ``position_kk`` (as a header is written) is ``position:kk``,
    ``title:KK`` is ``title:kk``."""
    for field in TRANSLATED_FIELDS[kind]:
        for separator in (":", "_"):
            if name.startswith(field + separator) and len(name) > len(field) + 1:
                tag = name[len(field) + 1:]
                return f"{field}:{tag.lower() if is_language_tag(tag) else tag}"
    return name


def field_names(kind: str) -> list[str]:
    """Every field ``--map`` accepts for ``kind`` (``local_name:xx``, translations
    ``position:xx``/``title:xx`` and numbered extra)."""
    names = [info.name for info in FIELDS[kind] if info.name != IGNORED]
    if kind in _NAME_FIELDS:
        names.append(LOCAL_NAME_PREFIX + "<language>")
    names += [f"{field}:<language>" for field in TRANSLATED_FIELDS[kind]]
    if kind == "agreements":
        names += ["party_<n>", "signatory_<n>"]
    return names


def is_known_field(kind: str, name: str) -> bool:
    if name in {info.name for info in FIELDS[kind]}:
        return True
    if name.startswith(LOCAL_NAME_PREFIX) and kind in _NAME_FIELDS:
        return bool(re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*", name[len(LOCAL_NAME_PREFIX):]))
    translation = translation_field(name)
    if translation is not None:  # the tag itself is checked with the columns
        return translation[0] in TRANSLATED_FIELDS[kind] and bool(translation[1])
    if kind == "agreements":
        return bool(re.fullmatch(r"(party|signatory)_[1-9]\d?", name))
    return False


def match_header(kind: str, header: str) -> str | None:
    """The field a header names, or None when it names none."""
    normalised = normalise_header(header)
    if not normalised:
        return None
    synonyms = _SYNONYMS[kind]
    if normalised in synonyms:
        return synonyms[normalised]
    if kind in _NAME_FIELDS:
        local = _LOCAL_NAME.match(fold(header).strip())
        if local and local.group(2) in _LANGUAGES and local.group(1):
            base = synonyms.get(normalise_header(local.group(1)))
            if base in _NAME_FIELDS[kind]:
                return LOCAL_NAME_PREFIX + local.group(2)
    if TRANSLATED_FIELDS[kind]:
        tagged = _TAGGED.match(header.strip())
        if tagged:
            base = synonyms.get(normalise_header(tagged.group(1)))
            tag = next(t for t in tagged.groups()[1:] if t is not None)
            if base in TRANSLATED_FIELDS[kind]:
                return f"{base}:{tag.lower() if is_language_tag(tag) else tag}"
    if kind == "agreements":
        numbered = _NUMBERED.match(normalised)
        if numbered and numbered.group(1) and int(numbered.group(2)) >= 1:
            base = synonyms.get(normalise_header(numbered.group(1)))
            if base in ("party_number", "organization", "parties"):
                return f"party_{int(numbered.group(2))}"
            if base in ("signatory", "signatories"):
                return f"signatory_{int(numbered.group(2))}"
    return None
