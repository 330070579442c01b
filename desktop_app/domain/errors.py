"""Domain errors that name the field and the value they are about.

Every rule violation raises one of these, so that the GUI can put the
message beside the right field and the CLI can print one clear line.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, Self


class RoundtableError(Exception):
    """Base of every error Roundtable reports to a user instead of a traceback.

    ``template`` and ``params`` (set by the errors whose text is generic) let the GUI
    show the message in the interface language; ``str(exc)`` stays English for the
    CLI and the error log. An empty template means the text is data, shown as is.
    """

    template: str = ""
    params: Mapping[str, object] = {}


@dataclass(frozen=True)
class Term:
    """A message parameter that is a word of the shared vocabulary (a status, a kind).

    It prints as its English ``text``; the GUI shows it through the documents'
    catalogue by ``key`` (``status.signed``), so the screen and the prints agree."""

    key: str
    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class FieldProblem:
    """One bad value: where it is, what it was, and why it is refused.

    ``reason`` is the English sentence (CLI, log, tests). When the problem was made
    by :func:`problem`, ``template`` is the literal it was formatted from and
    ``params`` its named values, so the GUI can translate the same sentence; the
    two take no part in equality, so problems compare as before."""

    field: str
    value: Any
    reason: str
    template: str = dataclass_field(default="", compare=False)
    params: Mapping[str, object] = dataclass_field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"

    def phrase(self) -> str:
        """The reason as a ``Phrase`` the window translates (the English ``reason`` when
        it was not made from a template): for a report that names the place itself,
        such as a spreadsheet import's row and column."""
        return Phrase(self.template, **self.params) if self.template else self.reason


def problem(field: str, value: Any, template: str, /, **params: object) -> FieldProblem:
    """A ``FieldProblem`` whose reason is ``template`` filled with ``params``.

    ``template`` must be a string literal with named placeholders (``"{value}" is
    not one of {choices}``): the GUI's catalogue lists every one of them
    (``desktop_app/ui/domain_messages.py``, checked by a test)."""
    return FieldProblem(field, value, template.format(**params), template, dict(params))


class ValidationError(RoundtableError):
    """One or more fields hold values the rules refuse; nothing was changed."""

    def __init__(self, problems: list[FieldProblem] | FieldProblem) -> None:
        self.problems: list[FieldProblem] = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(str(p) for p in self.problems))

    @property
    def field(self) -> str:
        return self.problems[0].field

    @property
    def value(self) -> Any:
        return self.problems[0].value

    @classmethod
    def single(cls, field: str, value: Any, reason: str) -> ValidationError:
        """One problem with a ready reason (not translated in the GUI); prefer
        ``ValidationError(problem(...))`` for rules a form can run into."""
        return cls(FieldProblem(field, value, reason))


#: The record kinds the generic errors name (``what``): stable keys, shown as they are
#: in English and translated by the GUI (``desktop_app/ui/domain_messages.py``).
RECORD_KINDS = ("event", "person", "organization", "agenda item", "agreement")


class NotFoundError(RoundtableError):
    """The event, person, item or agreement asked for does not exist."""

    template = '{what} "{key}" not found'

    def __init__(self, what: str, key: object) -> None:
        self.what = what
        self.key = key
        self.params = {"what": what, "key": key}
        super().__init__(self.template.format(**self.params))


class ConflictError(RoundtableError):
    """The change cannot be made in the current state (e.g. an id already in use)."""


class StaleDataError(ConflictError):
    """Someone else changed the record since it was read; the save was refused."""

    template = '{what} "{key}" was changed by someone else; reload it and try again'

    def __init__(self, what: str, key: object) -> None:
        self.what = what
        self.key = key
        self.params = {"what": what, "key": key}
        super().__init__(self.template.format(**self.params))


class Phrase(str):
    """English words made from a literal template, e.g. ``speaker in "{title}"``.

    It is the plain English string everywhere (CLI, logs, tests); the window finds
    ``template`` and ``params`` on it and shows the phrase in the interface language.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Self:
        phrase = super().__new__(cls, template.format(**params))
        phrase.template = template
        phrase.params = params
        return phrase


class InUseError(ConflictError):
    """The record is referenced elsewhere; the message lists the references."""

    template = '{what} "{key}" is still referenced: {references}'

    def __init__(self, what: str, key: object, references: list[str]) -> None:
        self.what = what
        self.key = key
        self.references = references
        listing = "; ".join(references[:10]) + (" …" if len(references) > 10 else "")
        self.params = {"what": what, "key": key, "references": listing}
        super().__init__(self.template.format(**self.params))
