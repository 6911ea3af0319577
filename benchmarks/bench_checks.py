"""Speed of the validator and crosscutting detection, which rerun after every edit.

Goal: `check_plan` + `find_crosscutting` together under 0.3 s on a 20,000-node plan
(2 cores), so that the editor can recheck after each edit without the planner waiting.

Plans timed, each built in memory:
- `kota`: a kota-shaped plan made here (default scheme, 4 Tujuan, 25 Sasaran, 26 OPDs,
  programs, kegiatan and sub kegiatan up to 20,000 nodes, 1-2 indicators each with 3
  yearly targets), with a few faults of every kind and some crosscutting links;
- `kota+cycle`: the same with one cycle, which makes the checks build the networkx
  graph (a sound plan is proven acyclic without it);
- `generate`: the team's shared generator (`benchmarks/generate.py`), 5-year period.
Figures are the best of several runs and the median, wall clock and CPU time: the
machine is shared, and under load the wall clock says more about the neighbours.

Run alone: `python benchmarks/bench_checks.py [--nodes 20000] [--repeat 7]`.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from app.model.checks import check_plan  # noqa: E402
from app.model.crosscut import find_crosscutting  # noqa: E402
from app.model.plan import Indicator, Node, Plan  # noqa: E402

GOAL_SECONDS = 0.3
YEARS = (2024, 2025, 2026)
OPDS = [
    "Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat", "Satuan Polisi Pamong Praja",
    "RSUD dr. Wahidin Sudiro Husodo", "Dinas Pendidikan dan Kebudayaan",
    "Dinas Kepemudaan, Olahraga dan Pariwisata", "Dinas Kesehatan, Pengendalian Penduduk dan KB",
    "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
    "Dinas PUPR, Perumahan Rakyat dan Kawasan Permukiman",
    "Dinas Koperasi, UKM, Perindustrian dan Perdagangan", "Dinas Ketahanan Pangan dan Pertanian",
    "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Perhubungan",
    "Dinas Komunikasi dan Informatika", "Dinas Perpustakaan dan Kearsipan",
    "Dinas Penanaman Modal dan PTSP", "BPKPD", "BKPSDM", "Bakesbangpol", "Bapperida", "BPBD",
    "Kecamatan Magersari", "Kecamatan Prajuritkulon", "Kecamatan Kranggan",
]  # fmt: skip
BIDANG = ["4.01", "4.02", "6.01", "1.05", "1.02", "1.01", "2.19", "1.02", "1.06", "1.03",
          "2.17", "2.09", "2.11", "2.12", "2.15", "2.16", "2.23", "2.18", "5.02", "5.03",
          "8.01", "5.01", "1.05", "7.01", "7.01", "7.01"]  # fmt: skip
RESULTS = ("Meningkatnya", "Menurunnya", "Terwujudnya", "Tersedianya", "Terkelolanya")
ACTIVITIES = ("Penyusunan", "Pelaksanaan", "Fasilitasi", "Koordinasi", "Penyediaan")


def _indicator(rng: random.Random, jenis: str, fault: float) -> Indicator:
    turun = rng.random() < 0.15
    base = round(rng.uniform(20, 80), 2)
    step = round(rng.uniform(0.5, 3), 2) * (-1 if turun else 1)
    satuan = rng.choice(("%", "indeks", "orang", "dokumen", "unit"))
    targets: dict[int, float | str] = {
        y: round(base + step * (i + 1), 2) for i, y in enumerate(YEARS)
    }
    baseline: float | str | None = base
    if fault < 0.01:
        satuan = ""
    elif fault < 0.02:
        targets.pop(rng.choice(YEARS))
    elif fault < 0.03:
        targets = {y: round(base - step * (i + 1), 2) for i, y in enumerate(YEARS)}
    elif fault < 0.04:
        satuan, targets = "%", {y: 100 for y in YEARS}
    elif fault < 0.05:
        baseline = None
    elif fault < 0.10:
        targets = {y: f"{v:.2f}".replace(".", ",") for y, v in targets.items()}  # typed text
    return Indicator(f"Indikator {jenis} {rng.randrange(10**6)}", jenis, satuan,
                     "turun" if turun else "naik", baseline, targets)  # fmt: skip


def kota_plan(n_nodes: int = 20_000, seed: int = 7) -> Plan:
    """A kota-shaped plan of exactly `n_nodes` nodes (n >= ~700), with faults and crosscutting."""
    rng = random.Random(seed)
    nodes: list[Node] = []

    def add(key: str, level: str, parent: str | None, opd: str = "", code: str = "",
            jenis: str = "output", activity: bool = False) -> str:  # fmt: skip
        fault = rng.random()
        verb = rng.choice(ACTIVITIES if activity or fault < 0.003 else RESULTS)
        count = 0 if fault > 0.997 else (2 if rng.random() < 0.3 else 1)
        nodes.append(Node(
            key, level, f"{verb} kondisi {key.lower()} di Kota Contoh", (opd,) if opd else (),
            "Pejabat", code, parent=parent,
            indicators=tuple(_indicator(rng, jenis, rng.random()) for _ in range(count)),
        ))  # fmt: skip
        return key

    tujuan = [add(f"T{i}", "Tujuan", None, jenis="dampak") for i in range(1, 5)]
    sasaran = [add(f"S{i}", "Sasaran", tujuan[i % 4], jenis="outcome") for i in range(1, 26)]
    programs: list[tuple[str, str, str]] = []  # (key, opd, code)
    for o, opd in enumerate(OPDS):
        bidang = BIDANG[o]
        for s in range(3):
            ss = add(
                f"SS{o}-{s}", "Sasaran Strategis PD", rng.choice(sasaran), opd, jenis="outcome"
            )
            for p in range(4 if s else 1):
                number = 1 if s == 0 else 2 + (s - 1) * 4 + p
                code = ("X.XX.01" if rng.random() < 0.5 else f"{bidang}.01") if s == 0 else (
                    f"{bidang}.{number:02d}")  # fmt: skip
                key = add(f"P{o}-{s}-{p}", "Program", ss, opd, code, jenis="outcome")
                programs.append((key, opd, code))
    # Kegiatan and sub kegiatan fill the rest, spread over the programs.
    budget = n_nodes - len(nodes)
    per_program = budget / len(programs)
    made = 0
    for i, (prog, opd, pcode) in enumerate(programs):
        quota = round(per_program * (i + 1)) - made
        made += quota
        k = 0
        while quota > 0:
            k += 1
            kcode = f"{pcode}.2.{k:02d}"
            kg = add(f"K{prog[1:]}-{k}", "Kegiatan", prog, opd, kcode)
            quota -= 1
            for s in range(1, min(quota, rng.randint(3, 9)) + 1):
                add(f"SK{kg[1:]}-{s}", "Sub Kegiatan", kg, opd, f"{kcode}.{s:04d}", activity=True)
                quota -= 1
    # Crosscutting: some kegiatan also serve another OPD's program; two OPDs share a program code.
    by_key = {n.key: n for n in nodes}
    kegiatan = [n for n in nodes if n.level == "Kegiatan"]
    for kg in rng.sample(kegiatan, 40):
        other = rng.choice(programs)[0]
        if other != kg.parent:
            kg.further_parents = (other,)
    by_key[programs[5][0]].code = programs[40][2]
    plan = Plan("RPD Kota Contoh 2024-2026", "Kota Contoh", "kota", "RPD", 2024, 2026)
    plan.load_nodes(nodes)
    return plan


def with_cycle(plan: Plan) -> Plan:
    """A copy in which one program also names a kegiatan of its own as a further parent."""
    other = plan.copy()
    program = next(k for k, n in other.nodes.items() if n.level == "Program" and other.children(k))
    other.nodes[program].further_parents = (other.children(program)[0],)
    return other


def time_plan(name: str, plan: Plan, repeat: int) -> tuple[float, float]:
    checks, crosses, totals, cpu = [], [], [], []
    for _ in range(repeat):
        c0 = time.process_time()
        t0 = time.perf_counter()
        findings = check_plan(plan)
        t1 = time.perf_counter()
        crosscuts = find_crosscutting(plan)
        t2 = time.perf_counter()
        cpu.append(time.process_time() - c0)
        checks.append(t1 - t0)
        crosses.append(t2 - t1)
        totals.append(t2 - t0)
    best = min(totals)
    cpu_best = min(cpu)
    print(
        f"{name:<12} {len(plan):>6} nodes  check_plan best {min(checks) * 1000:6.1f} ms "
        f"(median {statistics.median(checks) * 1000:6.1f})  find_crosscutting best "
        f"{min(crosses) * 1000:5.1f} ms  total best {best * 1000:6.1f} ms "
        f"(median {statistics.median(totals) * 1000:6.1f})  goal/total {GOAL_SECONDS / best:4.2f}x"
    )
    rules = Counter(f.rule for f in findings)
    kinds = Counter(c.kind for c in crosscuts)
    print(f"{'':<12} CPU time of the total: best {cpu_best * 1000:.1f} ms")
    print(f"{'':<12} {len(findings)} findings {dict(rules)}; crosscutting {dict(kinds)}")
    return best, cpu_best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    plan = kota_plan(args.nodes)
    print(f"built kota plan of {len(plan)} nodes in {time.perf_counter() - t0:.2f} s")
    results = {"kota": time_plan("kota", plan, args.repeat)}
    results["kota+cycle"] = time_plan("kota+cycle", with_cycle(plan), args.repeat)
    try:
        from generate import generate_plan
    except ImportError:
        print("benchmarks/generate.py not found: shared-generator plan skipped")
    else:
        results["generate"] = time_plan("generate", generate_plan(args.nodes, 1), args.repeat)
    worst = max(wall for wall, _ in results.values())
    worst_cpu = max(cpu for _, cpu in results.values())
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"worst total: wall {worst * 1000:.1f} ms, CPU {worst_cpu * 1000:.1f} ms "
        f"(load average {load:.1f} on {os.cpu_count()} cores; wall grows with the load)"
    )
    for label, value in (("wall", worst), ("CPU", worst_cpu)):
        verdict = "within" if value <= GOAL_SECONDS else "OVER"
        print(
            f"{label}: {verdict} the {GOAL_SECONDS * 1000:.0f} ms goal ({GOAL_SECONDS / value:.2f}x)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
