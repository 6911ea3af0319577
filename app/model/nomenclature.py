"""The national nomenclature (Kepmendagri 050-5889/2021 as updated): codes, official names, standard indicators.

Pure Python and lazy: the bundled list (`resources/nomenclature/`) is read the
first time something asks, in a few milliseconds, and kept. A city with a
newer decree loads its own list for one plan: a CSV of the same columns kept
beside the plan file as `NAME.nomenklatur.csv` (see `attach_for_file`). Which
list a plan uses is kept here by the plan object's identity, so that the
model's `Plan` needs no field for it and the validator, the inspector and the
batch filler all ask `for_plan(plan)`.

Codes compare upper-cased; the support program a plan writes with its own
bidang (`1.02.01...`) is found as `X.XX.01...`, where the decree lists it once.
Names compare without case, spacing or trailing punctuation, since plans
write `PROGRAM PEMENUHAN ...` for `Program Pemenuhan ...`.
"""

from __future__ import annotations

import csv
import os
import re
import weakref
from dataclasses import dataclass
from pathlib import Path

BUNDLED = Path(__file__).resolve().parents[2] / "resources" / "nomenclature" / "nomenklatur-kabkota.csv"
COLUMNS = ("kode", "jenis", "nomenklatur", "kinerja", "indikator", "satuan")
_SUPPORT = re.compile(r"^([1-8X])\.(\d{2}|XX)\.01(\..*)?$", re.IGNORECASE)
_VERSION_LINE = re.compile(r"^\s*#\s*versi\s*:\s*(.+?)\s*$", re.IGNORECASE)
_WORD = re.compile(r"[\w/-]+")


class NomenclatureError(ValueError):
    """A list that cannot be used (message in Indonesian, naming the file)."""


@dataclass(frozen=True)
class Entry:
    code: str
    kind: str  # urusan | bidang | program | kegiatan | sub kegiatan
    name: str
    kinerja: str = ""
    indikator: str = ""
    satuan: str = ""


def fold_name(text: str) -> str:
    """How names compare: case, runs of spaces and trailing punctuation ignored."""
    return " ".join(_WORD.findall(text.casefold()))


def support_form(code: str) -> str | None:
    """`1.02.01.2.01` -> `X.XX.01.2.01` (the support program's listed form); None for other codes."""
    m = _SUPPORT.match(code)
    if not m:
        return None
    return "X.XX.01" + (m.group(3) or "")


class Nomenclature:
    """One list: lookups by code, by name and by words."""

    def __init__(self, entries: list[Entry], version: str, source: str = "") -> None:
        self.version = version
        self.source = source
        self.entries = entries
        self._by_code = {e.code.upper(): e for e in entries}
        self._by_name: dict[tuple[str, str], list[Entry]] | None = None
        self._folded: list[tuple[str, Entry]] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, path: str | os.PathLike[str], version: str | None = None) -> Nomenclature:
        """A list from a CSV of the bundled columns; `NomenclatureError` when it is not one."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise NomenclatureError(f"Daftar nomenklatur {p.name} tidak dapat dibaca: {exc}") from exc
        lines = text.splitlines()
        if lines and (m := _VERSION_LINE.match(lines[0])):
            version = version or m.group(1)
            lines = lines[1:]
        reader = csv.DictReader(lines)
        missing = [c for c in COLUMNS[:3] if c not in (reader.fieldnames or [])]
        if missing:
            raise NomenclatureError(
                f"Daftar nomenklatur {p.name}: kolom {', '.join(missing)} tidak ada "
                f"(kolom yang diperlukan: {', '.join(COLUMNS)})"
            )
        entries = []
        for row in reader:
            code = (row.get("kode") or "").strip()
            if code:
                entries.append(Entry(code, (row.get("jenis") or "").strip().casefold(),
                                     (row.get("nomenklatur") or "").strip(),
                                     (row.get("kinerja") or "").strip(),
                                     (row.get("indikator") or "").strip(),
                                     (row.get("satuan") or "").strip()))
        if not entries:
            raise NomenclatureError(f"Daftar nomenklatur {p.name} kosong.")
        return cls(entries, version or p.stem, str(p))

    # --- lookups --------------------------------------------------------------------

    def lookup(self, code: str) -> Entry | None:
        """The entry for `code`, the support program's `X.XX.01...` form included."""
        key = code.strip().upper()
        found = self._by_code.get(key)
        if found is None:
            alt = support_form(key)
            if alt is not None:
                found = self._by_code.get(alt)
        return found

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.lookup(code) is not None

    def by_name(self, name: str, kind: str) -> list[Entry]:
        """Entries of `kind` whose official name is `name` (case and spacing ignored)."""
        if self._by_name is None:
            index: dict[tuple[str, str], list[Entry]] = {}
            for e in self.entries:
                index.setdefault((e.kind, fold_name(e.name)), []).append(e)
            self._by_name = index
        folded = fold_name(name)
        if kind == "program" and not folded.startswith("program "):
            folded = "program " + folded
        return self._by_name.get((kind, folded), [])

    def search(self, text: str, limit: int = 30, kind: str | None = None) -> list[Entry]:
        """Entries whose code starts with `text`, or whose name holds every word of it."""
        text = text.strip()
        if not text:
            return []
        if re.fullmatch(r"[\dxX.]+", text):
            key = text.upper()
            alt = support_form(key) or key
            hits = [e for e in self.entries
                    if (e.code.startswith(key) or e.code.startswith(alt)) and (kind is None or e.kind == kind)]
            return hits[:limit]
        if self._folded is None:
            self._folded = [(fold_name(f"{e.name} {e.kinerja} {e.indikator}"), e) for e in self.entries]
        words = fold_name(text).split()
        scored = []
        for folded, e in self._folded:
            if (kind is None or e.kind == kind) and all(w in folded for w in words):
                name = fold_name(e.name)
                score = (0 if name.startswith(words[0]) else 1, 0 if all(w in name for w in words) else 1,
                         len(name))
                scored.append((score, e.code, e))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [e for _, _, e in scored[:limit]]


def localise(code: str, like: str) -> str:
    """The support program's listed code written with the bidang of `like` (`X.XX.01.2.01`, `1.02.01` -> `1.02.01.2.01`)."""
    if code.upper().startswith("X.XX.") and re.match(r"^[1-8]\.\d{2}\.", like):
        return like[:4] + code[4:]
    return code


# --- which list a plan uses ---------------------------------------------------------

_bundled: Nomenclature | None = None
_chosen: dict[int, Nomenclature] = {}


def bundled() -> Nomenclature:
    global _bundled
    if _bundled is None:
        version = "Kepmendagri 050-5889/2021, pemutakhiran 2023"
        readme = BUNDLED.with_name("README.md")
        try:
            for line in readme.read_text(encoding="utf-8").splitlines():
                if line.startswith("VERSION:"):
                    version = line.split(":", 1)[1].strip()
        except OSError:
            pass
        _bundled = Nomenclature.load(BUNDLED, version)
    return _bundled


def for_plan(plan: object) -> Nomenclature:
    """The list `plan` uses: the one chosen for it, else the bundled one."""
    return _chosen.get(id(plan)) or bundled()


def use_for_plan(plan: object, nomenclature: Nomenclature | None) -> None:
    """Choose the list for `plan` (None: back to the bundled list), for as long as `plan` lives."""
    key = id(plan)
    if nomenclature is None:
        _chosen.pop(key, None)
        return
    if key not in _chosen:
        weakref.finalize(plan, _chosen.pop, key, None)
    _chosen[key] = nomenclature


def sidecar(plan_path: str | os.PathLike[str]) -> Path:
    """Where a plan file's own list is kept: `NAME.nomenklatur.csv` beside `NAME.pokin`."""
    p = Path(plan_path)
    return p.with_name(f"{p.stem}.nomenklatur.csv")


def attach_for_file(plan: object, plan_path: str | os.PathLike[str]) -> Nomenclature | None:
    """Use the plan file's own list when one lies beside it; returns it (or None)."""
    path = sidecar(plan_path)
    if not path.is_file():
        return None
    chosen = Nomenclature.load(path)
    use_for_plan(plan, chosen)
    return chosen
