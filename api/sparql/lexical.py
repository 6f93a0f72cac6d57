"""Lexical checks on SPARQL text, without a parser (pyoxigraph has no parse-only call).

Strings, IRIs and comments are blanked first, so that a keyword inside a
literal (``"DROP"``) or a comment never counts.

>>> looks_like_update("PREFIX ex: <http://ex/> INSERT DATA { ex:a ex:b ex:c }")
True
>>> looks_like_update("# DELETE everything?\\nSELECT * WHERE { ?s ?p 'DROP' }")
False
>>> has_dataset_clause("SELECT * FROM <http://g> { ?s ?p ?o }")
True
>>> has_dataset_clause('SELECT * { ?s ?p "from here" } # from a comment')
False
>>> outer_limit("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 5000 } } ORDER BY ?s LIMIT 10 OFFSET 20")
10
>>> outer_limit("SELECT * { { SELECT * { ?s ?p ?o } LIMIT 5 } }") is None
True
"""

from __future__ import annotations

import re

_NOISE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_FROM = re.compile(r"\bFROM\b", re.IGNORECASE)
_LIMIT = re.compile(r"\bLIMIT\s+(\d+)", re.IGNORECASE)
# By the grammar (SPARQL 1.1 Query §19.8, rule [29] Update), an update request
# is a prologue followed by one of these keywords; a query never starts with one.
# The prologue is skipped one declaration at a time: a single regex with nested
# repetition backtracks exponentially on a long prologue (rdflib sends dozens).
_PROLOGUE_ITEM = re.compile(r"\s*(?:PREFIX\s+[^\s:]*:|BASE\b)", re.IGNORECASE)
_UPDATE_KEYWORD = re.compile(
    r"\s*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE
)


def blank_out(text: str) -> str:
    """``text`` with strings, IRIs and comments replaced by a space."""
    return _NOISE.sub(" ", text)


def looks_like_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL Update request rather than a query (linear time)."""
    text = blank_out(text)
    pos = 0
    while m := _PROLOGUE_ITEM.match(text, pos):
        pos = m.end()
    return bool(_UPDATE_KEYWORD.match(text, pos))


def has_dataset_clause(query: str) -> bool:
    """Whether the query names its own dataset with FROM / FROM NAMED."""
    return bool(_FROM.search(blank_out(query)))


def outer_limit(query: str) -> int | None:
    """The LIMIT of the query's outermost solution modifiers, if it has one.

    Those modifiers follow the last closing brace (a sub-select's LIMIT sits
    inside braces); a trailing VALUES block ends in a brace, so such a query
    reports no limit, which is the safe answer.
    """
    text = blank_out(query)
    m = _LIMIT.search(text, text.rfind("}") + 1)
    return int(m.group(1)) if m else None
