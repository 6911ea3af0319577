"""Where a team plan lives, as a planner types it: server, port, database, login, TLS.

The connect dialog and `pokin` both turn these into a PostgreSQL URL without a
password (the password never goes into a URL, a command line or a settings
file), and a failed connection into a sentence that says what to do: a wrong
password, a server that does not answer, a database that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

LOOPBACK = ("localhost", "127.0.0.1", "::1", "")
SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")


def default_ssl(host: str) -> str:
    """`require` for any server off this machine: a password must not cross a network in clear."""
    return "prefer" if host.strip().casefold() in LOOPBACK else "require"


@dataclass(frozen=True)
class TeamAddress:
    """A team plan's address; `url()` never holds a password."""

    host: str
    database: str
    login: str
    port: int = 5432
    ssl: str = ""  # one of SSL_MODES; "" means default_ssl(host)

    @property
    def sslmode(self) -> str:
        return self.ssl or default_ssl(self.host)

    def url(self) -> str:
        host = self.host.strip() or "localhost"
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"  # an IPv6 address
        return (f"postgresql+psycopg://{quote(self.login.strip(), safe='')}@{host}:{self.port}/"
                f"{quote(self.database.strip(), safe='')}?sslmode={self.sslmode}")

    def label(self) -> str:
        """How lists and titles show it: login@server/database."""
        return f"{self.login}@{self.host or 'localhost'}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> TeamAddress:
        """The address of a `postgresql://` URL (a password in it is dropped, never kept)."""
        try:
            u = make_url(url)
        except ArgumentError as exc:
            raise ValueError(f"Alamat basis data tim tidak dapat dibaca: {url}") from exc
        ssl = str(u.query.get("sslmode", "")) if u.query else ""
        return cls(u.host or "localhost", unquote(u.database or ""), unquote(u.username or ""),
                   u.port or 5432, ssl if ssl in SSL_MODES else "")


def normal_url(url: str) -> str:
    """A team plan's URL as SQLAlchemy wants it: plain `postgresql://` means psycopg 3."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def connection_problem(error: BaseException, address: TeamAddress) -> str:
    """What went wrong in connecting, said for the planner (and what to do about it)."""
    text = str(getattr(error, "orig", None) or error)
    low = text.casefold()
    where = f"{address.host or 'localhost'}:{address.port}"
    if "password authentication failed" in low or "no password supplied" in low:
        return (f"Login '{address.login}' ditolak oleh server {where}: kata sandinya salah, atau "
                "login itu belum dibuat (minta petugas TI Bappeda membuatnya).")
    if "does not exist" in low and "database" in low:
        return (f"Basis data '{address.database}' tidak ada di server {where}. Periksa namanya, "
                "atau minta petugas TI membuatnya dengan 'pokin team init'.")
    if "role" in low and "does not exist" in low:
        return f"Login '{address.login}' tidak dikenal server {where}."
    if "server does not support ssl" in low or "ssl" in low and "not" in low and "support" in low:
        return (f"Server {where} tidak menerima sambungan terenkripsi (TLS). Pilih mode TLS "
                "'prefer' hanya bila server berada di jaringan kantor yang tepercaya.")
    if ("could not translate host name" in low or "name or service not known" in low
            or "nodename nor servname" in low):
        return f"Nama server '{address.host}' tidak dikenal. Periksa ejaannya atau jaringannya."
    if ("connection refused" in low or "could not connect" in low or "timeout" in low
            or "timed out" in low or "no route to host" in low or "network is unreachable" in low):
        return (f"Server {where} tidak dapat dihubungi. Periksa alamat dan port, jaringannya, "
                "dan apakah PostgreSQL sedang berjalan di sana.")
    if "permission denied" in low:
        return f"Login '{address.login}' tidak diizinkan membuka basis data '{address.database}'."
    return f"Tidak dapat tersambung ke {address.label()}: {text.strip()}"
