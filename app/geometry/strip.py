"""A card's strip text when "LEVEL · code" is too long for it: keep the code.

"SUB KEGIATAN · 1.02.02.2.02.0001" does not fit a projector's or a zoomed-out
card; cutting it at the end ("SUB KEGIATAN · …") throws away the one thing
that tells siblings apart. The level name gives way first (abbreviated: the
strip's colour and the legend say the level too), then the start of the code.
"""

from __future__ import annotations

from .fontmetrics import text_width

BULLET = " · "
_VOWELS = set("AEIOUaeiou")


def _abbreviate_word(word: str) -> str:
    """"PROGRAM" -> "PROG.", "KEGIATAN" -> "KEG.": up to the first consonant after a vowel.

    Indonesian syllables are (C)V(C): the first syllable and the next consonant
    give the abbreviations people write by hand (Keg., Prog., Tuj.). Short words
    (PD, SUB) stay as they are.
    """
    if "-" in word:
        return "-".join(map(_abbreviate_word, word.split("-")))
    if len(word) <= 4 or not word.isalpha():
        return word
    seen_vowel = False
    for i, ch in enumerate(word):
        if ch in _VOWELS:
            seen_vowel = True
        elif seen_vowel:
            cut = word[: i + 1]
            return cut + "." if len(cut) < len(word) else word
    return word


def level_abbreviations(level: str) -> tuple[str, ...]:
    """Ever shorter forms of a level name in capitals, the full name first.

    "SASARAN STRATEGIS PD" -> SASARAN STRAT. PD, SAS. STRAT. PD, SSPD, S;
    "SUB KEGIATAN" -> SUB KEG., SK, S; "PROGRAM" -> PROG., P.
    """
    name = " ".join((level or "?").upper().split())
    words = name.split(" ")
    forms = [name]
    # Abbreviate long words from the last one up (the first word says the most).
    current = list(words)
    for j in range(len(words) - 1, -1, -1):
        short = _abbreviate_word(current[j])
        if short != current[j]:
            current[j] = short
            forms.append(" ".join(current))
    if len(words) > 1:
        # Initials; a word of two letters is an acronym already (PD) and stays whole.
        forms.append("".join(w if len(w) <= 2 else w[0] for w in words if w))
    forms.append(name[0])
    out: list[str] = []
    for f in forms:
        if f not in out:
            out.append(f)
    return tuple(out)


def _code_tails(code: str) -> list[str]:
    """"1.02.02.2.01.0001" -> "…02.2.01.0001", ..., "…0001": the parts that tell siblings apart.

    A tail of fewer than four characters ("…02") tells too little to be worth showing.
    """
    parts = code.split(".")
    tails = (".".join(parts[k:]) for k in range(1, len(parts)))
    return ["…" + t for t in tails if len(t) >= 4]


def strip_label(level: str, code: str, width: float, size: float, bold: bool = True) -> str:
    """The longest form of "LEVEL · code" that fits `width` at `size` ("" when none does).

    Order of giving up: the level name is abbreviated while the code is kept
    whole, then the code stands alone, then only its last parts, then the
    shortest form of the level name alone.
    """
    levels = level_abbreviations(level)
    code = (code or "").strip()
    candidates: list[str] = []
    if code:
        candidates += [lv + BULLET + code for lv in levels[:-1]]
        candidates.append(code)
        candidates += _code_tails(code)
        candidates += [lv for lv in levels if len(lv) <= 5]
    else:
        candidates += list(levels)
    for c in candidates:
        if text_width(c, size, bold) <= width:
            return c
    return ""
