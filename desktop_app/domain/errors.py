"""Domain errors that name the field and the value they are about.

Every rule violation raises one of these, so that the GUI can put the
message beside the right field and the CLI can print one clear line.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class RoundtableError(Exception):
    """Base of every error Roundtable reports to a user instead of a traceback."""


@dataclass(frozen=True)
class FieldProblem:
    """One bad value: where it is, what it was, and why it is refused."""

    field: str
    value: Any
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


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
    def single(cls, field: str, value: Any, reason: str) -> "ValidationError":
        return cls(FieldProblem(field, value, reason))


class NotFoundError(RoundtableError):
    """The event, person, item or agreement asked for does not exist."""

    def __init__(self, what: str, key: object) -> None:
        self.what = what
        self.key = key
        super().__init__(f'{what} "{key}" not found')


class ConflictError(RoundtableError):
    """The change cannot be made in the current state (e.g. an id already in use)."""


class StaleDataError(ConflictError):
    """Someone else changed the record since it was read; the save was refused."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f'{what} "{key}" was changed by someone else; reload it and try again')


class InUseError(ConflictError):
    """The record is referenced elsewhere; the message lists the references."""

    def __init__(self, what: str, key: object, references: list[str]) -> None:
        self.references = references
        listing = "; ".join(references[:10]) + (" …" if len(references) > 10 else "")
        super().__init__(f'{what} "{key}" is still referenced: {listing}')
