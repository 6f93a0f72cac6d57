"""A small graph written by hand through ``kg.model`` + ``kg.rdf.to_quads``.

It follows the RDF conventions exactly without depending on the extractor, so
the viewer's data and filter rules can be tested on known content.
"""

from __future__ import annotations

import gc
from pathlib import Path

from kg.model import Document, Entity, Event, Extraction, Relation, Span, Statement
from kg.rdf import to_quads
from kg.iris import document_iri
from kg.settings import DEFAULT_BASE
from kg.store import GraphStore, sha256_text

TEXT_A = (
    "Prime Minister Justin Trudeau of Canada spoke in Ottawa. "
    "\u201cWe will renegotiate the Safe Third Country Agreement,\u201d Trudeau told reporters. "
    "President Joe Biden of the United States met with Trudeau."
)
TEXT_B = (
    "Sean Fraser, Canada's immigration minister, met Alejandro Mayorkas. "
    "\u201cA productive meeting,\u201d Fraser said."
)


def span(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase), phrase)


def sentence(text: str, phrase: str) -> Span:
    """The sentence of ``text`` containing ``phrase`` (sentences end at '. ')."""
    i = text.index(phrase)
    start = text.rfind(". ", 0, i)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", i)
    end = len(text) if end < 0 else end + 1
    return Span(start, end, text[start:end])


def extraction_a() -> Extraction:
    t = TEXT_A
    doc = Document(id="doc-a", text=t, title="Trudeau on the agreement", sha256=sha256_text(t), date="2023-03")
    ents = {
        "justin-trudeau": Entity("justin-trudeau", "Person", "Justin Trudeau", {"Trudeau"}, [span(t, "Justin Trudeau"), span(t, "Trudeau", 1), span(t, "Trudeau", 2)]),
        "joe-biden": Entity("joe-biden", "Person", "Joe Biden", set(), [span(t, "Joe Biden")]),
        "canada": Entity("canada", "Country", "Canada", set(), [span(t, "Canada")]),
        "united-states": Entity("united-states", "Country", "United States", set(), [span(t, "United States")]),
        "ottawa": Entity("ottawa", "Place", "Ottawa", set(), [span(t, "Ottawa")]),
        "stca": Entity("safe-third-country-agreement", "Agreement", "Safe Third Country Agreement", set(), [span(t, "Safe Third Country Agreement")]),
        "reporters": Entity("reporters", "Organization", "reporters", set(), [span(t, "reporters")]),
        "pm": Entity("prime-minister-of-canada", "Position", "Prime Minister of Canada", set(), [span(t, "Prime Minister")]),
    }
    ents = {e.key: e for e in ents.values()}
    s1 = sentence(t, "Prime Minister")
    s3 = sentence(t, "President Joe Biden")
    rels = [
        Relation("justin-trudeau", "represents", s1, object="canada"),
        Relation("justin-trudeau", "holdsPosition", s1, object="prime-minister-of-canada"),
        Relation("joe-biden", "represents", s3, object="united-states"),
        Relation("joe-biden", "metWith", s3, object="justin-trudeau"),
        Relation("justin-trudeau", "partOf", s1, object="canada") if False else Relation("ottawa", "locatedIn", s1, object="canada"),
    ]
    quote = "We will renegotiate the Safe Third Country Agreement,"
    st = Statement("justin-trudeau", quote, "direct", span(t, quote), sentence(t, quote),
                   addressee="reporters", about=["safe-third-country-agreement"], stated_on="2023-02")
    return Extraction(doc, ents, rels, [st], [])


def extraction_b() -> Extraction:
    t = TEXT_B
    doc = Document(id="doc-b", text=t, title="Fraser meets Mayorkas", sha256=sha256_text(t), date="2024-01-10")
    ents = {
        "sean-fraser": Entity("sean-fraser", "Person", "Sean Fraser", {"Fraser"}, [span(t, "Sean Fraser"), span(t, "Fraser", 1)]),
        "alejandro-mayorkas": Entity("alejandro-mayorkas", "Person", "Alejandro Mayorkas", set(), [span(t, "Alejandro Mayorkas")]),
        "canada": Entity("canada", "Country", "Canada", set(), [span(t, "Canada")]),
    }
    s1 = sentence(t, "Sean Fraser")
    rels = [
        Relation("sean-fraser", "represents", s1, object="canada"),
        Relation("sean-fraser", "metWith", s1, object="alejandro-mayorkas"),
    ]
    quote = "A productive meeting,"
    st = Statement("sean-fraser", quote, "direct", span(t, quote), sentence(t, quote), medium="tweet", about=["alejandro-mayorkas"])
    ev = Event("fraser-mayorkas-meeting", "Meeting", "Fraser and Mayorkas meeting", s1,
               participants=["sean-fraser", "alejandro-mayorkas"], date="2024-01")
    return Extraction(doc, ents, rels, [st], [ev])


def write_store(path: Path, extractions: list[Extraction] | None = None, base: str = DEFAULT_BASE) -> Path:
    """A store at ``path`` holding the ontology and ``extractions`` (default: both above)."""
    store = GraphStore.open(path)
    store.load_ontology()
    for ex in extractions or [extraction_a(), extraction_b()]:
        store.replace_graph(document_iri(base, ex.document.id), to_quads(ex, base))
    store.close()
    del store
    gc.collect()
    return path


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"


def payload_extraction() -> Extraction:
    """Names, aliases, an office, a quote and a title carrying script payloads."""
    name = f"Evil {SCRIPT} Person"
    alias = f"{IMG}Evil"
    quote = f"We will {SCRIPT} renegotiate {IMG} everything"
    t = f"{name} of Canada spoke. \u201c{quote},\u201d {alias} told reporters."
    doc = Document(id="payload", text=t, title=f"Title {SCRIPT}{IMG}", sha256=sha256_text(t), date="2023-05")
    ents = {
        "evil": Entity("evil", "Person", name, {alias}, [span(t, name), span(t, alias)]),
        "canada": Entity("canada", "Country", "Canada", set(), [span(t, "Canada")]),
        "office": Entity("office", "Position", f"Minister {IMG}", set(), [span(t, "Canada")]),
    }
    s1 = sentence(t, "spoke")
    rels = [
        Relation("evil", "represents", s1, object="canada"),
        Relation("evil", "holdsPosition", s1, object="office"),
    ]
    st = Statement("evil", quote, "direct", span(t, quote), sentence(t, quote), medium=IMG)
    return Extraction(doc, ents, rels, [st], [])
