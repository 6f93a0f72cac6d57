"""ISO dates and partial dates (``2023``, ``2023-02``, ``2023-02-14``) as day intervals."""

from __future__ import annotations

import calendar
from datetime import date

from kg.errors import InvalidParameter


def date_interval(value: str) -> tuple[date, date] | None:
    """The days an ISO date or partial date covers; None if it is not one.

    >>> date_interval("2023-02")
    (datetime.date(2023, 2, 1), datetime.date(2023, 2, 28))
    >>> date_interval("2002")[1]
    datetime.date(2002, 12, 31)
    >>> date_interval("last month") is None
    True
    """
    v = value.strip()[:10]
    try:
        if len(v) == 4 and v.isdigit():
            return date(int(v), 1, 1), date(int(v), 12, 31)
        if len(v) == 7 and v[4] == "-":
            y, m = int(v[:4]), int(v[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        if len(v) == 10:
            d = date.fromisoformat(v)
            return d, d
    except ValueError:
        return None
    return None


def parse_date_param(name: str, value: str | None) -> tuple[date, date] | None:
    """A ``from``/``to`` query parameter as an interval; ``InvalidParameter`` if malformed."""
    if value is None:
        return None
    iv = date_interval(value) if len(value.strip()) in (4, 7, 10) else None
    if iv is None:
        raise InvalidParameter(
            f"parameter {name!r}: {value!r} is not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return iv


def date_key(value: str | None) -> tuple[int, str]:
    """Sort key: dated things first, by their first day; undated last."""
    iv = date_interval(value) if value else None
    return (0, iv[0].isoformat()) if iv else (1, value or "")
