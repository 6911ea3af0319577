"""Large, realistic-looking plans for benchmarks: `generate_plan(n_nodes, seed)`.

The shape follows a big kota or a province (domain.md): a few Tujuan, 10-30 Sasaran,
one Sasaran Strategis PD per OPD per Sasaran it serves, programs with real
Permendagri 90/2019 bidang codes (every OPD also runs the penunjang program
X.XX.01), kegiatan `U.BB.PP.2.KK` and sub kegiatan `U.BB.PP.2.KK.SSSS`. Each node
has 1-2 indicators with satuan, polaritas, baseline and a target for every year;
sub kegiatan carry a budget. A sprinkling of faults at rates seen in real
workbooks gives the checks realistic work. Same seed, same plan.

Run alone: `python benchmarks/generate.py 20000 -o out.xlsx [--dot out.dot] [--seed 1]`.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.model import Indicator, Node, Plan  # noqa: E402

START_YEAR = 2025
END_YEAR = 2029
PENUNJANG = "X.XX.01"

# (OPD name, bidang urusan codes it holds). Real bidang codes of Permendagri 90/2019.
OPDS: list[tuple[str, tuple[str, ...]]] = [
    ("Dinas Pendidikan", ("1.01",)),
    ("Dinas Kesehatan", ("1.02",)),
    ("Rumah Sakit Umum Daerah", ("1.02",)),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", ("1.03",)),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", ("1.04", "2.10")),
    ("Satuan Polisi Pamong Praja", ("1.05",)),
    ("Badan Penanggulangan Bencana Daerah", ("1.05",)),
    ("Dinas Sosial", ("1.06",)),
    ("Dinas Tenaga Kerja", ("2.07",)),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", ("2.08",)),
    ("Dinas Ketahanan Pangan", ("2.09",)),
    ("Dinas Lingkungan Hidup", ("2.11",)),
    ("Dinas Kependudukan dan Pencatatan Sipil", ("2.12",)),
    ("Dinas Pemberdayaan Masyarakat dan Desa", ("2.13",)),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", ("2.14",)),
    ("Dinas Perhubungan", ("2.15",)),
    ("Dinas Komunikasi dan Informatika", ("2.16", "2.20", "2.21")),
    ("Dinas Koperasi dan Usaha Mikro", ("2.17",)),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", ("2.18",)),
    ("Dinas Kepemudaan dan Olahraga", ("2.19",)),
    ("Dinas Kebudayaan", ("2.22",)),
    ("Dinas Perpustakaan dan Kearsipan", ("2.23", "2.24")),
    ("Dinas Pariwisata", ("3.26",)),
    ("Dinas Pertanian", ("3.27",)),
    ("Dinas Perdagangan", ("3.30",)),
    ("Dinas Perindustrian", ("3.31",)),
    ("Sekretariat Daerah", ("4.01",)),
    ("Sekretariat DPRD", ("4.02",)),
    ("Badan Perencanaan Pembangunan Daerah", ("5.01", "5.05")),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", ("5.02",)),
    ("Badan Pendapatan Daerah", ("5.02",)),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ("5.03", "5.04")),
    ("Inspektorat", ("6.01",)),
    ("Badan Kesatuan Bangsa dan Politik", ("8.01",)),
]
KECAMATAN = [
    "Sukamaju", "Mekarsari", "Sukajadi", "Karangrejo", "Tegalsari", "Sumbersari", "Wonorejo",
    "Kedungsari", "Banjarsari", "Sidomulyo", "Purwodadi", "Margorejo", "Tanjungsari",
    "Gunungsari", "Kalisari", "Rejosari", "Ngadirejo", "Jatisari", "Bangunsari", "Candirejo",
    "Suryodiningratan", "Pandanwangi", "Kebonsari", "Lowokwaru", "Sawojajar", "Ketawang",
]

# Topic phrases per bidang: what the conditions of that field are about.
TOPICS: dict[str, list[str]] = {
    "1.01": ["mutu pendidikan dasar", "angka partisipasi sekolah", "kompetensi pendidik",
             "sarana prasarana sekolah", "layanan pendidikan anak usia dini", "literasi dan numerasi peserta didik"],
    "1.02": ["derajat kesehatan masyarakat", "cakupan imunisasi dasar lengkap", "layanan kesehatan ibu dan anak",
             "mutu layanan puskesmas", "layanan rujukan rumah sakit", "pengendalian penyakit menular"],
    "1.03": ["jalan kota dalam kondisi mantap", "sistem penyediaan air minum", "sistem drainase perkotaan",
             "pengelolaan air limbah domestik", "penataan ruang kota"],
    "1.04": ["kawasan permukiman layak huni", "rumah tidak layak huni yang diperbaiki", "prasarana permukiman kumuh"],
    "1.05": ["ketenteraman dan ketertiban umum", "kesiapsiagaan masyarakat menghadapi bencana",
             "penegakan peraturan daerah", "layanan pemadam kebakaran"],
    "1.06": ["perlindungan sosial bagi keluarga miskin", "rehabilitasi sosial penyandang disabilitas",
             "layanan bagi pemerlu pelayanan kesejahteraan sosial"],
    "2.07": ["penempatan tenaga kerja lokal", "kompetensi angkatan kerja", "hubungan industrial yang kondusif"],
    "2.08": ["perlindungan perempuan dan anak", "pemenuhan hak anak", "pengarusutamaan gender"],
    "2.09": ["ketersediaan pangan", "keamanan pangan segar", "cadangan pangan daerah"],
    "2.10": ["kepastian hukum tanah pemerintah daerah", "penyelesaian sengketa tanah garapan"],
    "2.11": ["kualitas air sungai", "pengelolaan sampah rumah tangga", "ruang terbuka hijau", "kualitas udara"],
    "2.12": ["kepemilikan dokumen kependudukan", "layanan pencatatan sipil", "pemanfaatan data kependudukan"],
    "2.13": ["kapasitas lembaga kemasyarakatan kelurahan", "pemberdayaan masyarakat kelurahan"],
    "2.14": ["kesertaan keluarga berencana", "ketahanan keluarga", "pengendalian kelahiran"],
    "2.15": ["keselamatan lalu lintas", "layanan angkutan umum", "ketersediaan perlengkapan jalan"],
    "2.16": ["layanan informasi publik", "penerapan sistem pemerintahan berbasis elektronik", "jaringan intra pemerintah"],
    "2.17": ["daya saing usaha mikro", "kelembagaan koperasi yang sehat", "akses pembiayaan usaha mikro"],
    "2.18": ["realisasi investasi", "layanan perizinan berusaha", "iklim penanaman modal"],
    "2.19": ["prestasi olahraga", "partisipasi pemuda dalam pembangunan", "sarana olahraga masyarakat"],
    "2.20": ["ketersediaan data statistik sektoral"],
    "2.21": ["keamanan informasi pemerintah daerah"],
    "2.22": ["pelestarian cagar budaya", "pembinaan kesenian tradisional"],
    "2.23": ["minat baca masyarakat", "layanan perpustakaan"],
    "2.24": ["pengelolaan arsip dinamis", "penyelamatan arsip statis"],
    "3.26": ["kunjungan wisatawan", "daya tarik destinasi wisata", "ekonomi kreatif"],
    "3.27": ["produktivitas pertanian perkotaan", "kesehatan hewan ternak", "ketersediaan sarana pertanian"],
    "3.30": ["stabilitas harga bahan pokok", "sarana perdagangan rakyat", "tertib ukur"],
    "3.31": ["daya saing industri kecil menengah", "perizinan industri"],
    "4.01": ["tata kelola pemerintahan", "layanan administrasi pimpinan", "kualitas kebijakan hukum daerah"],
    "4.02": ["fungsi legislasi DPRD", "fungsi pengawasan DPRD"],
    "5.01": ["kualitas dokumen perencanaan pembangunan", "pemanfaatan hasil riset dan inovasi daerah"],
    "5.05": ["pemanfaatan hasil penelitian dan pengembangan daerah"],
    "5.02": ["akuntabilitas pengelolaan keuangan daerah", "pendapatan asli daerah", "pengelolaan barang milik daerah"],
    "5.03": ["profesionalitas aparatur sipil negara", "penilaian kinerja aparatur"],
    "5.04": ["kompetensi aparatur sipil negara"],
    "6.01": ["kapabilitas pengawasan internal", "tindak lanjut hasil pemeriksaan"],
    "7.01": ["layanan administrasi kecamatan", "pemberdayaan masyarakat kelurahan",
             "ketenteraman dan ketertiban wilayah kecamatan"],
    "8.01": ["wawasan kebangsaan masyarakat", "kewaspadaan dini daerah", "kualitas demokrasi lokal"],
    "X.XX": ["tata kelola perangkat daerah", "layanan administrasi perkantoran", "akuntabilitas kinerja perangkat daerah",
             "pengelolaan keuangan perangkat daerah", "kapasitas sumber daya aparatur perangkat daerah"],
}
RESULT_VERBS = ("Meningkatnya", "Meningkatnya", "Meningkatnya", "Terwujudnya", "Terpenuhinya", "Optimalnya")
OUTPUT_VERBS = ("Tersedianya", "Terlaksananya", "Terselenggaranya", "Terfasilitasinya", "Tersusunnya")
ACTIVITY_VERBS = ("Penyelenggaraan", "Pelaksanaan", "Fasilitasi", "Koordinasi", "Sosialisasi", "Pembinaan")
QUALIFIERS = (
    "", "", "sesuai standar pelayanan minimal", "bagi masyarakat berpenghasilan rendah",
    "secara merata di seluruh kelurahan", "yang inklusif dan berkelanjutan", "berbasis data terpadu",
    "dengan melibatkan peran serta masyarakat dan dunia usaha", "di wilayah perkotaan",
    "secara tepat waktu, transparan dan akuntabel", "bagi kelompok rentan",
)
OUTPUT_OBJECTS = (
    "dokumen", "paket sarana", "layanan", "kegiatan pembinaan", "data dan informasi",
    "laporan", "unit prasarana", "peserta pelatihan",
)
OUTPUT_UNITS = ("dokumen", "paket", "layanan", "kegiatan", "laporan", "unit", "orang", "kali")
OUTCOME_UNITS = ("%", "%", "%", "indeks", "nilai", "poin")


def _plan_shape(n: int) -> tuple[int, int, int]:
    """How many Tujuan, Sasaran and OPDs a plan of n nodes has."""
    tujuan = 3 if n < 3000 else 4 if n < 10000 else 5
    sasaran = max(2, min(30, round(math.sqrt(n) / 5)))
    opds = max(26, min(60, round(n / 330))) if n >= 2000 else max(3, min(26, n // 60))
    return tujuan, sasaran, opds


class _Gen:
    """Keeps the random stream and the node list while the plan is built top-down."""

    def __init__(self, n: int, seed: int) -> None:
        self.n = n
        self.rng = random.Random(seed)
        self.years = list(range(START_YEAR, END_YEAR + 1))
        self.nodes: list[Node] = []

    # --- text ----------------------------------------------------------------

    def statement(self, topic: str, verbs: tuple[str, ...], area: str = "") -> str:
        rng = self.rng
        parts = [rng.choice(verbs), topic]
        q = rng.choice(QUALIFIERS)
        if q:
            parts.append(q)
        if area and rng.random() < 0.3:
            parts.append(area)
        text = " ".join(parts)
        if len(text) < 40:
            text += " di " + ("wilayah kota" if not area else area)
        if len(text) < 40:
            text += " secara berkelanjutan"
        return text[:160]

    # --- indicators ------------------------------------------------------------

    def indicator(self, name: str, jenis: str, outcome: bool) -> Indicator:
        rng = self.rng
        turun = outcome and rng.random() < 0.18
        satuan = rng.choice(OUTCOME_UNITS if outcome else OUTPUT_UNITS)
        if satuan == "%":
            base = round(rng.uniform(5, 30), 2) if turun else round(rng.uniform(40, 90), 2)
            step = round(rng.uniform(0.3, 2.5), 2)
        elif outcome:
            base = round(rng.uniform(50, 85), 2)
            step = round(rng.uniform(0.2, 1.5), 2)
        else:
            base = float(rng.randint(1, 40))
            step = float(rng.randint(0, 3))
        targets: dict[int, float | str] = {}
        value = base
        for y in self.years:
            value = value - step if turun else value + step
            if satuan == "%":
                value = min(100.0, max(0.0, value))
            targets[y] = round(value, 2)
        baseline: float | None = base
        # Faults at rates seen in real workbooks.
        r = rng.random()
        if r < 0.010:
            satuan = ""
        elif r < 0.017:
            targets.pop(rng.choice(self.years))
        elif r < 0.022:
            targets = {y: round(base + (i if turun else -i), 2) for i, y in enumerate(self.years)}
        elif r < 0.032 and not outcome:
            satuan, targets = "%", {y: 100.0 for y in self.years}
        elif r < 0.042:
            baseline = None
        return Indicator(
            name=name,
            jenis=jenis,
            satuan=satuan,
            polaritas="turun" if turun else "naik",
            baseline=baseline,
            targets=targets,
        )

    def indicators(self, topic: str, jenis: str, outcome: bool) -> tuple[Indicator, ...]:
        rng = self.rng
        prefixes = (
            ("Persentase", "Indeks", "Tingkat", "Nilai") if outcome else ("Jumlah", "Cakupan", "Jumlah")
        )
        count = 2 if rng.random() < 0.3 else 1
        return tuple(
            self.indicator(f"{rng.choice(prefixes)} {topic}", jenis, outcome) for _ in range(count)
        )

    def budget(self) -> dict[int, float]:
        base = round(math.exp(self.rng.uniform(math.log(2.5e7), math.log(2.5e9))), -5)
        return {y: round(base * (1 + 0.04 * i), -3) for i, y in enumerate(self.years)}

    # --- nodes -------------------------------------------------------------

    def add(self, node: Node) -> Node:
        self.nodes.append(node)
        return node


def generate_plan(n_nodes: int, seed: int = 1) -> Plan:
    """A plan of exactly `n_nodes` nodes (for n >= 20; fewer are cut from the bottom)."""
    g = _Gen(n_nodes, seed)
    rng = g.rng
    n_tujuan, n_sasaran, n_opd = _plan_shape(n_nodes)
    opds = list(OPDS)
    kec = [(f"Kecamatan {k}", ("7.01",)) for k in KECAMATAN]
    opds = (opds + kec)[:n_opd] if n_opd > len(opds) else rng.sample(opds, n_opd)

    topics_all = [t for b, ts in TOPICS.items() if b != "X.XX" for t in ts]
    tujuan = []
    for i in range(n_tujuan):
        topic = topics_all[(i * 7 + seed) % len(topics_all)]
        tujuan.append(g.add(Node(
            key=f"T{i + 1}", level="Tujuan",
            statement=g.statement(topic, RESULT_VERBS, "Kota"),
            position="Wali Kota", indicators=g.indicators(topic, "dampak", True),
        )))
    sasaran = []
    for i in range(n_sasaran):
        topic = rng.choice(topics_all)
        sasaran.append(g.add(Node(
            key=f"S{i + 1}", level="Sasaran", parent=tujuan[i % n_tujuan].key,
            statement=g.statement(topic, RESULT_VERBS),
            position="Wali Kota", indicators=g.indicators(topic, "outcome", True),
        )))

    # Every Sasaran gets at least one OPD; each OPD serves 1-3 Sasaran.
    served: dict[int, set[int]] = {o: set() for o in range(len(opds))}
    for s in range(n_sasaran):
        served[s % len(opds)].add(s)
    for o in range(len(opds)):
        while len(served[o]) < rng.choice((1, 1, 2, 2, 3)):
            served[o].add(rng.randrange(n_sasaran))
    sspd_list: list[tuple[int, Node]] = []
    for s in range(n_sasaran):
        for o in range(len(opds)):
            if s in served[o]:
                name, bidang = opds[o]
                topic = rng.choice(TOPICS[rng.choice(bidang)])
                node = g.add(Node(
                    key=f"SS-{o + 1}-{s + 1}", level="Sasaran Strategis PD",
                    parent=sasaran[s].key, statement=g.statement(topic, RESULT_VERBS),
                    opds=(name,), position=f"Kepala {name}",
                    indicators=g.indicators(topic, "outcome", True),
                ))
                sspd_list.append((o, node))

    upper = len(g.nodes)
    n_programs = max(len(sspd_list), round(n_nodes / 16))
    if upper + 3 * n_programs > n_nodes:
        n_programs = max(1, (n_nodes - upper) // 3)
    # Programs per SSPD: one penunjang per OPD (on its first SSPD), the rest spread.
    per_sspd = [0] * len(sspd_list)
    for i in range(n_programs):
        per_sspd[i % len(sspd_list) if i < len(sspd_list) else rng.randrange(len(sspd_list))] += 1
    rest = n_nodes - upper - n_programs
    weights = [rng.uniform(0.5, 1.5) for _ in range(n_programs)]
    total_w = sum(weights)
    quotas = [max(0, int(rest * w / total_w)) for w in weights]
    for i in range(rest - sum(quotas)):
        quotas[i % n_programs] += 1

    penunjang_done: set[int] = set()
    next_prog: dict[str, int] = {}
    kid_of_program: list[tuple[int, Node]] = []  # (sasaran index, program) for extra links
    p_index = 0
    for (o, sspd), count in zip(sspd_list, per_sspd, strict=True):
        name, bidang = opds[o]
        for _ in range(count):
            if p_index >= n_programs:
                break
            if o not in penunjang_done:
                penunjang_done.add(o)
                code, topic = PENUNJANG, rng.choice(TOPICS["X.XX"])
            else:
                b = rng.choice(bidang)
                num = next_prog.get(b, 1) + 1
                next_prog[b] = num if num < 8 else 1
                code, topic = f"{b}.{num:02d}", rng.choice(TOPICS[b])
            verbs = ACTIVITY_VERBS if rng.random() < 0.015 else RESULT_VERBS
            prog = g.add(Node(
                key=f"P-{p_index + 1}", level="Program", parent=sspd.key, code=code,
                statement=g.statement(topic, verbs), opds=(name,),
                position="Kepala Bidang", indicators=g.indicators(topic, "outcome", True),
            ))
            kid_of_program.append((int(sspd.parent[1:]), prog))
            _fill_program(g, prog, topic, quotas[p_index], p_index)
            p_index += 1

    _link_crosscutting(g, kid_of_program)
    nodes = g.nodes[:n_nodes]
    plan = Plan(
        name=f"RPJMD Kota Generatif {START_YEAR}-{END_YEAR} ({n_nodes} simpul)",
        government="Kota Generatif", tingkat="kota", doc_type="RPJMD",
        start_year=START_YEAR, end_year=END_YEAR,
    )
    plan.load_nodes(nodes)
    return plan


def _fill_program(g: _Gen, prog: Node, topic: str, quota: int, p_index: int) -> None:
    """Kegiatan and sub kegiatan under one program, using exactly `quota` nodes."""
    rng = g.rng
    k = 0
    last: Node | None = None
    while quota > 0:
        if quota == 1 and last is not None:
            subs, make_kegiatan = 1, False
        else:
            subs = quota - 1 if quota <= 7 else rng.randint(2, 5)
            make_kegiatan = True
        if make_kegiatan:
            k += 1
            verbs = ACTIVITY_VERBS if rng.random() < 0.01 else OUTPUT_VERBS
            obj = rng.choice(OUTPUT_OBJECTS)
            code = f"{prog.code}.2.{k:02d}"
            if rng.random() < 0.002:
                code = f"1.99.09.2.{k:02d}"  # copied from another program: code-mismatch
            last = g.add(Node(
                key=f"K-{p_index + 1}-{k}", level="Kegiatan", parent=prog.key, code=code,
                statement=g.statement(f"{obj} pendukung {topic}", verbs), opds=prog.opds,
                position="Kepala Seksi", indicators=g.indicators(f"{obj} {topic}", "output", False),
            ))
            quota -= 1
        assert last is not None
        start = sum(1 for n in g.nodes[-12:] if n.parent == last.key)
        for s in range(start, start + subs):
            obj = rng.choice(OUTPUT_OBJECTS)
            inds = () if rng.random() < 0.003 else g.indicators(f"{obj} {topic}", "output", False)
            g.add(Node(
                key=f"{last.key.replace('K-', 'SK-')}-{s + 1}", level="Sub Kegiatan",
                parent=last.key, code=f"{last.code}.{s + 1:04d}",
                statement=g.statement(f"{obj} {topic}", OUTPUT_VERBS), opds=prog.opds,
                position="PPTK", indicators=inds, budget=g.budget(),
            ))
        quota -= subs


def _link_crosscutting(g: _Gen, programs: list[tuple[int, Node]]) -> None:
    """Some kegiatan also contribute to another OPD's program under the same Sasaran."""
    rng = g.rng
    by_sasaran: dict[int, list[Node]] = {}
    for s, p in programs:
        by_sasaran.setdefault(s, []).append(p)
    prog_sasaran = {p.key: s for s, p in programs}
    by_key = {p.key: p for _, p in programs}
    for node in g.nodes:
        if node.level != "Kegiatan" or rng.random() >= 0.015:
            continue
        s = prog_sasaran.get(node.parent or "")
        others = [p for p in by_sasaran.get(s, []) if p.opds != node.opds]
        if others and node.parent in by_key:
            node.further_parents = (rng.choice(others).key,)


# --- files --------------------------------------------------------------------


def write_dot(plan: Plan, path: Path) -> None:
    """The same tree for Graphviz: boxes labelled with the statement, main links solid."""

    def q(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["digraph pokin {", "  rankdir=TB;", '  node [shape=box, fontname="DejaVu Sans"];']
    for key in plan.walk():
        node = plan[key]
        lines.append(f"  {q(key)} [label={q(node.statement)}];")
    for key in plan.walk():
        node = plan[key]
        if node.parent is not None and node.parent in plan:
            lines.append(f"  {q(node.parent)} -> {q(key)};")
        for fp in node.further_parents:
            if fp in plan:
                lines.append(f"  {q(fp)} -> {q(key)} [style=dashed, constraint=false];")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


OUTPUT = ROOT / "benchmarks" / "output"


def _fresh(path: Path) -> bool:
    """A cached file is good while it is newer than this generator."""
    return path.exists() and path.stat().st_mtime >= Path(__file__).stat().st_mtime


def cached_workbook(n_nodes: int, seed: int = 1) -> Path:
    """`benchmarks/output/plan-N-sSEED.xlsx`, generated once and reused by every benchmark."""
    path = OUTPUT / f"plan-{n_nodes}-s{seed}.xlsx"
    if not _fresh(path):
        from app.exchange import write_workbook

        OUTPUT.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.xlsx")
        write_workbook(generate_plan(n_nodes, seed), tmp)
        tmp.replace(path)
    return path


def cached_dot(n_nodes: int, seed: int = 1) -> Path:
    """`benchmarks/output/plan-N-sSEED.dot`, the same tree as `cached_workbook` for Graphviz."""
    path = OUTPUT / f"plan-{n_nodes}-s{seed}.dot"
    if not _fresh(path):
        OUTPUT.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.dot")
        write_dot(generate_plan(n_nodes, seed), tmp)
        tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Buat rencana besar untuk uji kecepatan.")
    parser.add_argument("nodes", type=int, help="jumlah simpul")
    parser.add_argument("-o", "--output", type=Path, help="buku kerja .xlsx keluaran")
    parser.add_argument("--dot", type=Path, help="berkas Graphviz DOT keluaran")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    plan = generate_plan(args.nodes, args.seed)
    print(f"generated {len(plan)} nodes in {time.perf_counter() - t0:.2f} s")
    if args.output:
        from app.exchange import write_workbook

        t0 = time.perf_counter()
        write_workbook(plan, args.output)
        print(f"wrote {args.output} in {time.perf_counter() - t0:.2f} s")
    if args.dot:
        write_dot(plan, args.dot)
        print(f"wrote {args.dot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
