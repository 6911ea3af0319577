"""OPDs of the Mojokerto sample, part C: governance, public services, order and the kecamatan.

Pagu amounts are in millions of rupiah for 2024.
"""

from __future__ import annotations

from build_mojokerto import City, I

KECAMATAN = (("MGS", "Magersari", 38), ("PRJ", "Prajuritkulon", 36), ("KRG", "Kranggan", 34))


def build(city: City) -> None:
    pelayanan(city)
    tata_kelola(city)
    ketertiban(city)
    kecamatan(city)


def pelayanan(city: City) -> None:
    o = city.opd("DUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil",
                 "Dinas Kependudukan dan Pencatatan Sipil", "2.12", 62)
    ss = o.sspd("DUKCAPIL", "S11", "Meningkatnya kepemilikan dan pemanfaatan dokumen kependudukan",
                I("Persentase penduduk wajib KTP yang memiliki KTP elektronik", "%", 97.5, 98.0, 98.5, 99.0),
                I("Persentase anak yang memiliki akta kelahiran", "%", 96.0, 97.0, 98.0, 99.0))
    ss.penunjang((70.8, 72.2, 73.6, 75.0))
    p = ss.program(
        "2.12.02", "Program Pendaftaran Penduduk",
        "Meningkatnya cakupan perekaman dan pencetakan KTP elektronik",
        I("Persentase perekaman KTP elektronik", "%", 98.2, 98.6, 99.0, 99.4),
        position="Kepala Bidang Pelayanan Pendaftaran Penduduk")
    k = p.kegiatan(
        "01", "Pelayanan Pendaftaran Penduduk",
        "Terlayaninya pendaftaran penduduk secara cepat dan jemput bola",
        I("Jumlah dokumen pendaftaran penduduk yang diterbitkan", "dokumen", 42000, 43000, 44000, 45000))
    k.sub("0001", "Pelayanan Pendaftaran Penduduk",
          "Tersedianya layanan KTP elektronik dan kartu keluarga di kelurahan",
          I("Jumlah kelurahan yang dilayani jemput bola", "kelurahan", 12, 15, 18, 18), 410)
    p = ss.program(
        "2.12.03", "Program Pencatatan Sipil",
        "Meningkatnya kepemilikan akta pencatatan sipil",
        I("Persentase kepemilikan akta kelahiran anak usia 0-18 tahun", "%", 96.0, 97.0, 98.0, 99.0),
        position="Kepala Bidang Pelayanan Pencatatan Sipil")
    k = p.kegiatan(
        "01", "Pelayanan Pencatatan Sipil",
        "Terbitnya akta pencatatan sipil tepat waktu",
        I("Jumlah akta pencatatan sipil yang diterbitkan", "akta", 6800, 7000, 7200, 7400))
    k.sub("0001", "Pelayanan Pencatatan Sipil",
          "Tersedianya layanan akta kelahiran terintegrasi dengan fasilitas kesehatan",
          I("Jumlah akta kelahiran yang diterbitkan", "akta", 3900, 4000, 4100, 4200), 265)

    o = city.opd("KOMINFO", "Dinas Komunikasi dan Informatika",
                 "Dinas Komunikasi dan Informatika", "2.16", 74)
    ss = o.sspd("KOMINFO", "S11", "Meningkatnya keterpaduan layanan pemerintahan berbasis elektronik",
                I("Persentase layanan publik yang terintegrasi secara elektronik", "%", 45.0, 55.0, 65.0, 75.0))
    ss.penunjang((70.2, 71.7, 73.2, 74.7))
    # Planted fault: a new indicator with no baseline.
    p = ss.program(
        "2.16.03", "Program Aplikasi Informatika",
        "Meningkatnya aplikasi layanan publik dan administrasi yang terintegrasi",
        I("Jumlah aplikasi yang terintegrasi dengan Mojokerto Super App", "aplikasi", 12, 18, 24, 30),
        I("Persentase perangkat daerah yang terhubung jaringan intra pemerintah", "%", None, 80.0, 90.0, 100.0),
        position="Kepala Bidang Aplikasi Informatika")
    k = p.kegiatan(
        "02", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota",
        "Tersedianya aplikasi dan infrastruktur SPBE yang andal",
        I("Jumlah aplikasi yang dikembangkan atau diintegrasikan", "aplikasi", 6, 6, 6, 6))
    k.sub("0005", "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
          "Terbangunnya integrasi aplikasi layanan ke super app kota",
          I("Jumlah aplikasi yang diintegrasikan", "aplikasi", 6, 6, 6, 6), 780)
    k.sub("0008", "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
          "Tersedianya jaringan intra pemerintah yang menghubungkan seluruh perangkat daerah",
          I("Jumlah titik jaringan intra pemerintah yang aktif", "titik", 48, 56, 64, 72), 1240)
    p = ss.program(
        "2.16.02", "Program Informasi dan Komunikasi Publik",
        "Meningkatnya keterbukaan informasi publik pemerintah kota",
        I("Nilai keterbukaan informasi publik", "nilai", 82.0, 84.0, 86.0, 88.0),
        position="Kepala Bidang Informasi dan Komunikasi Publik")
    k = p.kegiatan(
        "01", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota",
        "Tersebarnya informasi kebijakan dan layanan pemerintah kota",
        I("Jumlah konten informasi publik yang dipublikasikan", "konten", 900, 1000, 1100, 1200))
    k.sub("0002", "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
          "Tersedianya konten informasi publik di kanal resmi pemerintah kota",
          I("Jumlah konten yang diterbitkan di kanal resmi", "konten", 900, 1000, 1100, 1200), 450)

    o = city.opd("PUSIP", "Dinas Perpustakaan dan Kearsipan",
                 "Dinas Perpustakaan dan Kearsipan", "2.23", 41)
    ss = o.sspd("PUSTAKA", "S4", "Meningkatnya budaya gemar membaca masyarakat",
                I("Tingkat gemar membaca masyarakat", "nilai", 66.0, 68.0, 70.0, 72.0))
    ss.penunjang((69.6, 71.0, 72.4, 73.8))
    p = ss.program(
        "2.23.02", "Program Pembinaan Perpustakaan",
        "Meningkatnya kunjungan dan pemanfaatan perpustakaan",
        I("Jumlah kunjungan perpustakaan per tahun", "kunjungan", 98000, 105000, 112000, 119000),
        position="Kepala Bidang Perpustakaan")
    k = p.kegiatan(
        "01", "Pengelolaan Perpustakaan Tingkat Daerah Kabupaten/Kota",
        "Tersedianya koleksi dan layanan perpustakaan yang menarik",
        I("Jumlah koleksi bahan pustaka", "eksemplar", 61000, 64000, 67000, 70000))
    k.sub("0004", "Pengembangan Koleksi Budaya Etnis Nusantara",
          "Bertambahnya koleksi bahan pustaka tercetak dan digital",
          I("Jumlah koleksi bahan pustaka yang diadakan", "eksemplar", 3000, 3000, 3000, 3000), 385)
    sa = o.sspd("ARSIP", "S10", "Meningkatnya tertib pengelolaan arsip perangkat daerah",
                I("Nilai pengawasan kearsipan internal", "nilai", 68.0, 71.0, 74.0, 77.0))
    p = sa.program(
        "2.24.02", "Program Pengelolaan Arsip",
        "Meningkatnya perangkat daerah yang mengelola arsip dengan tertib",
        I("Persentase perangkat daerah dengan pengelolaan arsip kategori baik", "%", 46.0, 54.0, 62.0, 70.0),
        position="Kepala Bidang Kearsipan")
    k = p.kegiatan(
        "01", "Pengelolaan Arsip Dinamis Pemerintah Daerah Kabupaten/Kota",
        "Tertatanya arsip dinamis perangkat daerah",
        I("Jumlah perangkat daerah yang didampingi penataan arsip", "perangkat daerah", 8, 10, 12, 14))
    k.sub("0001", "Pengelolaan Arsip Dinamis di Lingkungan Pemerintah Daerah",
          "Tertatanya arsip inaktif perangkat daerah di record center",
          I("Jumlah boks arsip inaktif yang ditata", "boks", 800, 900, 1000, 1100), 240)

    o = city.opd("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
                 "Dinas Penanaman Modal dan PTSP", "2.18", 46)
    ss = o.sspd("INVESTASI", "S7", "Meningkatnya realisasi investasi dan kualitas layanan perizinan",
                I("Nilai realisasi investasi", "miliar rupiah", 1250, 1350, 1450, 1560),
                I("Indeks kepuasan masyarakat terhadap layanan perizinan", "nilai", 84.0, 85.0, 86.0, 87.0))
    ss.penunjang((70.9, 72.3, 73.7, 75.1))
    p = ss.program(
        "2.18.04", "Program Pelayanan Penanaman Modal",
        "Meningkatnya kecepatan layanan perizinan berusaha",
        I("Persentase perizinan yang terbit sesuai standar waktu", "%", 90.0, 93.0, 96.0, 98.0),
        position="Kepala Bidang Pelayanan Perizinan")
    k = p.kegiatan(
        "01", "Pelayanan Perizinan dan Nonperizinan secara Terpadu Satu Pintu di Bidang Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota",
        "Terlayaninya perizinan berusaha melalui OSS secara tepat waktu",
        I("Jumlah izin dan nonizin yang diterbitkan", "izin", 4200, 4500, 4800, 5100))
    k.sub("0001", "Penyediaan Pelayanan Terpadu Perizinan dan Nonperizinan Berbasis Sistem Pelayanan Perizinan Berusaha Terintegrasi Secara Elektronik",
          "Terlayaninya pemohon izin berusaha di mal pelayanan publik",
          I("Jumlah pemohon yang terlayani", "pemohon", 9500, 10000, 10500, 11000), 360)
    p = ss.program(
        "2.18.03", "Program Promosi Penanaman Modal",
        "Meningkatnya minat investor menanamkan modal di Kota Mojokerto",
        I("Jumlah minat investasi yang ditindaklanjuti", "proyek", 8, 10, 12, 14),
        position="Kepala Bidang Penanaman Modal")
    k = p.kegiatan(
        "01", "Penyelenggaraan Promosi Penanaman Modal yang Menjadi Kewenangan Daerah Kabupaten/Kota",
        "Tersedianya profil peluang investasi kota yang siap ditawarkan",
        I("Jumlah profil proyek investasi yang siap ditawarkan", "proyek", 3, 4, 5, 6))
    k.sub("0002", "Pelaksanaan Kegiatan Promosi Penanaman Modal Daerah Kabupaten/Kota",
          "Terpromosikannya peluang investasi pada forum investasi regional",
          I("Jumlah forum promosi investasi yang diikuti", "forum", 3, 4, 4, 5), 290)


def tata_kelola(city: City) -> None:
    o = city.opd("BPKPD", "Badan Pengelolaan Keuangan dan Pendapatan Daerah",
                 "Badan Pengelolaan Keuangan dan Pendapatan Daerah", "5.02", 132)
    ss = o.sspd("KEUANGAN", "S10", "Meningkatnya kemandirian dan akuntabilitas pengelolaan keuangan daerah",
                I("Rasio pendapatan asli daerah terhadap total pendapatan daerah", "%", 23.5, 24.5, 25.5, 26.5))
    ss.penunjang((71.5, 73.0, 74.5, 76.0))
    p = ss.program(
        "5.02.04", "Program Pengelolaan Pendapatan Daerah",
        "Meningkatnya realisasi pajak daerah",
        I("Realisasi pajak daerah", "miliar rupiah", 98.0, 106.0, 114.0, 122.0),
        position="Kepala Bidang Pendapatan")
    k = p.kegiatan(
        "01", "Pengelolaan Pendapatan Daerah",
        "Terdatanya wajib pajak daerah secara lengkap dan mutakhir",
        I("Jumlah objek pajak yang dimutakhirkan", "objek pajak", 12000, 14000, 16000, 18000))
    k.sub("0001", "Perencanaan Pengelolaan Pajak Daerah",
          "Termutakhirkannya basis data objek PBB-P2 dan pajak restoran",
          I("Jumlah objek pajak yang didata ulang", "objek pajak", 12000, 14000, 16000, 18000), 820)
    p = ss.program(
        "5.02.02", "Program Pengelolaan Keuangan Daerah",
        "Terwujudnya laporan keuangan daerah yang andal dan tepat waktu",
        I("Jumlah temuan BPK atas laporan keuangan", "temuan", 14, 12, 10, 8, turun=True),
        position="Kepala Bidang Akuntansi")
    k = p.kegiatan(
        "05", "Koordinasi dan Penyusunan Laporan Keuangan Daerah",
        "Tersusunnya laporan keuangan pemerintah daerah tepat waktu",
        I("Jumlah laporan keuangan pemerintah daerah yang tersusun", "laporan", 2, 2, 2, 2))
    k.sub("0001", "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPKD",
          "Tersedianya laporan keuangan pemerintah daerah yang diaudit BPK",
          I("Jumlah laporan keuangan akhir tahun", "laporan", 1, 1, 1, 1), 380)

    o = city.opd("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                 "Badan Kepegawaian dan Pengembangan SDM", "5.03", 52)
    ss = o.sspd("ASN", "S10", "Meningkatnya profesionalitas aparatur sipil negara",
                I("Indeks profesionalitas ASN", "nilai", 72.0, 74.0, 76.0, 78.0))
    ss.penunjang((70.7, 72.1, 73.5, 74.9))
    p = ss.program(
        "5.04.02", "Program Pengembangan Sumber Daya Manusia",
        "Meningkatnya kompetensi ASN sesuai standar jabatan",
        I("Persentase ASN yang memenuhi 20 jam pelajaran pengembangan kompetensi", "%", 62.0, 70.0, 78.0, 86.0),
        position="Kepala Bidang Pengembangan Kompetensi")
    k = p.kegiatan(
        "01", "Pengembangan Kompetensi Teknis",
        "Meningkatnya kompetensi teknis dan manajerial ASN",
        I("Jumlah ASN yang mengikuti pengembangan kompetensi", "orang", 900, 1000, 1100, 1200))
    k.sub("0002", "Penyelenggaraan Pelatihan Kepemimpinan dan Manajerial",
          "Terlatihnya pejabat struktural dalam kepemimpinan dan manajemen kinerja",
          I("Jumlah pejabat yang mengikuti pelatihan kepemimpinan", "orang", 60, 70, 80, 90), 940)

    o = city.opd("BAPPERIDA", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
                 "Bapperida", "5.01", 58)
    ss = o.sspd("RENBANG", "S10", "Meningkatnya kualitas perencanaan dan pengendalian pembangunan daerah",
                I("Persentase program Renja perangkat daerah yang selaras dengan RPD", "%", 88.0, 91.0, 94.0, 97.0))
    ss.penunjang((72.1, 73.6, 75.1, 76.6))
    p = ss.program(
        "5.01.02", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
        "Meningkatnya kualitas dokumen perencanaan dan pohon kinerja kota",
        I("Nilai komponen perencanaan kinerja dalam evaluasi SAKIP", "nilai", 19.2, 20.5, 21.8, 22.5),
        position="Kepala Bidang Perencanaan dan Evaluasi")
    k = p.kegiatan(
        "01", "Penyusunan Perencanaan dan Pendanaan",
        "Tersusunnya RKPD dan pohon kinerja kota tepat waktu",
        I("Jumlah dokumen perencanaan daerah yang ditetapkan", "dokumen", 3, 3, 3, 3))
    k.sub("0003", "Penyusunan Dokumen Perencanaan Pembangunan Daerah Tahunan (RKPD)",
          "Tersedianya RKPD beserta pohon kinerja yang telah diasistensi",
          I("Jumlah dokumen RKPD yang ditetapkan", "dokumen", 1, 1, 1, 1), 620)
    k = p.kegiatan(
        "03", "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah",
        "Tersedianya laporan evaluasi capaian kinerja pembangunan daerah",
        I("Jumlah laporan evaluasi pembangunan daerah", "laporan", 6, 6, 6, 6))
    k.sub("0002", "Evaluasi Hasil Pelaksanaan Rencana Pembangunan Daerah",
          "Tersedianya laporan evaluasi RPD dan RKPD",
          I("Jumlah laporan evaluasi rencana pembangunan daerah", "laporan", 5, 5, 5, 5), 335)
    # Planted fault: the 2026 target of the innovation indicator was never filled in.
    p = ss.program(
        "5.05.02", "Program Penelitian dan Pengembangan Daerah",
        "Meningkatnya inovasi daerah yang diterapkan perangkat daerah",
        I("Jumlah inovasi daerah yang diterapkan", "inovasi", 48, 60, 72),
        position="Kepala Bidang Riset dan Inovasi")
    k = p.kegiatan(
        "01", "Penelitian dan Pengembangan Daerah",
        "Tersedianya kajian dan inovasi yang mendukung kebijakan daerah",
        I("Jumlah kajian kebijakan yang dimanfaatkan", "kajian", 3, 4, 4, 5))
    k.sub("0003", "Fasilitasi Inovasi Daerah",
          "Terjaringnya inovasi perangkat daerah dan masyarakat melalui lomba inovasi",
          I("Jumlah proposal inovasi yang dinilai", "proposal", 60, 70, 80, 90), 275)

    o = city.opd("SETDA", "Sekretariat Daerah", "Sekretariat Daerah", "4.01", 196)
    ss = o.sspd("SETDA", "S10", "Meningkatnya kualitas tata kelola pemerintahan dan reformasi birokrasi",
                I("Persentase perangkat daerah dengan nilai SAKIP minimal BB", "%", 34.6, 50.0, 65.4, 80.8))
    ss.penunjang((71.0, 72.5, 74.0, 75.5))
    p = ss.program(
        "4.01.03", "Program Perekonomian dan Pembangunan",
        "Meningkatnya akuntabilitas pengadaan barang dan jasa pemerintah",
        I("Indeks tata kelola pengadaan barang dan jasa", "nilai", 78.0, 81.0, 84.0, 87.0),
        position="Asisten Perekonomian dan Pembangunan")
    k = p.kegiatan(
        "06", "Pengelolaan Pengadaan Barang dan Jasa",
        "Terlaksananya tender dan seleksi pengadaan secara elektronik tepat waktu",
        I("Jumlah paket pengadaan yang diproses secara elektronik", "paket", 180, 190, 200, 210),
        position="Kepala Bagian Pengadaan Barang dan Jasa")
    k.sub("0001", "Pengelolaan Pengadaan Barang dan Jasa",
          "Tersedianya layanan pemilihan penyedia bagi perangkat daerah",
          I("Jumlah paket pengadaan yang selesai dipilih penyedianya", "paket", 180, 190, 200, 210), 520)
    p = ss.program(
        "4.01.02", "Program Pemerintahan dan Kesejahteraan Rakyat",
        "Meningkatnya kualitas kebijakan hukum dan organisasi perangkat daerah",
        I("Persentase produk hukum daerah yang ditetapkan tanpa koreksi", "%", 88.0, 90.0, 92.0, 94.0),
        position="Asisten Pemerintahan dan Kesejahteraan Rakyat")
    k = p.kegiatan(
        "04", "Fasilitasi dan Koordinasi Hukum",
        "Tersusunnya produk hukum daerah yang harmonis",
        I("Jumlah produk hukum daerah yang disusun", "produk hukum", 95, 100, 105, 110),
        position="Kepala Bagian Hukum")
    k.sub("0001", "Fasilitasi Penyusunan Perundang-undangan",
          "Tersedianya rancangan peraturan daerah dan peraturan wali kota",
          I("Jumlah rancangan produk hukum yang difasilitasi", "produk hukum", 95, 100, 105, 110), 460)

    o = city.opd("DPRD", "Sekretariat DPRD", "Sekretariat DPRD", "4.02", 64)
    ss = o.sspd("DPRD", "S10", "Meningkatnya kualitas dukungan pelaksanaan fungsi DPRD",
                I("Persentase rancangan peraturan daerah yang ditetapkan tepat waktu", "%", 75.0, 80.0, 85.0, 90.0))
    ss.penunjang((69.4, 70.9, 72.4, 73.9))
    p = ss.program(
        "4.02.02", "Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD",
        "Meningkatnya dukungan bagi fungsi legislasi, anggaran dan pengawasan DPRD",
        I("Jumlah peraturan daerah yang ditetapkan", "perda", 8, 9, 10, 11),
        position="Kepala Bagian Persidangan dan Perundang-undangan")
    k = p.kegiatan(
        "01", "Pembentukan Peraturan Daerah dan Peraturan DPRD",
        "Tersusunnya peraturan daerah inisiatif dan usulan pemerintah kota",
        I("Jumlah rancangan peraturan daerah yang dibahas", "raperda", 10, 11, 12, 13))
    k.sub("0001", "Penyusunan dan Pembahasan Program Pembentukan Peraturan Daerah",
          "Tersedianya program pembentukan peraturan daerah tahunan",
          I("Jumlah dokumen program pembentukan peraturan daerah", "dokumen", 1, 1, 1, 1), 1450)

    o = city.opd("INSP", "Inspektorat", "Inspektorat", "6.01", 48)
    ss = o.sspd("INSP", "S10", "Meningkatnya kapabilitas pengawasan internal pemerintah daerah",
                I("Level kapabilitas APIP", "level", 3, 3, 3, 4),
                I("Persentase tindak lanjut rekomendasi hasil pemeriksaan", "%", 84.0, 87.0, 90.0, 93.0))
    ss.penunjang((72.3, 73.8, 75.3, 76.8))
    p = ss.program(
        "6.01.02", "Program Penyelenggaraan Pengawasan",
        "Meningkatnya kualitas pengawasan atas kinerja dan keuangan perangkat daerah",
        I("Persentase perangkat daerah yang diaudit kinerja", "%", 60.0, 70.0, 80.0, 90.0),
        position="Inspektur Pembantu Wilayah I")
    k = p.kegiatan(
        "01", "Penyelenggaraan Pengawasan Internal",
        "Tersedianya laporan hasil audit dan reviu perangkat daerah",
        I("Jumlah laporan hasil pengawasan", "laporan", 140, 150, 160, 170))
    k.sub("0001", "Pengawasan Kinerja Pemerintah Daerah",
          "Tersedianya laporan evaluasi akuntabilitas kinerja perangkat daerah",
          I("Jumlah laporan evaluasi SAKIP perangkat daerah", "laporan", 26, 26, 26, 26), 365)
    k.sub("0002", "Pengawasan Keuangan Pemerintah Daerah",
          "Tersedianya laporan reviu laporan keuangan pemerintah daerah",
          I("Jumlah laporan reviu keuangan", "laporan", 4, 4, 4, 4), 290)


def ketertiban(city: City) -> None:
    o = city.opd("SATPOL", "Satuan Polisi Pamong Praja", "Satuan Polisi Pamong Praja", "1.05", 158)
    ss = o.sspd("TRANTIB", "S12", "Meningkatnya ketenteraman dan ketertiban umum masyarakat",
                I("Persentase gangguan ketenteraman dan ketertiban yang tertangani", "%", 88.0, 90.0, 92.0, 94.0))
    ss.penunjang((69.7, 71.2, 72.7, 74.2))
    # Planted fault: a program statement that names the work, not the result.
    p = ss.program(
        "1.05.02", "Program Peningkatan Ketenteraman dan Ketertiban Umum",
        "Penyelenggaraan ketenteraman dan ketertiban umum serta penegakan peraturan daerah",
        I("Persentase pelanggaran peraturan daerah yang ditindaklanjuti", "%", 82.0, 85.0, 88.0, 91.0),
        position="Kepala Bidang Ketenteraman dan Ketertiban Umum")
    k = p.kegiatan(
        "01", "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
        "Tertanganinya gangguan ketenteraman dan ketertiban umum",
        I("Jumlah patroli ketenteraman dan ketertiban", "kali", 700, 720, 740, 760))
    k.sub("0001", "Penanganan Gangguan Ketenteraman dan Ketertiban Umum",
          "Terlaksananya patroli wilayah dan pengamanan event kota",
          I("Jumlah patroli dan pengamanan yang dilaksanakan", "kali", 700, 720, 740, 760), 890)
    k = p.kegiatan(
        "02", "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
        "Tertibnya pelaku usaha dan masyarakat terhadap peraturan daerah",
        I("Jumlah pelanggaran perda yang ditindak", "kasus", 240, 250, 260, 270))
    k.sub("0001", "Penegakan Peraturan Daerah Kabupaten/Kota dan Peraturan Bupati/Wali Kota",
          "Terlaksananya penertiban pedagang kaki lima dan reklame",
          I("Jumlah kegiatan penertiban", "kegiatan", 48, 52, 56, 60), 420)

    o = city.opd("BPBD", "Badan Penanggulangan Bencana Daerah", "Badan Penanggulangan Bencana Daerah", "1.05", 44)
    ss = o.sspd("BENCANA", "S12", "Meningkatnya kesiapsiagaan masyarakat menghadapi bencana",
                I("Jumlah kelurahan tangguh bencana", "kelurahan", 6, 8, 10, 12))
    ss.penunjang((70.5, 72.0, 73.5, 75.0))
    p = ss.program(
        "1.05.03", "Program Penanggulangan Bencana",
        "Meningkatnya kapasitas kelurahan dalam menghadapi banjir dan kebakaran",
        I("Persentase kelurahan rawan banjir yang memiliki rencana kontinjensi", "%", 40.0, 55.0, 70.0, 85.0),
        position="Kepala Bidang Pencegahan dan Kesiapsiagaan")
    k = p.kegiatan(
        "02", "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
        "Meningkatnya kapasitas relawan dan masyarakat tanggap bencana",
        I("Jumlah relawan bencana yang dilatih", "orang", 120, 140, 160, 180))
    k.sub("0002", "Pelatihan Pencegahan dan Mitigasi Bencana",
          "Terlatihnya relawan dan warga kelurahan rawan banjir",
          I("Jumlah warga yang mengikuti pelatihan mitigasi", "orang", 120, 140, 160, 180), 215)
    k = p.kegiatan(
        "03", "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
        "Tertanganinya korban bencana secara cepat",
        I("Waktu tanggap kejadian bencana", "menit", 30, 25, 20, 15, turun=True))
    k.sub("0001", "Respon Cepat Darurat Bencana",
          "Tersedianya tim reaksi cepat dan peralatan evakuasi",
          I("Jumlah paket peralatan evakuasi yang siap pakai", "paket", 4, 5, 6, 7), 330)

    o = city.opd("BAKESBANG", "Badan Kesatuan Bangsa dan Politik", "Badan Kesatuan Bangsa dan Politik", "8.01", 32)
    ss = o.sspd("KESBANG", "S12", "Meningkatnya wawasan kebangsaan dan kewaspadaan dini masyarakat",
                I("Indeks wawasan kebangsaan masyarakat", "nilai", 74.0, 75.5, 77.0, 78.5))
    ss.penunjang((69.3, 70.8, 72.3, 73.8))
    p = ss.program(
        "8.01.02", "Program Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
        "Meningkatnya pemahaman ideologi Pancasila dan karakter kebangsaan pelajar dan pemuda",
        I("Persentase peserta dengan peningkatan pemahaman wawasan kebangsaan", "%", 70.0, 74.0, 78.0, 82.0),
        position="Kepala Bidang Ideologi dan Wawasan Kebangsaan")
    k = p.kegiatan(
        "01", "Perumusan Kebijakan Teknis dan Pemantapan Pelaksanaan Bidang Ideologi Pancasila dan Karakter Kebangsaan",
        "Terselenggaranya pendidikan wawasan kebangsaan bagi pelajar",
        I("Jumlah pelajar yang mengikuti pendidikan wawasan kebangsaan", "orang", 600, 700, 800, 900))
    k.sub("0001", "Penguatan Ideologi Pancasila dan Karakter Kebangsaan",
          "Terlaksananya pendidikan wawasan kebangsaan di sekolah",
          I("Jumlah sekolah yang menjadi lokasi kegiatan", "sekolah", 12, 14, 16, 18), 185)
    p = ss.program(
        "8.01.06", "Program Peningkatan Kewaspadaan Nasional dan Peningkatan Kualitas dan Fasilitasi Penanganan Konflik Sosial",
        "Meningkatnya deteksi dini potensi konflik sosial",
        I("Jumlah potensi konflik sosial yang terdeteksi dini", "laporan", 20, 24, 28, 32),
        position="Kepala Bidang Kewaspadaan Nasional")
    k = p.kegiatan(
        "01", "Perumusan Kebijakan Teknis di Bidang Kewaspadaan Nasional dan Penanganan Konflik Sosial",
        "Aktifnya forum kewaspadaan dini masyarakat",
        I("Jumlah rapat forum kewaspadaan dini", "kali", 6, 8, 10, 12))
    k.sub("0002", "Penyelenggaraan Forum Kewaspadaan Dini Masyarakat",
          "Tersedianya laporan deteksi dini dari forum kewaspadaan",
          I("Jumlah laporan deteksi dini", "laporan", 20, 24, 28, 32), 160)


def kecamatan(city: City) -> None:
    for tag, name, staff in KECAMATAN:
        o = city.opd(f"KEC-{tag}", f"Kecamatan {name}", f"Kecamatan {name}", "7.01", staff)
        ss = o.sspd(f"KEC-{tag}", "S11", f"Meningkatnya kualitas pelayanan publik di Kecamatan {name}",
                    I("Indeks kepuasan masyarakat terhadap layanan kecamatan", "nilai", 82.0, 83.0, 84.0, 85.0))
        ss.penunjang((68.9, 70.4, 71.9, 73.4))
        p = ss.program(
            "7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik",
            f"Meningkatnya kualitas layanan administrasi dan pemerintahan kelurahan di Kecamatan {name}",
            I("Persentase layanan administrasi yang selesai sesuai standar waktu", "%", 90.0, 92.0, 94.0, 96.0),
            position="Sekretaris Kecamatan")
        k = p.kegiatan(
            "02", "Peningkatan Efektivitas Pelayanan Publik",
            "Terlayaninya administrasi kependudukan dan perizinan tingkat kecamatan",
            I("Jumlah layanan administrasi yang diterbitkan", "layanan", 2400, 2500, 2600, 2700),
            position="Kepala Seksi Pelayanan")
        k.sub("0001", "Fasilitasi Pelayanan Publik di Kecamatan",
              "Tersedianya layanan publik terpadu kecamatan",
              I("Jumlah pemohon layanan yang terlayani", "orang", 2400, 2500, 2600, 2700), 135 + staff)
        k = p.kegiatan(
            "01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
            "Terkoordinasinya perencanaan pembangunan kelurahan dalam musrenbang",
            I("Jumlah musyawarah perencanaan pembangunan yang difasilitasi", "kali", 7, 7, 7, 7),
            position="Kepala Seksi Pemerintahan")
        k.sub("0002", "Fasilitasi Musyawarah Perencanaan Pembangunan Kelurahan dan Kecamatan",
              "Tersedianya usulan pembangunan kelurahan yang terverifikasi",
              I("Jumlah dokumen hasil musrenbang", "dokumen", 7, 7, 7, 7), 95)
