<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Breadcrumb</name>
    <message>
        <location filename="../../app/ui/canvas/overlays.py" line="195" />
        <source>(belum diisi)</source>
        <translation>(not filled in yet)</translation>
    </message>
</context>
<context>
    <name>CardItem</name>
    <message>
        <location filename="../../app/ui/canvas/theme.py" line="28" />
        <source>BARU</source>
        <translation>NEW</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/theme.py" line="29" />
        <source>UBAH</source>
        <translation>CHANGED</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/theme.py" line="30" />
        <source>PINDAH</source>
        <translation>MOVED</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/theme.py" line="31" />
        <source>HAPUS</source>
        <translation>REMOVED</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/items.py" line="172" />
        <source>diubah oleh {login}</source>
        <translation>changed by {login}</translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="16" />
        <source>Sunting pernyataan (F2)</source>
        <translation>Edit statement (F2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="17" />
        <source>Tambah anak (Tab)</source>
        <translation>Add child (Tab)</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="18" />
        <source>Tambah saudara (Enter)</source>
        <translation>Add sibling (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="20" />
        <source>Tambah induk lain…</source>
        <translation>Add further parent…</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="23" />
        <source>Hapus induk lain</source>
        <translation>Remove further parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="28" />
        <source>Salin cabang (Ctrl+C)</source>
        <translation>Copy branch (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="29" />
        <source>Potong cabang (Ctrl+X)</source>
        <translation>Cut branch (Ctrl+X)</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="30" />
        <source>Tempel cabang di bawahnya (Ctrl+V)</source>
        <translation>Paste branch under it (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="32" />
        <source>Naikkan di antara saudara (Alt+↑)</source>
        <translation>Move up among siblings (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="33" />
        <source>Turunkan di antara saudara (Alt+↓)</source>
        <translation>Move down among siblings (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="34" />
        <source>Lipat/buka cabang (Spasi)</source>
        <translation>Fold/unfold branch (Space)</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/context_menu.py" line="36" />
        <source>Hapus simpul (Delete)</source>
        <translation>Delete node (Delete)</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="85" />
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="85" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="85" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="85" />
        <source>Perangkat Daerah</source>
        <translation>Agency (OPD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="86" />
        <source>Pernyataan Kinerja</source>
        <translation>Performance Statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="86" />
        <source>Bidang</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="86" />
        <source>Semula</source>
        <translation>Old</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="87" />
        <source>Menjadi</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="94" />
        <source>Ekspor Workbook…</source>
        <translation>Export Workbook…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="95" />
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="96" />
        <source>Tutup perbandingan</source>
        <translation>Close comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="115" />
        <source>Perbandingan: {old} → {new}</source>
        <translation>Comparison: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="119" />
        <source>Ditambah: {n}</source>
        <translation>Added: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="120" />
        <source>Diubah: {n}</source>
        <translation>Changed: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="121" />
        <source>Dipindah: {n}</source>
        <translation>Moved: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/comparison.py" line="122" />
        <source>Dihapus: {n}</source>
        <translation>Removed: {n}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="99" />
        <source>Bentrokan dengan perubahan orang lain</source>
        <translation>Conflict with someone else's change</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="115" />
        <source>Yang ingin Anda kembalikan</source>
        <translation>What you want to bring back</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="115" />
        <source>Milik Anda</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="130" />
        <source>Pakai milik mereka</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="131" />
        <source>Pakai milik saya</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="132" />
        <source>Sunting…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="133" />
        <source>Simpan suntingan</source>
        <translation>Save the edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="134" />
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="169" />
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="171" />
        <source> (oleh {who})</source>
        <translation> (by {who})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/conflict.py" line="182" />
        <source>Suntingan Anda (nilai yang akan disimpan)</source>
        <translation>Your edit (the value to be saved)</translation>
    </message>
</context>
<context>
    <name>ConnectTeamDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="69" />
        <source>Buka Rencana Tim</source>
        <translation>Open Team Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="81" />
        <source>mis. server-bappeda atau 10.0.0.5</source>
        <translation>e.g. server-bappeda or 10.0.0.5</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="88" />
        <source>mis. rpd_kota_mojokerto</source>
        <translation>e.g. rpd_kota_mojokerto</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="102" />
        <source>Simpan kata sandi di gantungan kunci sistem</source>
        <translation>Keep the password in the system keyring</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="107" />
        <source>Komputer ini tidak menyediakan gantungan kunci yang aman; kata sandi tidak pernah disimpan di berkas biasa.</source>
        <translation>This computer offers no secure keyring; a password is never kept in an ordinary file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="116" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="117" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="118" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="119" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="120" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="121" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="124" />
        <source>Sambungkan</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="131" />
        <source>Rencana tim terakhir:</source>
        <translation>Recent team plans:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/connect_team.py" line="165" />
        <source>Isi nama basis data dan login.</source>
        <translation>Fill in the database name and the login.</translation>
    </message>
</context>
<context>
    <name>CrosscutMatrixDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="66" />
        <source>Matriks Crosscutting</source>
        <translation>Crosscutting Matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="73" />
        <source>Butir bersama</source>
        <translation>Shared item</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="107" />
        <source>Sorot di kanvas</source>
        <translation>Highlight on canvas</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="109" />
        <source>Hapus sorotan</source>
        <translation>Clear highlight</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="111" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="120" />
        <source>Tidak ada crosscutting yang ditemukan di rencana ini.</source>
        <translation>No crosscutting was found in this plan.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../app/ui/document.py" line="147" />
        <source>{who}: hanya catatan reviu</source>
        <translation>{who}: review notes only</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="153" />
        <source>Hanya-baca</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="155" />
        <source>Hanya catatan reviu</source>
        <translation>Review notes only</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="156" />
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="170" />
        <source>Rencana ini dibuka hanya-baca.</source>
        <translation>This plan is open read-only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="303" />
        <source>Selesaikan bentrokan</source>
        <translation>Settle the conflict</translation>
    </message>
    <message>
        <location filename="../../app/ui/document.py" line="311" />
        <source>Pulihkan simpul</source>
        <translation>Restore node</translation>
    </message>
</context>
<context>
    <name>ExportPdfDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="100" />
        <location filename="../../app/ui/dialogs/export_pdf.py" line="406" />
        <source>Ekspor PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="125" />
        <source>Folio, 215 × 330 mm</source>
        <translation>Folio, 215 × 330 mm</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="130" />
        <source>Lanskap</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="131" />
        <source>Potret</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="150" />
        <source>Seluruh pohon</source>
        <translation>Whole tree</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="153" />
        <source>Cabang terpilih: {s}</source>
        <translation>Selected branch: {s}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="156" />
        <source>Semua Perangkat Daerah</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="169" />
        <source>Untuk poster: tiap lembar mengulang sebagian lembar tetangganya, dengan tanda potong.</source>
        <translation>For posters: each sheet repeats part of its neighbours, with cut marks.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="170" />
        <source>Peta halaman di depan</source>
        <translation>Page map first</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="173" />
        <source>Sub kegiatan bersusun ke bawah (lebih sedikit halaman)</source>
        <translation>Stack sub-activities vertically (fewer pages)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="183" />
        <source>Lampirkan matriks crosscutting</source>
        <translation>Append the crosscutting matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="186" />
        <source>Lembar pengesahan</source>
        <translation>Approval sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="192" />
        <source>nama penanda tangan</source>
        <translation>signatory's name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="195" />
        <source>mis. Wali Kota Uji</source>
        <translation>e.g. Mayor of Uji</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="200" />
        <source>bawaan: nama daerah</source>
        <translation>default: the region's name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="202" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="203" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="204" />
        <source>NIP</source>
        <translation>Employee ID (NIP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="205" />
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="244" />
        <source>Tumpang tindih</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="258" />
        <source>&lt;b&gt;Pratinjau pembagian halaman&lt;/b&gt;</source>
        <translation>&lt;b&gt;Page layout preview&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="434" />
        <source>Folder '{f}' tidak ada. Pilih folder lain untuk berkas PDF.</source>
        <translation>Folder '{f}' does not exist. Choose another folder for the PDF file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="437" />
        <source>'{f}' bukan folder. Pilih folder lain untuk berkas PDF.</source>
        <translation>'{f}' is not a folder. Choose another folder for the PDF file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="440" />
        <source>'{p}' adalah folder, bukan nama berkas.</source>
        <translation>'{p}' is a folder, not a file name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="470" />
        <source>Ekspor dihentikan; tidak ada berkas yang ditulis.</source>
        <translation>Export stopped; no file was written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="474" />
        <source>PDF tidak dapat ditulis ke '{p}': {why}.</source>
        <translation>The PDF cannot be written to '{p}': {why}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="210" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="142" />
        <source>Semua level</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="144" />
        <source>Sampai {level}</source>
        <translation>Down to {level}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="146" />
        <source>Gambar berhenti di level ini; cabang di bawahnya menyusul di halaman berikutnya, dan tiap kartu menyebut halamannya.</source>
        <translation>The drawing stops at this level; the branches below follow on the next pages, and each card names its page.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="177" />
        <source>Daftar isi dan indeks perangkat daerah</source>
        <translation>Table of contents and index of OPDs</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="180" />
        <source>Lampirkan daftar temuan (dan tanda temuan di kartu)</source>
        <translation>Attach the list of findings (and mark the findings on the cards)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="223" />
        <source>halaman %v dari %m</source>
        <translation>page %v of %m</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="225" />
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="229" />
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="232" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="237" />
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="238" />
        <source>Orientasi</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="239" />
        <source>Tata letak</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="240" />
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="241" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="242" />
        <source>Cakupan</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="243" />
        <source>Perangkat Daerah</source>
        <translation>Agency (OPD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="264" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="314" />
        <location filename="../../app/ui/dialogs/export_pdf.py" line="333" />
        <source>menghitung halaman…</source>
        <translation>counting pages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="375" />
        <location filename="../../app/ui/dialogs/export_pdf.py" line="500" />
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="413" />
        <source>Tentukan nama berkas PDF.</source>
        <translation>Choose a name for the PDF file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="423" />
        <source>menghentikan…</source>
        <translation>stopping…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/export_pdf.py" line="428" />
        <source>Ekspor PDF gagal</source>
        <translation>PDF export failed</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../app/ui/file_actions.py" line="103" />
        <source>Berkas dibuka</source>
        <translation>File opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="105" />
        <source>Tersambung ke rencana tim sebagai {who}.</source>
        <translation>Connected to the team plan as {who}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="111" />
        <location filename="../../app/ui/file_actions.py" line="121" />
        <source>Buka rencana</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="122" />
        <source>Berkas '{name}' tidak ditemukan.</source>
        <translation>File '{name}' was not found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="130" />
        <source>Berkas tidak dapat dibuka</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="144" />
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="168" />
        <source>Impor tabel</source>
        <translation>Import table</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="191" />
        <location filename="../../app/ui/file_actions.py" line="194" />
        <source>Tabel tidak dapat diimpor</source>
        <translation>The table cannot be imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="195" />
        <source>Berkas '{name}' tidak dapat dibaca ({why}).</source>
        <translation>File '{name}' cannot be read ({why}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="200" />
        <source>Simpan rencana hasil impor</source>
        <translation>Save the imported plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="209" />
        <location filename="../../app/ui/file_actions.py" line="243" />
        <source>Rencana tidak dapat dibuat</source>
        <translation>The plan cannot be created</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="213" />
        <source>Tabel diimpor</source>
        <translation>Table imported</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="214" />
        <source>'{workbook}' diimpor ke berkas rencana baru '{target}' di folder yang sama. Semua perubahan tersimpan di berkas itu.</source>
        <translation>'{workbook}' was imported into the new plan file '{target}' in the same folder. Every change is saved in that file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="222" />
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="253" />
        <source> (salinan)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="254" />
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="269" />
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="277" />
        <source>Disimpan sebagai {name}; suntingan berikutnya masuk ke berkas ini.</source>
        <translation>Saved as {name}; further edits go into this file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="297" />
        <source>Ekspor workbook</source>
        <translation>Export workbook</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="308" />
        <location filename="../../app/ui/file_actions.py" line="332" />
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="309" />
        <source>Workbook '{name}' tidak dapat ditulis: {why}</source>
        <translation>Workbook '{name}' cannot be written: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="311" />
        <source>Workbook diekspor ke {name}.</source>
        <translation>Workbook exported to {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="318" />
        <source>Ekspor tabel Renstra T-C.27</source>
        <translation>Export Renstra table T-C.27</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="333" />
        <source>Tabel '{name}' tidak dapat ditulis: {why}</source>
        <translation>Table '{name}' cannot be written: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="335" />
        <source>Tabel T-C.27 diekspor ke {name} ({n} lembar).</source>
        <translation>Table T-C.27 exported to {name} ({n} sheets).</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_actions.py" line="354" />
        <source>PDF diekspor: {name}, {n} halaman.</source>
        <translation>PDF exported: {name}, {n} pages.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../app/ui/file_dialogs.py" line="28" />
        <source>Cari di:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_dialogs.py" line="29" />
        <source>Nama berkas:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_dialogs.py" line="30" />
        <source>Jenis berkas:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_dialogs.py" line="31" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_dialogs.py" line="33" />
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/file_dialogs.py" line="34" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FillCodesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="40" />
        <source>Isi kode dan nama dari nomenklatur</source>
        <translation>Fill codes and names from the nomenclature</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="42" />
        <source>Isi kode yang kosong dari nama</source>
        <translation>Fill empty codes from names</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="43" />
        <source>Isi pernyataan yang kosong dari kode</source>
        <translation>Fill empty statements from codes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="47" />
        <source>Nomenklatur: {v}</source>
        <translation>Nomenclature: {v}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="50" />
        <source>Simpul</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="50" />
        <source>Bidang</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="50" />
        <source>Sekarang</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="51" />
        <source>Menjadi</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="51" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="58" />
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="59" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="82" />
        <source>(tidak diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="91" />
        <source>{n} perubahan sebagai satu suntingan (dapat dibatalkan); {m} simpul tidak dapat diisi.</source>
        <translation>{n} changes as one edit (can be undone); {m} nodes could not be filled.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/fill_codes.py" line="93" />
        <source>Terapkan {n} perubahan</source>
        <translation>Apply {n} changes</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/panels/findings.py" line="168" />
        <source>%Ln galat</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/panels/findings.py" line="169" />
        <source>%Ln peringatan</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/panels/findings.py" line="170" />
        <source>%Ln crosscutting</source>
        <translation>
            <numerusform>%Ln crosscutting</numerusform>
            <numerusform>%Ln crosscutting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/panels/findings.py" line="199" />
        <source>Galat (%Ln)</source>
        <translation>
            <numerusform>Error (%Ln)</numerusform>
            <numerusform>Errors (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/panels/findings.py" line="200" />
        <source>Peringatan (%Ln)</source>
        <translation>
            <numerusform>Warning (%Ln)</numerusform>
            <numerusform>Warnings (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/panels/findings.py" line="201" />
        <source>Info (%Ln)</source>
        <translation>
            <numerusform>Info (%Ln)</numerusform>
            <numerusform>Info (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/panels/findings.py" line="202" />
        <source>Crosscutting (%Ln)</source>
        <translation>
            <numerusform>Crosscutting (%Ln)</numerusform>
            <numerusform>Crosscutting (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../app/ui/panels/history.py" line="45" />
        <source>&lt;awal&gt;</source>
        <translation>&lt;start&gt;</translation>
    </message>
</context>
<context>
    <name>IkuForm</name>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="71" />
        <source>Apa yang diukur indikator ini</source>
        <translation>What this indicator measures</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="72" />
        <source>mis. jumlah penduduk miskin / jumlah penduduk × 100%</source>
        <translation>e.g. poor population / total population × 100%</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="75" />
        <source>mis. BPS Kota, Susenas</source>
        <translation>e.g. BPS Kota, Susenas</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="82" />
        <source>unit atau jabatan yang menyediakan data</source>
        <translation>the unit or position that provides the data</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="91" />
        <source>Definisi</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="92" />
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="93" />
        <source>Sumber data</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="94" />
        <source>Periode pelaporan</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="95" />
        <source>Penanggung jawab data</source>
        <translation>Data owner</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="129" />
        <source>Manual IKU · {name}</source>
        <translation>IKU manual · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="130" />
        <source>Manual IKU</source>
        <translation>IKU manual</translation>
    </message>
</context>
<context>
    <name>ImportWorkbookDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="64" />
        <source>Impor buku kerja – {name}</source>
        <translation>Import workbook – {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="70" />
        <source>Kenali sendiri</source>
        <translation>Recognise automatically</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="75" />
        <source>Tata letak:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="79" />
        <source>Kolom sumber tiap bidang (dapat diubah)</source>
        <translation>Source column of each field (can be changed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="85" />
        <source>Yang tidak tertulis di tabel</source>
        <translation>What the table does not say</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="88" />
        <source>mis. Dinas Kesehatan</source>
        <translation>e.g. Dinas Kesehatan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="100" />
        <location filename="../../app/ui/dialogs/import_workbook.py" line="113" />
        <source>Perangkat Daerah</source>
        <translation>Agency (OPD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="101" />
        <source>Tahun rencana</source>
        <translation>Plan years</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="112" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="112" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="112" />
        <source>Pernyataan</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="113" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="114" />
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="127" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="128" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="143" />
        <source>Baris pertama sebagaimana akan menjadi simpul:</source>
        <translation>The first rows as they will become nodes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="175" />
        <source>dikenali: {name}</source>
        <translation>recognised: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="195" />
        <source>Tahun awal lebih besar dari tahun akhir.</source>
        <translation>The first year is after the last year.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="208" />
        <source>Akan dibuat: {parts}.</source>
        <translation>To be created: {parts}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="210" />
        <source>{n} baris dilewati.</source>
        <translation>{n} rows skipped.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="212" />
        <source>{n} sel perlu diperiksa.</source>
        <translation>{n} cells need checking.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="234" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="249" />
        <source>Kode (terpecah)</source>
        <translation>Code (split)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="252" />
        <source>Target: kolom {t}
Pagu (Rp): kolom {b}</source>
        <translation>Targets: columns {t}
Budget (Rp): columns {b}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="258" />
        <source>kolom {w}</source>
        <translation>column {w}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="260" />
        <source>Buku kerja pertukaran: kolom dikenali dari judulnya.</source>
        <translation>Exchange workbook: columns recognised by their headers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_workbook.py" line="289" />
        <source> +{n} lagi</source>
        <translation> +{n} more</translation>
    </message>
</context>
<context>
    <name>InPlaceEditor</name>
    <message>
        <location filename="../../app/ui/canvas/editor.py" line="44" />
        <source>Tulis pernyataan kinerja, mis. Meningkatnya ...</source>
        <translation>Write a performance statement, e.g. Increased ...</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="190" />
        <source>◀ Sebelumnya</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="191" />
        <source>Berikutnya ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="192" />
        <source>Simpul sebelumnya di pohon (Ctrl+PgUp)</source>
        <translation>Previous node in the tree (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="193" />
        <source>Simpul berikutnya di pohon (Ctrl+PgDown)</source>
        <translation>Next node in the tree (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="206" />
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="440" />
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="208" />
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="442" />
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="210" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="211" />
        <source>Kembali ke pohon (Esc)</source>
        <translation>Back to the tree (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="243" />
        <source>Tab: sel berikutnya · Enter atau F2: sunting · Del: kosongkan · Ctrl+V: tempel dari Excel · Ctrl+Z: urungkan · Esc: kembali ke pohon</source>
        <translation>Tab: next cell · Enter or F2: edit · Del: clear · Ctrl+V: paste from Excel · Ctrl+Z: undo · Esc: back to the tree</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="368" />
        <source>Pilih simpul di pohon untuk menyunting indikatornya.</source>
        <translation>Select a node in the tree to edit its indicators.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="369" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="373" />
        <source>(pernyataan belum diisi)</source>
        <translation>(statement not written yet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="374" />
        <source>Indikator · {level} {key}</source>
        <translation>Indicators · {level} {key}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="439" />
        <source>Urungkan: {what}</source>
        <translation>Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/indicator_editor.py" line="441" />
        <source>Ulangi: {what}</source>
        <translation>Redo: {what}</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="203" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="204" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="205" />
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="206" />
        <source>Polaritas</source>
        <translation>Polarity</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="207" />
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="208" />
        <source>Tahun Baseline</source>
        <translation>Baseline Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="213" />
        <source>Angka (75 atau 75,5) atau predikat (WTP, A, BB) untuk indikator yang dinilai dengan predikat</source>
        <translation>A number (75 or 75,5), or a grade (WTP, A, BB) for indicators that are graded</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="217" />
        <source>Tahun pengukuran baseline, biasanya {year}</source>
        <translation>The year the baseline was measured, usually {year}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="219" />
        <source>naik: makin besar makin baik; turun: makin kecil makin baik</source>
        <translation>naik: higher is better; turun: lower is better</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="278" />
        <location filename="../../app/ui/panels/indicator_model.py" line="316" />
        <source>Nama indikator tidak boleh kosong.</source>
        <translation>The indicator name must not be empty.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="322" />
        <source>{field} "{text}" tidak dikenal: pilih {choices}.</source>
        <translation>{field} "{text}" is unknown: choose {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="201" />
        <source>Target {year}</source>
        <translation>Target {year}</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="247" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="248" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="249" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="250" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="251" />
        <source>Buka editor indikator (semua tahun, manual IKU)…</source>
        <translation>Open the indicator editor (every year, IKU manual)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="254" />
        <source>Tambah indikator (Insert)</source>
        <translation>Add an indicator (Insert)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="255" />
        <source>Hapus indikator terpilih (Ctrl+Delete)</source>
        <translation>Remove the selected indicator (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="256" />
        <source>Pindahkan indikator ke atas (Alt+↑)</source>
        <translation>Move the indicator up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="257" />
        <source>Pindahkan indikator ke bawah (Alt+↓)</source>
        <translation>Move the indicator down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="259" />
        <source>Semua kolom, target setiap tahun dan manual IKU dalam satu jendela lebar (Ctrl+I)</source>
        <translation>Every column, the target of every year and the IKU manual in one wide window (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="411" />
        <source>Indikator baru</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="448" />
        <source>{taken} nilai ditempel; {skipped} nilai di luar tabel atau tidak sah diabaikan.</source>
        <translation>{taken} values pasted; {skipped} values outside the table or not valid were ignored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="451" />
        <source>{taken} nilai ditempel.</source>
        <translation>{taken} values pasted.</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="60" />
        <location filename="../../app/ui/panels/inspector.py" line="199" />
        <source>Tidak ada simpul terpilih</source>
        <translation>No node selected</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="75" />
        <source>mis. 1.02.02</source>
        <translation>e.g. 1.02.02</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="78" />
        <source>pisahkan beberapa dengan ;</source>
        <translation>separate several with ;</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="92" />
        <source>ID simpul induk</source>
        <translation>Parent node ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="93" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="94" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="95" />
        <source>Pilih di kanvas…</source>
        <translation>Pick on the canvas…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="97" />
        <source>Klik simpul di kanvas yang juga didukung simpul ini</source>
        <translation>Click the node on the canvas that this node also supports</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="122" />
        <source>Pernyataan Kinerja</source>
        <translation>Performance Statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="123" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="124" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="128" />
        <source>Nomenklatur</source>
        <translation>Nomenclature</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="129" />
        <source>Perangkat Daerah</source>
        <translation>Agency (OPD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="130" />
        <source>Penanggung Jawab</source>
        <translation>Responsible Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="131" />
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="132" />
        <source>Induk Lain</source>
        <translation>Further Parents</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="133" />
        <source>Pagu</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="138" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="187" />
        <source>Struktur</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="188" />
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190" />
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198" />
        <location filename="../../app/ui/main_window.py" line="303" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="202" />
        <location filename="../../app/ui/main_window.py" line="300" />
        <source>Riwayat Urungan</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="220" />
        <source>Alat</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257" />
        <source>Impor Tabel…</source>
        <translation>Import Table…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="385" />
        <source>Pokin — pohon kinerja</source>
        <translation>Pokin — performance tree</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="251" />
        <location filename="../../app/ui/main_window.py" line="393" />
        <source>Rencana Baru…</source>
        <translation>New Plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="252" />
        <location filename="../../app/ui/main_window.py" line="394" />
        <source>Buka…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="571" />
        <source> (hanya-baca)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="572" />
        <source>Rencana tanpa nama</source>
        <translation>Untitled plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="597" />
        <source>{why}

Perubahan ini dibatalkan: rencana tetap seperti sebelumnya.</source>
        <translation>{why}

This change was undone: the plan stays as it was.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="600" />
        <location filename="../../app/ui/main_window.py" line="604" />
        <source>Perubahan tidak tersimpan</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="600" />
        <source>Coba simpan lagi?</source>
        <translation>Try to save it again?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="267" />
        <location filename="../../app/ui/main_window.py" line="622" />
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228" />
        <source> Perangkat Daerah: </source>
        <translation> Agency (OPD): </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232" />
        <source>Hanya pohon OPD ini</source>
        <translation>This OPD's tree only</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="236" />
        <source>Tampilkan hanya simpul OPD terpilih dan simpul Pemda di atasnya, disusun tersendiri</source>
        <translation>Show only the chosen OPD's nodes and the Pemda nodes above them, laid out on their own</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="248" />
        <source>Buka Terakhir</source>
        <translation>Open Recent</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="250" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="253" />
        <source>Buka Rencana Tim…</source>
        <translation>Open Team Plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="255" />
        <source>Simpan Sebagai…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="258" />
        <source>Ekspor Workbook…</source>
        <translation>Export Workbook…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="259" />
        <source>Ekspor Tabel Renstra T-C.27…</source>
        <translation>Export Renstra Table T-C.27…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="260" />
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="262" />
        <source>Properti Rencana…</source>
        <translation>Plan Properties…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="264" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="266" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="268" />
        <location filename="../../app/ui/main_window.py" line="624" />
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="270" />
        <source>Tambah Anak</source>
        <translation>Add Child</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="271" />
        <source>Tambah Saudara</source>
        <translation>Add Sibling</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="272" />
        <source>Sunting Pernyataan</source>
        <translation>Edit Statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="273" />
        <source>Sunting Indikator…</source>
        <translation>Edit Indicators…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="277" />
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278" />
        <source>Potong</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="279" />
        <source>Tempel</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="280" />
        <source>Naikkan</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="281" />
        <source>Turunkan</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="283" />
        <source>Cari</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="284" />
        <source>Cari Berikutnya</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="285" />
        <source>Cari Sebelumnya</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287" />
        <source>Tampilkan Level</source>
        <translation>Show Levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="289" />
        <source>Sampai level {n}</source>
        <translation>Down to level {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="293" />
        <source>Semua level</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297" />
        <source>Filter OPD</source>
        <translation>Agency Filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="301" />
        <source>Panel</source>
        <translation>Panels</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302" />
        <source>Navigasi (Struktur, Temuan, Catatan)</source>
        <translation>Navigation (Structure, Findings, Notes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309" />
        <source>Legenda Level</source>
        <translation>Level Legend</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310" />
        <source>Peta Kecil (Ikhtisar)</source>
        <translation>Minimap (Overview)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>Roda Tetikus Memperbesar (Ctrl+roda menggulir)</source>
        <translation>Mouse Wheel Zooms (Ctrl+wheel scrolls)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324" />
        <source>Paskan</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="325" />
        <source>Ikhtisar Seluruh Pohon</source>
        <translation>Overview of the Whole Tree</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="327" />
        <source>Perbesar</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="329" />
        <source>Perkecil</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="340" />
        <source>Presentasi</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342" />
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343" />
        <source>Periksa Sekarang</source>
        <translation>Check Now</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344" />
        <source>Matriks Crosscutting…</source>
        <translation>Crosscutting Matrix…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="346" />
        <source>Lengkapi Kode dan Nama dari Nomenklatur…</source>
        <translation>Complete Codes and Names from the Nomenclature…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="348" />
        <source>Muat Daftar Nomenklatur Lebih Baru…</source>
        <translation>Load a Newer Nomenclature List…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="351" />
        <source>&amp;Revisi</source>
        <translation>&amp;Revisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="352" />
        <source>Simpan Snapshot…</source>
        <translation>Save Snapshot…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="353" />
        <source>Daftar Snapshot…</source>
        <translation>Snapshots…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="354" />
        <source>Bandingkan Berkas…</source>
        <translation>Compare Files…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="355" />
        <source>Tutup Perbandingan</source>
        <translation>Close Comparison</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="357" />
        <source>Catatan Reviu</source>
        <translation>Review Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="358" />
        <source>Notulen (PDF)…</source>
        <translation>Minutes (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="361" />
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="613" />
        <source>Temuan (%Ln)</source>
        <translation>
            <numerusform>Findings (%Ln)</numerusform>
            <numerusform>Findings (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="646" />
        <source>%Ln simpul</source>
        <translation>
            <numerusform>%Ln node</numerusform>
            <numerusform>%Ln nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="647" />
        <source>%Ln galat</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="648" />
        <source>%Ln peringatan</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="649" />
        <source>%Ln crosscutting</source>
        <translation>
            <numerusform>%Ln crosscutting</numerusform>
            <numerusform>%Ln crosscutting</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="656" />
        <source>Tidak berkas</source>
        <translation>No file</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="851" />
        <source>  {n} simpul OPD ini, {up} simpul Pemda di atasnya</source>
        <translation>  {n} nodes of this OPD, {up} Pemda nodes above them</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="927" />
        <source>Pokin {version}
Penyunting pohon kinerja pemerintah daerah: cascading, crosscutting, pemeriksaan, dan cetak.</source>
        <translation>Pokin {version}
Editor of local governments' performance trees: cascading, crosscutting, checks and printing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="658" />
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="362" />
        <location filename="../../app/ui/main_window.py" line="922" />
        <source>Pintasan Keyboard</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="363" />
        <location filename="../../app/ui/main_window.py" line="926" />
        <source>Tentang Pokin</source>
        <translation>About Pokin</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="208" />
        <source>Perbandingan</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../app/ui/canvas/minimap.py" line="27" />
        <source>Ikhtisar: klik atau seret untuk berpindah</source>
        <translation>Overview: click or drag to move there</translation>
    </message>
</context>
<context>
    <name>Msg</name>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="42" />
        <source>Level '{level}' tidak ada dalam skema rencana ini: ubah dulu levelnya.</source>
        <translation>Level '{level}' is not in this plan's scheme: change the level first.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="43" />
        <source>{level} adalah level terendah: tidak dapat menambah anak.</source>
        <translation>{level} is the lowest level: no child can be added.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="44" />
        <source>Belum ada cabang yang disalin.</source>
        <translation>No branch has been copied yet.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="45" />
        <source>Cabang yang disalin sudah dihapus.</source>
        <translation>The copied branch has since been deleted.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="19" />
        <source>Simpul '{key}' tidak ada.</source>
        <translation>Node '{key}' does not exist.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="4" />
        <source>Ubah</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="5" />
        <source>Ubah pernyataan kinerja</source>
        <translation>Change performance statement</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="6" />
        <source>Ubah level</source>
        <translation>Change level</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="7" />
        <source>Ubah perangkat daerah</source>
        <translation>Change OPD</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="8" />
        <source>Ubah penanggung jawab</source>
        <translation>Change person in charge</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="9" />
        <source>Ubah kode</source>
        <translation>Change code</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="10" />
        <source>Ubah keterangan</source>
        <translation>Change notes</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="11" />
        <source>Ubah induk lain</source>
        <translation>Change further parents</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="12" />
        <source>Ubah indikator</source>
        <translation>Change indicator</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="13" />
        <source>Ubah pagu</source>
        <translation>Change budget</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="14" />
        <source>Ubah kolom tambahan</source>
        <translation>Change extra columns</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="15" />
        <source>Beberapa perubahan</source>
        <translation>Several changes</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="16" />
        <source>Tambah simpul</source>
        <translation>Add node</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="17" />
        <source>Tempel cabang</source>
        <translation>Paste branch</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="18" />
        <source>Hapus simpul</source>
        <translation>Delete node</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="20" />
        <source>Simpul induk '{key}' tidak ada.</source>
        <translation>Parent node '{key}' does not exist.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="21" />
        <source>Simpul tidak dapat dipindah ke bawah dirinya sendiri atau ke bawah turunannya.</source>
        <translation>A node cannot be moved under itself or under its own descendants.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="22" />
        <source>Level {level} tidak dapat berada di bawah {parent}: induk harus satu level di atasnya.</source>
        <translation>Level {level} cannot be under {parent}: the parent must be one level above it.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="23" />
        <source>Pindah simpul</source>
        <translation>Move node</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="24" />
        <source>Tambah induk lain</source>
        <translation>Add further parent</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="25" />
        <source>Hapus induk lain</source>
        <translation>Remove further parent</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="33" />
        <source>Tambah indikator</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="34" />
        <source>Hapus indikator</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="35" />
        <source>Urutkan indikator</source>
        <translation>Reorder indicators</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="26" />
        <source>Ubah periode rencana</source>
        <translation>Change plan period</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="27" />
        <source>Catatan reviu</source>
        <translation>Review note</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="28" />
        <source>Hapus catatan reviu</source>
        <translation>Delete review note</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="29" />
        <source>Ubah simpul</source>
        <translation>Change node</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="30" />
        <source>Simpul atau induk lain tidak ada.</source>
        <translation>The node or the further parent does not exist.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="31" />
        <source>Simpul ini sudah terhubung ke induk tersebut.</source>
        <translation>This node is already linked to that parent.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="32" />
        <source>Tautan ini akan membuat siklus: induk lain adalah turunan simpul ini.</source>
        <translation>This link would make a cycle: the further parent is a descendant of this node.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="36" />
        <source>Ubah properti rencana</source>
        <translation>Change plan properties</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="37" />
        <source>Tahun awal tidak boleh sesudah tahun akhir.</source>
        <translation>The first year may not be after the last year.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="38" />
        <source>Kunci simpul '{key}' sudah dipakai.</source>
        <translation>Node key '{key}' is already in use.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="39" />
        <source>Tidak ada simpul untuk ditempel.</source>
        <translation>There is no node to paste.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="40" />
        <source>Bidang '{field}' tidak dapat diubah.</source>
        <translation>Field '{field}' cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="41" />
        <source>Tahun akhir tidak boleh sebelum tahun awal.</source>
        <translation>The last year may not be before the first year.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="46" />
        <source>Simpul sudah berada di bawah induk ini.</source>
        <translation>The node is already under this parent.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="47" />
        <source>Pilih simpul yang akan dipindah.</source>
        <translation>Select the node to move.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="48" />
        <source>Simpul ini tidak terhubung ke induk lain tersebut.</source>
        <translation>This node is not linked to that further parent.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="49" />
        <source>Pilih simpul yang akan dihapus.</source>
        <translation>Select the node to delete.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="50" />
        <source>Pilih simpul induk terlebih dahulu.</source>
        <translation>Select a parent node first.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="51" />
        <source>Pilih simpul tempat cabang {level} ditempel.</source>
        <translation>Select the node to paste the {level} branch under.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="52" />
        <source>Cabang {branch} tidak dapat ditempel di bawah {under}.</source>
        <translation>A {branch} branch cannot be pasted under a {under}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="53" />
        <source>Simpul sudah paling atas di antara saudaranya.</source>
        <translation>The node is already the first among its siblings.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="54" />
        <source>Simpul sudah paling bawah di antara saudaranya.</source>
        <translation>The node is already the last among its siblings.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="55" />
        <source>{edit} · {node}</source>
        <translation>{edit} · {node}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="56" />
        <source>Tambah {level} · di bawah {parent}</source>
        <translation>Add {level} · under {parent}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="57" />
        <source>Tempel cabang {level} ({n} simpul) · di bawah {parent}</source>
        <translation>Paste {level} branch ({n} nodes) · under {parent}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="58" />
        <source>Hapus · {node}</source>
        <translation>Delete · {node}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="59" />
        <source>Pindah · {node} ke bawah {parent}</source>
        <translation>Move · {node} under {parent}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="60" />
        <source>Hapus catatan reviu · {node}</source>
        <translation>Delete review note · {node}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="61" />
        <source>Tambah {level}</source>
        <translation>Add {level}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="62" />
        <source>Hapus · {node} (dan {n} turunan)</source>
        <translation>Delete · {node} (and {n} descendants)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="63" />
        <source>Urutkan · {node}</source>
        <translation>Reorder · {node}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="64" />
        <source>login '{login}' ({role})</source>
        <translation>login '{login}' ({role})</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="65" />
        <source>Simpul '{label}' milik {owner}; login '{login}' hanya boleh mengubah cabang {branch}.</source>
        <translation>Node '{label}' belongs to {owner}; login '{login}' may only change the branches of {branch}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="66" />
        <source>login '{login}' (pemilik basis data)</source>
        <translation>login '{login}' (database owner)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="67" />
        <source>login '{login}' ({role}: {opds})</source>
        <translation>login '{login}' ({role}: {opds})</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="68" />
        <source>Login '{login}' bukan anggota tim rencana ini.</source>
        <translation>Login '{login}' is not a member of this plan's team.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="69" />
        <source>Login '{login}' berperan penilai: pohon hanya dapat dibaca; yang dapat ditulis hanya catatan reviu.</source>
        <translation>Login '{login}' is an evaluator: the tree is read-only; only review notes can be written.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="70" />
        <source>Login '{login}' belum diberi perangkat daerah; minta petugas TI menambahkannya (pokin team add-user ... --opd NAMA).</source>
        <translation>Login '{login}' has no agency (OPD) yet; ask the IT officer to add one (pokin team add-user ... --opd NAME).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="71" />
        <source>Simpul '{label}' berada di level Pemda ({level}); login '{login}' hanya boleh mengubah cabang {branch}.</source>
        <translation>Node '{label}' is at a city (Pemda) level ({level}); login '{login}' may only change the branches of {branch}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="72" />
        <source>Simpul '{label}' tidak berada di cabang {branch} dan belum menyebut perangkat daerah; login '{login}' hanya boleh mengubah cabang {branch}.</source>
        <translation>Node '{label}' is not in a branch of {branch} and names no agency; login '{login}' may only change the branches of {branch}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="73" />
        <source>Login '{login}' berperan {role}: catatan reviu ditulis oleh penilai dan Bappeda.</source>
        <translation>Login '{login}' has the role {role}: review notes are written by evaluators and Bappeda.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="74" />
        <source>Hanya Bappeda yang boleh mengubah properti rencana; login '{login}' berperan {role}.</source>
        <translation>Only Bappeda may change the plan's properties; login '{login}' has the role {role}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="75" />
        <source>Cabang ini memuat catatan reviu; login '{login}' tidak boleh menghapusnya. Minta penilai atau Bappeda menyelesaikan catatannya dulu.</source>
        <translation>This branch holds review notes; login '{login}' may not delete them. Ask an evaluator or Bappeda to settle the notes first.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="76" />
        <source>Penyusun catatan reviu adalah login yang menulisnya ('{login}'), bukan '{author}'.</source>
        <translation>The author of a review note is the login that writes it ('{login}'), not '{author}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="77" />
        <source>Penyusun catatan reviu ('{author}') tidak dapat diubah.</source>
        <translation>The author of a review note ('{author}') cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="78" />
        <source>Kode "{code}" tidak sesuai pola kode {kind} {shape}. Perbaiki kode sesuai nomenklatur Permendagri 90/2019, mis. {example}.</source>
        <translation>Code "{code}" does not fit the {kind} code pattern {shape}. Correct it after the Permendagri 90/2019 nomenclature, e.g. {example}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="79" />
        <source>Kode "{code}" memakai angka tingkat pemerintahan {used} (bagian L), padahal rencana tingkat {tingkat} memakai {digit}. Ganti bagian L menjadi {digit}, mis. {example}.</source>
        <translation>Code "{code}" uses government level digit {used} (part L), but a {tingkat} plan uses {digit}. Change part L to {digit}, e.g. {example}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="80" />
        <source>Kode "{code}" tidak melanjutkan kode induknya "{theirs}". Gunakan kode yang diawali "{theirs}." atau pindahkan simpul ke induk yang sesuai.</source>
        <translation>Code "{code}" does not extend its parent's code "{theirs}". Use a code starting with "{theirs}." or move the node to a fitting parent.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="81" />
        <source>{n} kali, mulai dari {a} ({y0}) ke {b} ({y1}) hingga {c} ({y2})</source>
        <translation>{n} times, from {a} ({y0}) to {b} ({y1}) and on to {c} ({y2})</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="82" />
        <source>Target indikator "{name}" berpolaritas naik tetapi turun {how}. Periksa kembali targetnya, atau ubah polaritas bila memang makin kecil makin baik.</source>
        <translation>The targets of indicator "{name}" should rise (polarity naik) but fall {how}. Check the targets again, or change the polarity if smaller really is better.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="83" />
        <source>Target indikator "{name}" berpolaritas turun tetapi naik {how}. Periksa kembali targetnya, atau ubah polaritas bila memang makin besar makin baik.</source>
        <translation>The targets of indicator "{name}" should fall (polarity turun) but rise {how}. Check the targets again, or change the polarity if larger really is better.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="84" />
        <source>dari {a} ({y0}) ke {b} ({y1})</source>
        <translation>from {a} ({y0}) to {b} ({y1})</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="85" />
        <source>{first} dan {second}</source>
        <translation>{first} and {second}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="86" />
        <source>Indikator "{name}" tidak memiliki satuan. Isi satuannya (mis. %, indeks, orang, dokumen).</source>
        <translation>Indicator "{name}" has no unit. Fill in its unit (e.g. %, index, persons, documents).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="87" />
        <source>Indikator "{name}" tidak memiliki baseline (kondisi awal). Isi nilai kondisi awal agar kenaikan target dapat dinilai.</source>
        <translation>Indicator "{name}" has no baseline (starting condition). Fill in the starting value so that the targets' progress can be judged.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="88" />
        <source>Target indikator "{name}" 100% pada setiap tahun, tanda indikator kegiatan. Rumuskan indikator hasil yang menunjukkan perubahan kondisi dari tahun ke tahun.</source>
        <translation>The targets of indicator "{name}" are 100% in every year, the mark of an activity indicator. Phrase a result indicator that shows the condition changing year by year.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="89" />
        <source>Simpul ini belum memiliki indikator. Tambahkan minimal satu indikator kinerja beserta satuan, baseline dan targetnya.</source>
        <translation>This node has no indicator yet. Add at least one performance indicator with its unit, baseline and targets.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="90" />
        <source>Indikator "{name}" tidak memiliki target tahun {years}. Isi target untuk setiap tahun periode rencana.</source>
        <translation>Indicator "{name}" has no target for {years}. Fill in a target for every year of the plan period.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="91" />
        <source>Jenis indikator "{name}" adalah {jenis}, tidak sesuai untuk level {level}. Gunakan jenis {fits}.</source>
        <translation>Indicator "{name}" is of type {jenis}, which does not fit level {level}. Use type {fits}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="92" />
        <source>Kode {kind} "{code}" tidak ada dalam nomenklatur {version}. Periksa kodenya di daftar nomenklatur, atau muat daftar yang lebih baru untuk rencana ini bila kode itu baru.</source>
        <translation>The {kind} code "{code}" is not in the nomenclature {version}. Check the code in the nomenclature list, or load a newer list for this plan if the code is new.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="93" />
        <source>Simpul level {level} belum mencantumkan Perangkat Daerah. Isi Perangkat Daerah yang bertanggung jawab atas kinerja ini.</source>
        <translation>This {level} node names no OPD yet. Fill in the OPD that answers for this performance.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="94" />
        <source>Perangkat Daerah simpul ini ({mine}) tidak sama dengan induknya ({theirs}). Samakan Perangkat Daerahnya, atau jadikan kaitan ke induk ini Induk Lain bila memang lintas Perangkat Daerah.</source>
        <translation>This node's OPD ({mine}) differs from its parent's ({theirs}). Make the OPDs the same, or make the link to this parent a further parent if it really crosses OPDs.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="95" />
        <source>Pernyataan kinerja diawali kata kegiatan "{word}". Rumuskan sebagai kondisi yang ingin dicapai, mis. "Meningkatnya ..." atau "Tersedianya ...".</source>
        <translation>The performance statement starts with the activity word "{word}". Phrase it as a condition to achieve, e.g. "Meningkatnya ..." or "Tersedianya ...".</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="96" />
        <source>Simpul ini berada dalam kaitan induk yang melingkar {where}. Putuskan salah satu kaitan Induk atau Induk Lain pada lingkaran ini.</source>
        <translation>This node is in a circle of parent links {where}. Break one of the Parent or Further Parent links of this circle.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="97" />
        <source>Simpul level {level} tidak boleh berada di bawah induk level {parent} yang setara atau lebih rendah. Pindahkan ke induk di level yang lebih tinggi atau ubah levelnya.</source>
        <translation>A {level} node may not be under a {parent} parent of the same or a lower level. Move it to a parent at a higher level or change its level.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="98" />
        <source>Simpul level {level} ini belum memiliki turunan. Tambahkan simpul level {below} di bawahnya agar kinerjanya terjabarkan.</source>
        <translation>This {level} node has no children yet. Add {below} nodes under it so that its performance is broken down.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="99" />
        <source>Simpul level {level} ini tidak memiliki induk. Hubungkan ke induk di level {above} agar tersambung ke pohon.</source>
        <translation>This {level} node has no parent. Link it to a parent at level {above} so that it joins the tree.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="100" />
        <source>Induk "{parent}" tidak ada dalam rencana. Pilih induk yang ada atau pindahkan simpul ini ke induk yang benar.</source>
        <translation>Parent "{parent}" is not in the plan. Choose an existing parent or move this node to the right one.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="101" />
        <source>Induk lain {missing} tidak ada dalam rencana. Hapus kaitan tersebut atau ganti dengan simpul yang ada.</source>
        <translation>Further parent {missing} is not in the plan. Remove the link or replace it with an existing node.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="102" />
        <source>Simpul level {level} langsung berada di bawah level {parent} sehingga melompati level {skipped}. Sisipkan simpul level tersebut di antaranya atau ubah levelnya.</source>
        <translation>This {level} node sits directly under a {parent} node, skipping level {skipped}. Insert a node of that level in between or change its level.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="103" />
        <source>Terbaca: {value}</source>
        <translation>Read as: {value}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="104" />
        <source>"{text}" bukan tahun. Tulis tahun dengan empat angka, mis. 2023.</source>
        <translation>"{text}" is not a year. Write the year in four digits, e.g. 2023.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="105" />
        <source>"{text}" dicatat sebagai predikat, bukan angka.</source>
        <translation>"{text}" is recorded as a grade, not a number.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="106" />
        <source>"{text}" bukan angka yang dapat dibaca. Tulis angka seperti 75 atau 75,5 (koma untuk desimal, titik untuk ribuan).</source>
        <translation>"{text}" is not a readable number. Write a number such as 75 or 75,5 (comma for decimals, dot for thousands).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/model_messages.py" line="107" />
        <source>"{text}" bukan angka, padahal indikator ini bernilai angka. Tulis angka seperti 75,5; teks seperti WTP atau A hanya untuk indikator yang seluruh nilainya predikat.</source>
        <translation>"{text}" is not a number, yet this indicator counts in numbers. Write a number such as 75,5; text such as WTP or A is only for indicators whose values are all grades.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="53" />
        <source>Ubah nama indikator · {name}</source>
        <translation>Rename indicator · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="54" />
        <source>Ubah jenis · {name}</source>
        <translation>Change type · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="55" />
        <source>Ubah satuan · {name}</source>
        <translation>Change unit · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="56" />
        <source>Ubah polaritas · {name}</source>
        <translation>Change polarity · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="57" />
        <source>Ubah baseline · {name}</source>
        <translation>Change baseline · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="58" />
        <source>Ubah tahun baseline · {name}</source>
        <translation>Change baseline year · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="59" />
        <source>Ubah target {year} · {name}</source>
        <translation>Change target {year} · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="60" />
        <source>Ubah definisi · {name}</source>
        <translation>Change definition · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="61" />
        <source>Ubah formula · {name}</source>
        <translation>Change formula · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="62" />
        <source>Ubah sumber data · {name}</source>
        <translation>Change data source · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="63" />
        <source>Ubah periode pelaporan · {name}</source>
        <translation>Change reporting period · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="64" />
        <source>Ubah penanggung jawab data · {name}</source>
        <translation>Change data owner · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="65" />
        <source>Hapus target {year} · {name}</source>
        <translation>Clear target {year} · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="66" />
        <source>Hapus baseline · {name}</source>
        <translation>Clear baseline · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="67" />
        <source>Tempel {n} nilai · {name}</source>
        <translation>Paste {n} values · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="68" />
        <source>Tempel {n} nilai · {rows} indikator</source>
        <translation>Paste {n} values · {rows} indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="69" />
        <source>Tambah indikator · {name}</source>
        <translation>Add indicator · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="70" />
        <source>Hapus indikator · {name}</source>
        <translation>Remove indicator · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="71" />
        <source>Naikkan indikator · {name}</source>
        <translation>Move indicator up · {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicator_model.py" line="72" />
        <source>Turunkan indikator · {name}</source>
        <translation>Move indicator down · {name}</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="39" />
        <source>Rencana Baru</source>
        <translation>New Plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="44" />
        <source>mis. RPD Kota Mojokerto 2024-2026</source>
        <translation>e.g. RPD Kota Mojokerto 2024-2026</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="47" />
        <source>mis. Kota Mojokerto</source>
        <translation>e.g. Kota Mojokerto</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="60" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="74" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="85" />
        <source>Nama rencana</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="86" />
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="87" />
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="88" />
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="89" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="90" />
        <source>Skema level</source>
        <translation>Level scheme</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="92" />
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="96" />
        <source>Buat</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="97" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/new_plan.py" line="115" />
        <source>Simpan rencana baru</source>
        <translation>Save the new plan</translation>
    </message>
</context>
<context>
    <name>NomenclatureList</name>
    <message>
        <location filename="../../app/ui/dialogs/nomenclature_list.py" line="40" />
        <source>Muat daftar nomenklatur</source>
        <translation>Load a nomenclature list</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/nomenclature_list.py" line="48" />
        <source>Daftar nomenklatur tidak dapat dimuat</source>
        <translation>The nomenclature list cannot be loaded</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/nomenclature_list.py" line="51" />
        <source>Daftar nomenklatur</source>
        <translation>Nomenclature list</translation>
    </message>
</context>
<context>
    <name>NomenclaturePanel</name>
    <message>
        <location filename="../../app/ui/panels/nomenclature.py" line="54" />
        <source>Cari nomenklatur: kode atau kata…</source>
        <translation>Search the nomenclature: code or words…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/nomenclature.py" line="67" />
        <source>Ambil standar ({key})</source>
        <translation>Take the standard ({key})</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/nomenclature.py" line="119" />
        <source>Belum ada kode. Ketik kode, atau cari dengan kata di bawah.</source>
        <translation>No code yet. Type a code, or search by words below.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/nomenclature.py" line="122" />
        <source>Kode {code} tidak ada dalam nomenklatur {version}.</source>
        <translation>Code {code} is not in the nomenclature {version}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/nomenclature.py" line="126" />
        <source> (kode {kind}, bukan untuk level ini)</source>
        <translation> ({kind} code, not for this level)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/nomenclature.py" line="134" />
        <source>&lt;b&gt;Standar nomenklatur&lt;/b&gt;&lt;br&gt;Kinerja: {k}&lt;br&gt;Indikator: {i}&lt;br&gt;Satuan: {s}</source>
        <translation>&lt;b&gt;Nomenclature standard&lt;/b&gt;&lt;br&gt;Result: {k}&lt;br&gt;Indicator: {i}&lt;br&gt;Unit: {s}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/nomenclature.py" line="150" />
        <source>Tidak ditemukan.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/nomenclature.py" line="168" />
        <source>Isi kode dari nomenklatur</source>
        <translation>Fill codes from the nomenclature</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/nomenclature.py" line="191" />
        <source>Ambil kinerja standar nomenklatur</source>
        <translation>Take the nomenclature's standard result</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="86" />
        <location filename="../../app/ui/panels/notes.py" line="117" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="86" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="86" />
        <source>Simpul</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="97" />
        <source>Isi catatan reviu</source>
        <translation>Review note text</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="102" />
        <location filename="../../app/ui/panels/notes.py" line="206" />
        <source>Selesai</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="103" />
        <source>Catatan Baru</source>
        <translation>New Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="104" />
        <source>Simpan Catatan</source>
        <translation>Save Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="105" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="106" />
        <source>Notulen (PDF)…</source>
        <translation>Minutes (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="107" />
        <source>Tambah catatan pada simpul terpilih</source>
        <translation>Add a note on the selected node</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="118" />
        <source>Penyusun</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="119" />
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="148" />
        <source>Penyusun catatan adalah login Anda di rencana tim.</source>
        <translation>On a team plan, the author of a note is your login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="174" />
        <source>Semua Perangkat Daerah</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="206" />
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="262" />
        <source>Simpul terpilih: {s}</source>
        <translation>Selected node: {s}</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="263" />
        <location filename="../../app/ui/panels/notes.py" line="272" />
        <source>Pilih simpul untuk menambah catatan.</source>
        <translation>Select a node to add a note.</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/notes.py" line="278" />
        <source>Catatan baru</source>
        <translation>New note</translation>
    </message>
</context>
<context>
    <name>OffScreenHints</name>
    <message numerus="yes">
        <location filename="../../app/ui/canvas/overlays.py" line="49" />
        <source>◀ %n kartu</source>
        <translation>
            <numerusform>◀ %n card</numerusform>
            <numerusform>◀ %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/canvas/overlays.py" line="51" />
        <source>%n kartu ▶</source>
        <translation>
            <numerusform>%n card ▶</numerusform>
            <numerusform>%n cards ▶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/canvas/overlays.py" line="53" />
        <source>▲ %n kartu</source>
        <translation>
            <numerusform>▲ %n card</numerusform>
            <numerusform>▲ %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/canvas/overlays.py" line="55" />
        <source>▼ %n kartu</source>
        <translation>
            <numerusform>▼ %n card</numerusform>
            <numerusform>▼ %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="284" />
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="284" />
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="294" />
        <source>Kotak bernomor: halaman PDF. Garis putus-putus jingga: halaman yang dicetak diperkecil karena satu baris kartu lebih tinggi atau lebar dari kertas.</source>
        <translation>Numbered boxes: PDF pages. Dashed orange outline: pages printed smaller because one row of cards is taller or wider than the paper.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="343" />
        <source> — di bawah {c}</source>
        <translation> — under {c}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="374" />
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="376" />
        <source>{n} bagian</source>
        <translation>{n} sections</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="380" />
        <source>pohon {n} lembar dalam {b} baris</source>
        <translation>tree: {n} sheets in {b} rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="382" />
        <source>{n} halaman daftar isi, indeks dan lampiran</source>
        <translation>{n} pages of contents, index and appendices</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="386" />
        <source>kartu dicetak {p} %</source>
        <translation>cards printed at {p} %</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="388" />
        <source>sebagian dicetak diperkecil ({p} %)</source>
        <translation>partly printed reduced ({p} %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/page_grid.py" line="389" />
        <source>diperkecil ke {p} %</source>
        <translation>reduced to {p} %</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="129" />
        <source>Hapus simpul</source>
        <translation>Delete node</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="130" />
        <source>Simpul ini memiliki {n} simpul turunan. Hapus simpul beserta seluruh turunannya?</source>
        <translation>This node has {n} descendant node(s). Delete the node together with all its descendants?</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="139" />
        <source>Simpul dihapus beserta {n} turunan.</source>
        <translation>Node deleted together with {n} descendant(s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="140" />
        <source>Simpul dihapus.</source>
        <translation>Node deleted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="158" />
        <source>Cabang dipotong ({n} simpul): tempel di induk barunya.</source>
        <translation>Branch cut ({n} nodes): paste it under its new parent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="159" />
        <source>Cabang disalin ({n} simpul).</source>
        <translation>Branch copied: {n} node(s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="174" />
        <source>Cabang dipindah.</source>
        <translation>Branch moved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="178" />
        <source>Cabang ditempel ({n} simpul).</source>
        <translation>Branch pasted: {n} node(s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="195" />
        <source>Simpul dipindah.</source>
        <translation>Node moved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="204" />
        <source>Simpul kini juga mendukung induk lain tersebut.</source>
        <translation>The node now also supports that other parent.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_editor.py" line="211" />
        <source>Tautan ke induk lain dihapus.</source>
        <translation>Link to the other parent removed.</translation>
    </message>
</context>
<context>
    <name>PlanPropertiesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="34" />
        <source>Properti Rencana</source>
        <translation>Plan Properties</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="56" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="68" />
        <source>Nama rencana</source>
        <translation>Plan name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="69" />
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="70" />
        <source>Tingkat</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="71" />
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="72" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="73" />
        <source>Skema level</source>
        <translation>Level scheme</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="77" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/plan_properties.py" line="78" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../app/ui/presentation.py" line="70" />
        <source>← ↑ → ↓ jelajah · Enter fokus cabang · Esc kembali · + / − kedalaman · L sorot · V simpan tampilan · PgDn / PgUp urutan · N catatan · F2 sunting · F5 keluar</source>
        <translation>← ↑ → ↓ move · Enter focus branch · Esc back · + / − depth · L spotlight · V save view · PgDn / PgUp running order · N note · F2 edit · F5 exit</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="83" />
        <source>Catatan reviu</source>
        <translation>Review note</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="84" />
        <source>Catatan untuk:
{statement}</source>
        <translation>Note on:
{statement}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/presentation.py" line="296" />
        <source>%n kartu di luar layar pada ukuran terbaca: panah ← → ↑ ↓ menjangkaunya.</source>
        <translation>
            <numerusform>%n card off screen at a readable size: the arrows ← → ↑ ↓ reach it.</numerusform>
            <numerusform>%n cards off screen at a readable size: the arrows ← → ↑ ↓ reach them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="358" />
        <source>Kedalaman: {n} level</source>
        <translation>Depth: {n} level(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="363" />
        <source>Sorotan menyala</source>
        <translation>Spotlight on</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="363" />
        <source>Sorotan mati</source>
        <translation>Spotlight off</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="384" />
        <source>Catatan reviu disimpan.</source>
        <translation>Review note saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="398" />
        <source>Tampilan disimpan sebagai nomor {n}.</source>
        <translation>View saved as number {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="404" />
        <source>Belum ada urutan tampilan: tekan V untuk menyimpan tampilan ini.</source>
        <translation>No running order of views yet: press V to save this view.</translation>
    </message>
    <message>
        <location filename="../../app/ui/presentation.py" line="415" />
        <source>Tampilan {i} dari {n}</source>
        <translation>View {i} of {n}</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../app/ui/questions.py" line="18" />
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions.py" line="19" />
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/questions.py" line="30" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RemovedCard</name>
    <message>
        <location filename="../../app/ui/canvas/ghost.py" line="92" />
        <source>Dihapus sejak rencana pembanding: {statement}</source>
        <translation>Removed since the plan compared with: {statement}</translation>
    </message>
</context>
<context>
    <name>RevisionActions</name>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="116" />
        <source>Snapshot tidak tersimpan</source>
        <translation>The snapshot was not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="120" />
        <source>Snapshot '{name}' disimpan.</source>
        <translation>Snapshot '{name}' saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="143" />
        <source>Snapshot tidak dapat dibaca</source>
        <translation>The snapshot cannot be read</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="153" />
        <location filename="../../app/ui/revision_actions.py" line="174" />
        <source>snapshot '{name}'</source>
        <translation>snapshot '{name}'</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="163" />
        <location filename="../../app/ui/revision_actions.py" line="175" />
        <location filename="../../app/ui/revision_actions.py" line="176" />
        <source>Snapshot '{name}'</source>
        <translation>Snapshot '{name}'</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="184" />
        <source>Pulihkan snapshot</source>
        <translation>Restore snapshot</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="185" />
        <source>Kembalikan rencana ke snapshot '{name}'? Langkah ini dapat diurungkan (Ctrl+Z).</source>
        <translation>Return the plan to snapshot '{name}'? This can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="198" />
        <source>Hapus snapshot</source>
        <translation>Delete snapshot</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="199" />
        <source>Hapus snapshot '{name}'?</source>
        <translation>Delete snapshot '{name}'?</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="204" />
        <source>Snapshot tidak dapat dihapus</source>
        <translation>The snapshot cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="211" />
        <source>Bandingkan: berkas lama</source>
        <translation>Compare: older file</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="214" />
        <source>Bandingkan: berkas baru</source>
        <translation>Compare: newer file</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="237" />
        <source>Berkas tidak dapat dibaca</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="265" />
        <location filename="../../app/ui/revision_actions.py" line="271" />
        <source>Ekspor matriks perubahan</source>
        <translation>Export the change matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="287" />
        <location filename="../../app/ui/revision_actions.py" line="310" />
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="288" />
        <source>Matriks perubahan diekspor ke {name}.</source>
        <translation>Change matrix exported to {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="296" />
        <source>Notulen (PDF)</source>
        <translation>Minutes (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/ui/revision_actions.py" line="311" />
        <source>Notulen diekspor ke {name}.</source>
        <translation>Minutes exported to {name}.</translation>
    </message>
</context>
<context>
    <name>SaveSnapshotDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="49" />
        <source>Simpan Snapshot</source>
        <translation>Save Snapshot</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="57" />
        <source>mis. Bapperida - Bidang Perencanaan</source>
        <translation>e.g. Bapperida - Planning Division</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="63" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="64" />
        <source>Penyusun</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="65" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="69" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="70" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="81" />
        <source>Nama snapshot wajib diisi.</source>
        <translation>A snapshot needs a name.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="84" />
        <source>Nama snapshot tidak boleh memuat tanda '@'.</source>
        <translation>A snapshot name cannot contain '@'.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="87" />
        <source>Snapshot dengan nama ini sudah ada.</source>
        <translation>A snapshot with this name exists already.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="81" />
        <source>Cari pernyataan, indikator, perangkat daerah, kode…</source>
        <translation>Search statements, indicators, agencies, codes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="88" />
        <source>Sebelumnya (Shift+F3)</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="91" />
        <source>Berikutnya (F3)</source>
        <translation>Next (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="94" />
        <source>Tutup pencarian (Esc)</source>
        <translation>Close search (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="97" />
        <source>Cari:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="166" />
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="169" />
        <source>{i} dari {n}</source>
        <translation>{i} of {n}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="85" />
        <source>tambah anak / tambah saudara</source>
        <translation>add child / add sibling</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86" />
        <source>sunting pernyataan di tempat (juga klik ganda)</source>
        <translation>edit the statement in place (also double click)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87" />
        <source>hapus simpul (bertanya bila punya anak)</source>
        <translation>delete node (asks when it has children)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="88" />
        <source>sunting indikator simpul terpilih</source>
        <translation>edit the selected node's indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89" />
        <source>urungkan / ulangi</source>
        <translation>undo / redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>pindah pilihan (induk, anak, saudara)</source>
        <translation>move the selection (parent, child, siblings)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91" />
        <source>naikkan / turunkan di antara saudara</source>
        <translation>move up / down among siblings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>salin / potong / tempel cabang</source>
        <translation>copy / cut / paste branch</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93" />
        <source>cari, hasil berikutnya, hasil sebelumnya</source>
        <translation>find, next hit, previous hit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>paskan pohon ke jendela</source>
        <translation>fit the tree to the window</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <source>ikhtisar seluruh pohon</source>
        <translation>overview of the whole tree</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97" />
        <source>perbesar / perkecil</source>
        <translation>zoom in / out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98" />
        <source>tampilkan sampai level N</source>
        <translation>show down to level N</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>mode presentasi / keluar</source>
        <translation>presentation mode / leave it</translation>
    </message>
</context>
<context>
    <name>SnapshotListDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="108" />
        <source>Daftar Snapshot</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="113" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="113" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="113" />
        <source>Penyusun</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="113" />
        <source>Simpul</source>
        <translation>Node</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="114" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="120" />
        <source>Pilih dua snapshot (Ctrl+klik) untuk membandingkan keduanya.</source>
        <translation>Select two snapshots (Ctrl+click) to compare them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="121" />
        <source>Belum ada snapshot. Simpan satu lewat Revisi ▸ Simpan Snapshot…</source>
        <translation>No snapshots yet. Save one with Revisions ▸ Save Snapshot…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="123" />
        <source>Buka (hanya-baca)</source>
        <translation>Open (read-only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="124" />
        <location filename="../../app/ui/dialogs/snapshots.py" line="196" />
        <source>Bandingkan dengan rencana saat ini</source>
        <translation>Compare with the current plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="125" />
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="126" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="127" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/snapshots.py" line="195" />
        <source>Bandingkan kedua snapshot</source>
        <translation>Compare both snapshots</translation>
    </message>
</context>
<context>
    <name>TreeView</name>
    <message>
        <location filename="../../app/ui/canvas/view.py" line="194" />
        <source>Terbaca: {seen} dari {total} kartu tampak · F lagi: ikhtisar seluruh pohon</source>
        <translation>Readable: {seen} of {total} cards in view · F again: overview of the whole tree</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/view.py" line="248" />
        <source>Menampilkan {n} level teratas.</source>
        <translation>Showing the top {n} level(s).</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/view.py" line="250" />
        <source>Menampilkan semua level.</source>
        <translation>Showing all levels.</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/view.py" line="373" />
        <source>Klik simpul yang juga didukung simpul ini (Esc membatalkan).</source>
        <translation>Click the node that this node also supports (Esc cancels).</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/view.py" line="546" />
        <source>Simpul di luar pohon {opd}: seluruh rencana ditampilkan lagi.</source>
        <translation>The node is outside the tree of {opd}: the whole plan is shown again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/view.py" line="777" />
        <source>Penautan induk lain dibatalkan.</source>
        <translation>Linking to another parent cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/ui/canvas/view.py" line="930" />
        <source>{n} level teratas ditampilkan · 3 … 6 atau 0: level berikutnya</source>
        <translation>Top {n} levels shown · 3 … 6 or 0: further levels</translation>
    </message>
</context>
</TS>