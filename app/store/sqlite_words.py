"""SQLite's English error messages, said in Indonesian for the planner.

The store's messages are Indonesian and name the file; what SQLite itself
reports ("file is not a database", "database is locked") used to be appended
as it came. The common ones are translated here; an unknown one is kept, after
the Indonesian, so that a technician still sees it.
"""

from __future__ import annotations

PHRASES = (
    ("file is not a database", "isinya bukan basis data SQLite (bukan berkas Pokin, atau rusak)"),
    ("database disk image is malformed", "isi berkasnya rusak (cacat)"),
    ("database is locked", "sedang dikunci oleh program lain; tunggu sebentar lalu coba lagi"),
    ("database table is locked", "sedang dikunci oleh program lain; tunggu sebentar lalu coba lagi"),
    ("unable to open database file", "tidak dapat dibuka (folder atau izinnya tidak memungkinkan)"),
    ("attempt to write a readonly database", "hanya dapat dibaca (izin berkas atau foldernya)"),
    ("database or disk is full", "disk penuh"),
    ("disk i/o error", "galat baca/tulis disk"),
    ("no such table", "tidak memuat tabel yang diperlukan"),
    ("file is encrypted", "terenkripsi atau bukan basis data SQLite"),
)


def indonesian(message: str) -> str:
    """An SQLite message in Indonesian, or the message as it is when it is not a known one."""
    lowered = message.casefold()
    for english, said in PHRASES:
        if english in lowered:
            return said
    return message
