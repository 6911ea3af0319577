"""Write English into the translation source for texts that have none yet.

    .venv/bin/python resources/i18n/add_english.py english.json

`english.json` maps Indonesian source texts to their English (for a count, a
list of its forms: ["%Ln error", "%Ln errors"]). Only messages
that are unfinished in `pokin_en.ts` are filled, in every context they occur
in; run `build_translations.py` afterwards to compile. Qt Linguist does the
same by hand.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_translations import english_of, set_english  # a script beside this one

TS = Path(__file__).resolve().parent / "pokin_en.ts"


def main(files: list[str]) -> int:
    english: dict[str, str] = {}
    for name in files:
        english.update(json.loads(Path(name).read_text(encoding="utf-8")))
    tree = ET.parse(TS)
    filled = 0
    for context in tree.getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source not in english:
                continue
            if translation.get("type") == "unfinished" or not english_of(translation):
                set_english(translation, english[source])
                filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{filled} messages filled")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
