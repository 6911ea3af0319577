"""The canvas through real widgets and real input events (offscreen Qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from app.model.plan import Indicator, Node, Plan
from app.ui.canvas import TreeView
from app.ui.canvas.items import EdgeItem
from app.ui.document import Document

KES = "Dinas Kesehatan, PP dan KB"
SOS = "Dinas Sosial, P3A"


def _ind(name: str) -> tuple[Indicator, ...]:
    return (Indicator(name, "outcome", "%", "naik", 60.0, {2024: 62.0, 2025: 64.0, 2026: 66.0}),)


def make_plan() -> Plan:
    """Tujuan -> two Sasaran -> one Sasaran Strategis PD each -> Programs."""
    plan = Plan("RPD Kota Uji 2024-2026", "Kota Uji", "kota", "RPD", 2024, 2026)
    rows = [
        ("T1", "Tujuan", "Meningkatnya kesejahteraan masyarakat kota", (), None),
        ("S1", "Sasaran", "Meningkatnya derajat kesehatan masyarakat", (), "T1"),
        ("S2", "Sasaran", "Menurunnya angka kemiskinan", (), "T1"),
        ("P1", "Sasaran Strategis PD", "Meningkatnya mutu layanan kesehatan", (KES,), "S1"),
        ("P2", "Sasaran Strategis PD", "Meningkatnya perlindungan sosial", (SOS,), "S2"),
        ("PR1", "Program", "Meningkatnya cakupan upaya kesehatan", (KES,), "P1"),
        ("PR2", "Program", "Meningkatnya pemenuhan sumber daya kesehatan", (KES,), "P1"),
        ("PR3", "Program", "Meningkatnya rehabilitasi sosial", (SOS,), "P2"),
    ]
    plan.load_nodes(
        Node(k, lvl, st, opds=opds, parent=p, indicators=_ind(f"Persentase {k}"))
        for k, lvl, st, opds, p in rows
    )
    return plan


def make_view(qtbot) -> TreeView:
    """A real canvas on `make_plan()`, shown offscreen at 60 % around the first Sasaran."""
    v = TreeView(Document(make_plan()))
    qtbot.addWidget(v, before_close_func=lambda w: w.deleteLater())
    v.resize(1400, 900)
    v.show()
    qtbot.waitExposed(v)
    v.set_zoom(0.6)
    v.center_on("S1")
    return v


@pytest.fixture
def view(qtbot) -> TreeView:
    return make_view(qtbot)


def centre(view: TreeView, key: str) -> QPoint:
    rect = view.card_rect_in_view(key)
    assert rect is not None, f"{key} is not shown"
    return QPoint(round(rect.center().x()), round(rect.center().y() - rect.height() * 0.2))


def send_mouse(view: TreeView, kind: QEvent.Type, pos: QPoint, buttons, mods=Qt.KeyboardModifier.NoModifier):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    vp = view.viewport()
    event = QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), button, buttons, mods)
    QApplication.sendEvent(vp, event)


def drag(view: TreeView, src: str, dst: str, mods=Qt.KeyboardModifier.NoModifier) -> None:
    """A real press-move-release on the viewport, from one card to another."""
    a, b = centre(view, src), centre(view, dst)
    left = Qt.MouseButton.LeftButton
    send_mouse(view, QEvent.Type.MouseButtonPress, a, left, mods)
    for i in range(1, 6):
        p = a + (b - a) * (i / 5)
        send_mouse(view, QEvent.Type.MouseMove, p, left, mods)
    send_mouse(view, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton, mods)


def test_click_selects_and_signals(view, qtbot):
    with qtbot.waitSignal(view.editor.selection_changed) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, "P2"))
    assert blocker.args == ["P2", False, "canvas"]
    assert view.selected_key() == "P2"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 880))
    assert view.selected_key() == "P2"  # a click on empty space pans, it does not deselect


def test_arrow_keys_walk_parent_child_siblings_and_cousins(view, qtbot):
    view.select("T1")
    steps = [
        (Qt.Key.Key_Down, "S1"),
        (Qt.Key.Key_Right, "S2"),
        (Qt.Key.Key_Left, "S1"),
        (Qt.Key.Key_Down, "P1"),
        (Qt.Key.Key_Right, "P2"),  # a cousin: P1 has no sibling on its right
        (Qt.Key.Key_Up, "S2"),
        (Qt.Key.Key_Up, "T1"),
        (Qt.Key.Key_Up, "T1"),  # the top stays put
    ]
    for key, expected in steps:
        qtbot.keyClick(view, key)
        assert view.selected_key() == expected


def test_tab_adds_child_edits_in_place_and_undo_redo(view, qtbot):
    doc = view.document
    plan = doc.plan
    view.select("P1")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    new = view.selected_key()
    assert new not in {"P1", None}
    node = plan[new]
    assert (node.parent, node.level, node.opds, node.statement) == ("P1", "Program", (KES,), "")
    assert view.is_editing()
    editor = view._editor
    qtbot.keyClicks(editor, "Meningkatnya mutu gizi")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "balita")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert not view.is_editing()
    assert plan[new].statement == "Meningkatnya mutu gizi\nbalita"
    assert plan.children("P1")[-1] == new
    assert new in view.tree_scene.cards
    doc.undo()
    assert plan[new].statement == ""
    doc.undo()
    assert new not in plan and new not in view.tree_scene.cards
    doc.redo()
    doc.redo()
    assert plan[new].statement == "Meningkatnya mutu gizi\nbalita"
    assert new in view.tree_scene.cards


def test_escape_cancels_and_enter_adds_sibling(view, qtbot):
    plan = view.document.plan
    view.select("PR1")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view._editor, "teks yang dibatalkan")
    qtbot.keyClick(view._editor, Qt.Key.Key_Escape)
    assert plan["PR1"].statement == "Meningkatnya cakupan upaya kesehatan"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    new = view.selected_key()
    assert plan[new].parent == "P1" and plan[new].level == "Program"
    assert plan.children("P1").index(new) == plan.children("P1").index("PR1") + 1
    qtbot.keyClick(view._editor, Qt.Key.Key_Escape)


def test_tab_at_lowest_level_refuses_with_message(qtbot):
    plan = make_plan()
    plan.load_nodes([Node("K1", "Kegiatan", "Tersedianya obat", parent="PR1")])
    plan.load_nodes([Node("SK1", "Sub Kegiatan", "Tersedianya obat", parent="K1")])
    v = TreeView(Document(plan))
    qtbot.addWidget(v, before_close_func=lambda w: w.deleteLater())
    v.resize(800, 600)
    v.show()
    v.select("SK1")
    with qtbot.waitSignal(v.editor.status) as blocker:
        qtbot.keyClick(v, Qt.Key.Key_Tab)
    assert "terendah" in blocker.args[0]
    assert len(plan) == 10


def test_delete_asks_when_children_and_undo(view, qtbot):
    doc = view.document
    plan = doc.plan
    asked: list[str] = []
    view.editor.confirm = lambda _title, msg: asked.append(msg) or False
    view.select("S1")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked and "3 simpul turunan" in asked[0]
    assert "S1" in plan and len(plan) == 8
    view.editor.confirm = lambda _title, msg: True
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not {"S1", "P1", "PR1", "PR2"} & set(plan.nodes)
    assert not {"S1", "P1", "PR1", "PR2"} & set(view.tree_scene.cards)
    assert view.selected_key() == "S2"
    doc.undo()
    assert {"S1", "P1", "PR1", "PR2"} <= set(view.tree_scene.cards)
    # A leaf goes without a question.
    view.editor.confirm = lambda _title, msg: pytest.fail("asked for a leaf")
    view.select("PR3")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert "PR3" not in plan


def test_drag_reparents_and_undo(view, qtbot):
    doc = view.document
    plan = doc.plan
    drag(view, "PR3", "P1")
    assert plan["PR3"].parent == "P1"
    assert view.tree_scene.boxes["PR3"][1] > view.tree_scene.boxes["P1"][1]
    doc.undo()
    assert plan["PR3"].parent == "P2"


@pytest.mark.parametrize(
    ("src", "dst", "words"),
    [("S1", "PR1", "turunannya"), ("S2", "S1", "induk harus"), ("PR1", "PR3", "induk harus")],
)
def test_refused_drag_leaves_plan_unchanged(view, qtbot, src, dst, words):
    plan = view.document.plan
    before = plan.copy()
    with qtbot.waitSignal(view.editor.status) as blocker:
        drag(view, src, dst)
    assert words in blocker.args[0]
    assert plan == before
    assert view.document.session.position == 0


def test_alt_drag_adds_further_parent_drawn_dashed(view, qtbot):
    doc = view.document
    plan = doc.plan
    drag(view, "PR3", "P1", Qt.KeyboardModifier.AltModifier)
    assert plan["PR3"].further_parents == ("P1",)
    assert plan["PR3"].parent == "P2"
    link = view.tree_scene.links["PR3"]
    assert link.pen().style() == Qt.PenStyle.DashLine
    view.editor.unlink("PR3", "P1")
    assert plan["PR3"].further_parents == ()
    doc.undo()
    doc.undo()
    assert plan["PR3"].further_parents == ()
    assert "PR3" not in view.tree_scene.links


def test_copy_paste_subtree_and_undo(view, qtbot):
    doc = view.document
    plan = doc.plan
    view.select("P1")
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    view.select("P2")
    with qtbot.waitSignal(view.editor.status) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "tidak dapat ditempel" in blocker.args[0] and len(plan) == 8
    view.select("S2")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(plan) == 11
    top = view.selected_key()
    assert plan[top].parent == "S2" and plan[top].statement == plan["P1"].statement
    assert [plan[k].statement for k in plan.children(top)] == [
        plan["PR1"].statement,
        plan["PR2"].statement,
    ]
    assert set(plan.subtree(top)) <= set(view.tree_scene.cards)
    doc.undo()
    assert len(plan) == 8 and top not in view.tree_scene.cards


def test_collapse_by_key_and_by_clicking_the_toggle(view, qtbot):
    scene = view.tree_scene
    view.select("S1")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert not {"P1", "PR1", "PR2"} & set(scene.cards)
    assert view.state.hidden_count("S1") == 3
    card = scene.cards["S1"]
    toggle = card.mapToScene(card.toggle_rect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(toggle))
    assert {"P1", "PR1", "PR2"} <= set(scene.cards)
    # Selecting a hidden node reveals it.
    view.set_collapsed("S1", True)
    view.select("PR2")
    assert "PR2" in scene.cards and "S1" not in view.state.collapsed


def test_depth_keys_show_levels_down_to_n(view, qtbot):
    scene = view.tree_scene
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert set(scene.cards) == {"T1", "S1", "S2"}
    assert view.state.hidden_count("S1") == 3
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert set(scene.cards) == {"T1", "S1", "S2", "P1", "P2"}
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert len(scene.cards) == 8


def _pixel(view: TreeView, key: str) -> QColor:
    """Colour in the middle of a card's level strip, as painted."""
    img = view.render_frame()
    r = view.card_rect_in_view(key)
    return img.pixelColor(round(r.left() + r.width() * 0.3), round(r.top() + 4))


def test_opd_filter_dims_other_cards(view, qtbot):
    view.center_on("P1")
    before_p1, before_p2 = _pixel(view, "P1"), _pixel(view, "P2")
    view.set_opd_filter(KES)
    after_p1, after_p2 = _pixel(view, "P1"), _pixel(view, "P2")
    assert after_p1 == before_p1
    assert after_p2.lightness() > before_p2.lightness() + 60  # faded towards the background
    view.set_opd_filter(None)
    assert _pixel(view, "P2") == before_p2


def test_marks_are_drawn_with_a_text_tag(view, qtbot):
    view.center_on("P1")
    img0 = view.render_frame()
    view.set_marks({"P1": "added"})
    img1 = view.render_frame()
    r = view.card_rect_in_view("P1").toRect()
    changed = sum(
        img0.pixel(x, y) != img1.pixel(x, y)
        for x in range(r.left() - 8, r.right() + 8, 2)
        for y in range(r.top() - 8, r.bottom() + 8, 2)
    )
    assert changed > 100


def test_findings_badges_and_edges_never_hit(view, qtbot):
    doc = view.document
    doc.plan.load_nodes([])
    doc.recheck()
    assert view.state.errors or view.state.warnings
    edges = [i for i in view.tree_scene.items() if isinstance(i, EdgeItem)]
    assert edges and all(e.shape().isEmpty() for e in edges)


def test_statement_edit_of_same_size_moves_nothing(view, qtbot):
    doc = view.document
    scene = view.tree_scene
    items = dict(scene.cards)
    boxes = dict(scene.boxes)
    from app.model.commands import AddNode, SetField

    doc.push(SetField("PR3", "statement", "Meningkatnya rehabilitasi sosiaL"))
    assert scene.boxes == boxes
    doc.push(AddNode(Node("PR9", "Program", "Baru", opds=(KES,), parent="P1")))
    assert all(scene.cards[k] is items[k] for k in items)  # items kept, not rebuilt
    assert "PR9" in scene.cards


def test_wheel_scrolls_ctrl_wheel_zooms_around_cursor_and_drag_pans(view, qtbot):
    from PySide6.QtGui import QWheelEvent

    vp = view.viewport()
    pos = centre(view, "P1")

    def wheel(mods: Qt.KeyboardModifier) -> None:
        QApplication.sendEvent(vp, QWheelEvent(
            QPointF(pos), QPointF(vp.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 240),
            Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False))

    z0, v0 = view.zoom_factor(), view.verticalScrollBar().value()
    wheel(Qt.KeyboardModifier.NoModifier)  # as in other diagram tools: the wheel scrolls
    assert view.zoom_factor() == z0 and view.verticalScrollBar().value() < v0
    view.verticalScrollBar().setValue(v0)
    scene_pt = view.mapToScene(pos)
    wheel(Qt.KeyboardModifier.ControlModifier)  # and Ctrl+wheel zooms, around the cursor
    assert view.zoom_factor() > z0 * 1.3
    after = view.mapFromScene(scene_pt)
    assert abs(after.x() - pos.x()) <= 2 and abs(after.y() - pos.y()) <= 2
    h0 = view.horizontalScrollBar().value()
    empty = QPoint(20, 860)
    left = Qt.MouseButton.LeftButton
    send_mouse(view, QEvent.Type.MouseButtonPress, empty, left)
    send_mouse(view, QEvent.Type.MouseMove, empty + QPoint(120, 0), left)
    send_mouse(view, QEvent.Type.MouseButtonRelease, empty + QPoint(120, 0), Qt.MouseButton.NoButton)
    assert view.horizontalScrollBar().value() == h0 - 120
    view.wheel_zooms = True  # the setting for those used to the other way
    z1 = view.zoom_factor()
    wheel(Qt.KeyboardModifier.NoModifier)
    assert view.zoom_factor() > z1 * 1.3


def test_zoom_keys_fit_and_minimap_click(view, qtbot):
    z = view.zoom_factor()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() == pytest.approx(z * 1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() == pytest.approx(z)
    qtbot.keyClick(view, Qt.Key.Key_F)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for b in view.tree_scene.boxes.values():
        assert visible.contains(b[0], b[1]) and visible.contains(b[0] + b[2], b[1] + b[3])
    view.set_zoom(1.0)
    mm = view.minimap
    before = view.mapToScene(view.viewport().rect().center())
    qtbot.mouseClick(mm, Qt.MouseButton.LeftButton, pos=QPoint(mm.width() - 12, mm.height() // 2))
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() > before.x() + 100


def test_focus_root_shows_subtree_with_breadcrumb(view, qtbot):
    view.set_focus_root("S2")
    assert set(view.tree_scene.cards) == {"S2", "P2", "PR3"}
    assert view.breadcrumb.isVisible() and "Tujuan" in view.breadcrumb.text()
    view.set_focus_root(None)
    assert len(view.tree_scene.cards) == 8 and not view.breadcrumb.isVisible()


class _ReadOnlyFile:
    """A stand-in plan file opened read-only (a snapshot): the document refuses edits."""

    read_only = True

    def close(self) -> None:
        pass


def test_read_only_plan_asks_elsewhere_instead_of_editing(qtbot):
    doc = Document(make_plan(), _ReadOnlyFile())
    v = TreeView(doc)
    qtbot.addWidget(v, before_close_func=lambda w: w.deleteLater())
    v.resize(1000, 700)
    v.show()
    v.select("S1")
    with qtbot.waitSignal(v.edit_elsewhere) as blocker:
        qtbot.keyClick(v, Qt.Key.Key_F2)
    assert blocker.args == ["S1"] and not v.is_editing()


def test_link_picked_by_clicking_after_the_menu_item(view, qtbot):
    plan = view.document.plan
    view.start_link("PR1")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, "P2"))
    assert plan["PR1"].further_parents == ("P2",)
    # A link that would close a cycle is refused with a message.
    view.start_link("S1")
    with qtbot.waitSignal(view.editor.status) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, "PR1"))
    assert "siklus" in blocker.args[0] and plan["S1"].further_parents == ()


def test_empty_plan_tab_adds_a_top_node(qtbot):
    plan = Plan("Rencana Baru", "Kota Uji")
    v = TreeView(Document(plan))
    qtbot.addWidget(v, before_close_func=lambda w: w.deleteLater())
    v.resize(900, 600)
    v.show()
    v.render_frame()  # an empty plan paints without error
    qtbot.keyClick(v, Qt.Key.Key_Tab)
    (key,) = plan.nodes
    assert plan[key].level == "Tujuan" and plan[key].parent is None
    assert v.is_editing() and v.selected_key() == key


def test_scheme_change_redraws_and_relabels_the_legend(view, qtbot):
    from app.model.commands import SetPlanField
    from app.model.levels import LevelScheme

    names = ("Tujuan", "Sasaran", "Sasaran Strategis PD", "Program", "Kegiatan", "Sub Kegiatan",
             "Rincian")
    view.document.push(SetPlanField("scheme", LevelScheme(names, 2)))
    assert [n for n, _ in view.legend.levels] == list(names)
    assert len(view.tree_scene.cards) == 8
    view.document.undo()
    assert len(view.legend.levels) == 6


def _cards_match_layout(view: TreeView) -> None:
    """Every drawn node has its card where the layout put it, and no other card is left."""
    scene = view.tree_scene
    scene.flush()
    assert set(scene.cards) == set(scene.boxes)
    for key, (x, y, w, h) in scene.boxes.items():
        item = scene.cards[key]
        assert (item.pos().x(), item.pos().y(), item.w, item.h) == (x, y, w, h), key


def _overview_matches_layout(view: TreeView) -> None:
    """The overview's colour groups hold each drawn box once, in its level's colour."""
    ov = view.tree_scene.overview
    groups, dim = ov._grouped_boxes()
    drawn = sorted(b for _, bs in groups for b in bs) + sorted(dim)
    assert sorted(drawn) == sorted(view.tree_scene.boxes.values())
    geo = view.state.geometry
    for name, bs in groups:
        keys = [k for k, b in view.tree_scene.boxes.items() if b in bs]
        assert all(geo.colour(k) == name for k in keys)


def test_edits_made_far_out_show_in_the_overview_and_cards_catch_up(view, qtbot):
    from app.model.commands import AddNode, DeleteSubtree, MoveNode, SetField

    scene = view.tree_scene
    view.set_zoom(0.05)
    assert not scene.detailed
    view.render_frame()
    doc = view.document
    doc.push(AddNode(Node("PR4", "Program", "Meningkatnya layanan baru", parent="P2")))
    doc.push(AddNode(Node("K1", "Kegiatan", "Penyediaan layanan", parent="PR4")))
    doc.push(MoveNode("PR2", "P2"))
    doc.push(DeleteSubtree("PR3"))
    doc.push(SetField("PR1", "level", "Kegiatan"))
    img = view.render_frame()
    _overview_matches_layout(view)
    assert "PR3" not in scene.boxes and {"PR4", "K1"} <= set(scene.boxes)
    # Something is painted where the new Kegiatan is (the overview, not a card).
    assert img.width() > 0
    view.set_zoom(0.6)
    assert scene.detailed
    _cards_match_layout(view)
    # Undone far out again, then back in.
    view.set_zoom(0.05)
    while doc.session.can_undo():
        doc.undo()
    view.render_frame()
    _overview_matches_layout(view)
    view.set_zoom(0.6)
    _cards_match_layout(view)
    assert "PR3" in scene.cards and "PR4" not in scene.cards


def test_a_dragged_card_follows_the_pointer_faintly_until_dropped(view, qtbot, screenshots):
    from app.ui.canvas.ghost import DragGhost

    def ghosts() -> list[DragGhost]:
        return [i for i in view.tree_scene.items() if isinstance(i, DragGhost)]

    a, b = centre(view, "PR3"), centre(view, "P1")
    left = Qt.MouseButton.LeftButton
    send_mouse(view, QEvent.Type.MouseButtonPress, a, left)
    assert ghosts() == []  # a click is not a drag
    mid = a + (b - a) * 0.5
    send_mouse(view, QEvent.Type.MouseMove, mid, left)
    (ghost,) = ghosts()
    assert ghost.key == "PR3"
    # The point the card was taken by stays under the pointer.
    taken = view.mapToScene(a)
    box = view.tree_scene.boxes["PR3"]
    held = ghost.pos() + QPointF(taken.x() - box[0], taken.y() - box[1])
    assert (held - view.mapToScene(mid)).manhattanLength() < 1.0
    assert view.card_rect_in_view("PR3") is not None  # the card itself stays until dropped
    view.render_image(screenshots / "canvas-drag.png")
    send_mouse(view, QEvent.Type.MouseMove, b, left)
    send_mouse(view, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)
    assert ghosts() == []
    assert view.plan["PR3"].parent == "P1"


def test_a_linked_node_deleted_and_restored_gets_its_dashed_link_back(view, qtbot):
    from app.model.commands import DeleteSubtree

    doc = view.document
    drag(view, "PR3", "P1", Qt.KeyboardModifier.AltModifier)
    assert "PR3" in view.tree_scene.links
    doc.push(DeleteSubtree("PR3"))
    assert "PR3" not in view.tree_scene.links
    doc.undo()  # the node comes back with its link
    assert view.plan["PR3"].further_parents == ("P1",)
    assert "PR3" in view.tree_scene.links
