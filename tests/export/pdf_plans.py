"""Plans for the tree PDF tests: a seeded random plan in the default scheme, with OPDs,
codes, indicators, further parents and a statement with markup characters."""

from __future__ import annotations

import random

from app.model.levels import DEFAULT_LEVELS
from app.model.plan import Indicator, Node, Plan

OPDS = ("Dinas Kesehatan", "Dinas Sosial", "Dinas Pendidikan dan Kebudayaan",
        "Dinas Pekerjaan Umum dan Penataan Ruang", "Bapperida")
VERBS = ("Meningkatnya", "Menurunnya", "Terwujudnya", "Tersedianya", "Terpenuhinya")
TOPICS = ("cakupan layanan kesehatan dasar", "angka putus sekolah", "kualitas jalan kota",
          "perlindungan sosial keluarga miskin", "tata kelola perencanaan daerah",
          "akses air minum layak", "prevalensi stunting balita", "mutu pendidikan dasar")
MARKUP = "Menurunnya prevalensi stunting < 12% & wasting <b>balita</b>"


def tree_plan(seed: int = 1, sasaran: int = 3, fan: tuple[int, int] = (1, 3),
              further: int = 4) -> Plan:
    """Tujuan -> Sasaran -> SS PD -> Program -> Kegiatan -> Sub Kegiatan, random fan-out."""
    rng = random.Random(seed)
    plan = Plan("RPD Kota Uji 2024-2026", "Kota Uji", start_year=2024, end_year=2026)
    nodes: list[Node] = []
    counter = [0]

    def add(level: int, parent: str | None, opd: tuple[str, ...]) -> str:
        counter[0] += 1
        key = f"N{counter[0]}"
        statement = f"{rng.choice(VERBS)} {rng.choice(TOPICS)} nomor {counter[0]}"
        if counter[0] == 7:
            statement = MARKUP
        base = rng.randint(10, 80)
        inds = tuple(
            Indicator(f"Persentase capaian {rng.choice(TOPICS)} ({i + 1})", "outcome", "%", "naik",
                      base, {2024: base + 1, 2025: base + 2.5, 2026: base + 4})
            for i in range(rng.randint(1, 2))
        )
        code = ""
        if level >= 3:
            code = "1.02." + ".".join(f"{rng.randint(1, 9):02d}" for _ in range(level - 2))
        nodes.append(Node(key, DEFAULT_LEVELS[level], statement, opd if level >= 2 else (),
                          code=code, parent=parent, indicators=inds))
        if level + 1 < len(DEFAULT_LEVELS):
            n_kids = sasaran if level == 0 else rng.randint(*fan)
            for _ in range(n_kids):
                kid_opd = opd if level >= 2 else (rng.choice(OPDS),)
                if level == 1 and rng.random() < 0.3:
                    kid_opd = (rng.choice(OPDS), rng.choice(OPDS))
                add(level + 1, key, kid_opd)
        return key

    add(0, None, ())
    plan.load_nodes(nodes)
    keys = [n.key for n in nodes if n.level in DEFAULT_LEVELS[3:5]]
    for _ in range(further):
        child = rng.choice(keys)
        uppers = [n.key for n in nodes if DEFAULT_LEVELS.index(n.level)
                  == DEFAULT_LEVELS.index(plan[child].level) - 1 and n.key != plan[child].parent]
        if uppers:
            plan[child].further_parents = (rng.choice(uppers),)
    plan._roots_cache = None
    return plan
