"""Find named-entity candidates and type them into the ontology classes.

Sources, merged longest-first: gazetteer names, rule patterns (capitalised
names ending in a street/landform word are places; ending in Agreement/Treaty/...
are agreements) and the statistical NER. Typical NER errors are repaired here
with general rules: titles are cut off person names, a person name glued to an
office or agency ("Homeland Security Alejandro Mayorkas") is split in two, and
"Roxham Road"-like names typed PERSON become places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from kg.extract import lexicon
from kg.extract.gazetteer import GazEntry
from kg.extract.state import State

NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "LAW", "WORK_OF_ART", "NORP"}
_APOS = "'’"
_CAP = r"[A-ZÀ-Ý][\w'’.-]*"
_LOWER_JOINERS = r"(?:of|the|and|on|for|between|de|la|du|des|del|von|van|der|to|in)"


@dataclass
class Candidate:
    """A stretch of text that names something, with its type guess."""

    start: int
    end: int
    text: str
    type: str
    source: str  # "gaz", "rule" or "ner"
    gaz: GazEntry | None = None

    @property
    def length(self) -> int:
        return self.end - self.start


def find_candidates(state: State) -> list[Candidate]:
    """All candidates in the text, overlaps resolved (longest, then most trusted)."""
    text = state.text
    found: list[Candidate] = []
    for start, end, entry in state.gaz.finditer(text):
        found.append(Candidate(start, end, text[start:end], entry.type, "gaz", entry))
    found.extend(_rule_candidates(text))
    for ent in state.doc.ents:
        if ent.label_ in NER_LABELS:
            found.extend(_from_ner(ent, state))
    found = [c for c in found if not state.is_skipped(c.start, c.end) and c.text.strip()]
    return _resolve_overlaps(found)


def _rule_candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    suffixes = sorted(lexicon.ordered("street_suffixes"), key=len, reverse=True)
    suffix_re = "|".join(re.escape(s) for s in suffixes)
    for m in re.finditer(rf"\b((?:{_CAP}\s+){{1,3}})(?:{suffix_re})(?![\w])", text):
        start, end = _trim_left(text, m.start(), m.end()), m.end()
        if "\n" in text[start:end] or " " not in text[start:end].strip():
            continue
        out.append(Candidate(start, end, text[start:end], "Place", "rule"))
    nouns = sorted(lexicon.ordered("agreement_nouns"), key=len, reverse=True)
    noun_re = "|".join(re.escape(n) for n in nouns)
    name = rf"(?:{_CAP}|\d{{4}})(?:[\s–-]+(?:{_CAP}|{_LOWER_JOINERS}|\d{{4}}))*?"
    for m in re.finditer(rf"\b({name})\s+(?:{noun_re})\b(?:\s+(?:of|on)\s+{_CAP}(?:\s+{_CAP})*)?", text):
        start, end = m.start(), m.end()
        start = _trim_left(text, start, end)
        if "\n" in text[start:end] or not re.match(r"[A-ZÀ-Ý0-9]", text[start:end]):
            continue
        # "1944 Water Treaty" is a name; "2002 Agreement" (year only) is too thin.
        if re.fullmatch(rf"\d{{4}}\s+(?:{noun_re})", text[start:end]):
            continue
        out.append(Candidate(start, end, text[start:end], "Agreement", "rule"))
    for m in re.finditer(rf"\b(?:Treaty|Accord|Convention|Protocol) of {_CAP}(?:\s+{_CAP})*", text):
        out.append(Candidate(m.start(), m.end(), m.group(0), "Agreement", "rule"))
    return out


# Capitalised words that start sentences or clauses but never a name.
_NOT_NAME_START = frozenset(
    "The A An This That These Those Its Their Our His Her While As But And In On At For With "
    "After Before When If Under Since During Although Though Because Meanwhile However "
    "Nonetheless Still Yet So Then Now Today Yesterday Both Last Next Why How What Under "
    "Until Once Despite Without Within Between Among From By To Of Or Nor Not No Any Every "
    "Each Such Some All Most Many Several Only Even Also Whether Where Which Who".split()
)


def _trim_left(text: str, start: int, end: int) -> int:
    """Skip leading function words and joiners: 'While the Safe ...' -> 'Safe ...'."""
    while start < end:
        m = re.match(r"([\w'’.-]+)\s+", text[start:end])
        if not m:
            break
        word = m.group(1)
        if word in _NOT_NAME_START or re.fullmatch(_LOWER_JOINERS, word):
            start += m.end()
            continue
        break
    return start


def _from_ner(ent: SpacySpan, state: State) -> list[Candidate]:
    """Clean one NER span into zero, one or two candidates."""
    tokens = list(ent)
    # Cut at a line break: headlines and bylines fuse with the next line.
    for i, tok in enumerate(tokens):
        if "\n" in tok.text or (i < len(tokens) - 1 and "\n" in tok.whitespace_):
            tokens = tokens[: i + 1] if "\n" not in tok.text else tokens[:i]
            break
    while tokens and (tokens[-1].text in {"'s", "’s", "'", "’"} or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and tokens[0].lower_ in {"the", "a", "an"}:
        tokens = tokens[1:]
    if not tokens:
        return []
    label = ent.label_
    if label == "NORP":
        return []  # demonyms are read by the offices step, not entities themselves
    if label == "PERSON":
        tokens = _strip_honorifics(tokens)
        if not tokens:
            return []
    else:
        split = _split_glued_person(tokens, state)
        if split is not None:
            return split
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = state.text[start:end]
    if label != "PERSON" and _is_title_fragment(tokens, state):
        return []
    type_ = type_of_ner(label, text, state)
    if type_ is None:
        return []
    return [Candidate(start, end, text, type_, "ner")]


def _is_title_fragment(tokens: list, state: State) -> bool:
    """'British Business' (of 'British Business Secretary X'): a demonym plus
    portfolio words is part of a title, not an organisation."""
    if state.gaz.lookup(" ".join(t.text for t in tokens)) is not None:
        return False
    first = tokens[0].text
    if state.gaz.country_of_demonym(first) is None or len(tokens) < 2:
        return False
    rest = {t.lower_ for t in tokens[1:]}
    nxt = tokens[-1].nbor(1) if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    followed_by_title = nxt is not None and nxt.lower_ in lexicon.words("title_core")
    return followed_by_title and rest <= lexicon.words("portfolio_words") | lexicon.words("connectors")


def _strip_honorifics(tokens: list) -> list:
    honorifics = lexicon.words("honorifics")
    while len(tokens) > 1 and tokens[0].lower_ in honorifics:
        tokens = tokens[1:]
    return tokens


def _split_glued_person(tokens: list, state: State) -> list[Candidate] | None:
    """'Homeland Security Alejandro Mayorkas' -> office/agency + person."""
    if len(tokens) < 3:
        return None
    markers = lexicon.words("portfolio_words") | lexicon.words("title_heads")
    for cut in range(len(tokens) - 2, 0, -1):
        head, tail = tokens[:cut], tokens[cut:]
        if len(tail) > 3 or not all(t.text[:1].isupper() and t.is_alpha for t in tail):
            continue
        if tokens[cut - 1].lower_ not in markers:
            continue
        if not any(t.pos_ == "PROPN" for t in tail):
            continue
        hs, he = head[0].idx, head[-1].idx + len(head[-1].text)
        ts, te = tail[0].idx, tail[-1].idx + len(tail[-1].text)
        tail_text = state.text[ts:te]
        tail_entry = state.gaz.lookup(tail_text)
        if tail_entry is not None and tail_entry.type != "Person":
            continue
        out = [Candidate(ts, te, tail_text, "Person", "ner")]
        head_entry = state.gaz.lookup(state.text[hs:he])
        if head_entry is not None:
            out.append(Candidate(hs, he, state.text[hs:he], head_entry.type, "gaz", head_entry))
        elif tokens[cut - 1].lower_ not in lexicon.words("title_heads"):
            out.append(Candidate(hs, he, state.text[hs:he], classify_org(state.text[hs:he]), "ner"))
        return out
    return None


def type_of_ner(label: str, text: str, state: State) -> str | None:
    """Ontology type for an NER span; None drops it."""
    entry = state.gaz.lookup(text)
    if entry is not None:
        return entry.type
    last = text.split()[-1] if text.split() else ""
    if last in lexicon.words("street_suffixes") and label in {"PERSON", "ORG", "GPE", "FAC", "LOC"}:
        return "Place"
    if last in lexicon.words("agreement_nouns") and label != "PERSON":
        return "Agreement"
    if label == "PERSON":
        if not re.search(r"[A-Za-zÀ-ÿ]", text) or text.isupper() and len(text) <= 3:
            return None
        return "Person"
    if label == "ORG":
        return classify_org(text)
    if label == "GPE":
        return "Place"
    if label in {"LOC", "FAC"}:
        return "Place"
    return None  # LAW / WORK_OF_ART without an agreement word


def classify_org(text: str) -> str:
    """GovernmentAgency / MediaOrganization / Organization from name words."""
    words = {w.lower().strip(".,") for w in re.split(r"[\s-]+", text)}
    lowered = text.lower()
    if words & lexicon.words("media_words") or any(
        " " in w and w in lowered for w in lexicon.words("media_words")
    ):
        if not words & {"department", "ministry", "agency", "patrol", "police"}:
            return "MediaOrganization"
    if words & lexicon.words("agency_words") or any(
        " " in w and w in lowered for w in lexicon.words("agency_words")
    ):
        return "GovernmentAgency"
    return "Organization"


_TRUST = {"gaz": 3, "rule": 2, "ner": 1}


def _resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping set: longer spans win, then the more trusted source.

    A gazetteer match shorter than an NER span that contains it wins only when
    the NER span is the gazetteer name plus a possessive or title (handled in
    ``_from_ner``), so plain containment keeps the longer name ("US Border
    Patrol" over "US").
    """
    cands.sort(key=lambda c: (-c.length, -_TRUST[c.source], c.start))
    kept: list[Candidate] = []
    for c in cands:
        if any(c.start < k.end and k.start < c.end for k in kept):
            continue
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept
