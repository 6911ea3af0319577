"""The English of the translation source (`resources/i18n/pokin_en.ts`), for the i18n tests.

The .ts is the one place the English is written; tests read it so that they
check the compiled .qm against what a translator wrote, not against a copy.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from app.ui.i18n import I18N_DIR


def english() -> dict[str, str]:
    """Indonesian source text -> English, for every finished message of the .ts."""
    out: dict[str, str] = {}
    for context in ET.parse(I18N_DIR / "pokin_en.ts").getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                out.setdefault(message.findtext("source") or "", translation.text)
    return out
