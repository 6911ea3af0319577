"""OPDs of the Mojokerto sample, part B: infrastructure, social affairs, food and environment.

Together with part A these are the OPDs of the two crosscutting themes (see part A's
docstring). Pagu amounts are in millions of rupiah for 2024.
"""

from __future__ import annotations

from build_mojokerto import City, I
from mojokerto_pemda import DISHUB, DKPP, DLH, PUPR, SOS


def build(city: City) -> None:
    infrastruktur(city)
    sosial(city)
    pangan(city)
    lingkungan(city)


def infrastruktur(city: City) -> None:
    o = city.opd("PUPR", PUPR, "Dinas PUPR, Perumahan Rakyat dan Kawasan Permukiman", "1.03", 215)
    ss = o.sspd("PU", "S9", "Meningkatnya kualitas infrastruktur jalan dan drainase kota",
                I("Persentase panjang jalan kota dalam kondisi mantap", "%", 86.2, 88.0, 90.0, 92.0),
                I("Luas genangan di kawasan perkotaan", "ha", 38.5, 33.0, 27.5, 22.0, turun=True))
    ss.penunjang((70.6, 72.0, 73.5, 75.0))
    p = ss.program(
        "1.03.10", "Program Penyelenggaraan Jalan",
        "Meningkatnya kemantapan jalan kota",
        I("Panjang jalan kota dalam kondisi baik", "km", 158.0, 162.0, 166.0, 170.0),
        position="Kepala Bidang Bina Marga")
    k = p.kegiatan(
        "01", "Penyelenggaraan Jalan Kabupaten/Kota",
        "Terpeliharanya jalan kota dalam kondisi baik",
        I("Panjang jalan yang direhabilitasi dan dipelihara", "km", 18.0, 20.0, 22.0, 24.0))
    k.sub("0012", "Rehabilitasi Jalan",
          "Terehabilitasinya ruas jalan kota yang rusak",
          I("Panjang jalan yang direhabilitasi", "km", 6.5, 7.0, 7.5, 8.0), 12750)
    k.sub("0015", "Pemeliharaan Berkala Jalan",
          "Terpeliharanya ruas jalan kota secara berkala",
          I("Panjang jalan yang dipelihara berkala", "km", 11.5, 13.0, 14.5, 16.0), 8420)
    p = ss.program(
        "1.03.06", "Program Pengelolaan dan Pengembangan Sistem Drainase",
        "Menurunnya luas genangan di kawasan perkotaan",
        I("Persentase saluran drainase dalam kondisi baik", "%", 72.0, 76.0, 80.0, 84.0),
        position="Kepala Bidang Sumber Daya Air")
    k = p.kegiatan(
        "01", "Pengelolaan dan Pengembangan Sistem Drainase yang Terhubung Langsung dengan Sungai dalam Daerah Kabupaten/Kota",
        "Tersedianya saluran drainase kota yang berfungsi baik",
        I("Panjang saluran drainase yang dibangun dan direhabilitasi", "m", 3200, 3600, 4000, 4400))
    k.sub("0003", "Pembangunan Sistem Drainase Perkotaan",
          "Terbangunnya saluran drainase baru di kawasan rawan genangan",
          I("Panjang saluran drainase yang dibangun", "m", 1200, 1400, 1600, 1800), 6850)
    k.sub("0006", "Rehabilitasi Sistem Drainase Perkotaan",
          "Terehabilitasinya saluran drainase yang rusak dan tersumbat",
          I("Panjang saluran drainase yang direhabilitasi", "m", 2000, 2200, 2400, 2600), 4320)

    sk = o.sspd("PERKIM", "S9", "Meningkatnya kualitas kawasan permukiman yang layak huni",
                I("Luas kawasan permukiman kumuh", "ha", 18.4, 15.0, 11.5, 8.0, turun=True))
    p = sk.program(
        "1.04.03", "Program Kawasan Permukiman",
        "Berkurangnya kawasan permukiman kumuh perkotaan",
        I("Luas kawasan kumuh yang ditingkatkan kualitasnya", "ha", 2.5, 3.4, 3.5, 3.5),
        position="Kepala Bidang Perumahan dan Kawasan Permukiman")
    k = p.kegiatan(
        "02", "Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (Sepuluh) Ha",
        "Meningkatnya kualitas prasarana lingkungan di kawasan kumuh",
        I("Jumlah kawasan kumuh yang ditangani", "kawasan", 2, 3, 3, 3))
    k.sub("0001", "Perbaikan Rumah Tidak Layak Huni dan Prasarana di Kawasan Kumuh",
          "Terperbaikinya rumah tidak layak huni di kawasan kumuh",
          I("Jumlah rumah tidak layak huni yang diperbaiki", "unit", 85, 100, 115, 130), 2550)
    p = sk.program(
        "1.03.05", "Program Pengelolaan dan Pengembangan Sistem Air Limbah",
        "Meningkatnya akses rumah tangga terhadap sanitasi layak dan aman",
        I("Persentase rumah tangga dengan akses sanitasi layak", "%", 92.0, 94.0, 96.0, 98.0),
        further=("SS-STUNTING",), position="Kepala Bidang Cipta Karya")
    k = p.kegiatan(
        "01", "Pengelolaan dan Pengembangan Sistem Air Limbah Domestik dalam Daerah Kabupaten/Kota",
        "Tersedianya sarana sanitasi bagi rumah tangga yang belum memiliki jamban sehat",
        I("Jumlah sambungan rumah air limbah domestik yang terbangun", "sambungan rumah", 250, 300, 350, 400))
    k.sub("0002", "Pembangunan Sistem Pengelolaan Air Limbah Domestik Setempat",
          "Terbangunnya tangki septik individual dan komunal",
          I("Jumlah tangki septik yang terbangun", "unit", 250, 300, 350, 400), 3150)
    st = o.under("SS-STUNTING")
    p = st.program(
        "1.03.03", "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
        "Meningkatnya akses rumah tangga terhadap air minum layak dan aman",
        I("Persentase rumah tangga dengan akses air minum layak", "%", 96.5, 97.5, 98.5, 99.5),
        position="Kepala Bidang Cipta Karya")
    k = p.kegiatan(
        "01", "Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum (SPAM) di Daerah Kabupaten/Kota",
        "Tersedianya jaringan perpipaan air minum bagi rumah tangga",
        I("Jumlah sambungan rumah air minum yang terbangun", "sambungan rumah", 650, 700, 750, 800))
    k.sub("0004", "Pembangunan SPAM Jaringan Perpipaan di Kawasan Perkotaan",
          "Terbangunnya jaringan distribusi air minum di kelurahan rawan air bersih",
          I("Panjang jaringan perpipaan yang terbangun", "m", 5400, 5800, 6200, 6600), 5250)
    k.sub("0009", "Penyediaan Sambungan Rumah Air Minum bagi Masyarakat Berpenghasilan Rendah",
          "Tersambungnya rumah tangga berpenghasilan rendah ke jaringan air minum",
          I("Jumlah sambungan rumah bagi MBR", "sambungan rumah", 650, 700, 750, 800), 1630)

    h = city.opd("HUB", DISHUB, "Dinas Perhubungan", "2.15", 142)
    # Planted fault: a `turun` indicator whose target rises in 2025.
    ss = h.sspd("HUB", "S9", "Meningkatnya keselamatan dan kelancaran lalu lintas kota",
                I("Jumlah titik rawan kecelakaan lalu lintas", "titik", 14, 12, 13, 10, turun=True))
    ss.penunjang((69.5, 71.0, 72.5, 74.0))
    p = ss.program(
        "2.15.02", "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
        "Meningkatnya kelancaran lalu lintas dan aksesibilitas kawasan kota dan destinasi wisata",
        I("Persentase ruas jalan dengan tingkat pelayanan lalu lintas baik", "%", 74.0, 77.0, 80.0, 83.0),
        further=("SS-WISATA",), position="Kepala Bidang Lalu Lintas")
    k = p.kegiatan(
        "02", "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
        "Tersedianya perlengkapan jalan yang lengkap dan berfungsi",
        I("Jumlah perlengkapan jalan yang terpasang", "unit", 320, 360, 400, 440))
    k.sub("0001", "Pengadaan, Pemasangan, Perbaikan, dan Pemeliharaan Perlengkapan Jalan dalam Rangka Keselamatan Lalu Lintas",
          "Terpasangnya rambu, marka, lampu penerangan jalan dan APILL",
          I("Jumlah rambu, marka dan APILL yang dipasang atau diperbaiki", "unit", 320, 360, 400, 440), 3650)
    k = p.kegiatan(
        "06", "Pelaksanaan Manajemen dan Rekayasa Lalu Lintas untuk Jaringan Jalan Kabupaten/Kota",
        "Terkelolanya lalu lintas di simpul padat dan kawasan wisata",
        I("Jumlah simpul lalu lintas yang ditangani", "simpul", 6, 8, 10, 12))
    k.sub("0001", "Penyelenggaraan Angkutan Wisata Keliling Kota",
          "Tersedianya angkutan wisata keliling kota pada akhir pekan dan event",
          I("Jumlah trip angkutan wisata", "trip", 400, 520, 640, 760), 615)
    k.sub("0002", "Pelaksanaan Manajemen dan Rekayasa Lalu Lintas di Persimpangan",
          "Terurainya kepadatan lalu lintas di persimpangan utama",
          I("Jumlah persimpangan yang direkayasa", "simpang", 3, 4, 5, 6), 540)


def sosial(city: City) -> None:
    o = city.opd("SOS", SOS, "Dinas Sosial, P3A", "1.06", 88)
    ss = o.sspd("SOS", "S1", "Meningkatnya perlindungan dan jaminan sosial bagi penduduk miskin dan rentan",
                I("Persentase PPKS yang mendapatkan perlindungan dan jaminan sosial", "%", 72.0, 76.0, 80.0, 84.0))
    ss.penunjang((70.0, 71.5, 73.0, 74.5))
    p = ss.program(
        "1.06.05", "Program Perlindungan dan Jaminan Sosial",
        "Meningkatnya ketepatan sasaran bantuan sosial bagi keluarga miskin",
        I("Persentase keluarga miskin penerima bantuan sosial yang tepat sasaran", "%", 85.0, 88.0, 91.0, 94.0),
        position="Kepala Bidang Perlindungan dan Jaminan Sosial")
    k = p.kegiatan(
        "02", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
        "Tersedianya data terpadu kesejahteraan sosial yang mutakhir",
        I("Jumlah kelurahan dengan data kesejahteraan sosial yang dimutakhirkan", "kelurahan", 18, 18, 18, 18))
    k.sub("0001", "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
          "Termutakhirkannya data fakir miskin di 18 kelurahan",
          I("Jumlah keluarga yang diverifikasi dan divalidasi", "keluarga", 9800, 10200, 10600, 11000), 465)
    k.sub("0002", "Pengelolaan Data Fakir Miskin untuk Pelaksanaan Bantuan Sosial",
          "Tersedianya data penerima bantuan sosial yang valid",
          I("Jumlah laporan data penerima bantuan sosial", "laporan", 4, 4, 4, 4), 120)
    p = ss.program(
        "1.06.04", "Program Rehabilitasi Sosial",
        "Meningkatnya keberfungsian sosial penyandang masalah kesejahteraan sosial",
        I("Persentase PPKS yang mendapatkan rehabilitasi sosial dasar", "%", 62.0, 66.0, 70.0, 74.0),
        position="Kepala Bidang Rehabilitasi Sosial")
    k = p.kegiatan(
        "01", "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
        "Terpenuhinya kebutuhan dasar PPKS di luar panti sosial",
        I("Jumlah PPKS yang dipenuhi kebutuhan dasarnya", "orang", 420, 460, 500, 540))
    k.sub("0001", "Penyediaan Permakanan",
          "Tersedianya permakanan bagi lanjut usia dan penyandang disabilitas terlantar",
          I("Jumlah penerima permakanan", "orang", 420, 460, 500, 540), 1850)
    k.sub("0004", "Pemberian Alat Bantu",
          "Tersedianya alat bantu bagi penyandang disabilitas",
          I("Jumlah penyandang disabilitas penerima alat bantu", "orang", 40, 45, 50, 55), 210)

    sa = o.sspd("PPPA", "S2", "Meningkatnya perlindungan perempuan dan pemenuhan hak anak",
                I("Indeks perlindungan anak", "indeks", 68.0, 70.0, 72.0, 74.0),
                I("Jumlah kasus kekerasan terhadap perempuan dan anak", "kasus", 46, 42, 38, 34, turun=True))
    p = sa.program(
        "2.08.06", "Program Pemenuhan Hak Anak (PHA)",
        "Meningkatnya pemenuhan hak anak atas pengasuhan, gizi dan lingkungan yang layak",
        I("Persentase kelurahan layak anak", "%", 55.6, 66.7, 77.8, 88.9),
        further=("SS-STUNTING",), position="Kepala Bidang Perlindungan Perempuan dan Anak")
    k = p.kegiatan(
        "01", "Pelembagaan PHA pada Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha Tingkat Daerah Kabupaten/Kota",
        "Terbentuknya kelurahan layak anak dengan pengasuhan berbasis keluarga",
        I("Jumlah kelurahan layak anak", "kelurahan", 10, 12, 14, 16))
    k.sub("0001", "Pengembangan Kelurahan Layak Anak dan Pusat Pembelajaran Keluarga",
          "Terlatihnya keluarga dalam pengasuhan dan pemenuhan gizi anak",
          I("Jumlah keluarga yang mengikuti kelas pengasuhan", "keluarga", 360, 420, 480, 540), 335)
    p = sa.program(
        "2.08.07", "Program Perlindungan Khusus Anak",
        "Meningkatnya layanan bagi anak yang memerlukan perlindungan khusus",
        I("Persentase anak korban kekerasan yang mendapat layanan lanjutan", "%", 80.0, 85.0, 90.0, 95.0),
        position="Kepala Bidang Perlindungan Perempuan dan Anak")
    k = p.kegiatan(
        "03", "Penyediaan Layanan bagi Anak yang Memerlukan Perlindungan Khusus yang Memerlukan Koordinasi Tingkat Daerah Kabupaten/Kota",
        "Tertanganinya anak korban kekerasan secara terpadu",
        I("Jumlah anak yang mendapatkan layanan perlindungan khusus", "anak", 30, 32, 34, 36))
    k.sub("0001", "Penyediaan Layanan Pengaduan dan Pendampingan Anak Korban Kekerasan",
          "Terdampinginya anak korban kekerasan hingga pemulihan",
          I("Jumlah anak korban kekerasan yang didampingi", "anak", 30, 32, 34, 36), 255)


def pangan(city: City) -> None:
    o = city.opd("DKPP", DKPP, "Dinas Ketahanan Pangan dan Pertanian", "2.09", 78)
    ss = o.sspd("PANGAN", "S8", "Meningkatnya ketersediaan, keragaman dan keamanan pangan masyarakat",
                I("Skor pola pangan harapan", "skor", 88.5, 89.5, 90.5, 91.5))
    ss.penunjang((69.9, 71.4, 72.9, 74.4))
    p = ss.program(
        "2.09.04", "Program Pengawasan Keamanan Pangan",
        "Meningkatnya keamanan pangan segar yang beredar",
        I("Persentase sampel pangan segar yang memenuhi syarat keamanan", "%", 92.0, 94.0, 96.0, 97.0),
        position="Kepala Bidang Ketahanan Pangan")
    k = p.kegiatan(
        "01", "Pelaksanaan Pengawasan Keamanan Pangan Segar Daerah Kabupaten/Kota",
        "Terujinya keamanan pangan segar di pasar dan distributor",
        I("Jumlah sampel pangan segar yang diuji", "sampel", 300, 340, 380, 420))
    k.sub("0001", "Pengawasan Keamanan dan Mutu Pangan Segar Distribusi Lintas Daerah Kabupaten/Kota",
          "Terpantaunya keamanan pangan segar melalui uji cepat",
          I("Jumlah sampel yang diuji cepat", "sampel", 300, 340, 380, 420), 165)
    p = ss.program(
        "3.27.04", "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
        "Terjaminnya kesehatan hewan dan produk hewan yang aman",
        I("Persentase produk hewan yang memenuhi syarat ASUH", "%", 90.0, 92.0, 94.0, 96.0),
        position="Kepala Bidang Pertanian")
    k = p.kegiatan(
        "01", "Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular dalam Daerah Kabupaten/Kota",
        "Tertanganinya penyakit hewan menular strategis",
        I("Jumlah hewan yang divaksinasi", "ekor", 2400, 2600, 2800, 3000))
    k.sub("0003", "Pencegahan dan Pengendalian Penyakit Hewan Menular",
          "Tervaksinasinya hewan ternak dan hewan penular rabies",
          I("Jumlah dosis vaksin hewan yang diberikan", "dosis", 2400, 2600, 2800, 3000), 230)
    st = o.under("SS-STUNTING")
    p = st.program(
        "2.09.02", "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
        "Meningkatnya konsumsi pangan beragam, bergizi seimbang dan aman pada keluarga berisiko stunting",
        I("Persentase keluarga berisiko stunting yang mengonsumsi pangan B2SA", "%", 58.0, 64.0, 70.0, 76.0),
        position="Kepala Bidang Ketahanan Pangan")
    k = p.kegiatan(
        "01", "Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah Kabupaten/Kota dalam rangka Stabilisasi Pasokan dan Harga Pangan",
        "Tersalurkannya bantuan pangan bergizi bagi keluarga berisiko stunting",
        I("Jumlah keluarga berisiko stunting penerima bantuan pangan", "keluarga", 600, 700, 800, 900))
    k.sub("0002", "Penyaluran Bantuan Pangan Bergizi bagi Keluarga Berisiko Stunting",
          "Tersalurkannya paket pangan bergizi bagi keluarga berisiko stunting",
          I("Jumlah paket pangan bergizi yang disalurkan", "paket", 3600, 4200, 4800, 5400), 720)
    k = p.kegiatan(
        "03", "Pemberdayaan Masyarakat dalam Penganekaragaman Konsumsi Pangan Berbasis Sumber Daya Lokal",
        "Meningkatnya pemanfaatan pekarangan untuk pangan keluarga",
        I("Jumlah kelompok pekarangan pangan lestari yang aktif", "kelompok", 18, 22, 26, 30))
    k.sub("0001", "Pengembangan Pekarangan Pangan Lestari",
          "Tersedianya sarana budidaya pekarangan bagi kelompok wanita tani",
          I("Jumlah kelompok wanita tani yang menerima sarana budidaya", "kelompok", 18, 22, 26, 30), 280)


def lingkungan(city: City) -> None:
    o = city.opd("DLH", DLH, "Dinas Lingkungan Hidup", "2.11", 186)
    ss = o.sspd("DLH", "S13", "Meningkatnya kualitas air, udara dan pengelolaan sampah kota",
                I("Indeks kualitas air", "indeks", 52.0, 54.0, 56.0, 58.0),
                I("Indeks kualitas udara", "indeks", 84.0, 85.0, 86.0, 87.0))
    ss.penunjang((70.3, 71.8, 73.3, 74.8))
    p = ss.program(
        "2.11.11", "Program Pengelolaan Persampahan",
        "Meningkatnya pengurangan dan penanganan sampah rumah tangga",
        I("Persentase sampah rumah tangga yang tertangani", "%", 78.0, 81.0, 84.0, 87.0),
        I("Persentase pengurangan sampah di sumber", "%", 21.0, 24.0, 27.0, 30.0),
        position="Kepala Bidang Pengelolaan Sampah")
    k = p.kegiatan(
        "01", "Pengelolaan Sampah",
        "Tertanganinya sampah rumah tangga dan sejenis sampah rumah tangga",
        I("Volume sampah yang tertangani", "ton/hari", 95.0, 100.0, 105.0, 110.0))
    k.sub("0001", "Penyediaan Sarana dan Prasarana Pengelolaan Sampah",
          "Tersedianya armada dan kontainer pengangkut sampah",
          I("Jumlah sarana pengangkutan sampah yang diadakan", "unit", 4, 5, 6, 7), 2850)
    k.sub("0004", "Penanganan Sampah dengan Melakukan Pemilahan, Pengumpulan, Pengangkutan, Pengolahan, dan Pemrosesan Akhir",
          "Terangkutnya sampah dari TPS ke TPA setiap hari",
          I("Volume sampah yang diangkut ke TPA", "ton/hari", 74.0, 76.0, 78.0, 80.0), 6420)
    k.sub("0007", "Peningkatan Peran Serta Masyarakat dalam Pengelolaan Sampah",
          "Aktifnya bank sampah dan TPS3R di kelurahan",
          I("Jumlah bank sampah dan TPS3R yang aktif", "unit", 42, 48, 54, 60), 385)
    p = ss.program(
        "2.11.03", "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
        "Menurunnya beban pencemaran air sungai dan udara perkotaan",
        I("Persentase usaha wajib dokumen lingkungan yang taat", "%", 62.0, 68.0, 74.0, 80.0),
        position="Kepala Bidang Pengendalian Pencemaran")
    # Planted fault: an activity-type indicator at 100% every year.
    k = p.kegiatan(
        "01", "Pencegahan Pencemaran dan/atau Kerusakan Lingkungan Hidup",
        "Terpantaunya kualitas air sungai dan udara ambien secara berkala",
        I("Persentase lokasi pemantauan kualitas lingkungan yang diuji", "%", 100, 100, 100, 100))
    k.sub("0001", "Pelaksanaan Pemantauan Kualitas Air dan Udara",
          "Tersedianya data kualitas air Sungai Brantas dan udara ambien",
          I("Jumlah titik pemantauan kualitas air dan udara", "titik", 14, 16, 18, 20), 310)
    k.sub("0004", "Pengembangan Ruang Terbuka Hijau Publik",
          "Bertambahnya taman kota dan jalur hijau",
          I("Luas ruang terbuka hijau publik yang ditata", "m2", 4500, 5200, 5900, 6600), 1650)
