"""Why a file could not be read or written, in the planner's words rather than the system's."""

from __future__ import annotations

import errno

_WHY = {
    errno.ENOENT: "berkas atau folder tidak ditemukan",
    errno.EACCES: "izin ditolak",
    errno.EPERM: "izin ditolak",
    errno.EISDIR: "ini sebuah folder",
    errno.ENOTDIR: "salah satu bagian jalurnya bukan folder",
    errno.EEXIST: "sudah ada berkas bernama sama dengan folder tujuannya",
    errno.ENOSPC: "ruang disk penuh",
    errno.EROFS: "disk hanya-baca",
    errno.ENAMETOOLONG: "nama terlalu panjang",
    errno.EIO: "galat baca/tulis perangkat",
}


def why(exc: OSError) -> str:
    """A short Indonesian reason for an OSError ("izin ditolak", "ruang disk penuh", ...)."""
    return _WHY.get(exc.errno or 0, "galat sistem berkas")
