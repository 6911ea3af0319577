"""OPDs of the Mojokerto sample, part A: health, education, tourism and the economy.

Stunting: the shared node `SS-STUNTING` (four OPDs) has main children from
Dinkes PPKB, DKPP and PUPR Perkim, and further links (Induk Lain) from the
programs of Dinkes, Dinsos P3A and PUPR that also serve it. Tourism: Disporapar's
`SS-WISATA` receives further links from Diskopukmperindag, Dinas Perhubungan and
Dinas Pendidikan dan Kebudayaan. Program 1.02.02 is run by Dinkes and RSUD.
Pagu amounts are in millions of rupiah for 2024.
"""

from __future__ import annotations

from build_mojokerto import City, I
from mojokerto_pemda import DIKBUD, DISKOP, DISPORAPAR, KES, RSUD


def build(city: City) -> None:
    kesehatan(city)
    pendidikan(city)
    pariwisata(city)
    ekonomi(city)


def kesehatan(city: City) -> None:
    o = city.opd("KES", KES, "Dinas Kesehatan, PP dan KB", "1.02", 540)
    ss = o.sspd("KES", "S3", "Meningkatnya mutu dan cakupan layanan kesehatan masyarakat",
                I("Persentase capaian standar pelayanan minimal bidang kesehatan", "%", 88.5, 91.0, 94.0, 97.0))
    ss.penunjang((71.2, 72.5, 74.0, 75.5))
    p = ss.program(
        "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
        "Meningkatnya cakupan layanan kesehatan perorangan dan masyarakat sesuai standar",
        I("Persentase puskesmas terakreditasi paripurna", "%", 33.3, 50.0, 66.7, 83.3),
        I("Angka kematian bayi per 1.000 kelahiran hidup", "per 1.000 KH", 6.8, 6.5, 6.2, 5.9, turun=True),
        further=("SS-STUNTING",), position="Kepala Bidang Kesehatan Masyarakat")
    k = p.kegiatan(
        "01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
        "Tersedianya sarana, prasarana dan alat kesehatan puskesmas sesuai standar",
        I("Jumlah puskesmas dengan sarana, prasarana dan alat kesehatan sesuai standar", "puskesmas", 3, 4, 5, 6))
    k.sub("0009", "Rehabilitasi dan Pemeliharaan Puskesmas",
          "Terehabilitasinya gedung puskesmas dan jaringannya",
          I("Jumlah puskesmas yang direhabilitasi", "unit", 1, 1, 2, 2), 2350)
    k.sub("0014", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
          "Tersedianya alat kesehatan dan alat penunjang medik puskesmas",
          I("Jumlah paket alat kesehatan puskesmas yang diadakan", "paket", 4, 5, 6, 6), 1875)
    k = p.kegiatan(
        "02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
        "Terlayaninya sasaran standar pelayanan minimal kesehatan sesuai standar",
        I("Jumlah jenis layanan SPM kesehatan yang terpenuhi sesuai standar", "jenis layanan", 9, 10, 11, 12))
    k.sub("0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
          "Terlayaninya ibu hamil sesuai standar pelayanan antenatal",
          I("Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", "orang", 2040, 2055, 2070, 2085), 415)
    k.sub("0003", "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
          "Terlayaninya bayi baru lahir dengan kunjungan neonatal lengkap",
          I("Jumlah bayi baru lahir yang mendapatkan pelayanan kesehatan sesuai standar", "bayi", 1935, 1950, 1965, 1980), 280)
    k.sub("0004", "Pengelolaan Pelayanan Kesehatan Balita",
          "Terpantaunya tumbuh kembang balita di posyandu dan puskesmas",
          I("Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar", "balita", 9420, 9480, 9540, 9600), 640)
    # Planted fault: an indicator without satuan.
    k.sub("0008", "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi",
          "Terlayaninya penderita hipertensi sesuai standar",
          I("Jumlah penderita hipertensi yang mendapatkan pelayanan kesehatan sesuai standar", "", 18200, 18900, 19600, 20300), 325)
    k.sub("0011", "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
          "Terdeteksinya kasus tuberkulosis secara dini",
          I("Jumlah orang terduga tuberkulosis yang mendapatkan pelayanan sesuai standar", "orang", 2650, 2800, 2950, 3100), 390)
    p = ss.program(
        "1.02.03", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
        "Meningkatnya kompetensi tenaga kesehatan di fasilitas pelayanan kesehatan",
        I("Persentase tenaga kesehatan yang memenuhi standar kompetensi", "%", 78.0, 82.0, 86.0, 90.0),
        position="Kepala Bidang Sumber Daya Kesehatan")
    k = p.kegiatan(
        "03", "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota",
        "Meningkatnya kompetensi teknis tenaga kesehatan puskesmas dan jejaringnya",
        I("Jumlah tenaga kesehatan yang mengikuti peningkatan kompetensi", "orang", 120, 140, 160, 180))
    k.sub("0001", "Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan",
          "Terlatihnya tenaga kesehatan sesuai kebutuhan layanan",
          I("Jumlah sumber daya manusia kesehatan yang ditingkatkan kompetensinya", "orang", 120, 140, 160, 180), 310)
    st = o.under("SS-STUNTING")
    p = st.program(
        "2.14.04", "Program Pemberdayaan dan Peningkatan Keluarga Sejahtera (KS)",
        "Meningkatnya keluarga berisiko stunting yang mendapatkan pendampingan",
        I("Persentase keluarga berisiko stunting yang mendapatkan pendampingan", "%", 72.0, 80.0, 88.0, 95.0),
        position="Kepala Bidang Pengendalian Penduduk dan KB")
    k = p.kegiatan(
        "01", "Pelaksanaan Pembangunan Keluarga melalui Pembinaan Ketahanan dan Kesejahteraan Keluarga",
        "Terdampinginya keluarga berisiko stunting oleh tim pendamping keluarga",
        I("Jumlah keluarga berisiko stunting yang didampingi", "keluarga", 1450, 1600, 1750, 1900))
    k.sub("0001", "Praktik Baik Penyelenggaraan Pembangunan Keluarga melalui Pembinaan Ketahanan dan Kesejahteraan Keluarga",
          "Terlaksananya kelas Bina Keluarga Balita bagi keluarga berisiko stunting",
          I("Jumlah kelompok Bina Keluarga Balita yang aktif", "kelompok", 36, 40, 44, 48), 185)
    k.sub("0002", "Penyediaan Dukungan Tim Pendamping Keluarga",
          "Tersedianya tim pendamping keluarga di setiap kelurahan",
          I("Jumlah tim pendamping keluarga yang aktif", "tim", 54, 54, 60, 66), 420)

    r = city.opd("RSUD", RSUD, "RSUD dr. Wahidin Sudiro Husodo", "1.02", 720)
    ss = r.sspd("RSUD", "S3", "Meningkatnya mutu pelayanan kesehatan rujukan rumah sakit",
                I("Indeks kepuasan masyarakat terhadap pelayanan rumah sakit", "nilai", 82.1, 83.0, 84.0, 85.0))
    ss.penunjang((72.0, 73.5, 75.0, 76.5), blud=148500)
    p = ss.program(
        "1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
        "Meningkatnya mutu pelayanan kesehatan rujukan sesuai standar akreditasi",
        I("Persentase pemenuhan standar pelayanan minimal rumah sakit", "%", 85.0, 88.0, 91.0, 94.0),
        position="Wakil Direktur Pelayanan")
    k = p.kegiatan(
        "01", "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
        "Tersedianya sarana, prasarana dan alat kesehatan rumah sakit sesuai standar kelas B",
        I("Persentase alat kesehatan rumah sakit yang memenuhi standar kelas B", "%", 78.0, 82.0, 86.0, 90.0),
        position="Kepala Bidang Penunjang Medik")
    k.sub("0014", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
          "Tersedianya alat kesehatan penunjang medik rumah sakit",
          I("Jumlah alat kesehatan/alat penunjang medik yang diadakan", "unit", 24, 30, 35, 40), 6850)
    k.sub("0020", "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
          "Terpeliharanya alat kesehatan rumah sakit dalam kondisi laik pakai",
          I("Jumlah alat kesehatan yang dipelihara dan dikalibrasi", "unit", 410, 430, 450, 470), 1240)
    k = p.kegiatan(
        "02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
        "Terlayaninya pasien rujukan sesuai standar pelayanan rumah sakit",
        I("Jumlah pasien rujukan yang terlayani sesuai standar", "pasien", 61000, 63000, 65000, 67000),
        position="Kepala Bidang Pelayanan Medik")
    k.sub("0025", "Pengelolaan Pelayanan Kesehatan Orang dengan Masalah Kesehatan Jiwa (ODMK)",
          "Terlayaninya pasien dengan masalah kesehatan jiwa di poli jiwa rumah sakit",
          I("Jumlah pasien dengan masalah kesehatan jiwa yang terlayani", "orang", 1850, 1950, 2050, 2150), 265)
    k.sub("0036", "Operasional Pelayanan Rumah Sakit",
          "Tersedianya layanan rawat jalan, rawat inap dan gawat darurat selama 24 jam",
          I("Jumlah kunjungan pasien rawat jalan dan rawat inap", "kunjungan", 185000, 190000, 195000, 200000), 3950)


def pendidikan(city: City) -> None:
    o = city.opd("DIKBUD", DIKBUD, "Dinas Pendidikan dan Kebudayaan", "1.01", 1480)
    ss = o.sspd("DIKBUD", "S4", "Meningkatnya akses dan mutu pendidikan dasar",
                I("Angka partisipasi murni SMP/MTs", "%", 80.5, 81.5, 82.5, 83.5),
                I("Persentase satuan pendidikan dasar terakreditasi minimal B", "%", 90.0, 92.0, 94.0, 96.0))
    ss.penunjang((70.4, 72.0, 73.5, 75.0))
    p = ss.program(
        "1.01.02", "Program Pengelolaan Pendidikan",
        "Meningkatnya partisipasi dan mutu layanan pendidikan anak usia dini dan pendidikan dasar",
        I("Angka partisipasi kasar PAUD", "%", 78.0, 80.0, 82.0, 84.0),
        I("Persentase sekolah dasar dan menengah pertama dengan sarana sesuai standar", "%", 71.0, 75.0, 79.0, 83.0),
        position="Kepala Bidang Pembinaan Sekolah")
    k = p.kegiatan(
        "01", "Pengelolaan Pendidikan Sekolah Dasar",
        "Tersedianya layanan pendidikan sekolah dasar yang memenuhi standar",
        I("Jumlah SD negeri yang memenuhi standar sarana prasarana", "sekolah", 28, 31, 34, 37))
    k.sub("0007", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
          "Terehabilitasinya ruang kelas SD negeri yang rusak sedang dan berat",
          I("Jumlah ruang kelas SD yang direhabilitasi", "ruang", 12, 14, 16, 18), 2900)
    k.sub("0025", "Pengelolaan Dana BOS Sekolah Dasar",
          "Tersalurkannya dana BOS kepada sekolah dasar tepat waktu",
          I("Jumlah SD yang menerima dana BOS", "sekolah", 58, 58, 58, 58), 9850)
    k = p.kegiatan(
        "02", "Pengelolaan Pendidikan Sekolah Menengah Pertama",
        "Tersedianya layanan pendidikan SMP yang memenuhi standar",
        I("Jumlah SMP negeri yang memenuhi standar sarana prasarana", "sekolah", 6, 7, 8, 9))
    k.sub("0016", "Pengadaan Perlengkapan Sekolah",
          "Tersedianya perlengkapan pembelajaran SMP negeri",
          I("Jumlah paket perlengkapan sekolah yang diadakan", "paket", 9, 9, 10, 10), 1450)
    k.sub("0025", "Pengelolaan Dana BOS Sekolah Menengah Pertama",
          "Tersalurkannya dana BOS kepada SMP tepat waktu",
          I("Jumlah SMP yang menerima dana BOS", "sekolah", 19, 19, 19, 19), 6120)
    k = p.kegiatan(
        "03", "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
        "Meningkatnya layanan PAUD yang terjangkau bagi keluarga",
        I("Jumlah lembaga PAUD yang menerima bantuan operasional", "lembaga", 96, 98, 100, 102))
    k.sub("0014", "Pengelolaan Dana BOP PAUD",
          "Tersalurkannya bantuan operasional penyelenggaraan PAUD",
          I("Jumlah lembaga PAUD yang menerima dana BOP", "lembaga", 96, 98, 100, 102), 3240)
    p = ss.program(
        "1.01.04", "Program Pendidik dan Tenaga Kependidikan",
        "Meningkatnya kompetensi dan pemerataan pendidik serta tenaga kependidikan",
        I("Persentase guru yang bersertifikat pendidik", "%", 82.0, 85.0, 88.0, 91.0),
        position="Kepala Bidang Pendidik dan Tenaga Kependidikan")
    k = p.kegiatan(
        "01", "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal",
        "Meningkatnya kualifikasi dan kompetensi guru PAUD dan pendidikan dasar",
        I("Jumlah guru yang mengikuti peningkatan kompetensi", "orang", 350, 400, 450, 500))
    k.sub("0002", "Pengembangan Karir Pendidik dan Tenaga Kependidikan pada Satuan Pendidikan Sekolah Dasar",
          "Terfasilitasinya pengembangan keprofesian berkelanjutan guru SD",
          I("Jumlah guru SD yang mengikuti pengembangan keprofesian", "orang", 220, 250, 280, 310), 540)
    k.sub("0003", "Pengembangan Karir Pendidik dan Tenaga Kependidikan pada Satuan Pendidikan SMP",
          "Terfasilitasinya pengembangan keprofesian berkelanjutan guru SMP",
          I("Jumlah guru SMP yang mengikuti pengembangan keprofesian", "orang", 130, 150, 170, 190), 385)

    sb = o.sspd("BUDAYA", "S6", "Meningkatnya pelestarian dan pemanfaatan warisan budaya Majapahit",
                I("Persentase cagar budaya yang dilestarikan", "%", 45.0, 55.0, 65.0, 75.0))
    p = sb.program(
        "2.22.05", "Program Pelestarian dan Pengelolaan Cagar Budaya",
        "Terlestarikannya situs dan cagar budaya sebagai daya tarik sejarah kota",
        I("Jumlah cagar budaya yang ditetapkan dan dilestarikan", "objek", 12, 14, 16, 18),
        further=("SS-WISATA",), position="Kepala Bidang Kebudayaan")
    k = p.kegiatan(
        "01", "Penetapan Cagar Budaya Peringkat Kabupaten/Kota",
        "Tersedianya penetapan status cagar budaya peringkat kota",
        I("Jumlah objek yang ditetapkan sebagai cagar budaya", "objek", 2, 2, 3, 3))
    k.sub("0001", "Pengkajian Pelestarian Cagar Budaya",
          "Tersusunnya kajian pelestarian objek diduga cagar budaya",
          I("Jumlah dokumen kajian cagar budaya", "dokumen", 2, 2, 3, 3), 165)
    k = p.kegiatan(
        "03", "Pengelolaan Cagar Budaya Peringkat Kabupaten/Kota",
        "Terpeliharanya situs dan bangunan cagar budaya milik daerah",
        I("Jumlah cagar budaya yang dipelihara", "objek", 8, 9, 10, 11))
    k.sub("0002", "Pelindungan, Pengembangan, dan Pemanfaatan Cagar Budaya",
          "Terpeliharanya situs cagar budaya yang terbuka bagi pengunjung",
          I("Jumlah situs cagar budaya yang dipelihara dan dimanfaatkan", "situs", 8, 9, 10, 11), 470)
    p = sb.program(
        "2.22.03", "Program Pengembangan Kesenian Tradisional",
        "Meningkatnya eksistensi kesenian tradisional Mojokerto",
        I("Jumlah kelompok kesenian tradisional yang aktif", "kelompok", 64, 68, 72, 76),
        position="Kepala Bidang Kebudayaan")
    k = p.kegiatan(
        "01", "Pembinaan Kesenian yang Masyarakat Pelakunya dalam Daerah Kabupaten/Kota",
        "Terbinanya kelompok kesenian tradisional",
        I("Jumlah kelompok kesenian yang dibina", "kelompok", 20, 24, 28, 32))
    k.sub("0002", "Pemberian Fasilitasi kepada Kelompok Kesenian Tradisional",
          "Tersedianya pergelaran dan sarana bagi kelompok kesenian tradisional",
          I("Jumlah pergelaran kesenian tradisional", "pergelaran", 10, 12, 14, 16), 395)


def pariwisata(city: City) -> None:
    o = city.opd("DISPORAPAR", DISPORAPAR, "Dinas Kepemudaan, Olahraga dan Pariwisata", "2.19", 98)
    ss = o.sspd("WISATA", "S6", "Meningkatnya daya tarik dan kunjungan wisata Kota Mojokerto",
                I("Jumlah kunjungan wisatawan", "orang", 410000, 450000, 495000, 545000),
                I("Rata-rata lama tinggal wisatawan", "hari", 1.2, 1.3, 1.4, 1.5))
    ss.penunjang((69.8, 71.5, 73.0, 74.5))
    p = ss.program(
        "3.26.02", "Program Peningkatan Daya Tarik Destinasi Pariwisata",
        "Meningkatnya kualitas daya tarik wisata sejarah, religi dan buatan",
        I("Jumlah daya tarik wisata yang dikelola sesuai standar", "lokasi", 6, 8, 10, 12),
        position="Kepala Bidang Pariwisata")
    k = p.kegiatan(
        "01", "Pengelolaan Daya Tarik Wisata Kabupaten/Kota",
        "Tersedianya daya tarik wisata yang tertata dan terpelihara",
        I("Jumlah daya tarik wisata yang ditata", "lokasi", 2, 3, 3, 4))
    k.sub("0001", "Pembangunan dan Pemeliharaan Fasilitas Umum dan Fasilitas Pariwisata di Daya Tarik Wisata",
          "Tersedianya fasilitas umum dan fasilitas pariwisata di kawasan Alun-Alun dan Sungai Brantas",
          I("Jumlah fasilitas pariwisata yang dibangun atau dipelihara", "unit", 4, 6, 8, 10), 2750)
    k.sub("0003", "Pengembangan Daya Tarik Wisata Sejarah dan Religi",
          "Tersedianya paket wisata sejarah dan religi yang tertata",
          I("Jumlah paket wisata sejarah dan religi", "paket", 3, 4, 5, 6), 380)
    k = p.kegiatan(
        "03", "Pengelolaan Destinasi Pariwisata Kabupaten/Kota",
        "Meningkatnya kesiapan destinasi wisata melayani wisatawan",
        I("Jumlah destinasi wisata dengan sapta pesona baik", "destinasi", 3, 4, 5, 6))
    k.sub("0002", "Penyediaan Prasarana dan Sarana Destinasi Pariwisata",
          "Tersedianya prasarana destinasi yang ramah wisatawan",
          I("Jumlah destinasi yang dilengkapi prasarana", "destinasi", 2, 3, 4, 5), 1120)
    p = ss.program(
        "3.26.03", "Program Pemasaran Pariwisata",
        "Meningkatnya minat wisatawan berkunjung ke Kota Mojokerto",
        I("Jumlah wisatawan yang hadir pada event pariwisata", "orang", 62000, 70000, 78000, 86000),
        position="Kepala Bidang Pariwisata")
    k = p.kegiatan(
        "01", "Pemasaran Pariwisata Dalam dan Luar Negeri Daya Tarik, Destinasi dan Kawasan Strategis Pariwisata Kabupaten/Kota",
        "Terselenggaranya promosi dan event pariwisata berskala regional",
        I("Jumlah event pariwisata yang terselenggara", "event", 6, 7, 8, 9))
    k.sub("0001", "Penyediaan Data dan Penyebaran Informasi Pariwisata Kabupaten/Kota",
          "Tersebarnya informasi pariwisata melalui media digital",
          I("Jumlah konten promosi pariwisata yang dipublikasikan", "konten", 180, 220, 260, 300), 245)
    k.sub("0004", "Peningkatan Kerja Sama dan Kemitraan Pariwisata",
          "Terselenggaranya event Festival Majapahit dan Pekan Budaya",
          I("Jumlah event bersama mitra pariwisata", "event", 2, 3, 3, 4), 1680)
    p = ss.program(
        "3.26.04", "Program Pengembangan Ekonomi Kreatif melalui Pemanfaatan dan Perlindungan Hak Kekayaan Intelektual",
        "Meningkatnya pelaku ekonomi kreatif yang berdaya saing",
        I("Jumlah pelaku ekonomi kreatif yang memiliki hak kekayaan intelektual", "pelaku", 45, 60, 75, 90),
        position="Kepala Bidang Pariwisata")
    k = p.kegiatan(
        "01", "Penyediaan Prasarana (Zona Kreatif/Ruang Kreatif/Kota Kreatif) sebagai Ruang Berekspresi, Berpromosi dan Berinteraksi bagi Insan Kreatif Kabupaten/Kota",
        "Tersedianya ruang kreatif bagi pelaku ekonomi kreatif",
        I("Jumlah ruang kreatif yang aktif", "lokasi", 1, 2, 2, 3))
    k.sub("0001", "Fasilitasi Ruang Kreatif dan Kegiatan Insan Kreatif",
          "Terselenggaranya kegiatan komunitas kreatif di ruang kreatif kota",
          I("Jumlah kegiatan komunitas kreatif", "kegiatan", 12, 16, 20, 24), 310)

    sp = o.sspd("OLAHRAGA", "S5", "Meningkatnya prestasi olahraga dan peran pemuda dalam pembangunan",
                I("Jumlah medali pada kejuaraan olahraga tingkat provinsi", "medali", 42, 46, 50, 55))
    p = sp.program(
        "2.19.03", "Program Pengembangan Kapasitas Daya Saing Keolahragaan",
        "Meningkatnya prestasi atlet Kota Mojokerto",
        I("Jumlah atlet berprestasi tingkat provinsi dan nasional", "atlet", 58, 64, 70, 76),
        position="Kepala Bidang Olahraga")
    k = p.kegiatan(
        "03", "Pembinaan dan Pengembangan Olahraga Prestasi Tingkat Daerah Provinsi/Kabupaten/Kota",
        "Terbinanya atlet pelajar dan atlet daerah secara berjenjang",
        I("Jumlah atlet yang dibina", "atlet", 240, 260, 280, 300))
    k.sub("0001", "Pembinaan Olahraga Prestasi Atlet Daerah",
          "Terlatihnya atlet daerah menuju Porprov Jawa Timur",
          I("Jumlah atlet yang mengikuti pemusatan latihan", "atlet", 180, 200, 220, 240), 1350)
    p = sp.program(
        "2.19.02", "Program Pengembangan Kapasitas Daya Saing Kepemudaan",
        "Meningkatnya kepeloporan dan kewirausahaan pemuda",
        I("Jumlah wirausaha muda yang dibina", "orang", 80, 95, 110, 125),
        position="Kepala Bidang Kepemudaan")
    k = p.kegiatan(
        "02", "Pemberdayaan dan Pengembangan Pemuda Kabupaten/Kota",
        "Meningkatnya kapasitas organisasi dan wirausaha pemuda",
        I("Jumlah pemuda yang mengikuti pelatihan kewirausahaan", "orang", 80, 95, 110, 125))
    k.sub("0002", "Pengembangan Kewirausahaan Pemuda",
          "Terlatihnya pemuda dalam kewirausahaan berbasis digital",
          I("Jumlah pemuda yang dilatih kewirausahaan", "orang", 80, 95, 110, 125), 275)


def ekonomi(city: City) -> None:
    o = city.opd("DISKOP", DISKOP, "Dinas Koperasi, UKM, Perindustrian dan Perdagangan", "2.17", 124)
    ss = o.sspd("UMKM", "S7", "Meningkatnya daya saing koperasi, usaha mikro dan industri kecil",
                I("Persentase usaha mikro yang naik kelas", "%", 4.5, 5.0, 5.5, 6.0))
    ss.penunjang((70.1, 71.8, 73.2, 74.6))
    p = ss.program(
        "2.17.08", "Program Pengembangan UMKM",
        "Meningkatnya usaha mikro kuliner dan kerajinan yang siap melayani wisatawan",
        I("Jumlah usaha mikro yang memiliki sertifikat halal dan izin edar", "unit usaha", 350, 450, 550, 650),
        further=("SS-WISATA",), position="Kepala Bidang Usaha Mikro")
    k = p.kegiatan(
        "01", "Pemberdayaan Usaha Mikro yang Dilakukan melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan Kelembagaan dan Koordinasi dengan Para Pemangku Kepentingan",
        "Meningkatnya legalitas dan akses pasar usaha mikro",
        I("Jumlah usaha mikro yang difasilitasi perizinan dan pemasaran", "unit usaha", 300, 350, 400, 450))
    k.sub("0002", "Fasilitasi Kemudahan Perizinan Usaha Mikro",
          "Terfasilitasinya sertifikasi halal dan izin edar usaha mikro",
          I("Jumlah usaha mikro yang difasilitasi sertifikasi", "unit usaha", 120, 150, 180, 210), 420)
    k.sub("0004", "Fasilitasi Kemitraan Usaha Mikro",
          "Tersedianya gerai produk UMKM di pusat oleh-oleh dan destinasi wisata",
          I("Jumlah usaha mikro yang bermitra dengan gerai dan marketplace", "unit usaha", 180, 200, 220, 240), 365)
    k = p.kegiatan(
        "02", "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil",
        "Meningkatnya kapasitas usaha mikro untuk naik kelas",
        I("Jumlah usaha mikro yang dilatih dan didampingi", "unit usaha", 200, 240, 280, 320))
    k.sub("0001", "Pelatihan Kewirausahaan",
          "Terlatihnya pelaku usaha mikro dalam manajemen usaha dan pemasaran digital",
          I("Jumlah pelaku usaha mikro yang dilatih", "orang", 200, 240, 280, 320), 510)
    p = ss.program(
        "3.31.02", "Program Perencanaan dan Pembangunan Industri",
        "Meningkatnya daya saing industri alas kaki dan kerajinan kota",
        I("Nilai produksi industri kecil menengah", "miliar rupiah", 612, 640, 670, 700),
        position="Kepala Bidang Perindustrian")
    k = p.kegiatan(
        "01", "Penyusunan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota",
        "Tersedianya rencana pembangunan industri kota yang mutakhir",
        I("Jumlah dokumen rencana pembangunan industri", "dokumen", 0, 1, 1, 1))
    k.sub("0001", "Koordinasi, Sinkronisasi, dan Pelaksanaan Kebijakan Rencana Pembangunan Industri",
          "Tersusunnya Rencana Pembangunan Industri Kota Mojokerto",
          I("Jumlah dokumen kebijakan industri yang disusun", "dokumen", 0, 1, 1, 1), 185)
    sd = o.sspd("DAGANG", "S7", "Terjaganya stabilitas harga dan kelancaran distribusi bahan pokok",
                I("Koefisien variasi harga bahan pokok", "%", 5.8, 5.5, 5.2, 4.9, turun=True))
    p = sd.program(
        "3.30.04", "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting",
        "Terkendalinya harga barang kebutuhan pokok di pasar rakyat",
        I("Jumlah komoditas bahan pokok dengan harga stabil", "komoditas", 10, 11, 12, 13),
        position="Kepala Bidang Perdagangan")
    k = p.kegiatan(
        "01", "Menjamin Ketersediaan Barang Kebutuhan Pokok dan Barang Penting di Tingkat Daerah Kabupaten/Kota",
        "Tersedianya informasi harga dan pasokan bahan pokok harian",
        I("Jumlah laporan pemantauan harga bahan pokok", "laporan", 240, 250, 250, 260))
    k.sub("0001", "Pengendalian Harga, Informasi Ketersediaan Stok, dan Pasokan Barang Kebutuhan Pokok dan Barang Penting",
          "Terpantaunya harga dan stok bahan pokok di tiga pasar rakyat",
          I("Jumlah pasar yang dipantau harga dan stoknya setiap hari", "pasar", 3, 3, 3, 3), 215)
    k.sub("0002", "Pelaksanaan Operasi Pasar dan Pasar Murah",
          "Terselenggaranya pasar murah saat hari besar keagamaan",
          I("Jumlah kegiatan pasar murah", "kali", 6, 8, 8, 10), 390)
    p = sd.program(
        "3.30.03", "Program Peningkatan Sarana Distribusi Perdagangan",
        "Meningkatnya kualitas sarana pasar rakyat",
        I("Persentase pasar rakyat dengan kondisi baik", "%", 66.7, 66.7, 100.0, 100.0),
        position="Kepala Bidang Perdagangan")
    k = p.kegiatan(
        "01", "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
        "Tersedianya pasar rakyat yang bersih dan tertata",
        I("Jumlah pasar rakyat yang direvitalisasi", "pasar", 0, 1, 1, 1))
    k.sub("0003", "Rehabilitasi Pasar Rakyat",
          "Terehabilitasinya Pasar Tanjung Anyar tahap lanjutan",
          I("Jumlah los dan kios pasar yang direhabilitasi", "unit", 0, 120, 180, 240), 4150)
