"""Small text helpers the panels share: search folding and lists typed with ";".

Numbers and dates are written and read in `app.util.indonesian`, the one place
shared with the PDF, the workbook and the checks.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text, for search."""
    if not text:
        return ""
    if text.isascii():  # most statements: no accents to strip, and much faster
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def split_list(text: str) -> tuple[str, ...]:
    """'A; B ;; C' -> ('A', 'B', 'C'): how OPDs and further parents are typed."""
    return tuple(p.strip() for p in (text or "").split(";") if p.strip())
