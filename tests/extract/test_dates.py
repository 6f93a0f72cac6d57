"""Relative and explicit dates resolved against a (partial) document date."""

from __future__ import annotations

import pytest

from kg.extract.dates import resolve


@pytest.mark.parametrize(
    ("expr", "doc_date", "expected"),
    [
        ("last month", "2023-03", "2023-02"),
        ("last month", "2023-01-10", "2022-12"),
        ("yesterday", "2023-03-16", "2023-03-15"),
        ("yesterday", "2023-03", "2023-03"),
        ("on Tuesday", "2023-03-16", "2023-03-14"),
        ("March 3", "2023-04-01", "2023-03-03"),
        ("December 20", "2023-01-05", "2022-12-20"),
        ("two weeks ago", "2023-03-16", "2023-03-02"),
        ("last year", "2023", "2022"),
        ("in 2002", None, "2002"),
        ("March 3, 2021", None, "2021-03-03"),
        ("recently", "2023-03", None),
        ("last month", None, None),
    ],
)
def test_resolve(expr, doc_date, expected):
    assert resolve(expr, doc_date) == expected
