"""A plan and a revised copy touching every kind of change, for the export tests."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.model.commands import (
    AddNode,
    DeleteSubtree,
    MoveNode,
    SetField,
    SetPlanField,
    change_indicator,
)
from app.model.plan import Indicator, Node, Plan
from tests.revision_plans import DINKES, sample_plan


def revised_pair() -> tuple[Plan, Plan]:
    old = sample_plan()
    new = old.copy()
    new.execute(MoveNode("K-2", "P-2"))
    new.execute(DeleteSubtree("SK-4"))
    new.execute(SetField("SS-1", "statement", "Menurunnya prevalensi stunting < 12% & wasting"))
    new.execute(AddNode(Node("K-9", "Kegiatan", "Terlaksananya imunisasi dasar lengkap",
                             opds=(DINKES,), parent="P-1",
                             indicators=(Indicator("Cakupan imunisasi", "output", "%",
                                                   targets={2024: 80.5}),))))
    posyandu = new["K-1"].indicators[1]
    new.execute(change_indicator(new, "K-1", 1,
                                 posyandu.with_target(2025, 120).with_target(2026, 130)))
    new.execute(SetField("SK-1", "budget", {2024: 175e6, 2025: 160e6}))
    new.execute(SetPlanField("name", "RPD Kota Contoh 2024-2026 (final)"))
    return old, new


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with every run of white space made one space (cells wrap lines)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]
