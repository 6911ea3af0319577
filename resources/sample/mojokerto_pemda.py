"""The city levels of the Mojokerto sample: Tujuan, Sasaran and the shared stunting node.

The six tujuan indicators are the real IKU Kepala Daerah of the RPD 2024-2026;
their 2025 targets match the values the city reported for 2025 (kemiskinan
5.05 %, IPM 82.35, pertumbuhan ekonomi 5.32 %), the other years are plausible.
The Sasaran are invented for illustration and say so in their Keterangan.
"""

from __future__ import annotations

from build_mojokerto import CONTOH, City, I

# OPD names used across files (the city's own names).
KES = "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana"
RSUD = "RSUD dr. Wahidin Sudiro Husodo"
DIKBUD = "Dinas Pendidikan dan Kebudayaan"
DISPORAPAR = "Dinas Kepemudaan, Olahraga dan Pariwisata"
SOS = "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak"
PUPR = "Dinas Pekerjaan Umum dan Penataan Ruang, Perumahan Rakyat dan Kawasan Permukiman"
DISKOP = "Dinas Koperasi, Usaha Kecil dan Menengah, Perindustrian dan Perdagangan"
DKPP = "Dinas Ketahanan Pangan dan Pertanian"
DLH = "Dinas Lingkungan Hidup"
DISHUB = "Dinas Perhubungan"

IKU = "IKU Kepala Daerah RPD 2024-2026"
BPS = "BPS Kota Mojokerto"


def build(city: City) -> None:
    add = city.add
    wk = "Wali Kota Mojokerto"

    add("T1", "Tujuan", "Meningkatnya kesejahteraan masyarakat yang inklusif dan berkeadilan", (
        I("Angka kemiskinan", "%", 5.87, 5.45, 5.05, 4.75, turun=True,
          definition="Persentase penduduk yang berada di bawah garis kemiskinan",
          formula="Jumlah penduduk miskin / jumlah penduduk x 100%", source=BPS),
        I("Indeks Gini", "indeks", 0.372, 0.370, 0.368, 0.365, turun=True,
          definition="Ukuran ketimpangan pengeluaran penduduk (0 merata, 1 timpang)", source=BPS),
    ), position=wk, notes=IKU)
    add("S1", "Sasaran", "Meningkatnya perlindungan sosial bagi penduduk miskin dan rentan", (
        I("Persentase penduduk miskin dan rentan yang menerima perlindungan sosial", "%", 68.0, 72.0, 76.0, 80.0),
    ), parent="T1", position=wk, notes=CONTOH)
    add("S2", "Sasaran", "Meningkatnya kesetaraan gender dan perlindungan anak", (
        I("Indeks pembangunan gender", "indeks", 96.10, 96.30, 96.50, 96.70),
    ), parent="T1", position=wk, notes=CONTOH)

    add("T2", "Tujuan", "Meningkatnya kualitas dan daya saing sumber daya manusia", (
        I("Indeks pembangunan manusia", "indeks", 81.36, 81.85, 82.35, 82.80,
          definition="Capaian umur panjang dan sehat, pengetahuan, dan standar hidup layak",
          formula="Rata-rata geometrik indeks kesehatan, pendidikan dan pengeluaran", source=BPS),
    ), position=wk, notes=IKU)
    add("S3", "Sasaran", "Meningkatnya derajat kesehatan masyarakat", (
        I("Usia harapan hidup", "tahun", 74.12, 74.25, 74.38, 74.50),
    ), parent="T2", position=wk, notes=CONTOH)
    add("SS-STUNTING", "Sasaran Strategis PD", "Menurunnya prevalensi balita stunting di Kota Mojokerto", (
        I("Prevalensi balita stunting", "%", 8.62, 7.50, 6.50, 5.50, turun=True,
          formula="Balita stunting / balita yang diukur x 100%", source="Aplikasi e-PPGBM"),
    ), parent="S3", opds=(KES, SOS, DKPP, PUPR),
        position="Kepala Dinas Kesehatan, PP dan KB (Ketua Pelaksana TPPS)",
        notes="Crosscutting: Tim Percepatan Penurunan Stunting (TPPS) Kota Mojokerto")
    add("S4", "Sasaran", "Meningkatnya akses dan mutu pendidikan masyarakat", (
        I("Harapan lama sekolah", "tahun", 13.85, 13.90, 13.95, 14.00),
        I("Rata-rata lama sekolah", "tahun", 10.95, 11.02, 11.09, 11.16),
    ), parent="T2", position=wk, notes=CONTOH)
    add("S5", "Sasaran", "Meningkatnya peran pemuda dan prestasi olahraga", (
        I("Indeks pembangunan pemuda", "indeks", 55.20, 56.00, 56.80, 57.60),
    ), parent="T2", position=wk, notes=CONTOH)

    add("T3", "Tujuan", "Meningkatnya pertumbuhan ekonomi daerah yang berdaya saing dan berkelanjutan", (
        I("Pertumbuhan ekonomi", "%", 5.10, 5.20, 5.32, 5.45,
          definition="Laju pertumbuhan PDRB atas dasar harga konstan", source=BPS),
    ), position=wk, notes=IKU)
    add("S6", "Sasaran", "Meningkatnya kunjungan wisata dan nilai tambah ekonomi kreatif", (
        I("Kontribusi sektor penyediaan akomodasi dan makan minum terhadap PDRB", "%", 4.12, 4.25, 4.38, 4.52),
    ), parent="T3", position=wk, notes=CONTOH)
    add("S7", "Sasaran", "Meningkatnya daya saing usaha mikro, industri, perdagangan dan investasi", (
        I("Kontribusi sektor perdagangan besar dan eceran terhadap PDRB", "%", 21.40, 21.60, 21.80, 22.00),
    ), parent="T3", position=wk, notes=CONTOH)
    add("S8", "Sasaran", "Meningkatnya ketahanan pangan masyarakat", (
        I("Indeks ketahanan pangan", "indeks", 80.50, 81.20, 81.90, 82.60),
    ), parent="T3", position=wk, notes=CONTOH)
    add("S9", "Sasaran", "Meningkatnya kualitas infrastruktur dan konektivitas perkotaan", (
        I("Indeks kepuasan masyarakat terhadap infrastruktur kota", "nilai", 76.0, 77.5, 79.0, 80.5),
    ), parent="T3", position=wk, notes=CONTOH)

    add("T4", "Tujuan", "Meningkatnya kualitas tata kelola pemerintahan yang bersih, efektif dan melayani", (
        I("Indeks reformasi birokrasi", "nilai", 71.50, 73.00, 75.00, 77.00,
          definition="Hasil evaluasi pelaksanaan reformasi birokrasi oleh KemenPAN-RB",
          source="KemenPAN-RB"),
    ), position=wk, notes=IKU)
    add("S10", "Sasaran", "Meningkatnya akuntabilitas kinerja dan keuangan pemerintah daerah", (
        I("Nilai SAKIP Pemerintah Kota Mojokerto", "nilai", 70.96, 75.00, 80.50, 82.00),
    ), parent="T4", position=wk, notes=CONTOH)
    add("S11", "Sasaran", "Meningkatnya kualitas pelayanan publik dan pemerintahan digital", (
        I("Indeks pelayanan publik", "indeks", 3.85, 4.00, 4.15, 4.30),
        I("Indeks SPBE", "indeks", 2.95, 3.15, 3.35, 3.55),
    ), parent="T4", position=wk, notes=CONTOH)
    add("S12", "Sasaran", "Meningkatnya ketenteraman, ketertiban dan ketangguhan masyarakat terhadap bencana", (
        I("Indeks risiko bencana", "indeks", 98.40, 95.00, 92.00, 89.00, turun=True),
    ), parent="T4", position=wk, notes=CONTOH)

    add("T5", "Tujuan", "Meningkatnya kualitas lingkungan hidup perkotaan yang berketahanan", (
        I("Indeks kualitas lingkungan hidup", "indeks", 60.12, 60.80, 61.50, 62.20,
          definition="Gabungan indeks kualitas air, udara, tutupan lahan dan air laut",
          source="Kementerian Lingkungan Hidup dan Kehutanan"),
    ), position=wk, notes=IKU)
    add("S13", "Sasaran", "Meningkatnya kualitas air, udara dan pengelolaan sampah perkotaan", (
        I("Persentase sampah yang terkelola", "%", 78.0, 81.0, 84.0, 87.0),
    ), parent="T5", position=wk, notes=CONTOH)
    # Planted fault: a Sasaran no OPD has taken up yet (dead-end).
    add("S14", "Sasaran", "Meningkatnya ketahanan kota terhadap dampak perubahan iklim", (
        I("Persentase kelurahan yang mengikuti Program Kampung Iklim", "%", 22.2, 33.3, 44.4, 55.6),
    ), parent="T5", position=wk, notes=CONTOH + "; belum dijabarkan ke perangkat daerah")
