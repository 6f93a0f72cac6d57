"""Resolve date expressions ("last month", "on Tuesday", "March 3") against the
document date, which may itself be partial (``2023``, ``2023-03``).

The result is as precise as both the expression and the document date allow:
"last month" of ``2023-03`` is ``2023-02``; "yesterday" of ``2023-03`` stays
``2023-03`` (the day is unknown).

>>> resolve("last month", "2023-03")
'2023-02'
>>> resolve("on Tuesday", "2023-03-16")
'2023-03-14'
>>> resolve("signed in 2002", None)
'2002'
"""

from __future__ import annotations

import datetime as dt
import re

_MONTH_NAMES = "january february march april may june july august september october november december".split()
MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# The same names capitalised, as regex alternations for the extraction patterns.
WEEKDAY_NAMES = "|".join(d.capitalize() for d in WEEKDAYS)
CALENDAR_NAMES = WEEKDAY_NAMES + "|" + "|".join(m.capitalize() for m in _MONTH_NAMES)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}


def _parts(doc_date: str | None) -> tuple[int | None, int | None, int | None]:
    if not doc_date:
        return None, None, None
    bits = [int(b) for b in doc_date.split("-")]
    bits += [None] * (3 - len(bits))  # type: ignore[list-item]
    return bits[0], bits[1], bits[2]


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + delta
    return total // 12, total % 12 + 1


def resolve(expr: str, doc_date: str | None) -> str | None:
    """ISO (partial) date meant by ``expr``, or None when it cannot be placed."""
    s = expr.lower().strip()
    y, m, d = _parts(doc_date)
    full = dt.date(y, m, d) if y and m and d else None

    # Explicit dates first: "March 3, 2023", "3 March 2023", "March 2023", "2002".
    mm = re.search(r"\b(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", s)
    if not mm:
        m2 = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\.?(?:,?\s+(\d{4}))?\b", s)
        if m2:
            mm_month, mm_day, mm_year = m2.group(2), m2.group(1), m2.group(3)
        else:
            mm_month = None
    else:
        mm_month, mm_day, mm_year = mm.group(1), mm.group(2), mm.group(3)
    if mm_month:
        month, day = MONTHS[mm_month], int(mm_day)
        year = int(mm_year) if mm_year else y
        if year is None:
            return None
        if not mm_year and full and dt.date(year, month, min(day, 28)) > full:
            year -= 1  # "March 30" in a January article means last year
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
        return _fmt(year, month, day)
    my = re.search(r"\b(" + "|".join(MONTHS) + r")\.?,?\s+(\d{4})\b", s)
    if my:
        return _fmt(int(my.group(2)), MONTHS[my.group(1)])
    year_only = re.search(r"\b(1[89]\d{2}|20\d{2})\b", s)
    if year_only and not re.search(r"\b(ago|last|next|this)\b", s):
        return year_only.group(1)

    if y is None:
        return None
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", s):
        return _fmt(y, m, d)
    if "yesterday" in s:
        return (full - dt.timedelta(days=1)).isoformat() if full else _fmt(y, m)
    if "tomorrow" in s:
        return (full + dt.timedelta(days=1)).isoformat() if full else _fmt(y, m)
    for name, idx in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", s):
            if not full:
                return _fmt(y, m)
            back = (full.weekday() - idx) % 7
            if "last" in s and back == 0:
                back = 7
            return (full - dt.timedelta(days=back)).isoformat()
    month_name = re.search(r"\b(?:in|last|this|earlier in|since)?\s*(" + "|".join(MONTHS) + r")\b", s)
    if month_name and MONTHS[month_name.group(1)] and not re.search(r"\bmay\b", s) or (
        month_name and month_name.group(1) == "may" and re.search(r"\b(in|last|this) may\b", s)
    ):
        month = MONTHS[month_name.group(1)]
        year = y if m is None or month <= m else y - 1
        return _fmt(year, month)
    ago = re.search(r"\b(\w+)\s+(day|week|month|year)s?\s+ago\b", s)
    if ago:
        n = _NUMBERS.get(ago.group(1), None)
        if n is None and ago.group(1).isdigit():
            n = int(ago.group(1))
        if n is None:
            return None
        unit = ago.group(2)
        if unit == "year":
            return _fmt(y - n)
        if unit == "month" and m:
            return _fmt(*_shift_month(y, m, -n))
        if full:
            days = n if unit == "day" else 7 * n
            return (full - dt.timedelta(days=days)).isoformat()
        return _fmt(y, m)
    if re.search(r"\blast month\b|\ba month ago\b|\bprevious month\b", s):
        return _fmt(*_shift_month(y, m, -1)) if m else None
    if re.search(r"\b(this|earlier this|later this|earlier in the) month\b", s):
        return _fmt(y, m)
    if re.search(r"\bnext month\b", s):
        return _fmt(*_shift_month(y, m, 1)) if m else None
    if re.search(r"\blast year\b|\bprevious year\b", s):
        return _fmt(y - 1)
    if re.search(r"\bthis year\b|\bearlier this year\b", s):
        return _fmt(y)
    if re.search(r"\bnext year\b", s):
        return _fmt(y + 1)
    if re.search(r"\blast week\b", s):
        return (full - dt.timedelta(days=7)).isoformat()[:10] if full else _fmt(y, m)
    if re.search(r"\b(this|earlier this) week\b", s):
        return _fmt(y, m, d)
    return None


def year_in(expr: str) -> str | None:
    """A four-digit year in ``expr`` (for "signed in 2002")."""
    m = re.search(r"\b(1[6-9]\d{2}|20\d{2})\b", expr)
    return m.group(1) if m else None
