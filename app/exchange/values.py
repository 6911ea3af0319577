"""Cell values to the model's types: text, years, numbers and lists.

Excel hands over whatever the planner typed: IDs as numbers (12.0), years as
text ("2024"), targets as "75,5". These helpers turn them into what the plan
holds, the same way in every column.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta

from app.util.indonesian import parse_number  # the one lenient reading, shared with the checks

from .schema import LIST_SEPARATOR


def as_text(value: object) -> str:
    """A cell as trimmed text; whole numbers lose their '.0' (ID 12 -> "12")."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()


def as_list(value: object) -> tuple[str, ...]:
    """A `;`-separated cell as a tuple: parts trimmed, empty parts dropped."""
    text = as_text(value)
    if not text:
        return ()
    return tuple(p for p in (part.strip() for part in text.split(LIST_SEPARATOR)) if p)


def as_value(value: object) -> float | str | None:
    """A target or baseline: a float when it reads as a number, else the text; None when empty."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
        return number if math.isfinite(number) else as_text(value)
    text = as_text(value)
    if not text:
        return None
    number = parse_number(text)
    return number if number is not None else text


def as_year(value: object) -> int | None:
    """A year cell (2024, 2024.0, "2024") as int; None when it is not a plausible year."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, float):
        if not (math.isfinite(value) and value.is_integer()):
            return None
        value = int(value)
    if isinstance(value, int):
        year = value
    else:
        text = as_text(value)
        if not (len(text) == 4 and text.isdigit()):
            return None
        year = int(text)
    return year if 1900 <= year <= 2999 else None
