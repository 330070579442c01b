"""Which rule-message templates the domain and services use, and which the GUI lists.

Plain functions over Python syntax trees (no Qt, nothing imported), applied by
``test_domain_messages.py`` to the real sources and to small fixture files, so each
check is shown to catch what it claims to catch.
"""
from __future__ import annotations

import ast
import string
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DOMAIN_MESSAGES = REPO_ROOT / "desktop_app" / "ui" / "domain_messages.py"
ERRORS_MODULE = REPO_ROOT / "desktop_app" / "domain" / "errors.py"

#: Modules whose refusals are file-import reports for the CLI and the report dialogs,
#: not rule messages of the forms (issue 8 leaves them English), and the module that
#: defines ``problem`` itself.
EXEMPT = {
    *(REPO_ROOT / "desktop_app" / "services").glob("table_*.py"),
    ERRORS_MODULE,
}


def rule_modules() -> list[Path]:
    """The sources whose refusals the GUI shows: ``desktop_app/domain`` and ``services``."""
    roots = [REPO_ROOT / "desktop_app" / "domain", REPO_ROOT / "desktop_app" / "services"]
    return sorted(path for root in roots for path in root.rglob("*.py") if path not in EXEMPT)


@dataclass(frozen=True)
class Finding:
    """A call the checks refuse: where, and why."""

    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path.name}:{self.line}: {self.what}"


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literals(node: ast.expr) -> list[str] | None:
    """The literal strings an argument can be: one, two for ``a if c else b``, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _literals(node.body), _literals(node.orelse)
        return body + orelse if body is not None and orelse is not None else None
    return None


def _assigned_literal(tree: ast.Module, name: str) -> dict[str, list[str]]:
    """``{variable: [literals]}`` for plain ``name = "..."`` / ``name = a if c else b``."""
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            literals = _literals(node.value)
            if literals is not None:
                found.setdefault(node.targets[0].id, []).extend(literals)
    return found


def used_templates(paths: list[Path]) -> tuple[dict[str, Path], list[Finding]]:
    """Every template passed to ``problem()`` in ``paths`` (with where it was first
    seen), and the calls that defeat translation: a built template (f-string, ``+``),
    a placeholder without its parameter, or a ``FieldProblem(...)`` /
    ``ValidationError.single(...)`` made with a finished English reason."""
    templates: dict[str, Path] = {}
    findings: list[Finding] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        variables = _assigned_literal(tree, "template")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            if name in ("FieldProblem", "single"):
                findings.append(Finding(path, node.lineno, f"{name}(...) with a ready reason; "
                                        "use problem(field, value, template, **params)"))
                continue
            if name != "problem" or len(node.args) < 3:
                continue
            argument = node.args[2]
            literals = _literals(argument)
            if literals is None and isinstance(argument, ast.Name):
                literals = variables.get(argument.id)
            if literals is None:
                findings.append(Finding(path, node.lineno,
                                        f"template is built, not literal: {ast.unparse(argument)}"))
                continue
            given = {keyword.arg for keyword in node.keywords}
            for template in literals:
                templates.setdefault(template, path)
                wanted = {field for _, field, _, _ in string.Formatter().parse(template)
                          if field is not None}
                if wanted - given:
                    findings.append(Finding(path, node.lineno, f"{template!r} lacks "
                                            f"{', '.join(sorted(wanted - given))}"))
    return templates, findings


#: Errors raised with their own template and parameters (``SeatingError(template, **params)``),
#: whose templates the window translates like the rules' (``RULE_TEMPLATES``).
TEMPLATED_ERRORS = ("SeatingError",)


def used_error_templates(paths: list[Path], classes: tuple[str, ...] = TEMPLATED_ERRORS
                         ) -> tuple[dict[str, Path], list[Finding]]:
    """Every template given to ``SeatingError(template, **params)`` in ``paths``, and the
    calls that defeat translation (a built template, a placeholder without its parameter)."""
    templates: dict[str, Path] = {}
    findings: list[Finding] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        variables = _assigned_literal(tree, "template")
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _callee(node) not in classes or not node.args:
                continue
            argument = node.args[0]
            literals = _literals(argument)
            if literals is None and isinstance(argument, ast.Name):
                literals = variables.get(argument.id)
            if literals is None:
                findings.append(Finding(path, node.lineno,
                                        f"template is built, not literal: {ast.unparse(argument)}"))
                continue
            given = {keyword.arg for keyword in node.keywords}
            for template in literals:
                templates.setdefault(template, path)
                wanted = {field for _, field, _, _ in string.Formatter().parse(template)
                          if field is not None}
                if wanted - given:
                    findings.append(Finding(path, node.lineno, f"{template!r} lacks "
                                            f"{', '.join(sorted(wanted - given))}"))
    return templates, findings


def error_class_templates(path: Path = ERRORS_MODULE) -> set[str]:
    """The ``template = "..."`` of the error classes (NotFoundError …)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                if isinstance(statement, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "template" for t in statement.targets):
                    literals = _literals(statement.value)
                    found.update(literals or [])
    return found


def listed_templates(path: Path = DOMAIN_MESSAGES, *names: str) -> set[str]:
    """The ``QT_TRANSLATE_NOOP("DomainMessages", "...")`` literals inside the module-level
    assignments ``names`` (``RULE_TEMPLATES``, ``ERROR_TEMPLATES``) of ``path``."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        target: ast.expr
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign):
            target, value = node.targets[0], node.value
        else:
            continue
        if not isinstance(target, ast.Name) or target.id not in names or value is None:
            continue
        for call in ast.walk(value):
            if isinstance(call, ast.Call) and _callee(call) == "QT_TRANSLATE_NOOP" \
                    and len(call.args) == 2:
                context, text = call.args
                if isinstance(context, ast.Constant) and context.value == "DomainMessages" \
                        and isinstance(text, ast.Constant) and isinstance(text.value, str):
                    found.add(text.value)
    return found


def used_phrases(paths: list[Path]) -> tuple[dict[str, Path], list[Finding]]:
    """Every template given to ``Phrase(...)`` in ``paths`` (the words that say what still
    refers to a record), and the calls whose template is not a literal."""
    templates: dict[str, Path] = {}
    findings: list[Finding] = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _callee(node) != "Phrase" or not node.args:
                continue
            literals = _literals(node.args[0])
            if literals is None:
                findings.append(Finding(path, node.lineno, "Phrase template is built, not "
                                        f"literal: {ast.unparse(node.args[0])}"))
                continue
            for template in literals:
                templates.setdefault(template, path)
    return templates, findings
