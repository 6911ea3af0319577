"""Card heights kept in the plan file: reused only for nodes unchanged since, never wrong."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.geometry.card import CardCache, CardStyle, height_signature
from app.model.commands import SetField
from app.model.plan import Indicator, ModelError
from app.model.session import EditSession
from app.store import PlanFile
from tests.model.strategies import edit

from .conftest import rich_plan

STYLE = CardStyle()


def _measured(plan) -> dict[str, float]:
    cards = CardCache(plan, STYLE)
    cards.sizes_of(plan.nodes)
    return cards.heights()


def _signature(plan) -> str:
    return height_signature(STYLE, plan.years)


def test_heights_kept_at_close_are_taken_at_the_next_opening(tmp_path):
    path = tmp_path / "rencana.pokin"
    pf = PlanFile.create(path, rich_plan())
    heights = _measured(pf.plan)
    assert pf.save_card_heights(_signature(pf.plan), heights)
    pf.close()
    with PlanFile.open(path) as again:
        assert again.card_heights(_signature(again.plan)) == heights
        # Another style, another period or other fonts: nothing is taken.
        assert again.card_heights(height_signature(CardStyle(width=300), again.plan.years)) == {}
        assert again.card_heights(height_signature(STYLE, range(2020, 2022))) == {}
    with PlanFile.open(path, read_only=True) as reader:
        assert reader.card_heights(_signature(reader.plan)) == {}  # a reader never needs them


LONG = "Meningkatnya " + "cakupan layanan kesehatan dasar yang bermutu " * 6
CHANGES = {
    "statement": LONG,
    "opds": ("Dinas Kesehatan", "Bapperida", "Dinas Sosial", "Dinas Pendidikan dan Kebudayaan",
             "Dinas Pekerjaan Umum dan Penataan Ruang"),
    "indicators": (Indicator("Persentase balita gizi baik", "outcome", "%", "naik", 80,
                             {2024: 81, 2025: 82.5, 2026: 84}),) * 3,
}


@pytest.mark.parametrize("field", sorted(CHANGES))
def test_a_node_changed_after_keeping_is_measured_again(tmp_path, field):
    path = tmp_path / "rencana.pokin"
    pf = PlanFile.create(path, rich_plan())
    key = "K-1.02.02.2.01"
    before = _measured(pf.plan)
    assert pf.save_card_heights(_signature(pf.plan), before)
    EditSession(pf.plan, pf).push(SetField(key, field, CHANGES[field]))
    assert _measured(pf.plan)[key] != before[key]  # the change does move the card's height
    pf.close()
    # Changed without keeping again (a crash, or another program): its old height is not taken.
    with PlanFile.open(path) as again:
        kept = again.card_heights(_signature(again.plan))
        assert key not in kept and len(kept) == len(again.plan) - 1
        assert kept == {k: h for k, h in _measured(again.plan).items() if k != key}


def test_an_unreadable_cache_is_no_cache(tmp_path):
    path = tmp_path / "rencana.pokin"
    pf = PlanFile.create(path, rich_plan())
    assert pf.save_card_heights(_signature(pf.plan), _measured(pf.plan))
    pf.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '{\"signature\": 5, \"cards\": 3' WHERE key = 'card_heights'")
    con.commit()
    con.close()
    with PlanFile.open(path) as again:
        assert again.card_heights(_signature(again.plan)) == {}


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data())
def test_kept_heights_equal_measured_ones_after_random_edits(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("heights") / "rencana.pokin"
    pf = PlanFile.create(path, rich_plan())
    history = EditSession(pf.plan, pf)
    for _ in range(data.draw(st.integers(0, 12))):
        if data.draw(st.booleans()):  # kept mid-way, as the editor does a moment after opening
            pf.save_card_heights(_signature(pf.plan), _measured(pf.plan))
        command = data.draw(edit(pf.plan))
        if command is not None:
            try:
                history.push(command)
            except ModelError:
                pass
        if data.draw(st.booleans()) and pf.plan.nodes:  # an indicator's target, a value printed
            key = data.draw(st.sampled_from(sorted(pf.plan.nodes)))
            ind = Indicator("Persentase capaian", "outcome", "%", "naik", 1,
                            {pf.plan.start_year: data.draw(st.sampled_from([1, 2.5, "naik"]))})
            history.push(SetField(key, "indicators", (ind,)))
    saved_at_end = data.draw(st.booleans())
    if saved_at_end:  # as when the window closes the plan
        pf.save_card_heights(_signature(pf.plan), _measured(pf.plan))
    pf.close()
    with PlanFile.open(path) as again:
        kept = again.card_heights(_signature(again.plan))
        measured = _measured(again.plan)
        assert all(measured[k] == h for k, h in kept.items())  # never a wrong height
        if saved_at_end:  # and nothing unchanged since is measured again
            assert set(kept) == set(again.plan.nodes)
