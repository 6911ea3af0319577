"""The canvas keeps its card heights in the plan file and starts from them at the next opening."""

from __future__ import annotations

from app.geometry.card import CardCache
from app.model.commands import SetField
from app.store import PlanFile
from app.ui.canvas import TreeView
from app.ui.document import Document
from tests.store.conftest import rich_plan


def _open_view(qtbot, path) -> TreeView:
    pf = PlanFile.open(path)
    view = TreeView(Document(pf.plan, pf))
    qtbot.addWidget(view, before_close_func=lambda w: w.deleteLater())
    return view


def test_heights_kept_on_closing_spare_measuring_next_time(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "rencana.pokin"
    PlanFile.create(path, rich_plan()).close()
    view = _open_view(qtbot, path)
    plan = view.plan
    with PlanFile.open(path, read_only=True) as reader:
        assert reader.card_heights("x") == {}
    key = plan.children(None)[0]
    view.document.push(SetField(key, "statement", "Meningkatnya kesejahteraan " * 8))
    view.document.close()  # the window closing the plan

    measured: list[str] = []
    real = CardCache.size

    def counting(self, k):
        if k not in self._sizes and k not in self._cards:
            measured.append(k)
        return real(self, k)

    monkeypatch.setattr(CardCache, "size", counting)
    again = _open_view(qtbot, path)
    assert measured == []  # every card's height came from the file
    shown = again.tree_scene.boxes[key]
    monkeypatch.undo()
    fresh = CardCache(again.plan, again.state.geometry.style)
    assert shown[3] == fresh.size(key)[1]  # and the edited card has its new height
    again.document.close()
