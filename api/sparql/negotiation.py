"""Content negotiation for SPARQL results (RFC 9110 ``Accept`` with q-values).

The query form decides which family applies: SELECT/ASK answer with a SPARQL
results format, CONSTRUCT/DESCRIBE with an RDF format. The main process does
not know the form before the query runs, so it ranks both families and the
worker picks the one that fits (see :mod:`api.sparql.execution`).

>>> choose("application/sparql-results+xml, application/json;q=0.5", RESULT_TYPES)
'application/sparql-results+xml'
>>> choose("text/html", RESULT_TYPES) is None
True
>>> choose(None, GRAPH_TYPES)
'text/turtle'
>>> choose("application/turtle,text/turtle", GRAPH_TYPES)
'text/turtle'
"""

from __future__ import annotations

from dataclasses import dataclass

from kg import formats

# media type (and aliases clients send) -> the canonical type we answer with.
# The first entry of each table is the default for "*/*" or no Accept header.
RESULT_TYPES: dict[str, str] = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/csv": "text/csv",
    "text/tab-separated-values": "text/tab-separated-values",
}
GRAPH_TYPES: dict[str, str] = {
    "text/turtle": "text/turtle",
    "application/turtle": "text/turtle",
    "application/x-turtle": "text/turtle",
    "application/n-triples": "application/n-triples",
    "text/plain": "application/n-triples",
    "application/ld+json": "application/ld+json",
    "application/json": "application/ld+json",
    "application/rdf+xml": "application/rdf+xml",
    "application/xml": "application/rdf+xml",
}
HTML_TYPES: dict[str, str] = {"text/html": "text/html", "application/xhtml+xml": "text/html"}

# Short names accepted in a ``format=`` / ``output=`` parameter, per family.
RESULT_FORMAT_NAMES = formats.RESULT_NAMES
GRAPH_FORMAT_NAMES = formats.GRAPH_NAMES


@dataclass(frozen=True)
class MediaRange:
    type: str  # "text", "*"
    subtype: str  # "csv", "*"
    q: float
    position: int  # order in the header: earlier wins a tie

    def matches(self, media_type: str) -> int:
        """0 if no match, else the specificity of the match (3 exact, 2 type/*, 1 */*)."""
        t, _, s = media_type.partition("/")
        if self.type == "*":
            return 1
        if self.type != t:
            return 0
        if self.subtype == "*":
            return 2
        return 3 if self.subtype == s else 0


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an ``Accept`` header; a missing or empty header is ``*/*``."""
    if not header or not header.strip():
        return [MediaRange("*", "*", 1.0, 0)]
    ranges = []
    for pos, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mt = fields[0].lower()
        if not mt:
            continue
        if mt == "*":  # some clients send a bare "*"
            mt = "*/*"
        t, _, s = mt.partition("/")
        q = 1.0
        for param in fields[1:]:
            k, _, v = param.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(v)))
                except ValueError:
                    q = 0.0  # a malformed weight is not a preference
        ranges.append(MediaRange(t, s or "*", q, pos))
    return ranges


def choose(header: str | None, offered: dict[str, str]) -> str | None:
    """The canonical type to answer with, or None when the client accepts none of ``offered``.

    Highest q wins; then the most specific match; then the range the client
    listed first; then our own order (the table's order).
    """
    ranges = parse_accept(header)
    best: tuple[float, int, int, int] | None = None
    chosen: str | None = None
    for rank, (media_type, canonical) in enumerate(offered.items()):
        match: tuple[float, int, int] | None = None
        for r in ranges:
            spec = r.matches(media_type)
            # The most specific matching range decides this type's q (RFC 9110 §12.5.1).
            if spec and (match is None or spec > match[1]):
                match = (r.q, spec, r.position)
        if match is None or match[0] <= 0:
            continue
        key = (match[0], match[1], -match[2], -rank)
        if best is None or key > best:
            best, chosen = key, canonical
    return chosen


def from_format_param(value: str | None, names: dict[str, str], offered: dict[str, str]) -> str | None:
    """A ``format=json`` / ``output=text/csv`` parameter resolved within one family."""
    if not value:
        return None
    v = value.strip().lower()
    return names.get(v) or offered.get(v)


def prefers_html(header: str | None) -> bool:
    """True when a browser asks: text/html ranks at least as high as any RDF format."""
    if not header:
        return False
    html = choose(header, HTML_TYPES)
    if html is None:
        return False
    ranges = parse_accept(header)
    # A bare "*/*" from curl or a library must not turn into a web page.
    if all(r.type == "*" for r in ranges):
        return False

    def q_of(offered: dict[str, str]) -> float:
        qs = [r.q for mt in offered for r in ranges if r.matches(mt) == 3]
        return max(qs, default=0.0)

    return q_of(HTML_TYPES) >= q_of(GRAPH_TYPES)
