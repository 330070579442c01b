"""The rule messages of the domain and the services, in the interface language.

The domain must not import Qt, so it builds each refusal from a literal English
template and named parameters (:func:`desktop_app.domain.errors.problem`); the
English ``reason`` / ``str(exc)`` serves the CLI, the log and the tests. This module
lists every such template with ``QT_TRANSLATE_NOOP`` so that lupdate puts them in the
catalogues (context ``DomainMessages``), and translates them at show time.

``tests/ui/test_domain_messages.py`` checks that the list here and the templates
used in ``desktop_app/domain`` and ``desktop_app/services`` are the same set: a new
rule message that is not listed fails the test instead of staying English on screen.

Parameters that are words of the shared vocabulary (``Term``: statuses, kinds) are
shown through :func:`desktop_app.ui.i18n.term`, like everywhere else on screen.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.conflicts import ConflictWarning
from desktop_app.domain.errors import (
    FieldProblem,
    InUseError,
    NotFoundError,
    RoundtableError,
    StaleDataError,
    Term,
    ValidationError,
)
from desktop_app.ui.i18n import format_date, format_datetime, term

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
        """Typed as it behaves (PySide's stub says ``object``): returns ``text``."""
        ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "DomainMessages"

_log = logging.getLogger(__name__)

#: Every template the rules in ``desktop_app/domain`` and ``desktop_app/services`` use.
RULE_TEMPLATES: tuple[str, ...] = (
    # desktop_app/domain/rules.py
    QT_TRANSLATE_NOOP("DomainMessages", "is required"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      '"{value}" is not a valid id (1-64 letters, digits, - _ .)'),
    QT_TRANSLATE_NOOP("DomainMessages",
                      '"{value}" is not a two-letter country code (ISO 3166-1, e.g. AZ)'),
    QT_TRANSLATE_NOOP("DomainMessages", '"{value}" is not one of {choices}'),
    QT_TRANSLATE_NOOP("DomainMessages", '"{tag}" is not a language tag (e.g. az)'),
    QT_TRANSLATE_NOOP("DomainMessages", "must be at least 1, got {value}"),
    QT_TRANSLATE_NOOP("DomainMessages", '"{value}" is not a known time zone (e.g. Asia/Baku)'),
    QT_TRANSLATE_NOOP("DomainMessages", "must be after the start ({start})"),
    QT_TRANSLATE_NOOP("DomainMessages", "must be within the event ({first_day} to {last_day})"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      "holds a control character ({character}) at position {position}"),
    QT_TRANSLATE_NOOP("DomainMessages", "is {length} characters long; the limit is {limit}"),
    QT_TRANSLATE_NOOP("DomainMessages", "must be at most {limit}, got {value}"),
    QT_TRANSLATE_NOOP("DomainMessages", "must be in the years {first} to {last}, got {value}"),
    QT_TRANSLATE_NOOP("DomainMessages", "the event lasts {days} days; the limit is {limit}"),
    # desktop_app/services/agenda.py
    QT_TRANSLATE_NOOP("DomainMessages", "is not a room of this event"),
    QT_TRANSLATE_NOOP("DomainMessages", "is not a person of this event"),
    QT_TRANSLATE_NOOP("DomainMessages", "lists a person twice"),
    QT_TRANSLATE_NOOP("DomainMessages", '"{value}" is already used by another item'),
    QT_TRANSLATE_NOOP("DomainMessages", "would fall outside the day"),
    QT_TRANSLATE_NOOP("DomainMessages", "shifting it would move it outside the day"),
    # desktop_app/services/agreements.py
    QT_TRANSLATE_NOOP("DomainMessages", "at least 2 parties are needed"),
    QT_TRANSLATE_NOOP("DomainMessages", "is the same organization as party {party}"),
    QT_TRANSLATE_NOOP("DomainMessages", 'is required when status is "{status}"'),
    QT_TRANSLATE_NOOP("DomainMessages", 'must be empty when status is "{status}"'),
    QT_TRANSLATE_NOOP("DomainMessages", "needs a time zone offset"),
    QT_TRANSLATE_NOOP("DomainMessages", "must be after valid from ({valid_from})"),
    QT_TRANSLATE_NOOP("DomainMessages", '"{value}" is already used by another agreement'),
    QT_TRANSLATE_NOOP("DomainMessages", "is not an organization of this event"),
    QT_TRANSLATE_NOOP("DomainMessages", "is not an agenda item of this event"),
    QT_TRANSLATE_NOOP("DomainMessages", '"{title}" is not a signing item'),
    QT_TRANSLATE_NOOP("DomainMessages",
                      'cannot change from "{current}" to "{target}" (allowed: {allowed})'),
    # desktop_app/services/ceremony.py
    QT_TRANSLATE_NOOP("DomainMessages", "the new order leaves out agreements of this ceremony"),
    QT_TRANSLATE_NOOP("DomainMessages", "lists an agreement twice"),
    QT_TRANSLATE_NOOP("DomainMessages", "is not an agreement of this event"),
    # desktop_app/services/documents.py
    QT_TRANSLATE_NOOP("DomainMessages", "must be one of {choices}"),
    QT_TRANSLATE_NOOP("DomainMessages", "must be a file name ending in .pdf"),
    QT_TRANSLATE_NOOP("DomainMessages", 'its folder "{folder}" does not exist'),
    QT_TRANSLATE_NOOP("DomainMessages", "is a folder, not a file name"),
    QT_TRANSLATE_NOOP("DomainMessages", "{document}: at most {limit} languages, got {count}"),
    QT_TRANSLATE_NOOP("DomainMessages", "{document}: at most {limit} language, got {count}"),
    QT_TRANSLATE_NOOP("DomainMessages", "only certificates can be limited to some agreements"),
    QT_TRANSLATE_NOOP("DomainMessages", "only {choices} can be limited to an agenda item"),
    QT_TRANSLATE_NOOP("DomainMessages", "only the programme can leave draft agreements out"),
    QT_TRANSLATE_NOOP("DomainMessages", "only {choices} can be signed"),
    QT_TRANSLATE_NOOP("DomainMessages", "is a file, not a folder"),
    # desktop_app/services/keys.py
    QT_TRANSLATE_NOOP("DomainMessages", "must be from 1 to 10 years"),
    QT_TRANSLATE_NOOP("DomainMessages", "must be at least {count} characters"),
    QT_TRANSLATE_NOOP("DomainMessages", "already exists"),
    QT_TRANSLATE_NOOP("DomainMessages", "no such file"),
    QT_TRANSLATE_NOOP("DomainMessages", "is not a PKCS#12 key file"),
    QT_TRANSLATE_NOOP("DomainMessages", "wrong passphrase for the key file"),
    QT_TRANSLATE_NOOP("DomainMessages", "holds no private key and certificate to sign with"),
    QT_TRANSLATE_NOOP("DomainMessages", "its certificate is valid from {start} to {end} only"),
    # desktop_app/services/verification.py (--trust)
    QT_TRANSLATE_NOOP("DomainMessages", "is not a certificate (PEM or DER)"),
    # desktop_app/services/publishing.py
    QT_TRANSLATE_NOOP("DomainMessages", "must be at most {limit} characters"),
    QT_TRANSLATE_NOOP("DomainMessages", "must be one line of text"),
    QT_TRANSLATE_NOOP("DomainMessages", '"{value}" is already the name of a published version'),
    QT_TRANSLATE_NOOP("DomainMessages", "no version has been published yet"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      'no version "{value}" has been published (published: {names})'),
    QT_TRANSLATE_NOOP("DomainMessages", "must be a version published after {since}"),
    # desktop_app/services/languages.py
    QT_TRANSLATE_NOOP("DomainMessages",
                      '"{tag}" is not a supported language; choose from {choices}'),
    # desktop_app/services/event_editing.py
    QT_TRANSLATE_NOOP("DomainMessages", "must not be before the start ({start})"),
    QT_TRANSLATE_NOOP("DomainMessages", "at least one room is needed"),
    QT_TRANSLATE_NOOP("DomainMessages", "at least one language is needed"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      '"{room}" still has {count} agenda item(s); move them first'),
    QT_TRANSLATE_NOOP("DomainMessages", 'an event with id "{value}" already exists'),
    QT_TRANSLATE_NOOP("DomainMessages", '"{title}" would fall outside the new dates'),
    # desktop_app/services/people.py, organizations.py
    QT_TRANSLATE_NOOP("DomainMessages", '"{value}" is already used by another person'),
    QT_TRANSLATE_NOOP("DomainMessages", '"{value}" is already used by another organization'),
    # desktop_app/services/translation_editing.py
    QT_TRANSLATE_NOOP("DomainMessages",
                      '"{value}" is not a translatable text; choose from {choices}'),
    QT_TRANSLATE_NOOP("DomainMessages",
                      '"{value}" is not one of the event\'s languages ({choices})'),
    QT_TRANSLATE_NOOP("DomainMessages", '"{value}" is the language of the default text; '
                      "edit that in the record's form"),
    QT_TRANSLATE_NOOP("DomainMessages", "has no default text to translate"),
    # desktop_app/domain/partnership.py, services/register.py, renewals.py, attachments.py,
    # register_outputs.py, verification.py (the partnership register)
    QT_TRANSLATE_NOOP("DomainMessages", "only a signed agreement can be terminated"),
    QT_TRANSLATE_NOOP("DomainMessages", "must not be before the signing ({signed})"),
    QT_TRANSLATE_NOOP("DomainMessages", "is not a party to the agreement"),
    QT_TRANSLATE_NOOP("DomainMessages", "must be another party than the one it is from"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      '"{name}" is {size} MB; a file can be attached up to {limit} MB (split '
                      "the scan or save it at a lower resolution)"),
    QT_TRANSLATE_NOOP("DomainMessages", "must be zero or more days, got {value}"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      '"{value}" is in {count} events; name it as EVENT/REF: {choices}'),
    QT_TRANSLATE_NOOP("DomainMessages", "only a signed agreement can be renewed"),
    QT_TRANSLATE_NOOP("DomainMessages", "a terminated agreement cannot be renewed"),
    QT_TRANSLATE_NOOP("DomainMessages", "is already renewed by {reference}"),
    QT_TRANSLATE_NOOP("DomainMessages", 'this file is already attached as "{name}"'),
    QT_TRANSLATE_NOOP("DomainMessages", "is not a year such as 2025"),
    QT_TRANSLATE_NOOP("DomainMessages", "there is no such file"),
    QT_TRANSLATE_NOOP("DomainMessages", "is too large to verify ({size} MB)"),
    # desktop_app/domain/seating_layouts.py, seating_rules.py, services/seating.py
    # (SeatingError: the window shows a refused layout, rule or seat change)
    QT_TRANSLATE_NOOP("DomainMessages", "seat {seat} is not a seat of {layout} ({count} seats)"),
    QT_TRANSLATE_NOOP("DomainMessages", 'layout "{spec}": rows need at least 1 row of 1 seat'),
    QT_TRANSLATE_NOOP("DomainMessages", 'layout "{spec}": more than {maximum} seats'),
    QT_TRANSLATE_NOOP("DomainMessages", 'layout "{spec}" is not valid: use round:N, rect:N, u:N, '
                      "head:N+rows:RxC or signing:N"),
    QT_TRANSLATE_NOOP("DomainMessages", 'layout "{spec}": a {kind} layout takes {minimum} to '
                      "{maximum} seats, not {count}"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      'rule "{rule}" is not valid: use precedence, facing or alphabetical'),
    QT_TRANSLATE_NOOP("DomainMessages", "{missing} seat missing: {layout} has {free} free seats "
                      "for {people} people"),
    QT_TRANSLATE_NOOP("DomainMessages", "{missing} seats missing: {layout} has {free} free seats "
                      "for {people} people"),
    QT_TRANSLATE_NOOP("DomainMessages", "the facing rule needs two sides facing each other: use "
                      "round:N or rect:N, not {layout}"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      "seat {seat} is locked but {layout} has {count} seats: unlock it first"),
    QT_TRANSLATE_NOOP("DomainMessages", "a seat is listed twice: {seats}"),
    QT_TRANSLATE_NOOP("DomainMessages", "seat {seat} is locked: unlock it first"),
)

#: The generic errors' own templates: used as they are for a record kind not listed in
#: ``RECORD_MESSAGES`` (``{what}`` then stays the English key).
ERROR_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DomainMessages", '{what} "{key}" not found'),
    QT_TRANSLATE_NOOP("DomainMessages",
                      '{what} "{key}" was changed by someone else; reload it and try again'),
    QT_TRANSLATE_NOOP("DomainMessages", '{what} "{key}" is still referenced: {references}'),
)

# The phrases that say what still refers to a record ("still referenced: …"), made
# with :class:`desktop_app.domain.errors.Phrase` in ``services/people.py``, ``organizations.py``.
REFERENCE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DomainMessages", 'speaker in "{title}"'),
    QT_TRANSLATE_NOOP("DomainMessages", 'chair of "{title}"'),
    QT_TRANSLATE_NOOP("DomainMessages", "signatory of {reference}"),
    QT_TRANSLATE_NOOP("DomainMessages", "witness of {reference}"),
    QT_TRANSLATE_NOOP("DomainMessages", "party to {reference}"),
    QT_TRANSLATE_NOOP("DomainMessages", "organization of {name}"),
    QT_TRANSLATE_NOOP("DomainMessages", "host of the event"),
)

#: The warning shown when a database opened without the backup it should have had (its
#: backups folder could not be written); made in desktop_app/storage (Database.warnings).
STORAGE_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DomainMessages", "{problem}; carrying on without a new backup"),
    QT_TRANSLATE_NOOP("DomainMessages", 'cannot back up "{source}" into "{folder}": {reason}'),
)

#: The generic errors as whole sentences per record kind (``what``), so a translator
#: can make the words agree (a missing "event" and a missing "person" differ in gender).
RECORD_MESSAGES: dict[tuple[str, str], str] = {
    (NotFoundError.template, "event"): QT_TRANSLATE_NOOP("DomainMessages",
                                                         'event "{key}" not found'),
    (NotFoundError.template, "person"): QT_TRANSLATE_NOOP("DomainMessages",
                                                          'person "{key}" not found'),
    (NotFoundError.template, "organization"): QT_TRANSLATE_NOOP(
        "DomainMessages", 'organization "{key}" not found'),
    (NotFoundError.template, "agenda item"): QT_TRANSLATE_NOOP(
        "DomainMessages", 'agenda item "{key}" not found'),
    (NotFoundError.template, "agreement"): QT_TRANSLATE_NOOP("DomainMessages",
                                                             'agreement "{key}" not found'),
    (StaleDataError.template, "event"): QT_TRANSLATE_NOOP(
        "DomainMessages", 'event "{key}" was changed by someone else; reload it and try again'),
    (StaleDataError.template, "person"): QT_TRANSLATE_NOOP(
        "DomainMessages", 'person "{key}" was changed by someone else; reload it and try again'),
    (StaleDataError.template, "organization"): QT_TRANSLATE_NOOP(
        "DomainMessages",
        'organization "{key}" was changed by someone else; reload it and try again'),
    (StaleDataError.template, "agenda item"): QT_TRANSLATE_NOOP(
        "DomainMessages",
        'agenda item "{key}" was changed by someone else; reload it and try again'),
    (StaleDataError.template, "agreement"): QT_TRANSLATE_NOOP(
        "DomainMessages",
        'agreement "{key}" was changed by someone else; reload it and try again'),
    (NotFoundError.template, "seating plan"): QT_TRANSLATE_NOOP(
        "DomainMessages", 'seating plan "{key}" not found'),
    (StaleDataError.template, "seating plan"): QT_TRANSLATE_NOOP(
        "DomainMessages",
        'seating plan "{key}" was changed by someone else; reload it and try again'),
    (NotFoundError.template, "attached file"): QT_TRANSLATE_NOOP(
        "DomainMessages", 'attached file "{key}" not found'),
    (NotFoundError.template, "activity"): QT_TRANSLATE_NOOP(
        "DomainMessages", 'activity "{key}" not found'),
    (StaleDataError.template, "activity"): QT_TRANSLATE_NOOP(
        "DomainMessages",
        'activity "{key}" was changed by someone else; reload it and try again'),
    (InUseError.template, "person"): QT_TRANSLATE_NOOP(
        "DomainMessages", 'person "{key}" is still referenced: {references}'),
    (InUseError.template, "organization"): QT_TRANSLATE_NOOP(
        "DomainMessages", 'organization "{key}" is still referenced: {references}'),
}

FIELDS_CONTEXT = "DomainFields"

#: The fields the rules name, as a general message (an error box, a form's message
#: below the fields) calls them. Beside a field no name is needed.
FIELD_LABELS: dict[str, str] = {
    "key": QT_TRANSLATE_NOOP("DomainFields", "ID"),
    "name": QT_TRANSLATE_NOOP("DomainFields", "Name"),
    "title": QT_TRANSLATE_NOOP("DomainFields", "Title"),
    "family_name": QT_TRANSLATE_NOOP("DomainFields", "Family name"),
    "local_names": QT_TRANSLATE_NOOP("DomainFields", "Names in the event languages"),
    "organization": QT_TRANSLATE_NOOP("DomainFields", "Organization"),
    "country": QT_TRANSLATE_NOOP("DomainFields", "Country"),
    "precedence": QT_TRANSLATE_NOOP("DomainFields", "Precedence"),
    "kind": QT_TRANSLATE_NOOP("DomainFields", "Kind"),
    "day": QT_TRANSLATE_NOOP("DomainFields", "Day"),
    "start": QT_TRANSLATE_NOOP("DomainFields", "Start"),
    "end": QT_TRANSLATE_NOOP("DomainFields", "End"),
    "room": QT_TRANSLATE_NOOP("DomainFields", "Room"),
    "rooms": QT_TRANSLATE_NOOP("DomainFields", "Rooms"),
    "chair": QT_TRANSLATE_NOOP("DomainFields", "Chair"),
    "speakers": QT_TRANSLATE_NOOP("DomainFields", "Speakers"),
    "topics": QT_TRANSLATE_NOOP("DomainFields", "Topics"),
    "reference": QT_TRANSLATE_NOOP("DomainFields", "Reference"),
    "status": QT_TRANSLATE_NOOP("DomainFields", "Status"),
    "signed_at": QT_TRANSLATE_NOOP("DomainFields", "Signed at"),
    "valid_until": QT_TRANSLATE_NOOP("DomainFields", "Valid until"),
    "parties": QT_TRANSLATE_NOOP("DomainFields", "Parties"),
    "witnesses": QT_TRANSLATE_NOOP("DomainFields", "Witnesses"),
    "signing_item": QT_TRANSLATE_NOOP("DomainFields", "Signing ceremony"),
    "signing_order": QT_TRANSLATE_NOOP("DomainFields", "Signing order"),
    "originals": QT_TRANSLATE_NOOP("DomainFields", "Originals"),
    "readiness": QT_TRANSLATE_NOOP("DomainFields", "Readiness"),
    "agreement": QT_TRANSLATE_NOOP("DomainFields", "Agreement"),
    "agreements": QT_TRANSLATE_NOOP("DomainFields", "Agreements"),
    "start_date": QT_TRANSLATE_NOOP("DomainFields", "First day"),
    "end_date": QT_TRANSLATE_NOOP("DomainFields", "Last day"),
    "timezone": QT_TRANSLATE_NOOP("DomainFields", "Time zone"),
    "venue_name": QT_TRANSLATE_NOOP("DomainFields", "Venue"),
    "venue_city": QT_TRANSLATE_NOOP("DomainFields", "City"),
    "venue_country": QT_TRANSLATE_NOOP("DomainFields", "Venue country"),
    "languages": QT_TRANSLATE_NOOP("DomainFields", "Languages"),
    "hosts": QT_TRANSLATE_NOOP("DomainFields", "Hosts"),
    "lang": QT_TRANSLATE_NOOP("DomainFields", "Languages"),
    "output": QT_TRANSLATE_NOOP("DomainFields", "Output file"),
    "since": QT_TRANSLATE_NOOP("DomainFields", "Since version"),
    "until": QT_TRANSLATE_NOOP("DomainFields", "Until version"),
    "key_file": QT_TRANSLATE_NOOP("DomainFields", "Key file"),
    "passphrase": QT_TRANSLATE_NOOP("DomainFields", "Passphrase"),
    "years": QT_TRANSLATE_NOOP("DomainFields", "Years valid"),
    "algorithm": QT_TRANSLATE_NOOP("DomainFields", "Key type"),
    "sign": QT_TRANSLATE_NOOP("DomainFields", "Digital signature"),
    "split": QT_TRANSLATE_NOOP("DomainFields", "Folder"),
    "trust": QT_TRANSLATE_NOOP("DomainFields", "Trusted certificate"),
    "field": QT_TRANSLATE_NOOP("DomainFields", "Text"),
    "language": QT_TRANSLATE_NOOP("DomainFields", "Language"),
    "terminated_on": QT_TRANSLATE_NOOP("DomainFields", "Terminated on"),
    "termination_reason": QT_TRANSLATE_NOOP("DomainFields", "Reason"),
    "renews": QT_TRANSLATE_NOOP("DomainFields", "Renewal"),
    "date": QT_TRANSLATE_NOOP("DomainFields", "Date"),
    "count": QT_TRANSLATE_NOOP("DomainFields", "Count"),
    "from": QT_TRANSLATE_NOOP("DomainFields", "From"),
    "to": QT_TRANSLATE_NOOP("DomainFields", "To"),
    "file": QT_TRANSLATE_NOOP("DomainFields", "File"),
    "file_name": QT_TRANSLATE_NOOP("DomainFields", "File name"),
    "notice": QT_TRANSLATE_NOOP("DomainFields", "Notice period"),
    "year": QT_TRANSLATE_NOOP("DomainFields", "Year"),
}

#: One refused field in a general message (not beside its field).
_PROBLEM_LINE = QT_TRANSLATE_NOOP("DomainMessages", "{field}: {reason}")


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?")


def shown_date(text: str) -> str:
    """An ISO date ("2026-12-03") or date and time in the interface language's format
    ("3 дек. 2026 г."); any other text as it is."""
    if _ISO_DATE.fullmatch(text):
        return format_date(dt.date.fromisoformat(text), "d MMM yyyy")
    if _ISO_MOMENT.fullmatch(text):
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return format_datetime(moment, "d MMM yyyy, HH:mm")
    return text


def _shown(value: object) -> object:
    """A parameter as the user sees it: vocabulary words in the interface language, dates
    (the rules pass them as ISO text) in its format."""
    if isinstance(value, Term):
        return term(value.key)
    if isinstance(value, dt.date):
        return format_date(value, "d MMM yyyy")
    if isinstance(value, str) and value[:1].isdigit():
        return shown_date(value)
    return value


def _fill(template: str, params: Mapping[str, object], english: str) -> str:
    """``template`` translated and filled; ``english`` if the translation is broken (a
    translator's typo in a placeholder must not hide the message or raise)."""
    translated = QCoreApplication.translate(CONTEXT, template)
    shown = {name: _shown(value) for name, value in params.items()}
    try:
        return translated.format(**shown)
    except (KeyError, IndexError, ValueError):
        _log.warning("translation of %r does not fit its placeholders: %r", template, translated)
        return english


def translated_reason(problem: FieldProblem) -> str:
    """Why ``problem``'s value was refused, in the interface language (a reason made
    without a template, e.g. already translated by a form, is shown as it is)."""
    if not problem.template:
        return problem.reason
    return _fill(problem.template, problem.params, problem.reason)


def field_label(field: str) -> str:
    """How a general message names ``field``: its label in the interface language
    ("Family name"); for a part of a listed field (``parties[1].signatory``) the label
    with the exact place after it; an unknown field by its name."""
    base = re.split(r"[.\[]", field, maxsplit=1)[0]
    label = FIELD_LABELS.get(base)
    if label is None:
        return field
    shown = QCoreApplication.translate(FIELDS_CONTEXT, label)
    return shown if base == field else f"{shown} ({field})"


def translated_problem(problem: FieldProblem, label: str | None = None) -> str:
    """``field: reason`` for a general message (not beside the field), in the interface
    language; the field is named by ``label`` (the form's own translated label, when
    the caller has one), else by :func:`field_label`."""
    return QCoreApplication.translate(CONTEXT, _PROBLEM_LINE).format(
        field=label or field_label(problem.field), reason=translated_reason(problem))


def translated_error(exc: RoundtableError) -> str:
    """The message of a domain or service error in the interface language; errors whose
    text is data (file import reports, a conflict described by a service) stay as they are."""
    if isinstance(exc, ValidationError):
        return "; ".join(translated_problem(problem) for problem in exc.problems)
    if not exc.template:
        return str(exc)
    what = str(exc.params.get("what", ""))
    template = RECORD_MESSAGES.get((exc.template, what), exc.template)
    params = exc.params
    if isinstance(exc, InUseError):
        params = {**params, "references": reference_listing(exc.references)}
    return _fill(template, params, str(exc))


def translated_phrase(text: str) -> str:
    """A :class:`~desktop_app.domain.errors.Phrase` in the interface language (any other
    text as it is); a parameter that is a phrase itself is translated too."""
    template = getattr(text, "template", None)
    if not template:
        return text
    params = {name: translated_phrase(value) if getattr(value, "template", None) else value
              for name, value in getattr(text, "params", {}).items()}
    return _fill(template, params, str(text))


def reference_listing(references: list[str], limit: int = 10) -> str:
    """The references of an :class:`InUseError`, translated, as its message lists them."""
    shown = "; ".join(translated_phrase(reference) for reference in references[:limit])
    return shown + (" …" if len(references) > limit else "")


def translated_warning(warning: ConflictWarning) -> str:
    """A conflict warning in the interface language, its dates in the language's format."""
    if not warning.template:
        return warning.message
    return _fill(warning.template, warning.params, warning.message)


#: The reasons and notes of a spreadsheet import (``services/table_*.py``,
#: ``exchange/table_values.py``), made as ``Phrase``s; the CLI prints them in English,
#: the import wizard through :func:`translated_phrase`.
IMPORT_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DomainMessages", "is not a whole number"),
    QT_TRANSLATE_NOOP("DomainMessages", "is not a date; write YYYY-MM-DD or DD.MM.YYYY"),
    QT_TRANSLATE_NOOP("DomainMessages", "is not a date and time; write e.g. 2025-03-04 12:35 "
                      "(the event's time) or 2025-03-04T12:35:00+04:00"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      'differs from row {row} ("{value}") for the same {what}{hint}'),
    QT_TRANSLATE_NOOP("DomainMessages", "the {what} has no name"),
    QT_TRANSLATE_NOOP("DomainMessages", "matches {count} existing records ({listed}); add an "
                      "id column to say which"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      "matches several organizations ({keys}); write its id or full name"),
    QT_TRANSLATE_NOOP("DomainMessages", "is not an organization of this event; match it to "
                      "one, create it or leave it empty"),
    QT_TRANSLATE_NOOP("DomainMessages", "the file has a header row but no data rows"),
    QT_TRANSLATE_NOOP("DomainMessages", "rows {rows} are the same {what} (same name in "
                      "another spelling or script); merged"),
    QT_TRANSLATE_NOOP("DomainMessages", "matched by id"),
    QT_TRANSLATE_NOOP("DomainMessages", "matched by name"),
    QT_TRANSLATE_NOOP("DomainMessages", "{first}; {second}"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      "organizations without a kind are stored as universities"),
    QT_TRANSLATE_NOOP("DomainMessages", 'organization "{name}" ({country}) is created'),
)


#: The conflict warnings (``domain/conflicts.py``), shown through
#: :func:`translated_warning`.
CONFLICT_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("DomainMessages", "{first} and {second} overlap in {room} on {day}"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      "{name} is in {first} and {second}, which overlap on {day}"),
    QT_TRANSLATE_NOOP("DomainMessages", "agreement {reference}: signatory {name} belongs to "
                      "{other}, not to the party {party}"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      'agreement {reference} is still a draft but is in the signing item '
                      '"{title}"'),
    QT_TRANSLATE_NOOP("DomainMessages", 'agreement {reference} is planned in "{title}", which '
                      "is a {kind} item, not a signing"),
    QT_TRANSLATE_NOOP("DomainMessages",
                      'signing item "{title}" has order {order} more than once: {references}'),
)

