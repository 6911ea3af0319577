<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../app/ui/window_menus.py" line="48" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="49" />
        <source>Rencana Baru…</source>
        <translation>New Plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="50" />
        <source>Buka…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="51" />
        <source>Buka Terakhir</source>
        <translation>Open Recent</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="53" />
        <source>Simpan Sebagai…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="55" />
        <source>Impor Workbook…</source>
        <translation>Import Workbook…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="56" />
        <source>Ekspor Workbook…</source>
        <translation>Export Workbook…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="57" />
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="59" />
        <source>Properti Rencana…</source>
        <translation>Plan Properties…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="61" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="63" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="64" />
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="65" />
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="67" />
        <source>Tambah Anak</source>
        <translation>Add Child</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="68" />
        <source>Tambah Saudara</source>
        <translation>Add Sibling</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="70" />
        <source>Sunting Pernyataan</source>
        <translation>Edit Statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="72" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="74" />
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="75" />
        <source>Tempel</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="78" />
        <source>Cari</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="79" />
        <source>Cari Berikutnya</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="80" />
        <source>Cari Sebelumnya</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="83" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="84" />
        <source>Paskan</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="86" />
        <source>Perbesar</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="88" />
        <source>Perkecil</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="90" />
        <source>Tampilkan Level</source>
        <translation>Show Levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="92" />
        <source>Sampai level {n}</source>
        <translation>Down to level {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="94" />
        <source>Semua level</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="96" />
        <source>Filter OPD</source>
        <translation>Agency Filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="100" />
        <source>Riwayat Urungan</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="102" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="114" />
        <source>Presentasi</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="118" />
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="119" />
        <source>Periksa Sekarang</source>
        <translation>Check Now</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="120" />
        <source>Matriks Crosscutting…</source>
        <translation>Crosscutting Matrix…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="123" />
        <source>&amp;Revisi</source>
        <translation>&amp;Revisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="125" />
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="126" />
        <source>Pintasan Keyboard</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="127" />
        <source>Tentang Pokin</source>
        <translation>About Pokin</translation>
    </message>
</context>
<context>
    <name>CrosscutMatrixDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="58" />
        <source>Matriks Crosscutting</source>
        <translation>Crosscutting Matrix</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="84" />
        <source>Sorot di kanvas</source>
        <translation>Highlight on canvas</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="86" />
        <source>Hapus sorotan</source>
        <translation>Clear highlight</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="88" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/crosscut_matrix.py" line="97" />
        <source>Tidak ada crosscutting yang ditemukan di rencana ini.</source>
        <translation>No crosscutting was found in this plan.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/ui/panels/findings.py" line="95" />
        <source>{e} galat · {w} peringatan · {c} crosscutting</source>
        <translation>{e} errors · {w} warnings · {c} crosscutting</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/findings.py" line="104" />
        <source>Galat</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/findings.py" line="105" />
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/findings.py" line="106" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="79" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="80" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="81" />
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="82" />
        <source>Polaritas</source>
        <translation>Polarity</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="83" />
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="85" />
        <source>Target {year}</source>
        <translation>Target {year}</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="185" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="186" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="187" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="188" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="189" />
        <source>Tambah indikator</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="190" />
        <source>Hapus indikator terpilih</source>
        <translation>Delete the selected indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="191" />
        <source>Pindahkan indikator ke atas</source>
        <translation>Move the indicator up</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/indicators.py" line="192" />
        <source>Pindahkan indikator ke bawah</source>
        <translation>Move the indicator down</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="66" />
        <location filename="../../app/ui/panels/inspector.py" line="178" />
        <source>Tidak ada simpul terpilih</source>
        <translation>No node selected</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="81" />
        <source>mis. 1.02.02</source>
        <translation>e.g. 1.02.02</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="84" />
        <source>pisahkan beberapa dengan ;</source>
        <translation>separate several with ;</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="97" />
        <source>ID simpul induk</source>
        <translation>Parent node ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="98" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="99" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="114" />
        <source>Pernyataan Kinerja</source>
        <translation>Performance Statement</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="115" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="116" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="117" />
        <source>Perangkat Daerah</source>
        <translation>Agency (OPD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="118" />
        <source>Penanggung Jawab</source>
        <translation>Responsible Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="119" />
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="120" />
        <source>Induk Lain</source>
        <translation>Further Parents</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="121" />
        <source>Pagu</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/inspector.py" line="125" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="102" />
        <source>Struktur</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103" />
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="113" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120" />
        <source>&lt;awal&gt;</source>
        <translation>&lt;start&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121" />
        <source>Riwayat Urungan</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129" />
        <source>Alat</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145" />
        <source> Filter OPD: </source>
        <translation> Agency filter: </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="168" />
        <source>Pokin — pohon kinerja</source>
        <translation>Pokin — performance tree</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="176" />
        <source>Rencana Baru…</source>
        <translation>New Plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="177" />
        <source>Buka…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239" />
        <source>Kanvas pohon kinerja</source>
        <translation>Performance tree canvas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245" />
        <source>Hapus simpul</source>
        <translation>Delete node</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="263" />
        <source> (hanya-baca)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304" />
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308" />
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="328" />
        <source>{n} simpul</source>
        <translation>{n} nodes</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="329" />
        <source>{n} galat</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="330" />
        <source>{n} peringatan</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="331" />
        <source>{n} crosscutting</source>
        <translation>{n} crosscutting</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="337" />
        <source>Hanya-baca</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="339" />
        <source>Tidak berkas</source>
        <translation>No file</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341" />
        <source>Tersimpan</source>
        <translation>Saved</translation>
    </message>
<message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message><message>
        <source>Buka Terakhir</source>
        <translation>Open Recent</translation>
    </message><message>
        <source>Simpan Sebagai…</source>
        <translation>Save As…</translation>
    </message><message>
        <source>Impor Workbook…</source>
        <translation>Import Workbook…</translation>
    </message><message>
        <source>Ekspor Workbook…</source>
        <translation>Export Workbook…</translation>
    </message><message>
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message><message>
        <source>Properti Rencana…</source>
        <translation>Plan Properties…</translation>
    </message><message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message><message>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message><message>
        <source>Tambah Anak</source>
        <translation>Add Child</translation>
    </message><message>
        <source>Tambah Saudara</source>
        <translation>Add Sibling</translation>
    </message><message>
        <source>Sunting Pernyataan</source>
        <translation>Edit Statement</translation>
    </message><message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message><message>
        <source>Salin</source>
        <translation>Copy</translation>
    </message><message>
        <source>Tempel</source>
        <translation>Paste</translation>
    </message><message>
        <source>Cari</source>
        <translation>Find</translation>
    </message><message>
        <source>Cari Berikutnya</source>
        <translation>Find Next</translation>
    </message><message>
        <source>Cari Sebelumnya</source>
        <translation>Find Previous</translation>
    </message><message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message><message>
        <source>Paskan</source>
        <translation>Fit</translation>
    </message><message>
        <source>Perbesar</source>
        <translation>Zoom In</translation>
    </message><message>
        <source>Perkecil</source>
        <translation>Zoom Out</translation>
    </message><message>
        <source>Tampilkan Level</source>
        <translation>Show Levels</translation>
    </message><message>
        <source>Sampai level {n}</source>
        <translation>Down to level {n}</translation>
    </message><message>
        <source>Semua level</source>
        <translation>All levels</translation>
    </message><message>
        <source>Filter OPD</source>
        <translation>Agency Filter</translation>
    </message><message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message><message>
        <source>Presentasi</source>
        <translation>Presentation</translation>
    </message><message>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message><message>
        <source>Periksa Sekarang</source>
        <translation>Check Now</translation>
    </message><message>
        <source>Matriks Crosscutting…</source>
        <translation>Crosscutting Matrix…</translation>
    </message><message>
        <source>&amp;Revisi</source>
        <translation>&amp;Revisions</translation>
    </message><message>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message><message>
        <source>Pintasan Keyboard</source>
        <translation>Keyboard Shortcuts</translation>
    </message><message>
        <source>Tentang Pokin</source>
        <translation>About Pokin</translation>
    </message><message>
        <source>Semua Perangkat Daerah</source>
        <translation>All agencies</translation>
    </message></context>
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
    <name>SearchBar</name>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="67" />
        <source>Cari pernyataan, indikator, perangkat daerah, kode…</source>
        <translation>Search statements, indicators, agencies, codes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="74" />
        <source>Sebelumnya (Shift+F3)</source>
        <translation>Previous (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="77" />
        <source>Berikutnya (F3)</source>
        <translation>Next (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="80" />
        <source>Tutup pencarian (Esc)</source>
        <translation>Close search (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="83" />
        <source>Cari:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="142" />
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../app/ui/panels/search_bar.py" line="145" />
        <source>{i} dari {n}</source>
        <translation>{i} of {n}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../app/ui/window_menus.py" line="135" />
        <source>Semua Perangkat Daerah</source>
        <translation>All agencies</translation>
    </message>
</context>
</TS>