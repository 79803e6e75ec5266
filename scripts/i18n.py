"""Update and build the interface translations: one command for translators and the build.

    python scripts/i18n.py            # the .ts files from the code (new strings added,
                                      # vanished ones dropped), then the .qm files
    python scripts/i18n.py --compile  # only the .qm files (the package builds run this)
    python scripts/i18n.py --check    # exit 1 if a .ts is out of date or unfinished
    python scripts/i18n.py --lint     # exit 1 if a translate() call in the code is not literal

A new language: add its code and name to ``LANGUAGES`` in app/core/i18n.py and run this; then
translate translations/switchboard_<code>.ts (Qt Linguist: ``pyside6-linguist``, or any text
editor). The .ts files are the sources kept in git; the .qm files are built, never committed.

Strings are found by reading the code (``ast``), not by lupdate, whose Python parser drops
plural strings whose count is a variable: every ``translate("Context", "text"[, "comment"[,
n]])`` and ``QT_TRANSLATE_NOOP("Context", "text")`` call with literal arguments.
``translate("Context", NAME)`` looks up a constant marked where it is defined; text built on
the spot (an f-string, ``+``, ``.format``) is reported.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "translations"
CALLS = ("translate", "QT_TRANSLATE_NOOP")
# How many plural forms Qt's rules give each language (its .ts numerusform count).
PLURAL_FORMS = {"zh_CN": 1, "ja": 1, "es": 2, "pt_BR": 2, "de": 2, "fr": 2, "ru": 3, "ar": 6}


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool


def languages() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from app.core.i18n import TRANSLATED

    return list(TRANSLATED)


def _name(func: ast.expr) -> str | None:
    """``translate`` as imported from app.core.i18n (``painter.translate`` is not one)."""
    return func.id if isinstance(func, ast.Name) else None


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def extract(files: list[Path]) -> tuple[list[Message], list[str]]:
    """The messages in ``files`` (first occurrence order) and the calls that are not
    literal (each "file:line: why")."""
    found: dict[tuple[str, str, str], Message] = {}
    problems: list[str] = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in CALLS:
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            args = node.args
            if len(args) < 2 or not _literal(args[0]):
                problems.append(f"{where}: the context must be a string literal")
                continue
            if not _literal(args[1]):
                # A constant marked with QT_TRANSLATE_NOOP where it is defined is looked up
                # here; text built on the spot (f-string, +, %, .format) can never be found.
                if isinstance(args[1], ast.JoinedStr | ast.BinOp | ast.Call | ast.Constant):
                    problems.append(f"{where}: the text must be a literal or a marked constant")
                continue
            comment = ""
            if len(args) >= 3:
                third = args[2]
                if isinstance(third, ast.Constant) and isinstance(third.value, str | None):
                    comment = third.value or ""
                else:
                    problems.append(f"{where}: the comment must be a string literal or None")
                    continue
            numerus = len(args) >= 4 or any(k.arg == "n" for k in node.keywords)
            context, source = args[0].value, args[1].value  # type: ignore[attr-defined]
            if numerus and "%n" not in source and "%Ln" not in source:
                problems.append(f"{where}: a text with a count must hold %n (or %Ln)")
            key = (context, source, comment)
            if key in found and found[key].numerus != numerus:
                problems.append(f"{where}: used both with and without a count")
            found.setdefault(key, Message(context, source, comment, numerus))
    return list(found.values()), problems


def sources() -> list[Path]:
    return sorted((ROOT / "app").rglob("*.py"))


def read_ts(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The <message> elements of a .ts file by (context, source, comment)."""
    if not path.exists():
        return {}
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    """The .ts for ``language``: every message of the code, with its translation kept when
    it had one (else empty and unfinished)."""
    old = read_ts(path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for message in sorted(by_context[context_name], key=lambda m: (m.source, m.comment)):
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            previous = old.get((message.context, message.source, message.comment))
            translation = previous.find("translation") if previous is not None else None
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                translation.attrib.pop("type")
                translation.set("type", "unfinished")
            if translation is None or _shape_changed(translation, message, language):
                translation = ET.Element("translation", type="unfinished")
                if message.numerus:
                    for _ in range(PLURAL_FORMS.get(language, 2)):
                        ET.SubElement(translation, "numerusform")
            element.append(translation)
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
    )


def _shape_changed(translation: ET.Element, message: Message, language: str) -> bool:
    forms = translation.findall("numerusform")
    if message.numerus:
        return len(forms) != PLURAL_FORMS.get(language, 2)
    return bool(forms)


def unfinished(path: Path) -> list[str]:
    """The messages of a .ts that are not translated (empty, unfinished or obsolete)."""
    left = []
    for (context, source, _comment), message in read_ts(path).items():
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        texts = (
            [f.text for f in forms]
            if forms
            else [None if translation is None else translation.text]
        )
        if (
            translation is None
            or translation.get("type")
            or not all(t and t.strip() for t in texts)
        ):
            left.append(f"{context}: {source}")
    return left


def qt_tool(name: str) -> str:
    """lrelease as the PySide6 wheel ships it."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return str(candidate)
    raise SystemExit(f"{name} not found in {folder}: install PySide6-Essentials")


def compile_all(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Build every .ts in ``folder`` into a .qm (beside it, or in ``out``)."""
    built = []
    for ts in sorted(folder.glob("switchboard_*.ts")):
        qm = (out or folder) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def update() -> list[str]:
    """Write every language's .ts from the code; returns the problems found in the code."""
    messages, problems = extract(sources())
    FOLDER.mkdir(exist_ok=True)
    for code in languages():
        write_ts(FOLDER / f"switchboard_{code}.ts", code, messages)
    return problems


def main(argv: list[str]) -> int:
    if argv == ["--lint"]:
        messages, problems = extract(sources())
        print("\n".join(problems) or f"{len(messages)} strings, all literal")
        return 1 if problems else 0
    if argv not in ([], ["--compile"], ["--check"]):
        print(__doc__, file=sys.stderr)
        return 2
    if argv == ["--check"]:
        messages, problems = extract(sources())
        keys = {(m.context, m.source, m.comment) for m in messages}
        for code in languages():
            path = FOLDER / f"switchboard_{code}.ts"
            stale = set(read_ts(path)) ^ keys
            problems += [f"{path.name}: out of date: {k[0]}: {k[1]}" for k in sorted(stale)]
            problems += [f"{path.name}: not translated: {m}" for m in unfinished(path)]
        print("\n".join(problems) or "all translations complete")
        return 1 if problems else 0
    if not argv:
        problems = update()
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
    for qm in compile_all():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
