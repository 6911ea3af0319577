"""Build the bundled sample plan: the RPD 2024-2026 pohon kinerja of Kota Mojokerto.

`make run` opens this plan, so it must look like a real city's tree: the six
real tujuan indicators of the RPD, the city's real OPDs, real Permendagri
90/2019 program and kegiatan codes, result-phrased statements, indicators
with satuan, polaritas, baseline and yearly targets, and pagu on sub kegiatan.
The Sasaran and their indicators are invented (their names are not public)
and say so in their Keterangan. Two crosscutting themes (stunting, tourism),
a program shared by two OPDs, and a handful of planted faults give the
validator and the crosscutting view something real to show.

The content lives in `mojokerto_pemda.py` (tujuan, sasaran, the stunting node)
and `mojokerto_opd_[abc].py` (one function per group of OPDs); this module is the small builder
they use. Run: `python resources/sample/build_mojokerto.py [-o OUT.xlsx]`
(default: `resources/rpd-kota-mojokerto.xlsx`).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for _p in (str(ROOT), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from app.model import Indicator, Node, Plan  # noqa: E402

YEARS = (2024, 2025, 2026)
OUTPUT = ROOT / "resources" / "rpd-kota-mojokerto.xlsx"
CONTOH = "Contoh: indikator sasaran disusun untuk ilustrasi"

# Indicator type by level (PermenPANRB 89/2021): impact at the top, outputs at the bottom.
JENIS_BY_LEVEL = {
    "Tujuan": "dampak",
    "Sasaran": "outcome",
    "Sasaran Strategis PD": "outcome",
    "Program": "outcome",
    "Kegiatan": "output",
    "Sub Kegiatan": "output",
}

# Faults planted on purpose, so that the checks have something real to show:
# (rule, node key). tests/test_sample_plan.py asserts that exactly these are found.
PLANTED_FAULTS = {
    ("activity-statement", "P-SATPOL-1.05.02"),
    ("missing-unit", "SK-KES-1.02.02.2.02.0008"),
    ("missing-target", "P-BAPPERIDA-5.05.02"),
    ("target-direction", "SS-HUB"),
    ("flat-target", "K-DLH-2.11.03.2.01"),
    ("missing-baseline", "P-KOMINFO-2.16.03"),
    ("dead-end", "S14"),
}


def I(  # noqa: E743 - short on purpose: the content files call it hundreds of times
    name: str,
    satuan: str,
    baseline: float | None,
    *targets: float,
    turun: bool = False,
    definition: str = "",
    formula: str = "",
    source: str = "",
) -> Indicator:
    """An indicator with targets for 2024, 2025, 2026 in that order (fewer: years left empty)."""
    return Indicator(
        name=name,
        satuan=satuan,
        polaritas="turun" if turun else "naik",
        baseline=baseline,
        targets=dict(zip(YEARS, targets, strict=False)),
        definition=definition,
        formula=formula,
        data_source=source,
    )


def pagu(juta: float) -> dict[int, float]:
    """A yearly budget from the 2024 amount in millions of rupiah, rising ~4-5% a year."""
    base = round(juta * 1_000_000, -5)
    return {2024: base, 2025: round(base * 1.045, -5), 2026: round(base * 1.09, -5)}


class City:
    """The plan being built, with the small vocabulary the content files speak."""

    def __init__(self) -> None:
        self.plan = Plan(
            name="RPD Kota Mojokerto 2024-2026",
            government="Kota Mojokerto",
            tingkat="kota",
            doc_type="RPD",
            start_year=2024,
            end_year=2026,
        )

    def add(
        self,
        key: str,
        level: str,
        statement: str,
        inds: tuple[Indicator, ...],
        *,
        parent: str | None = None,
        opds: tuple[str, ...] = (),
        position: str = "",
        code: str = "",
        notes: str = "",
        further: tuple[str, ...] = (),
        budget: dict[int, float] | None = None,
    ) -> str:
        jenis = JENIS_BY_LEVEL[level]
        node = Node(
            key=key,
            level=level,
            statement=statement,
            opds=opds,
            position=position,
            code=code,
            notes=notes,
            parent=parent,
            further_parents=further,
            indicators=tuple(replace(i, jenis=i.jenis or jenis) for i in inds),
            budget=budget or {},
        )
        self.plan.load_nodes([node])
        return key

    def opd(self, tag: str, name: str, head: str, bidang: str, staff: int) -> Opd:
        return Opd(self, tag, name, head, bidang, staff)


# Who answers for an OPD's Sasaran Strategis PD and for its Program Penunjang, where
# the title is not simply "Kepala ..." and "Sekretaris ...".
OFFICIALS = {
    "RSUD": ("Direktur RSUD dr. Wahidin Sudiro Husodo", "Wakil Direktur Umum dan Keuangan"),
    "SETDA": ("Sekretaris Daerah", "Kepala Bagian Umum"),
    "DPRD": ("Sekretaris DPRD", "Kepala Bagian Umum dan Keuangan"),
    "INSP": ("Inspektur", "Sekretaris Inspektorat"),
}


class Opd:
    """One OPD: its Sasaran Strategis PD and the programs beneath them."""

    def __init__(self, city: City, tag: str, name: str, head: str, bidang: str, staff: int) -> None:
        self.city, self.tag, self.name, self.head = city, tag, name, head
        self.bidang, self.staff = bidang, staff
        if head.startswith("Kecamatan "):
            self.chief, self.secretary = "Camat " + head.removeprefix("Kecamatan "), "Sekretaris Kecamatan"
        else:
            self.chief, self.secretary = OFFICIALS.get(tag, (f"Kepala {head}", f"Sekretaris {head}"))

    def sspd(
        self,
        tag: str,
        sasaran: str,
        statement: str,
        *inds: Indicator,
        opds: tuple[str, ...] = (),
        further: tuple[str, ...] = (),
    ) -> Branch:
        key = self.city.add(
            f"SS-{tag}", "Sasaran Strategis PD", statement, inds, parent=sasaran,
            opds=opds or (self.name,), position=self.chief, further=further,
        )
        return Branch(self, key)

    def under(self, key: str) -> Branch:
        """A branch under a node built elsewhere (the shared stunting node)."""
        return Branch(self, key)


class Branch:
    """A node of one OPD that programs, kegiatan or sub kegiatan hang from."""

    def __init__(self, opd: Opd, key: str, code: str = "") -> None:
        self.opd, self.key, self.code = opd, key, code

    def program(
        self,
        code: str,
        name: str,
        statement: str,
        *inds: Indicator,
        further: tuple[str, ...] = (),
        position: str = "Kepala Bidang",
    ) -> Branch:
        o = self.opd
        key = o.city.add(
            f"P-{o.tag}-{code}", "Program", statement, inds, parent=self.key, opds=(o.name,),
            position=position, code=code, notes=f"Nomenklatur: {name}", further=further,
        )
        return Branch(o, key, code)

    def kegiatan(
        self, kk: str, name: str, statement: str, *inds: Indicator, position: str = "Kepala Seksi"
    ) -> Branch:
        o = self.opd
        code = f"{self.code}.2.{kk}"
        key = o.city.add(
            f"K-{o.tag}-{code}", "Kegiatan", statement, inds, parent=self.key, opds=(o.name,),
            position=position, code=code, notes=f"Nomenklatur: {name}",
        )
        return Branch(o, key, code)

    def sub(self, ssss: str, name: str, statement: str, ind: Indicator, juta: float) -> str:
        o = self.opd
        code = f"{self.code}.{ssss}"
        return o.city.add(
            f"SK-{o.tag}-{code}", "Sub Kegiatan", statement, (ind,), parent=self.key,
            opds=(o.name,), position="PPTK", code=code, notes=f"Nomenklatur: {name}",
            budget=pagu(juta),
        )

    def penunjang(self, sakip: tuple[float, float, float, float], blud: float = 0) -> Branch:
        """The Program Penunjang (`U.BB.01`) every OPD runs, under this branch.

        Its shape is the same everywhere by construction (planning, finance,
        office services); only the amounts differ with the OPD's size.
        """
        o = self.opd
        staff = o.staff
        p = self.program(
            f"{o.bidang}.01",
            "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
            f"Meningkatnya akuntabilitas kinerja dan kualitas layanan internal {o.head}",
            I("Nilai evaluasi akuntabilitas kinerja perangkat daerah", "nilai", *sakip),
            position=o.secretary,
        )
        k = p.kegiatan(
            "01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
            "Tersusunnya dokumen perencanaan, penganggaran dan evaluasi kinerja tepat waktu",
            I("Jumlah dokumen perencanaan, penganggaran dan evaluasi kinerja", "dokumen", 8, 8, 8, 8),
            position="Kepala Subbagian Perencanaan dan Keuangan",
        )
        k.sub("0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah",
              "Tersedianya Renstra, Renja dan perjanjian kinerja perangkat daerah",
              I("Jumlah dokumen perencanaan perangkat daerah", "dokumen", 3, 3, 3, 3), 45 + staff * 0.05)
        k.sub("0007", "Evaluasi Kinerja Perangkat Daerah",
              "Tersedianya laporan evaluasi kinerja perangkat daerah",
              I("Jumlah laporan evaluasi kinerja perangkat daerah", "laporan", 5, 5, 5, 5), 30 + staff * 0.04)
        k = p.kegiatan(
            "02", "Administrasi Keuangan Perangkat Daerah",
            "Terpenuhinya hak keuangan aparatur dan tertib penatausahaan keuangan",
            I("Jumlah bulan pembayaran gaji dan tunjangan ASN tepat waktu", "bulan", 14, 14, 14, 14),
            position="Kepala Subbagian Perencanaan dan Keuangan",
        )
        k.sub("0001", "Penyediaan Gaji dan Tunjangan ASN",
              "Terbayarnya gaji dan tunjangan ASN tepat waktu",
              I("Jumlah ASN yang menerima gaji dan tunjangan", "orang", staff, staff, staff, staff),
              staff * 86)
        if blud:
            k = p.kegiatan(
                "10", "Peningkatan Pelayanan BLUD",
                "Terselenggaranya layanan BLUD rumah sakit yang mandiri dan akuntabel",
                I("Persentase pendapatan BLUD terhadap belanja operasional", "%", 78, 81, 84, 87),
                position="Wakil Direktur Umum dan Keuangan",
            )
            k.sub("0001", "Pelayanan dan Penunjang Pelayanan BLUD",
                  "Tersedianya belanja operasional pelayanan dan penunjang pelayanan BLUD",
                  I("Jumlah bulan layanan BLUD yang terpenuhi belanja operasionalnya", "bulan", 12, 12, 12, 12),
                  blud)
        k = p.kegiatan(
            "08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
            "Tersedianya jasa penunjang operasional kantor yang andal",
            I("Jumlah jenis jasa penunjang kantor yang terpenuhi", "jenis", 4, 4, 4, 4),
            position="Kepala Subbagian Umum dan Kepegawaian",
        )
        k.sub("0002", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
              "Tersedianya layanan telepon, internet, air dan listrik kantor",
              I("Jumlah laporan penyediaan jasa komunikasi, sumber daya air dan listrik", "laporan", 12, 12, 12, 12),
              60 + staff * 0.6)
        return p


def build() -> Plan:
    """The whole sample plan, in display order."""
    import mojokerto_opd_a
    import mojokerto_opd_b
    import mojokerto_opd_c
    import mojokerto_pemda

    city = City()
    mojokerto_pemda.build(city)
    mojokerto_opd_a.build(city)
    mojokerto_opd_b.build(city)
    mojokerto_opd_c.build(city)
    return city.plan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Bangun contoh rencana Kota Mojokerto.")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    from app.exchange import write_workbook

    plan = build()
    write_workbook(plan, args.output)
    print(f"{len(plan)} simpul, {len(plan.opds())} perangkat daerah -> {args.output}")
    try:
        from app.model.checks import check_plan

        found = {(f.rule, f.node) for f in check_plan(plan)}
        for rule, node in sorted(found - PLANTED_FAULTS):
            print(f"  temuan tak terduga: {rule} {node}")
        for rule, node in sorted(PLANTED_FAULTS - found):
            print(f"  kesalahan tanam tidak ditemukan: {rule} {node}")
    except ImportError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
