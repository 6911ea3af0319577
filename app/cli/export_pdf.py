"""`pokin export-pdf FILE -o OUT.pdf`: the tree as a PDF (a booklet, one page, or poster tiles)."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import CliError, output, plan_source, same_file

NAME = "export-pdf"
HELP = "cetak pohon kinerja ke PDF (buku lampiran, satu halaman, atau ubin poster 100 %)"
PAPERS = ("A4", "F4", "A3", "A2", "A1", "A0")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="BERKAS", help="berkas rencana, buku kerja .xlsx, atau BERKAS@SNAPSHOT")
    parser.add_argument("-o", "--output", required=True, metavar="KELUARAN.pdf", help="berkas PDF keluaran")
    parser.add_argument("--paper", default="A3", type=str.upper, choices=PAPERS,
                        help="ukuran kertas (bawaan A3)")
    orient = parser.add_mutually_exclusive_group()
    orient.add_argument("--landscape", dest="landscape", action="store_true", default=True,
                        help="kertas mendatar (bawaan)")
    orient.add_argument("--portrait", dest="landscape", action="store_false", help="kertas tegak")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--booklet", dest="mode", action="store_const", const="booklet",
                      help="buku lampiran: cabang dikemas ke halaman sesedikit mungkin, kartu "
                           "tetap terbaca (bawaan)")
    mode.add_argument("--fit", dest="mode", action="store_const", const="fit",
                      help="seluruh pohon pada satu halaman (ikhtisar); dengan --section satu "
                           "halaman per bagian")
    mode.add_argument("--tile", dest="mode", action="store_const", const="tile",
                      help="skala 100 %%, dipotong menjadi lembar poster tanpa memotong kartu")
    parser.add_argument("--section", dest="section", choices=("sasaran", "opd"),
                        metavar="sasaran|opd", help="satu bagian per Sasaran atau per perangkat "
                                                    "daerah")
    parser.add_argument("--depth", type=int, metavar="N",
                        help="gambar sampai level ke-N (1 = Tujuan); cabang di bawahnya "
                             "menyusul, tiap kartu menyebut halamannya")
    parser.add_argument("--no-contents", dest="contents", action="store_false", default=None,
                        help="tanpa daftar isi dan indeks perangkat daerah")
    parser.add_argument("--root", metavar="KUNCI", help="hanya cabang mulai simpul KUNCI")
    parser.add_argument("--opd", metavar="NAMA", help="hanya simpul perangkat daerah NAMA dan induknya")
    parser.add_argument("--findings", action="store_true", help="lampirkan daftar temuan pemeriksaan")
    parser.add_argument("--crosscut", action="store_true", help="lampirkan matriks crosscutting")
    parser.add_argument("--sign", metavar="NAMA;JABATAN;NIP", help="lampirkan lembar pengesahan")
    parser.add_argument("--overlap", type=float, default=0.0, metavar="MM",
                        help="mode ubin (--tile): tumpang tindih antarhalaman (mm) dengan tanda "
                             "potong")
    parser.add_argument("--compact", action="store_true",
                        help="kartu ringkas: pernyataan paling banyak 3 baris, tanpa indikator")
    parser.add_argument("--flat", action="store_true",
                        help="sub kegiatan berjajar mendatar, tidak disusun ke bawah")


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if same_file(plan_source(args.file), out):
        raise CliError("Berkas keluaran sama dengan berkas masukan; pilih nama lain untuk -o.")
    if out.suffix.lower() != ".pdf":
        raise CliError(f"Berkas keluaran harus berakhiran .pdf (bukan '{out.name}').")
    if out.is_dir():
        raise CliError(f"'{out.name}' adalah folder, bukan berkas.")
    if not out.parent.exists():
        raise CliError(f"Folder '{out.parent}' tidak ada.")

    from app.export.pdf import OptionError, PdfOptions, Signature, export_pdf
    from app.geometry.card import CardStyle
    from app.plan_io import load_plan

    plan = load_plan(args.file)
    try:
        options = PdfOptions(
            paper=args.paper,
            landscape=args.landscape,
            mode=args.mode or "booklet",
            section_by=args.section,
            depth=args.depth,
            contents=args.contents,
            root=args.root,
            opd=args.opd,
            findings=args.findings,
            crosscut=args.crosscut,
            signature=Signature.parse(args.sign) if args.sign is not None else None,
            overlap_mm=args.overlap,
            style=CardStyle(compact=True) if args.compact else CardStyle(),
            stack_leaves=not args.flat,
        )
        result = export_pdf(plan, out, options)
    except OptionError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"PDF {out.name} tidak dapat ditulis ({exc.strerror or exc}).") from exc
    output(f"Pohon kinerja '{plan.name}' dicetak ke {out}: {result.pages} halaman, "
           f"{result.cards} kartu.")
    return 0
