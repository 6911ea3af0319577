"""Level schemes: the named rows of a pohon kinerja, top to bottom.

A plan chooses its scheme (the PermenPANRB 89/2021 default, the "kertas kerja"
Tematik scheme, or its own). Checks, codes and colours all ask the scheme
rather than hard-coding level names, because cities differ.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_LEVELS = (
    "Tujuan",
    "Sasaran",
    "Sasaran Strategis PD",
    "Program",
    "Kegiatan",
    "Sub Kegiatan",
)
TEMATIK_LEVELS = (
    "Tematik",
    "Sub Tematik",
    "Strategic",
    "Tactical",
    "Operational",
    "Operational-N",
)

# Which nomenclature pattern a level carries. Matched by name first; schemes
# whose names say nothing fall back to the last three levels (program,
# kegiatan, sub kegiatan), which holds for both well-known schemes.
CODE_KINDS = ("program", "kegiatan", "sub kegiatan")
_CODE_KIND_BY_NAME = {
    "program": "program",
    "kegiatan": "kegiatan",
    "sub kegiatan": "sub kegiatan",
    "subkegiatan": "sub kegiatan",
    "sub-kegiatan": "sub kegiatan",
    "tactical": "program",
    "operational": "kegiatan",
    "operational-n": "sub kegiatan",
}


class SchemeError(ValueError):
    """A scheme text that cannot be a level scheme (empty, duplicate names)."""


@dataclass(frozen=True)
class LevelScheme:
    """Level names top to bottom and the index of the first level owned by an OPD."""

    names: tuple[str, ...] = DEFAULT_LEVELS
    first_opd: int = 2

    def __post_init__(self) -> None:
        if not self.names:
            raise SchemeError("Skema level kosong.")
        folded = [n.casefold() for n in self.names]
        if len(set(folded)) != len(folded):
            raise SchemeError("Skema level memuat nama level yang sama dua kali.")
        if not 0 <= self.first_opd < len(self.names):
            raise SchemeError("Level OPD pertama berada di luar skema.")

    @classmethod
    def default(cls) -> LevelScheme:
        return cls(DEFAULT_LEVELS, 2)

    @classmethod
    def tematik(cls) -> LevelScheme:
        return cls(TEMATIK_LEVELS, 2)

    @classmethod
    def parse(cls, text: str | None) -> LevelScheme:
        """Read the workbook's `Skema Level` cell: names separated by `;`, `*` marks the first OPD level."""
        if text is None or not str(text).strip():
            return cls.default()
        parts = [p.strip() for p in str(text).split(";")]
        parts = [p for p in parts if p]
        first_opd = None
        names: list[str] = []
        for i, part in enumerate(parts):
            if part.startswith("*"):
                part = part[1:].strip()
                if first_opd is None:
                    first_opd = i
            names.append(part)
        if first_opd is None:
            # No mark: the city levels are the top two when there are enough levels.
            first_opd = min(2, len(names) - 1)
        return cls(tuple(names), first_opd)

    def to_text(self) -> str:
        return ";".join(
            ("*" + n) if i == self.first_opd else n for i, n in enumerate(self.names)
        )

    # --- questions the rest of the app asks -------------------------------

    def __len__(self) -> int:
        return len(self.names)

    def index(self, level: str) -> int:
        """Depth of a level name (0 = top); -1 when the name is not in the scheme."""
        key = level.strip().casefold() if level else ""
        for i, n in enumerate(self.names):
            if n.casefold() == key:
                return i
        return -1

    def canonical(self, level: str) -> str | None:
        """The scheme's spelling of a level name matched case-insensitively."""
        i = self.index(level)
        return self.names[i] if i >= 0 else None

    def is_opd_level(self, level: str) -> bool:
        i = self.index(level)
        return i >= self.first_opd

    @property
    def lowest(self) -> str:
        return self.names[-1]

    def code_kind(self, level: str) -> str | None:
        """'program', 'kegiatan', 'sub kegiatan' or None for levels without a nomenclature pattern."""
        i = self.index(level)
        if i < 0:
            return None
        by_name = {
            i2: _CODE_KIND_BY_NAME.get(n.casefold()) for i2, n in enumerate(self.names)
        }
        if any(v is not None for v in by_name.values()):
            return by_name[i]
        from_bottom = len(self.names) - 1 - i
        if from_bottom < 3 and i >= self.first_opd:
            return CODE_KINDS[2 - from_bottom]
        return None

    def expected_jenis(self, level: str) -> set[str]:
        """Indicator types that fit a level.

        Only the two clear mismatches of the contract are excluded, so that plans
        with their own habits are not flooded: no output above the kegiatan level
        (outputs are what activities deliver) and no dampak below the city levels
        (impact belongs to the Kepala Daerah).
        """
        i = self.index(level)
        allowed = {"dampak", "outcome", "output"}
        if i < 0:
            return allowed
        if i < self.kegiatan_index:
            allowed.discard("output")
        if i >= self.first_opd:
            allowed.discard("dampak")
        return allowed

    @property
    def kegiatan_index(self) -> int:
        """Index of the level that holds kegiatan (the second lowest when names say nothing)."""
        for i in range(len(self.names)):
            if self.code_kind(self.names[i]) == "kegiatan":
                return i
        return max(0, len(self.names) - 2)
