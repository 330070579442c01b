"""The rules the translation catalogues must follow, as plain functions.

``test_translations.py`` applies them to the real sources and catalogues, and
also to small fixture files, so that each rule is shown to catch what it claims
to catch (a check that cannot fail is no check). Nothing here imports Qt: the
catalogues are read as XML, the sources as Python syntax trees.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
UI_SOURCES = REPO_ROOT / "desktop_app" / "ui"
TRANSLATIONS = REPO_ROOT / "resources" / "translations"
#: The languages translated from English.
LANGUAGES = ("az", "kk", "ru")
#: Every catalogue: those languages and English, whose catalogue gives the English forms of
#: the plural messages alone ("%n warning(s)" -> "%n warning", "%n warnings").
CATALOGUES = (*LANGUAGES, "en")
#: The plural form Qt uses for the number 1 alone, per language: that form may spell the
#: number out ("one warning") instead of %n. Russian has none (its first form is also 21's).
SINGLE_NUMBER_FORM = {"en": 0, "az": 0, "kk": 0}


# -- catalogues -------------------------------------------------------------------------

@dataclass(frozen=True)
class Message:
    """One message of a .ts catalogue. ``comment`` is the disambiguation, part of its identity."""

    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_catalogue(path: Path) -> dict[tuple[str, str, str], Message]:
    """Every message of a .ts file, keyed by (context, source, disambiguation)."""
    root = ET.parse(path).getroot()
    messages: dict[tuple[str, str, str], Message] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if element.get("numerus") == "yes" and translation is not None:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = ((translation.text or "") if translation is not None else "",)
            message = Message(context=name, source=element.findtext("source") or "",
                              comment=element.findtext("comment") or "",
                              numerus=element.get("numerus") == "yes", translations=forms,
                              finished=kind is None)
            messages[message.key] = message
    return messages


def catalogue_language(path: Path) -> str:
    return ET.parse(path).getroot().get("language") or ""


def extract_catalogues(sources: Path, output: Path) -> dict[str, Path]:
    """Fresh catalogues of ``sources`` in ``output``, made by scripts/update-translations."""
    result = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "update-translations"),
                             "--sources", str(sources), "--output", str(output), "--quiet"],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return {lang: output / f"roundtable_{lang}.ts" for lang in CATALOGUES}


def _describe(message: Message) -> str:
    text = message.source.replace("\n", "\\n")
    return f"{text!r}" + (f" ({message.comment})" if message.comment else "")


def missing_translations(fresh: dict[tuple[str, str, str], Message],
                         committed: dict[tuple[str, str, str], Message]) -> dict[str, list[str]]:
    """Source strings of ``fresh`` with no finished, complete translation in ``committed``.

    The fresh catalogue (made by lupdate from today's code) knows how many plural
    forms the language has; every one must be filled.
    """
    missing: dict[str, list[str]] = defaultdict(list)
    for key, wanted in fresh.items():
        have = committed.get(key)
        if have is None:
            missing[wanted.context].append(f"{_describe(wanted)}: not in the catalogue")
        elif not have.finished:
            missing[wanted.context].append(f"{_describe(wanted)}: unfinished")
        elif wanted.numerus and (len(have.translations) < len(wanted.translations)
                                 or not all(form.strip() for form in have.translations)):
            missing[wanted.context].append(
                f"{_describe(wanted)}: needs {len(wanted.translations)} plural forms, "
                f"has {sum(1 for form in have.translations if form.strip())}")
        elif not all(form.strip() for form in have.translations):
            missing[wanted.context].append(f"{_describe(wanted)}: empty translation")
    return dict(missing)


def plural_form_problems(messages: dict[tuple[str, str, str], Message], forms: int,
                         single_form: int | None) -> dict[str, list[str]]:
    """Plural messages without exactly ``forms`` filled forms, or with a form lacking the
    source's %n (except ``single_form``, the form of the number 1 alone)."""
    problems: dict[str, list[str]] = defaultdict(list)
    for message in messages.values():
        if not message.numerus:
            continue
        filled = [form for form in message.translations if form.strip()]
        if len(message.translations) != forms or len(filled) != forms:
            problems[message.context].append(
                f"{_describe(message)}: {len(filled)} of {forms} plural forms filled")
        if "%n" in message.source:
            without = [index for index, form in enumerate(message.translations)
                       if form.strip() and "%n" not in form and index != single_form]
            if without:
                problems[message.context].append(
                    f"{_describe(message)}: plural form(s) {without} lack %n")
    return dict(problems)


def format_by_context(problems: dict[str, list[str]]) -> str:
    lines = []
    for context in sorted(problems):
        lines.append(f"[{context}]")
        lines.extend(f"    {entry}" for entry in problems[context])
    return "\n".join(lines)


# -- placeholders and mnemonics ---------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}|%n|%L?[1-9][0-9]?")


def placeholders(text: str) -> set[str]:
    """The ``{name}``, ``%n`` and ``%1`` markers of a text (``%L1`` counts as ``%1``)."""
    return {marker.replace("%L", "%") for marker in PLACEHOLDER.findall(text)}


def mnemonic_count(text: str) -> int:
    """How many ``&`` mark a mnemonic letter (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def placeholder_problems(messages: dict[tuple[str, str, str], Message]) -> dict[str, list[str]]:
    """Translations that lose a placeholder, or carry more than one mnemonic."""
    problems: dict[str, list[str]] = defaultdict(list)
    for message in messages.values():
        wanted = placeholders(message.source)
        for form in message.translations:
            if not form.strip():
                continue
            lost = wanted - placeholders(form)
            if message.numerus:
                lost.discard("%n")  # a plural form may spell the number out ("один")
            if lost:
                problems[message.context].append(
                    f"{_describe(message)} -> {form!r}: lacks {', '.join(sorted(lost))}")
            if mnemonic_count(message.source) and mnemonic_count(form) > 1:
                problems[message.context].append(
                    f"{_describe(message)} -> {form!r}: more than one & mnemonic")
    return dict(problems)


# -- glossary and document labels -------------------------------------------------------

def normalise(text: str) -> str:
    """Compare terms regardless of case, mnemonics and a trailing ellipsis, colon or the
    " *" of a required field."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"(\.\.\.|…|:|\s\*)\s*$", "", text.strip())
    return text.strip().casefold()


def term_problems(messages: dict[tuple[str, str, str], Message],
                  terms: dict[str, str], origin: str) -> dict[str, list[str]]:
    """Messages whose source IS a known term but whose translation differs from it.

    ``terms`` maps an English term to its translation. Messages with a
    disambiguation comment are left out: the developer said the word means
    something else there. Untranslated messages are left to the completeness check.
    """
    wanted = {normalise(english): translated for english, translated in terms.items()}
    problems: dict[str, list[str]] = defaultdict(list)
    for message in messages.values():
        if message.comment or message.numerus or not message.finished:
            continue
        expected = wanted.get(normalise(message.source))
        if expected is None:
            continue
        actual = message.translations[0]
        if actual.strip() and normalise(actual) != normalise(expected):
            problems[message.context].append(
                f"{_describe(message)} -> {actual!r}, but {origin} says {expected!r}")
    return dict(problems)


# -- unwrapped strings in the sources ---------------------------------------------------

#: Methods whose string arguments are shown to the user.
TEXT_SETTERS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setTitle",
    "setSubTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "setSpecialValueText", "setSuffix", "setPrefix", "setButtonText", "setTabText",
    "setTabToolTip", "setItemText", "setCancelButtonText", "setOkButtonText",
    "addAction", "addMenu", "addTab", "insertTab", "addRow", "insertRow", "addItem",
    "addItems", "insertItem", "showMessage", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel", "addButton",
    "setNameFilter", "setNameFilters",
})
#: Widgets whose constructor takes a shown text.
TEXT_CONSTRUCTORS = frozenset({
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QMenu", "QCommandLinkButton", "QMessageBox", "QTreeWidgetItem",
    "QListWidgetItem", "QTableWidgetItem", "QStandardItem", "QProgressDialog",
    "Column",  # desktop_app.ui.models.record_table.Column(header, getter...): a column header
})
#: Static dialogs: (parent, title, text...) or (parent, caption, dir, filter).
STATIC_DIALOGS = frozenset({
    "information", "warning", "critical", "question", "about", "getOpenFileName",
    "getOpenFileNames", "getSaveFileName", "getExistingDirectory", "getText", "getItem",
    "getInt", "getDouble", "getMultiLineText",
})
#: Keyword arguments that carry shown text.
TEXT_KEYWORDS = frozenset({
    "text", "title", "caption", "filter", "label", "toolTip", "tooltip", "statusTip",
    "status_tip", "windowTitle", "placeholderText", "accessibleName",
})
#: File-dialog arguments that are not text: (parent, caption, DIRECTORY, filter).
_FILE_DIALOG_DIR_INDEX = 2


@dataclass
class Unwrapped:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        try:
            where = self.path.relative_to(REPO_ROOT)
        except ValueError:
            where = self.path
        return f"{where}:{self.line}: {self.call}({self.text!r})"


def _has_words(text: str) -> bool:
    """Whether a text has letters once HTML tags and entities are taken out.

    ``f"<b>{name}</b>"`` is markup around data, not text to translate.
    """
    text = re.sub(r"<[^<>]*>|&[A-Za-z]+;|&#[0-9]+;", "", text)
    return any(character.isalpha() for character in text)


def _literal_texts(node: ast.AST) -> list[str]:
    """The bare literal text in an argument: "x", f"x{y}", "a" + b, ["x", "y"]."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = [value.value for value in node.values
                 if isinstance(value, ast.Constant) and isinstance(value.value, str)]
        return ["".join(parts)] if _has_words("".join(parts)) else []
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal_texts(node.left) + (_literal_texts(node.right)
                                            if isinstance(node.op, ast.Add) else [])
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for element in node.elts for text in _literal_texts(element)]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"):
        return _literal_texts(node.func.value)  # "Found {n}".format(n=n): still a bare literal
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    return []


def _callee(node: ast.Call) -> str:
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    if isinstance(node.func, ast.Name):
        return node.func.id
    return ""


@dataclass
class _Scanner(ast.NodeVisitor):
    path: Path
    found: list[Unwrapped] = field(default_factory=list)

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        arguments: list[ast.AST] = []
        if name in TEXT_SETTERS or name in TEXT_CONSTRUCTORS:
            arguments = list(node.args)
            if name in {"addItem", "insertItem"}:
                # addItem(text, userData) / insertItem(index, text, userData): data is not shown
                arguments = [arg for arg in node.args[:2] if not (
                isinstance(arg, ast.Constant) and isinstance(arg.value, int))][:1]
        elif name in STATIC_DIALOGS and isinstance(node.func, ast.Attribute):
            arguments = [arg for index, arg in enumerate(node.args)
                         if index >= 1 and not (name.startswith("get") and "File" in name
                                                and index == _FILE_DIALOG_DIR_INDEX)
                         and not (name.startswith("get") and "Directory" in name and index == 2)]
        if name in TEXT_SETTERS | TEXT_CONSTRUCTORS | STATIC_DIALOGS:
            arguments += [keyword.value for keyword in node.keywords
                          if keyword.arg in TEXT_KEYWORDS]
        for argument in arguments:
            for text in _literal_texts(argument):
                if _has_words(text):
                    self.found.append(Unwrapped(self.path, getattr(argument, "lineno", node.lineno),
                                                name, text))
        self.generic_visit(node)


def unwrapped_strings(paths: list[Path]) -> list[Unwrapped]:
    """Literal texts handed straight to a Qt widget, not through tr()/translate().

    A literal inside ``self.tr("...")`` or ``QCoreApplication.translate(...)`` is an
    argument of THAT call, not of the setter, so it is not reported.
    """
    found: list[Unwrapped] = []
    for path in paths:
        scanner = _Scanner(path)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        found.extend(scanner.found)
    return found


def term_keys_used(paths: list[Path]) -> list[tuple[Path, int, str]]:
    """Literal keys passed to ``term("...")`` (f-strings give their fixed prefix + '*')."""
    keys = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _callee(node) == "term" and node.args:
                argument = node.args[0]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    keys.append((path, node.lineno, argument.value))
                elif isinstance(argument, ast.JoinedStr) and argument.values and isinstance(
                        argument.values[0], ast.Constant):
                    keys.append((path, node.lineno, f"{argument.values[0].value}*"))
    return keys


def misused_translation_calls(paths: list[Path]) -> list[Unwrapped]:
    """``tr()``/``translate()`` whose text is built, not literal: f-strings, ``+``, ``%``,
    ``.format()`` inside. lupdate then extracts a fragment ("Delete " of ``"Delete " +
    name``, or ``"b{x}"`` of ``f"b{x}"``) that never matches the text asked for at run
    time, silently. A plain variable is fine: it is the QT_TRANSLATE_NOOP pattern."""
    found: list[Unwrapped] = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _callee(node)
            index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}.get(name)
            if index is None or len(node.args) <= index:
                continue
            text = node.args[index]
            built = isinstance(text, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute)
                and text.func.attr == "format")
            if built:
                found.append(Unwrapped(path, node.lineno, name, ast.unparse(text)))
    return found


def _plural_texts(node: ast.AST) -> list[str]:
    """The literal "%n" texts of the tr()/translate() calls inside ``node``."""
    texts = []
    for call in ast.walk(node):
        if not isinstance(call, ast.Call):
            continue
        index = {"tr": 0, "translate": 1}.get(_callee(call))
        if index is None or len(call.args) <= index:
            continue
        text = call.args[index]
        if isinstance(text, ast.Constant) and isinstance(text.value, str) and "%n" in text.value:
            texts.append(text.value)
    return texts


def _compares_with_one(test: ast.AST) -> bool:
    return any(isinstance(node, ast.Compare) and any(
        isinstance(side, ast.Constant) and side.value == 1 and not isinstance(side.value, bool)
        for side in (node.left, *node.comparators)) for node in ast.walk(test))


def plurals_chosen_in_code(paths: list[Path]) -> list[Unwrapped]:
    """``tr("%n warning") if n == 1 else tr("%n warnings")`` (or the same as an ``if``
    statement): the code picks the English singular, so each catalogue carries the
    message twice. One ``tr("%n warning(s)", "", n)`` lets Qt pick the form for every
    language, English included (``roundtable_en.ts``)."""
    found: list[Unwrapped] = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.If, ast.IfExp)) or not _compares_with_one(node.test):
                continue
            body = node.body if isinstance(node.body, list) else [node.body]
            orelse = node.orelse if isinstance(node.orelse, list) else [node.orelse]
            first = [text for part in body for text in _plural_texts(part)]
            second = [text for part in orelse for text in _plural_texts(part)]
            if first and second:
                found.append(Unwrapped(path, node.lineno, "tr", f"{first[0]} | {second[0]}"))
    return found
