"""Rebuild the English translation: pyside6-lupdate -> fill from en.json -> pyside6-lrelease.

Run from the project root after changing user-facing text:

    .venv/bin/python resources/i18n/build_translations.py

Indonesian is the source language in the code. `en.json` maps each Indonesian
text to its English text; texts missing from it are listed and stay Indonesian.
Mixins and helper functions of the main window translate in the window's
context, so their messages are copied into the `MainWindow` context too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
SOURCES = ["app/ui/*.py", "app/ui/panels/*.py", "app/ui/dialogs/*.py", "app/ui/canvas/*.py"]
WINDOW_CONTEXTS = {"", "window", "FileMixin", "EditMixin", "RevisionMixin", "MainWindow"}


def main() -> int:
    files = sorted(str(p.relative_to(ROOT)) for g in SOURCES for p in ROOT.glob(g))
    ts = HERE / "pokin_en.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(ts)], cwd=ROOT, check=True
    )
    english = json.loads((HERE / "en.json").read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    root = tree.getroot()
    missing: set[str] = set()
    window_messages: list[ET.Element] = []
    window_context = None
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        if name == "MainWindow":
            window_context = context
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if source in english:
                translation.text = english[source]
                translation.attrib.pop("type", None)
            else:
                missing.add(source)
            if name in WINDOW_CONTEXTS and name != "MainWindow":
                window_messages.append(message)
    if window_context is None:
        window_context = ET.SubElement(root, "context")
        ET.SubElement(window_context, "name").text = "MainWindow"
    known = {m.findtext("source") for m in window_context.findall("message")}
    for message in window_messages:
        if message.findtext("source") not in known:
            copy = ET.fromstring(ET.tostring(message))
            for loc in copy.findall("location"):
                copy.remove(loc)
            window_context.append(copy)
            known.add(message.findtext("source"))
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(HERE / "pokin_en.qm")], check=True
    )
    for text in sorted(missing):
        print(f"no English for: {text!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
