"""Rules on indicators: missing-indicator, missing-unit, missing-target, missing-baseline,
target-direction, flat-target, indicator-type.

These serve LKE 1.b.5-1.b.7 (SMART indicators, targets for every year that
move the right way). One finding per indicator, never one per year: a planner
fixes an indicator's row at once, and a flood of per-year findings hides the
rest of the list.
"""

from __future__ import annotations

import math
from typing import Any

from app.util.indonesian import format_number, parse_number

from ..plan import JENIS, Indicator
from ..text import Msg
from .base import Context, Finding, finding, join_words


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_percent(satuan: str) -> bool:
    unit = satuan.casefold()
    return "%" in unit or "persen" in unit


_NUMERIC = frozenset({int, float})


def check_indicators(ctx: Context, out: list[Finding]) -> None:
    years = ctx.years
    level = ctx.level
    scheme = ctx.scheme
    expected: dict[str, set[str]] = {}
    units: dict[str, int] = {}
    for key, node in ctx.nodes.items():
        indicators = node.indicators
        if not indicators:
            out.append(
                finding(
                    "missing-indicator",
                    key,
                    Msg("Simpul ini belum memiliki indikator. Tambahkan minimal satu indikator "
                        "kinerja beserta satuan, baseline dan targetnya."),
                )
            )
            continue
        allowed = None
        if level[key] >= 0:
            allowed = expected.get(node.level)
            if allowed is None:
                allowed = expected[node.level] = scheme.expected_jenis(node.level)
        for ind in indicators:
            values: list[Any] = list(map(ind.targets.get, years))
            satuan = ind.satuan
            unit = units.get(satuan)
            if unit is None:
                unit = units[satuan] = _unit_kind(satuan)
            polaritas = ind.polaritas
            jenis = ind.jenis
            if (
                unit != _BLANK
                and (polaritas == "naik" or polaritas == "turun")
                and (not jenis or (allowed is not None and jenis in allowed))
                and type(ind.baseline) in _NUMERIC
                and set(map(type, values)) <= _NUMERIC
                and values == sorted(values, reverse=polaritas == "turun")
                and (unit == _PLAIN or values.count(100) != len(values))
            ):
                # The common sound indicator (a unit, a numeric baseline, a fitting
                # jenis, numeric targets for every year moving the right way and not
                # all 100%) has nothing to report: skip the general path.
                continue
            _check_one(key, node.level, ind, years, values, allowed, out)


_BLANK, _PLAIN, _PERCENT = 0, 1, 2


def _unit_kind(satuan: str) -> int:
    if not satuan or not satuan.strip():
        return _BLANK
    return _PERCENT if _is_percent(satuan) else _PLAIN


def _number(value: object) -> float | None:
    """parse_number with a fast path for the real numbers most targets are."""
    kind = type(value)
    if kind is int:
        return value  # type: ignore[return-value]
    if kind is float:
        return value if math.isfinite(value) else None  # type: ignore[arg-type,return-value]
    return parse_number(value)


def _check_one(
    key: str,
    level: str,
    ind: Indicator,
    years: list[int],
    values: list[object],
    allowed: set[str] | None,
    out: list[Finding],
) -> None:
    """Every indicator rule on one indicator (the slow, general path)."""
    name = (ind.name or "").strip() or "(tanpa nama)"
    satuan = ind.satuan
    if not satuan or not satuan.strip():
        out.append(
            finding(
                "missing-unit",
                key,
                Msg('Indikator "{name}" tidak memiliki satuan. Isi satuannya (mis. %, indeks, '
                    "orang, dokumen).", name=name),
            )
        )
    if None in values or str in map(type, values):
        missing = [str(y) for y, v in zip(years, values, strict=True) if _blank(v)]
        if missing:
            out.append(
                finding(
                    "missing-target",
                    key,
                    Msg('Indikator "{name}" tidak memiliki target tahun {years}. Isi target untuk '
                        "setiap tahun periode rencana.", name=name, years=join_words(missing)),
                )
            )
    if _blank(ind.baseline):
        out.append(
            finding(
                "missing-baseline",
                key,
                Msg('Indikator "{name}" tidak memiliki baseline (kondisi awal). Isi nilai kondisi '
                    "awal agar kenaikan target dapat dinilai.", name=name),
            )
        )
    numbers = [_number(v) for v in values]
    _check_direction(key, name, ind.polaritas, years, numbers, out)
    if satuan and numbers and _is_percent(satuan) and all(v == 100 for v in numbers):
        out.append(
            finding(
                "flat-target",
                key,
                Msg('Target indikator "{name}" 100% pada setiap tahun, tanda indikator kegiatan. '
                    "Rumuskan indikator hasil yang menunjukkan perubahan kondisi dari tahun ke "
                    "tahun.", name=name),
            )
        )
    jenis = ind.jenis
    if jenis and allowed is not None:
        jenis = jenis.strip().casefold()
        if jenis and jenis not in allowed:
            fits = [j for j in JENIS if j in allowed]
            out.append(
                finding(
                    "indicator-type",
                    key,
                    Msg('Jenis indikator "{name}" adalah {jenis}, tidak sesuai untuk level {level}. '
                        "Gunakan jenis {fits}.", name=name, jenis=jenis, level=level,
                        fits=" atau ".join(fits)),
                )
            )


def _check_direction(
    key: str,
    name: str,
    polaritas: str,
    years: list[int],
    numbers: list[float | None],
    out: list[Finding],
) -> None:
    """Consecutive numeric targets (non-numeric years skipped) must not move the wrong way."""
    rising = polaritas == "naik" or not polaritas
    if not rising:
        pol = polaritas.strip().casefold()
        if pol not in ("naik", "turun"):
            return
        rising = pol == "naik"
    steps: list[tuple[int, float, int, float]] = []
    prev_year, prev = 0, None
    for year, value in zip(years, numbers, strict=True):
        if value is None:
            continue
        if prev is not None and ((value < prev) if rising else (value > prev)):
            steps.append((prev_year, prev, year, value))
        prev_year, prev = year, value
    if not steps:
        return
    if len(steps) > 2:
        first, last = steps[0], steps[-1]
        how = Msg("{n} kali, mulai dari {a} ({y0}) ke {b} ({y1}) hingga {c} ({y2})",
                  n=len(steps), a=format_number(first[1]), y0=first[0], b=format_number(first[3]),
                  y1=first[2], c=format_number(last[3]), y2=last[2])
    else:
        parts = [Msg("dari {a} ({y0}) ke {b} ({y1})", a=format_number(a), y0=y0,
                     b=format_number(b), y1=y1) for y0, a, y1, b in steps]
        how = parts[0] if len(parts) == 1 else Msg("{first} dan {second}", first=parts[0],
                                                      second=parts[1])
    if rising:
        message = Msg('Target indikator "{name}" berpolaritas naik tetapi turun {how}. Periksa '
                      "kembali targetnya, atau ubah polaritas bila memang makin kecil makin "
                      "baik.", name=name, how=how)
    else:
        message = Msg('Target indikator "{name}" berpolaritas turun tetapi naik {how}. Periksa '
                      "kembali targetnya, atau ubah polaritas bila memang makin besar makin "
                      "baik.", name=name, how=how)
    out.append(finding("target-direction", key, message))
