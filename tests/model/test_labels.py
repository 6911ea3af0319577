"""History labels name the node and the field an edit is about."""

from __future__ import annotations

from app.model.commands import AddNode, DeleteSubtree, MoveNode, SetField, change_indicator
from app.model.labels import describe
from app.model.plan import Node
from tests.model.strategies import small_plan


def test_each_kind_of_edit_names_what_it_is_about() -> None:
    plan = small_plan()
    plan["L3-0"].statement = "Meningkatnya cakupan upaya kesehatan perorangan dan masyarakat"
    edit = describe(plan, SetField("L3-0", "statement", "baru"))
    assert edit == "Ubah pernyataan kinerja · Meningkatnya cakupan upaya kesehatan…"
    ind = plan["L3-0"].indicators[0]
    assert describe(plan, change_indicator(plan, "L3-0", 0, ind.with_target(2025, 5))).startswith(
        "Ubah indikator · Meningkatnya cakupan")
    add = AddNode(Node("X", "Kegiatan", "", parent="L3-0"))
    assert describe(plan, add).startswith("Tambah Kegiatan · di bawah Meningkatnya cakupan")
    assert describe(plan, DeleteSubtree("L3-0")).endswith("(dan 4 turunan)")
    assert describe(plan, MoveNode("L4-1", "L3-1")).startswith("Pindah · Meningkatnya hal L4-1")
    assert describe(plan, MoveNode("L4-1", "L3-0", 0)).startswith("Urutkan ·")
