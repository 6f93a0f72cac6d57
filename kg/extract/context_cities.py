"""Towns the model typed as people or organisations, or missed (round-17 A1).

"keep Tartu and Pärnu busy" (Pärnu a Person), "an argument for Mombasa
against Dar es Salaam" (an Organization, or nothing): a name the world-cities
list (``kg/data/cities.tsv``) knows is a Place when nothing in the text says it
is someone or some body:

* it is no given name + surname, nor the surname or alias of a person the
  document names ("Mr Lugo" stays a person wherever Lugo is a town);
* no honorific or title stands before it ("Dr Narva");
* it is not the subject of a speech verb ("Kasane said": the model's type stays);
* no organisation head follows it ("Tartu University" is a body).

Only the type changes: where the town lies is left to what the text says
(the file's country column gives no locatedIn).
"""

from __future__ import annotations

from kg.extract import lexicon
from kg.extract.cities import city_names, is_city, longest_words
from kg.extract.context_edit import known, personal_name, retype
from kg.extract.state import State

_RETYPED = {"Person", "Organization"}


def apply(state: State) -> None:
    _retype_towns(state)
    _untyped_towns(state)


def _retype_towns(state: State) -> None:
    """A Person/Organization entity whose label is a listed town becomes a Place."""
    surnames = person_names(state)
    for key, entity in list(state.entities.items()):
        if entity.type not in _RETYPED or entity.unnamed or not is_city(entity.label) or known(state, entity.label):
            continue
        if personal_name(entity.label) and " " in entity.label or entity.label in surnames:
            continue
        if any(len(a.split()) > 1 and personal_name(a) for a in entity.aliases):
            continue  # also written "Ana Lugo": a person
        if entity.mentions and all(free_place_context(state, m.start, m.end) for m in entity.mentions):
            retype(state, key, "Place")


def _untyped_towns(state: State) -> None:
    """A listed town no step named ("keep Tartu and Pärnu busy") is a Place."""
    names = city_names()
    surnames = person_names(state)
    tokens = list(state.doc)
    width = longest_words() + 4  # hyphens and particles are tokens of their own
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok.text[:1].isupper():
            i += 1
            continue
        found = None
        for j in range(min(len(tokens), i + width) - 1, i - 1, -1):
            start, end = tok.idx, tokens[j].idx + len(tokens[j].text)
            text = state.text[start:end]
            if "\n" in text or not text[-1:].isalpha():
                continue
            if text in names:
                found = (start, end, text, j)
                break
        if found is None:
            i += 1
            continue
        start, end, text, j = found
        i = j + 1
        if state.mention_at(start, end) is not None or state.is_skipped(start, end) or known(state, text):
            continue
        if text in surnames or text.split()[0] in lexicon.given_names():
            continue
        if _inside_longer_name(tokens, tok.i, j) or not free_place_context(state, start, end):
            continue
        entity = state.add_entity(text, "Place")
        state.add_mention(entity.key, start, end)


def person_names(state: State, except_key: str | None = None) -> set[str]:
    """Surnames and aliases of the people the document names (but ``except_key``)."""
    out: set[str] = set()
    for key, entity in state.entities.items():
        if key == except_key or entity.type != "Person" or entity.unnamed:
            continue
        parts = entity.label.split()
        if len(parts) > 1:
            out.add(parts[-1])
            out.update(a for a in entity.aliases if a != entity.label)
    return out


def _inside_longer_name(tokens: list, i: int, j: int) -> bool:
    """A capitalised proper noun right before or after runs the town into a
    longer name ("Port Tartu Authority", "Mombasa Road")."""
    if i > 0:
        prev = tokens[i - 1]
        if prev.text[:1].isupper() and prev.pos_ == "PROPN" and not prev.is_sent_start:
            return True
        if prev.text in {"-", "–"} or prev.text[-1:] in {"-", "–"} and prev.idx + len(prev.text) == tokens[i].idx:
            return True  # "Tallinn-Tartu": a link name, left to the link rules
    if j + 1 < len(tokens):
        nxt = tokens[j + 1]
        if nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and not nxt.is_sent_start:
            return True
        if nxt.text in {"-", "–"} and j + 2 < len(tokens) and tokens[j + 2].text[:1].isupper():
            return True
    return False


_ARMED_GROUP_NOUNS = frozenset("militia militias militiamen fighters rebels insurgents guerrillas paramilitaries".split())


def free_place_context(state: State, start: int, end: int) -> bool:
    """No title before, no organisation head after, not a speaker, not the
    bracketed party of a transcript speaker ("Mr Tomas Reid (Alba): ...")."""
    if state.text[start - 1:start] == "(" and state.text[end:end + 2] == "):":
        return False
    before = state.text[max(0, start - 40):start].split()
    titles = lexicon.words("honorifics") | lexicon.words("title_heads") | lexicon.words("title_core")
    if before and (before[-1].rstrip(".") in titles or before[-1] in titles):
        return False
    after = state.text[end:end + 40].split()
    heads = lexicon.words("org_heads") | lexicon.words("bare_org_heads")
    if after and after[0].strip(",.;:") in heads:
        return False
    if after and after[0].strip(",.;:") in _ARMED_GROUP_NOUNS:
        return False  # "Fano militias": the armed group (round-26 A8), not the Italian town
    span = state.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    speech = lexicon.words("speech_verbs")
    root = span.root
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in speech:
        return False
    nxt = state.doc[span.end] if span.end < len(state.doc) else None
    if nxt is not None and nxt.lemma_ in speech and nxt.pos_ in {"VERB", "AUX"}:
        return False
    return True
