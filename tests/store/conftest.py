"""Plans for store tests: every field filled, odd values included, a dangling parent."""

from __future__ import annotations

import os

import pytest

from app.model.plan import Indicator, Node, Plan, ReviewNote
from tests.model.strategies import small_plan


def rich_plan() -> Plan:
    """The model's small plan plus the awkward cases a file must keep exactly."""
    plan = small_plan()
    plan.name = "RPD Kota Uji 2024–2026 \"baru\""
    first = plan.children(None)[0]
    plan.load_nodes(
        [
            Node(
                "K-1.02.02.2.01",
                "Kegiatan",
                "Tersedianya layanan 'kesehatan' ; dasar\nbaris dua",
                opds=("Dinas Kesehatan", "Bapperida"),
                position="Kepala Bidang P2P",
                code="1.02.02.2.01",
                notes="Keterangan ✓ ümlaut",
                parent=first,
                further_parents=("L1-1", "hilang"),
                indicators=(
                    Indicator(
                        "Cakupan imunisasi",
                        "output",
                        "%",
                        "turun",
                        "n/a",
                        {2024: 95.5, 2025: "naik bertahap", 2026: 3},
                        "definisi",
                        "a/b*100",
                        "Dinkes",
                    ),
                    Indicator("Kosong"),
                ),
                budget={2024: 1_500_000_000.0, 2025: 0.0},
                extra={"Kolom Lain": "isi", "Angka": "12"},
            ),
            # A node whose parent does not exist (a broken import): it must survive too.
            Node("yatim-1", "Program", "Simpul tanpa induk", parent="tidak-ada"),
            Node("yatim-2", "Program", "Saudara yatim", parent="tidak-ada"),
            Node("N-41", "Sasaran", "Kunci gaya editor", parent=first),
        ]
    )
    plan.reviews = {
        "R-1": ReviewNote("R-1", first, "Indikator belum terukur", "Tim Asistensi",
                          "2025-03-01T10:00:00", "open", ""),
        "R-2": ReviewNote("R-2", "yatim-1", "Induk hilang", "", "", "resolved", "Diperbaiki"),
    }
    return plan


@pytest.fixture
def plan() -> Plan:
    return rich_plan()


ADMIN_URL = os.environ.get("POKIN_TEST_PG_URL", "")


def fresh_database() -> tuple[str, object]:
    """A new empty database on the test server: (its URL, a function that drops it with the
    group roles a team plan made in it)."""
    from .team_helpers import fresh_team_db

    db = fresh_team_db(init=False)
    return db.url, db.drop


@pytest.fixture(params=["file", "server"])
def place(request, tmp_path):
    """Where a shared plan lives: a .pokin file, or a database on the test PostgreSQL server."""
    if request.param == "file":
        yield str(tmp_path / "bersama.pokin")
        return
    url, drop = fresh_database()
    try:
        yield url
    finally:
        drop()
