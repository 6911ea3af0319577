"""Pokin: an editor for the pohon kinerja of Indonesian local governments."""

__version__ = "0.1.0"
