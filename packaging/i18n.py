"""The strings of Helix a clerk reads, found in the code, and the Chinese translation kept in
resources/translations/helix_zh_CN.ts.

    python packaging/i18n.py update   # new strings into the .ts (translations kept), gone ones out
    python packaging/i18n.py check    # strings without a finished translation; exit 1 if any
    python packaging/i18n.py adopt FILE.json...  # {source: translation} for unfinished strings
    python packaging/i18n.py fix FILE.json...    # [[context, source, translation]] overrides
    python packaging/i18n.py release [DIR]   # compile the .ts into DIR/helix_zh_CN.qm

`self.tr("...")` is read under the class it is written in (PySide6 tries the classes of the
object's MRO in turn, so that class is among them), QCoreApplication.translate and
QT_TRANSLATE_NOOP under their context, a module's own `tr(text)` helpers under the context they
pass on. Beyond what pyside6-lupdate sees, the extractor also collects the English templates
services hand to the UI (error messages, field problems, reasons), which the UI translates in
the context "Helix", and the stored words services fill into them ("published", "clerk"), which
it translates in the context "Values" (app/ui/errors.py).
"""

from __future__ import annotations

import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from app.translations import compile_qm  # noqa: E402

SOURCES = ROOT / "app"
TS_FILE = ROOT / "resources" / "translations" / "helix_zh_CN.ts"
LANGUAGE = "zh_CN"
SERVICE_CONTEXT = "Helix"
VALUES_CONTEXT = "Values"
"""Context of stored words a service puts into a message ("published", "clerk"): the UI
translates every text value it fills into a translated template there (app/ui/errors.py)."""
VALUE_MODULES = ("models/enums.py", "services/permissions.py")
VALUE_TABLES = {"ROLE_NAMES"}
"""Context of the English templates services produce (errors, reasons, import problems)."""

TRANSLATE_FUNCTIONS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
FIELD_MESSAGES = {"errors", "bad", "fields", "problems"}
"""Names of the dicts services gather a ValidationError's field messages in."""


@dataclass
class Found:
    """Every place a (context, source) pair is used; `numerus` when it takes a count (%n)."""

    locations: list[tuple[str, int]] = field(default_factory=list)
    numerus: bool = False


Catalog = dict[tuple[str, str], Found]


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def _literal(node: ast.AST | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "..." + SENTENCE
        left, right = _literal(node.left, constants), _literal(node.right, constants)
        return None if left is None or right is None else left + right
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                value = _literal(node.value, constants)
                if value is not None:
                    constants[target.id] = value
    return constants


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _module_tr_helpers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """A module's own helpers like `def tr(text): return translate(CONTEXT, text)`: their
    names and the context their translate() call passes the first parameter to."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args:
            first = node.args.args[0].arg
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and _call_name(call) == "translate"
                    and len(call.args) >= 2
                    and first in {n.id for n in ast.walk(call.args[1]) if isinstance(n, ast.Name)}
                ):
                    context = _literal(call.args[0], constants)
                    if context is not None:
                        helpers[node.name] = context
    return helpers


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    constants: dict[str, str]


def _parse(root: Path) -> list[_Module]:
    modules = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        modules.append(_Module(path, tree, _module_constants(tree)))
    return modules


def _subclasses(modules: list[_Module]) -> dict[str, set[str]]:
    """Class name -> itself and every class of Helix derived from it (names are unique enough):
    which classes are error classes, whose first argument is a template."""
    bases: dict[str, set[str]] = defaultdict(set)
    for module in modules:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    name = base.id if isinstance(base, ast.Name) else getattr(base, "attr", "")
                    bases[node.name].add(name)
    derived: dict[str, set[str]] = defaultdict(set)
    for cls in bases:
        seen, todo = set(), [cls]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            derived[current].add(cls)
            todo.extend(bases.get(current, ()))
    return derived


def _aliases(tree: ast.Module, attribute: str, owners: tuple[str, ...] = ()) -> set[str]:
    """Names a module binds to `X.attribute` (any X, or only the given owners)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign):
            continue
        value = node.value
        if not isinstance(value, ast.Attribute) or value.attr != attribute:
            continue
        if owners and not (isinstance(value.value, ast.Name) and value.value.id in owners):
            continue
        names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


class _Visitor(ast.NodeVisitor):
    def __init__(
        self,
        module: _Module,
        template_calls: dict[str, str],
        catalog: Catalog,
        problems: list[str],
    ) -> None:
        self.module = module
        self.template_calls = template_calls
        self.catalog = catalog
        self.problems = problems
        self.classes: list[str] = []
        self.helpers = _module_tr_helpers(module.tree, module.constants)
        self.tr_aliases = _aliases(module.tree, "tr", owners=("self", "cls"))  # tr = self.tr
        self.aliases = _aliases(module.tree, "translate")  # t = QCoreApplication.translate
        self.in_services = "services" in module.path.parts

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _where(self, node: ast.AST) -> tuple[str, int]:
        return (_relative(self.module.path), getattr(node, "lineno", 0))

    def _add(
        self, contexts: set[str] | list[str], source: str, node: ast.AST, numerus: bool
    ) -> None:
        for context in contexts:
            found = self.catalog.setdefault((context, source), Found())
            found.locations.append(self._where(node))
            found.numerus = found.numerus or (numerus and "%n" in source)

    def _text(self, node: ast.AST | None, call: ast.AST) -> str | None:
        text = _literal(node, self.module.constants)
        if text is None and isinstance(node, ast.JoinedStr):
            path, line = self._where(call)
            self.problems.append(
                f"{path}:{line}: an f-string cannot be translated; "
                "pass a template and fill it in after translating"
            )
        return text

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        numerus = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
        if (
            isinstance(node.func, ast.Name)
            and node.func.id in self.tr_aliases
            and self.classes
            and node.args
        ):
            text = self._text(node.args[0], node)
            if text is not None:
                self._add({self.classes[-1]}, text, node, numerus)
        elif isinstance(node.func, ast.Name) and node.func.id in self.helpers and node.args:
            text = self._text(node.args[0], node)
            if text is not None:
                self._add({self.helpers[node.func.id]}, text, node, numerus)
        elif name == "tr" and node.args:
            text = self._text(node.args[0], node)
            func = node.func
            if (
                text is not None
                and isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
            ):
                owner = func.value.id
                if owner in ("self", "cls") and self.classes:
                    owner = self.classes[-1]
                self._add({owner}, text, node, numerus)
        elif (name in TRANSLATE_FUNCTIONS or name in self.aliases) and len(node.args) >= 2:
            context = _literal(node.args[0], self.module.constants)
            text = self._text(node.args[1], node)
            if context is not None and text is not None:
                self._add({context}, text, node, numerus)
        elif name == "__init__" and self.classes and self.classes[-1] in self.template_calls:
            # super().__init__("template", ...) inside an error class
            text = self._text(node.args[0], node) if node.args else None
            if text is not None:
                self._add({self.template_calls[self.classes[-1]]}, text, node, False)
        elif name in self.template_calls and node.args:
            text = self._text(node.args[0], node)
            if text is not None:
                self._add({self.template_calls[name]}, text, node, False)
        elif name == "ValueError" and self.in_services and node.args:
            # a service's ValueError becomes a field's message (app.errors.message_of)
            text = _literal(node.args[0], self.module.constants)
            if text is not None:
                self._add({SERVICE_CONTEXT}, text, node, False)
        elif name == "ValidationError" and node.args and isinstance(node.args[0], ast.Dict):
            for value in node.args[0].values:
                text = self._text(value, node)
                if text is not None:
                    self._add({SERVICE_CONTEXT}, text, node, False)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        """`errors["field"] = "message"`: a field's message for a ValidationError."""
        target = node.targets[0]
        if (
            self.in_services
            and isinstance(target, ast.Subscript)
            and isinstance(target.value, ast.Name)
            and target.value.id in FIELD_MESSAGES
        ):
            text = self._text(node.value, node)
            if text is not None:
                self._add({SERVICE_CONTEXT}, text, node, False)
        self.generic_visit(node)


def extract(root: Path = SOURCES) -> tuple[Catalog, list[str]]:
    """Every (context, source) the UI can look up, and the places that cannot be translated."""
    modules = _parse(root)
    derived = _subclasses(modules)
    template_calls = {name: SERVICE_CONTEXT for name in derived["DomainError"]}
    template_calls["problem"] = SERVICE_CONTEXT  # app.errors.problem: a field's message
    template_calls["Reason"] = "Alerts"  # app/ui/home_cards.py translates reasons there
    catalog: Catalog = {}
    problems: list[str] = []
    for module in modules:
        _Visitor(module, template_calls, catalog, problems).visit(module.tree)
        if module.path.relative_to(root).as_posix() in VALUE_MODULES:
            _values(module, catalog)
    return catalog, problems


def _values(module: _Module, catalog: Catalog) -> None:
    """The string values of the enums and word tables services fill into messages."""
    where = (_relative(module.path), 0)
    words: set[str] = set()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.ClassDef) and any(
            getattr(b, "id", "").endswith("Enum") for b in node.bases
        ):
            for item in node.body:
                value = item.value if isinstance(item, ast.Assign) else None
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    words.add(value.value)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            names = [getattr(t, "id", "") for t in node.targets]
            if VALUE_TABLES.intersection(names):
                words.update(
                    v.value
                    for v in node.value.values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
    for word in words | {w.replace("_", " ") for w in words}:
        if word and not word.isdigit():
            catalog.setdefault((VALUES_CONTEXT, word), Found()).locations.append(where)


# -- the .ts file ---------------------------------------------------------------------------


@dataclass
class Entry:
    translation: str = ""
    finished: bool = False
    numerus: bool = False
    files: list[str] = field(default_factory=list)


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], Entry]:
    entries: dict[tuple[str, str], Entry] = {}
    if not path.exists():
        return entries
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if node is None:
                text, finished = "", False
            else:
                forms = [f.text or "" for f in node.iter("numerusform")]
                text = forms[0] if numerus and forms else node.text or ""
                finished = node.get("type") not in ("unfinished", "obsolete", "vanished")
            entries[(name, source)] = Entry(text, finished and bool(text), numerus)
    return entries


def write_ts(entries: dict[tuple[str, str], Entry], path: Path = TS_FILE) -> None:
    root = ET.Element("TS", version="2.1", language=LANGUAGE, sourcelanguage="en")
    by_context: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
    for (context, source), entry in entries.items():
        by_context[context].append((source, entry))
    for context in sorted(by_context):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for source, entry in sorted(by_context[context]):
            message = ET.SubElement(node, "message")
            if entry.numerus:
                message.set("numerus", "yes")
            for filename in sorted(set(entry.files)):
                ET.SubElement(message, "location", filename=f"../../{filename}")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            if not entry.finished:
                translation.set("type", "unfinished")
            if entry.numerus:
                ET.SubElement(translation, "numerusform").text = entry.translation
            else:
                translation.text = entry.translation
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def merged(catalog: Catalog, old: dict[tuple[str, str], Entry]) -> dict[tuple[str, str], Entry]:
    """The strings of the code with the translations already made; a source translated in one
    context lends its translation to the same source elsewhere (marked finished too)."""
    by_source = {s: e.translation for (_, s), e in old.items() if e.finished}
    entries = {}
    for key, found in catalog.items():
        before = old.get(key)
        if before is not None and before.finished:
            text, finished = before.translation, True
        elif key[1] in by_source:
            text, finished = by_source[key[1]], True
        else:
            text, finished = (before.translation if before else ""), False
        files = [path for path, _ in found.locations]
        entries[key] = Entry(text, finished, found.numerus, files)
    return entries


def missing(catalog: Catalog, entries: dict[tuple[str, str], Entry]) -> list[tuple[str, str]]:
    """Strings of the code without a finished translation in the .ts file."""
    return sorted(k for k in catalog if not (k in entries and entries[k].finished))


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[0-9n]")


def placeholders(text: str) -> list[str]:
    """The fields a translation must keep: {name}, {count:,}, %1, %n (doubled braces are text)."""
    return sorted(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def misfits(entries: dict[tuple[str, str], Entry]) -> list[tuple[str, str]]:
    """Finished translations whose placeholders differ from their source's."""
    return sorted(
        key
        for key, entry in entries.items()
        if entry.finished and placeholders(key[1]) != placeholders(entry.translation)
    )


def adopt(entries: dict[tuple[str, str], Entry], translations: dict[str, str]) -> int:
    """Take translations (source -> text) for the entries not finished yet; returns how many."""
    taken = 0
    for (_, source), entry in entries.items():
        text = translations.get(source)
        if text and not entry.finished:
            entry.translation, entry.finished = text, True
            taken += 1
    return taken


def release(target: Path, ts: Path = TS_FILE) -> Path:
    """Compile the .ts into a .qm with Qt's lrelease (shipped with PySide6)."""
    qm = target / ts.with_suffix(".qm").name
    compile_qm(ts, qm)
    return qm


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    catalog, problems = extract()
    for problem in problems:
        print(problem, file=sys.stderr)
    if command == "update":
        entries = merged(catalog, read_ts())
        write_ts(entries)
        todo = sum(not e.finished for e in entries.values())
        print(f"{TS_FILE.relative_to(ROOT)}: {len(entries)} strings, {todo} to translate")
        return 0
    if command == "adopt":  # adopt FILE.json...: {source: translation} made outside Qt Linguist
        entries = merged(catalog, read_ts())
        for name in argv[1:]:
            print(f"{name}: {adopt(entries, json.loads(Path(name).read_text('utf-8')))} taken")
        write_ts(entries)
        return 0
    if command == "fix":  # fix FILE.json...: [[context, source, translation], ...] overrides
        entries = merged(catalog, read_ts())
        for name in argv[1:]:
            for context, source, text in json.loads(Path(name).read_text("utf-8")):
                entry = entries[(context, source)]  # a KeyError names a string the code lost
                entry.translation, entry.finished = text, True
        write_ts(entries)
        return 0
    if command == "release":
        print(release(Path(argv[1]) if len(argv) > 1 else TS_FILE.parent))
        return 0
    entries = read_ts()
    gaps = missing(catalog, entries)
    for context, source in gaps:
        print(f"not translated: {context}: {source!r}")
    bad = misfits(entries)
    for context, source in bad:
        print(f"placeholders differ: {context}: {source!r}")
    return 1 if gaps or bad or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
