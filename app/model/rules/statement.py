"""The activity-statement rule: a condition above the lowest level phrased as an activity.

PermenPANRB 89/2021 asks every node to state a condition to be achieved
("Meningkatnya ...", "Tersedianya ..."); evaluators mark statements that name
the work instead ("Penyusunan dokumen ..."). Only the lowest level (sub
kegiatan) is by nature an activity and is exempt.
"""

from __future__ import annotations

import re

from ..text import Msg
from .base import Context, Finding, finding

# The contract's list: words that name work being done, never a result.
CONTRACT_ACTIVITY_WORDS = (
    "penyusunan",
    "pelaksanaan",
    "penyelenggaraan",
    "fasilitasi",
    "koordinasi",
    "sosialisasi",
    "pengadaan",
    "pembangunan",
    "penyediaan",
    "pembinaan",
)

# Further clear activity nouns, each the name of a task, with the result form
# planners should use instead:
# - pengelolaan (managing)            -> "Terkelolanya ..."
# - pemeliharaan (maintaining)        -> "Terpeliharanya ..."
# - rehabilitasi (rehabilitating)     -> "Meningkatnya kondisi ..."
# - penataan (arranging)              -> "Tertatanya ..."
# - pengembangan (developing)         -> "Berkembangnya ..."
# - pendampingan (accompanying)       -> "Meningkatnya kemampuan ... yang didampingi"
# - pelatihan (training)              -> "Meningkatnya kompetensi ..."
# - monitoring, evaluasi, pemantauan  -> they describe checking work, not a condition
# - penyuluhan (extension talks)      -> "Meningkatnya pemahaman ..."
# - pemberian (handing out)           -> "Terpenuhinya ..."
# - bimtek (bimbingan teknis, a training event)
# Deliberately NOT listed: "peningkatan", "penurunan", "penguatan". They are
# nominalised changes of condition, the usual wording of RPJMD sasaran and
# widely accepted in evaluations; flagging them would bury real activity
# statements under hundreds of disputed warnings.
EXTRA_ACTIVITY_WORDS = (
    "pengelolaan",
    "pemeliharaan",
    "rehabilitasi",
    "penataan",
    "pengembangan",
    "pendampingan",
    "pelatihan",
    "monitoring",
    "evaluasi",
    "pemantauan",
    "penyuluhan",
    "pemberian",
    "bimtek",
)

ACTIVITY_WORDS = frozenset(CONTRACT_ACTIVITY_WORDS + EXTRA_ACTIVITY_WORDS)


_WORD = re.compile(r"[^\W\d_]+")


def first_word(statement: str) -> str:
    """The first run of letters, after any leading punctuation, digits or spaces."""
    match = _WORD.search(statement)
    return match.group() if match else ""


def is_activity(statement: str) -> bool:
    return first_word(statement).casefold() in ACTIVITY_WORDS


def check_statements(ctx: Context, out: list[Finding]) -> None:
    level = ctx.level
    lowest = ctx.lowest
    for key, node in ctx.nodes.items():
        if not 0 <= level[key] < lowest or not node.statement:
            continue
        word = first_word(node.statement)
        if word.casefold() in ACTIVITY_WORDS:
            out.append(
                finding(
                    "activity-statement",
                    key,
                    Msg('Pernyataan kinerja diawali kata kegiatan "{word}". Rumuskan sebagai '
                        'kondisi yang ingin dicapai, mis. "Meningkatnya ..." atau '
                        '"Tersedianya ...".', word=word),
                )
            )
