"""Small plans for the revision tests (comparison, restore, exports, command line).

Built in code so that each test knows exactly what is in them. Statements
carry `<` and `&` on purpose: exports must print them as written.
"""

from __future__ import annotations

from app.model.plan import Indicator, Node, Plan, ReviewNote

DINKES = "Dinas Kesehatan, Pengendalian Penduduk dan KB"
DISDIK = "Dinas Pendidikan dan Kebudayaan"
DPUPR = "Dinas PUPR, Perumahan Rakyat dan Kawasan Permukiman"


def ind(name: str, satuan: str = "%", jenis: str = "outcome", base: float = 10.0,
        step: float = 1.0, polaritas: str = "naik") -> Indicator:
    targets = {y: round(base + step * (i + 1), 2) for i, y in enumerate(range(2024, 2027))}
    return Indicator(name, jenis, satuan, polaritas, base, targets)


def sample_plan() -> Plan:
    """A two-OPD plan of 14 nodes over the six default levels, with indicators and notes."""
    p = Plan("RPD Kota Contoh 2024-2026", "Kota Contoh", "kota", "RPD", 2024, 2026)
    nodes = [
        Node("T-1", "Tujuan", "Meningkatnya kesejahteraan masyarakat yang inklusif",
             indicators=(ind("Angka kemiskinan", base=6.0, step=-0.3, jenis="dampak",
                             polaritas="turun"),)),
        Node("S-1", "Sasaran", "Meningkatnya derajat kesehatan masyarakat", parent="T-1",
             indicators=(ind("Usia harapan hidup", "tahun", base=73.0, step=0.2),)),
        Node("S-2", "Sasaran", "Meningkatnya kualitas pendidikan", parent="T-1",
             indicators=(ind("Rata-rata lama sekolah", "tahun", base=10.5, step=0.1),)),
        Node("SS-1", "Sasaran Strategis PD", "Menurunnya prevalensi stunting < 14% & gizi buruk",
             opds=(DINKES,), parent="S-1",
             indicators=(ind("Prevalensi stunting", base=18.0, step=-1.5, polaritas="turun"),)),
        Node("SS-2", "Sasaran Strategis PD", "Meningkatnya angka partisipasi sekolah",
             opds=(DISDIK,), parent="S-2",
             indicators=(ind("APM SMP"),)),
        Node("P-1", "Program", "Meningkatnya cakupan upaya kesehatan masyarakat",
             opds=(DINKES,), code="1.02.02", parent="SS-1", further_parents=("SS-2",),
             indicators=(ind("Cakupan pelayanan kesehatan"),)),
        Node("P-2", "Program", "Meningkatnya mutu layanan pendidikan dasar",
             opds=(DISDIK,), code="1.01.02", parent="SS-2",
             indicators=(ind("Sekolah terakreditasi A"),)),
        Node("K-1", "Kegiatan", "Tersedianya layanan gizi masyarakat", opds=(DINKES,),
             code="1.02.02.2.02", parent="P-1", position="Kepala Bidang Kesehatan Masyarakat",
             indicators=(ind("Balita gizi kurang tertangani", jenis="output"),
                         ind("Posyandu aktif", "unit", jenis="output", base=90, step=5))),
        Node("K-2", "Kegiatan", "Tersedianya sarana pelayanan kesehatan", opds=(DINKES, DPUPR),
             code="1.02.02.2.01", parent="P-1",
             indicators=(ind("Puskesmas sesuai standar", "unit", jenis="output", base=4),)),
        Node("K-3", "Kegiatan", "Terlaksananya pembelajaran bermutu", opds=(DISDIK,),
             code="1.01.02.2.01", parent="P-2",
             indicators=(ind("Guru bersertifikat", jenis="output"),)),
        Node("SK-1", "Sub Kegiatan", "Pemberian makanan tambahan bagi balita", opds=(DINKES,),
             code="1.02.02.2.02.0003", parent="K-1", budget={2024: 150e6, 2025: 160e6},
             indicators=(ind("Balita mendapat PMT", "orang", jenis="output", base=500,
                             step=50),)),
        Node("SK-2", "Sub Kegiatan", "Pembangunan puskesmas", opds=(DINKES,),
             code="1.02.02.2.01.0002", parent="K-2", budget={2024: 2e9},
             indicators=(ind("Puskesmas dibangun", "unit", jenis="output", base=0),)),
        Node("SK-3", "Sub Kegiatan", "Pelatihan guru", opds=(DISDIK,),
             code="1.01.02.2.01.0005", parent="K-3", notes="usulan baru",
             indicators=(ind("Guru terlatih", "orang", jenis="output", base=100, step=20),)),
        Node("SK-4", "Sub Kegiatan", "Penyediaan buku ajar", opds=(DISDIK,),
             code="1.01.02.2.01.0006", parent="K-3",
             indicators=(ind("Buku tersedia", "eksemplar", jenis="output", base=1000,
                             step=100),)),
    ]
    p.load_nodes(nodes)
    p.reviews = {
        "R-1": ReviewNote("R-1", "SS-1", "Target stunting 2026 terlalu rendah & perlu < 14%",
                          "Asdep KemenPAN-RB", "2024-05-19T09:30", "open",
                          "Target dinaikkan pada revisi Renstra"),
        "R-2": ReviewNote("R-2", "K-3", "Pernyataan masih berupa aktivitas",
                          "Inspektorat", "2024-05-19T10:05", "resolved",
                          "Diganti menjadi kondisi yang ingin dicapai"),
        "R-3": ReviewNote("R-3", "P-1", "Tambahkan indikator cakupan imunisasi",
                          "Bapperida", "2024-05-19T10:40", "open", ""),
    }
    return p
