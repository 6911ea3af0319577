"""Edit intents: one meaning for every gesture, whichever view it comes from."""

from __future__ import annotations

from app.model.commands import AddNode, AddSubtree, DeleteSubtree, MoveNode, SetField
from app.model.intents import (
    Clip,
    Refusal,
    after_delete,
    delete,
    link_to,
    move_among_siblings,
    move_to,
    new_child,
    new_sibling,
    paste_under,
    set_statement,
    unlink,
)
from app.model.plan import Node, Plan
from app.model.session import EditSession
from tests.model.strategies import small_plan

# small_plan: L0-0, L0-1 Tujuan; L1-* Sasaran under L0-0; L2-* Sasaran Strategis PD under L1-0
# (OPDs "Dinas Kesehatan" / "Dinas Sosial"); ... down to L5-* Sub Kegiatan under L4-0.


def test_a_child_is_one_level_down_with_the_parents_opds_only_at_opd_levels() -> None:
    plan = small_plan()
    under_sasaran = new_child(plan, "L1-0")
    assert isinstance(under_sasaran, AddNode)
    assert (under_sasaran.node.level, under_sasaran.node.parent) == ("Sasaran Strategis PD", "L1-0")
    under_program = new_child(plan, "L3-0")
    assert isinstance(under_program, AddNode)
    assert under_program.node.opds == plan["L3-0"].opds == ("Dinas Kesehatan",)


def test_a_sibling_at_a_pemda_level_takes_no_opds_even_from_a_node_that_has_some() -> None:
    plan = small_plan()
    plan["L1-0"].opds = ("Bapperida",)  # a Sasaran wrongly naming an OPD (a broken import)
    sibling = new_sibling(plan, "L1-0")
    assert isinstance(sibling, AddNode)
    assert sibling.node.opds == () and sibling.node.level == "Sasaran"
    assert sibling.index == plan.index_in_parent("L1-0") + 1


def test_the_lowest_level_and_an_unknown_level_are_refused_with_a_reason() -> None:
    plan = small_plan()
    lowest = new_child(plan, "L5-0")
    assert isinstance(lowest, Refusal) and "terendah" in lowest.message
    plan["L2-1"].level = "Misi"  # not in the scheme
    for refused in (new_child(plan, "L2-1"), new_sibling(plan, "L2-1")):
        assert isinstance(refused, Refusal) and "'Misi' tidak ada dalam skema" in refused.message


def test_nothing_selected_adds_only_to_an_empty_plan() -> None:
    assert isinstance(new_child(small_plan(), None), Refusal)
    first = new_child(Plan(), None)
    assert isinstance(first, AddNode) and first.node.level == "Tujuan" and first.node.parent is None


def test_paste_checks_levels_and_a_cut_branch_moves_instead_of_copying() -> None:
    plan = small_plan()
    wrong = paste_under(plan, Clip("L3-0"), "L4-1")  # a Program under a Kegiatan
    assert isinstance(wrong, Refusal) and "Program tidak dapat ditempel di bawah Kegiatan" in str(wrong)
    copy = paste_under(plan, Clip("L4-1"), "L3-1")
    assert isinstance(copy, AddSubtree) and copy.nodes[0].parent == "L3-1"
    assert copy.nodes[0].key != "L4-1"
    cut = paste_under(plan, Clip("L4-1", cut=True), "L3-1")
    assert isinstance(cut, MoveNode) and (cut.key, cut.parent) == ("L4-1", "L3-1")
    assert isinstance(paste_under(plan, None, "L3-1"), Refusal)
    on_top = paste_under(plan, Clip("L3-0"), None)
    assert isinstance(on_top, Refusal) and "Pilih simpul tempat" in str(on_top)


def test_a_move_below_its_own_branch_or_to_where_it_is_is_refused() -> None:
    plan = small_plan()
    assert isinstance(move_to(plan, "L2-0", "L4-0"), Refusal)  # into its own descendants
    assert isinstance(move_to(plan, "L4-0", "L3-0"), Refusal)  # already there
    assert isinstance(move_to(plan, "L4-0", "L3-1"), MoveNode)


def test_moving_among_siblings_stops_at_both_ends() -> None:
    plan = small_plan()
    first, second = plan.children("L4-0")
    down = move_among_siblings(plan, first, 1)
    assert isinstance(down, MoveNode) and down.index == 1
    EditSession(plan).push(down)
    assert plan.children("L4-0") == [second, first]
    assert "paling bawah" in str(move_among_siblings(plan, first, 1))
    assert "paling atas" in str(move_among_siblings(plan, second, -1))


def test_links_refuse_cycles_and_unlinks_need_a_link() -> None:
    plan = small_plan()
    cycle = link_to(plan, "L1-0", "L3-0")  # L3-0 is below L1-0
    assert isinstance(cycle, Refusal) and "siklus" in cycle.message
    link = link_to(plan, "L3-1", "L2-1")
    assert isinstance(link, SetField)
    EditSession(plan).push(link)
    assert isinstance(unlink(plan, "L3-1", "L2-1"), SetField)
    assert isinstance(unlink(plan, "L3-1", "L2-0"), Refusal)


def test_delete_and_what_is_selected_after_it() -> None:
    plan = small_plan()
    assert isinstance(delete(plan, "L5-0"), DeleteSubtree)
    assert isinstance(delete(plan, None), Refusal)
    assert after_delete(plan, "L5-0") == "L5-1"
    assert after_delete(plan, "L5-1") == "L5-0"
    plan.load_nodes([Node("only", "Sub Kegiatan", "x", parent="L4-1")])
    assert after_delete(plan, "only") == "L4-1"


def test_a_statement_left_as_it_was_is_no_edit() -> None:
    plan = small_plan()
    assert set_statement(plan, "L0-0", plan["L0-0"].statement) is None
    assert isinstance(set_statement(plan, "L0-0", "Menurunnya angka kemiskinan"), SetField)
