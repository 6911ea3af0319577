"""Nomenclature codes as planners type them, made regular: `1.3` is bidang `1.03`, `x.xx.01` is `X.XX.01`.

Renstra tables are typed by hand (and re-typed from PDFs): segments lose their
leading zeros, the "any bidang" code is written in lower case, spaces and a
trailing dot creep in, and split-code tables give the parts in separate cells.
"""

from __future__ import annotations

import re

# Width of each segment: urusan, bidang, program, level of government, kegiatan, sub kegiatan.
WIDTHS = (1, 2, 2, 1, 2, 4)
KIND_BY_SEGMENTS = {1: "urusan", 2: "bidang", 3: "program", 5: "kegiatan", 6: "sub kegiatan"}
_SEGMENT = re.compile(r"^(?:\d+|[xX]+)$")


def normalise(raw: object) -> str:
    """The code in its regular form, or the trimmed text when it is not a dotted code."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw).strip().rstrip(".").replace(" ", "").replace(",", ".")
    if not text:
        return ""
    parts = text.split(".")
    if len(parts) > 6 or not all(_SEGMENT.match(p) for p in parts):
        return str(raw).strip()
    out = []
    for part, width in zip(parts, WIDTHS, strict=False):
        if part[0] in "xX":
            out.append("X" * width)
        elif len(part) < width:
            out.append(part.zfill(width))
        else:
            out.append(part)
    return ".".join(out)


def join_parts(parts: list[object]) -> str:
    """A code split over columns (urusan | bidang | program | kegiatan | sub kegiatan) as one.

    The kegiatan part may hold `2.01` (with the level digit) and a part may
    already hold the whole code so far (`1.02` under Bidang): both are taken.
    """
    segments: list[str] = []
    for raw in parts:
        if raw is None:
            continue
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = str(raw).strip().rstrip(".")
        if not text or text in ("-", "0") and not segments:
            continue
        pieces = text.split(".")
        if segments and len(pieces) > 1 and ".".join(pieces[: len(segments)]).lower() == ".".join(
            segments
        ).lower():
            pieces = pieces[len(segments):]  # the cell repeats the code so far
        segments.extend(pieces)
    return normalise(".".join(segments))


def kind_of(code: str) -> str | None:
    """"urusan", "bidang", "program", "kegiatan" or "sub kegiatan" for a regular code, else None."""
    if not code:
        return None
    parts = code.split(".")
    if not all(_SEGMENT.match(p) for p in parts):
        return None
    return KIND_BY_SEGMENTS.get(len(parts))


def parent_code(code: str) -> str:
    """The code this one extends (kegiatan `1.02.02.2.01` -> program `1.02.02`)."""
    parts = code.split(".")
    if len(parts) == 5:
        return ".".join(parts[:3])
    return ".".join(parts[:-1])
