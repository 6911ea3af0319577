"""Rules on nomenclature codes: code-format and code-mismatch (Permendagri 90/2019).

Program `U.BB.PP`, kegiatan `U.BB.PP.L.KK`, sub kegiatan `U.BB.PP.L.KK.SSSS`,
where U is an urusan 1-8 or X and BB a bidang or XX ("any bidang", used by the
Program Penunjang X.XX.01). L is the level of government: 1 provinsi, 2
kabupaten/kota. Which pattern applies is the scheme's `code_kind` of the level;
levels without one accept any code. An empty code is never a finding: many
trees carry codes only where the budget needs them.
"""

from __future__ import annotations

import re

from ..text import Msg
from .base import Context, Finding, finding

_HEAD = r"(?:[1-8]|X)\.(?:\d{2}|XX)\.(\d{2})"
PATTERNS: dict[str, re.Pattern[str]] = {
    "program": re.compile(rf"{_HEAD}", re.IGNORECASE),
    "kegiatan": re.compile(rf"{_HEAD}\.(\d)\.\d{{2}}", re.IGNORECASE),
    "sub kegiatan": re.compile(rf"{_HEAD}\.(\d)\.\d{{2}}\.\d{{4}}", re.IGNORECASE),
}
SHAPES = {
    "program": ("U.BB.PP", "1.02.02"),
    "kegiatan": ("U.BB.PP.L.KK", "1.02.02.{L}.01"),
    "sub kegiatan": ("U.BB.PP.L.KK.SSSS", "1.02.02.{L}.01.0001"),
}
GOVERNMENT_DIGIT = {"kota": "2", "kabupaten": "2", "provinsi": "1"}
# Any dotted code of digits and X: what a code on a level without a pattern must
# look like to count as a nomenclature ancestor ("S1" or "SS-01" do not).
_NOMENCLATURE = re.compile(r"[\dX]+(?:\.[\dX]+)*", re.IGNORECASE)

OK, BAD_PATTERN, BAD_GOVERNMENT = "ok", "pattern", "government"


def normalise_code(code: str) -> str:
    return code.strip().upper()


def code_status(code: str, kind: str | None, tingkat: str) -> str:
    """OK, BAD_PATTERN or BAD_GOVERNMENT (the L digit does not fit the plan's tingkat)."""
    if kind is None:
        return OK
    match = PATTERNS[kind].fullmatch(code)
    if match is None:
        return BAD_PATTERN
    if kind != "program":
        expected = GOVERNMENT_DIGIT.get((tingkat or "").strip().casefold())
        if expected is not None and match.group(2) != expected:
            return BAD_GOVERNMENT
    return OK


def program_number(code: str) -> str | None:
    """The PP part of a well-formed program code, else None."""
    match = PATTERNS["program"].fullmatch(code.strip())
    return match.group(1) if match else None


def extends(code: str, ancestor: str) -> bool:
    """Whether `code` continues `ancestor` segment by segment, X matching any digit."""
    if code.startswith(ancestor) and code[len(ancestor) : len(ancestor) + 1] == ".":
        return True
    if "X" not in code and "X" not in ancestor:
        return False
    mine, theirs = code.split("."), ancestor.split(".")
    if len(mine) <= len(theirs):
        return False
    for a, b in zip(mine, theirs, strict=False):
        if len(a) != len(b):
            return False
        if a != b and any(x != y and x != "X" and y != "X" for x, y in zip(a, b, strict=True)):
            return False
    return True


NodeCodes = dict[str, tuple[str, str | None, str]]


def node_codes(ctx: Context) -> NodeCodes:
    """Key -> (normalised code, the code kind of its level or None, code_status) for every
    node with a code, worked out once per check run: code-format, code-mismatch and
    code-unknown all ask."""
    found = ctx.shared.get("codes")
    if found is not None:
        return found  # type: ignore[return-value]
    tingkat = ctx.plan.tingkat
    code_kind = ctx.scheme.code_kind
    kinds: dict[str, str | None] = {}
    coded: NodeCodes = {}
    for key, node in ctx.nodes.items():
        raw = node.code
        if not raw:
            continue
        code = raw.strip().upper()
        if not code:
            continue
        try:
            kind = kinds[node.level]
        except KeyError:
            kind = kinds[node.level] = code_kind(node.level)
        if kind is None:
            # Any code is accepted here, but only a nomenclature-like one is a
            # sound base for comparing its descendants' codes.
            coded[key] = (code, None, OK if _NOMENCLATURE.fullmatch(code) else BAD_PATTERN)
        else:
            coded[key] = (code, kind, code_status(code, kind, tingkat))
    ctx.shared["codes"] = coded
    return coded


def check_codes(ctx: Context, out: list[Finding]) -> None:
    nodes = ctx.nodes
    tingkat = ctx.plan.tingkat
    coded = node_codes(ctx)
    for key, (_code, kind, status) in coded.items():
        if status != OK and kind is not None:
            out.append(finding("code-format", key,
                               _format_message(nodes[key].code, kind, tingkat, status)))
    for key, (code, _kind, status) in coded.items():
        if status != OK:
            continue
        ancestor = _nearest_coded(nodes, coded, key)
        if ancestor is None:
            continue
        theirs, _their_kind, their_status = coded[ancestor]
        if their_status == OK and not extends(code, theirs):
            out.append(
                finding(
                    "code-mismatch",
                    key,
                    Msg('Kode "{code}" tidak melanjutkan kode induknya "{theirs}". Gunakan kode '
                        'yang diawali "{theirs}." atau pindahkan simpul ke induk yang sesuai.',
                        code=nodes[key].code.strip(), theirs=theirs),
                )
            )


def _nearest_coded(nodes: dict, coded: dict, key: str) -> str | None:
    """The closest main ancestor with a code (safe on cycles and missing parents)."""
    parent = nodes[key].parent
    if parent in coded:  # the usual case: the direct parent
        return parent if parent != key else None
    seen = {key}
    while parent and parent in nodes and parent not in seen:
        if parent in coded:
            return parent
        seen.add(parent)
        parent = nodes[parent].parent
    return None


def _format_message(code: str, kind: str, tingkat: str, status: str) -> str:
    tingkat = (tingkat or "").strip().casefold()
    digit = GOVERNMENT_DIGIT.get(tingkat, "2")
    shape, example = SHAPES[kind]
    example = example.replace("{L}", digit)
    if status == BAD_GOVERNMENT:
        used = code.strip().split(".")[3]
        return Msg('Kode "{code}" memakai angka tingkat pemerintahan {used} (bagian L), padahal '
                   "rencana tingkat {tingkat} memakai {digit}. Ganti bagian L menjadi {digit}, "
                   "mis. {example}.", code=code.strip(), used=used, tingkat=tingkat,
                   digit=digit, example=example)
    return Msg('Kode "{code}" tidak sesuai pola kode {kind} {shape}. Perbaiki kode sesuai '
               "nomenklatur Permendagri 90/2019, mis. {example}.", code=code.strip(), kind=kind,
               shape=shape, example=example)
