"""A body placed in a capital city speaks for that city's country:

    Malawi's Ministry of Transport hosted the talks. The ministry in Maputo
    said in a statement that the line would be finished by 2028.

'The ministry in Maputo' is Mozambique's ministry, never the ministry named
last (Malawi's). The speaker is the country's body of that kind the text names
('Mozambique's Ministry of Transport', 'the Mozambican transport ministry'),
else a GovernmentAgency 'ministry in Maputo' that is part of Mozambique.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.state import State

# Body nouns a capital may place ('the ministry in Maputo', 'the government in Kinshasa').
_BODY_NOUNS = frozenset("ministry government department authorities administration presidency".split())


def capital_body(state: State, token: Token) -> str | None:
    """The body of the capital's country that '<body noun> in <capital>' names, or None."""
    if token.lemma_.lower() not in _BODY_NOUNS or token.pos_ != "NOUN":
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == token.i + 1), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    m = state.mention_at(obj.idx, obj.idx + len(obj.text))
    entry = state.gaz.lookup(state.entities[m.key].label) if m is not None else None
    if entry is None or not entry.capital or not entry.country:
        return None
    country = state.gaz.lookup(entry.country)
    names = [entry.country, *(country.aliases if country else ()), *(country.demonyms if country else ())]
    owner = re.compile(r"(?:\b(?:%s)(?:['’]s)?\s+(?:\w+\s+){0,2})$" % "|".join(re.escape(n) for n in names))
    noun = token.lemma_.lower()
    found = None
    for mention in state.mentions_in(state.body_start, token.idx, {"GovernmentAgency"}):
        entity = state.entities[mention.key]
        if entity.unnamed or noun not in entity.label.lower():
            continue
        if any(n.lower() in entity.label.lower() for n in names) \
                or owner.search(state.text[max(0, mention.start - 40):mention.start]):
            found = mention.key  # the last one named before
    if found is not None:
        return found
    label = f"{noun} in {state.entities[m.key].label}"
    agency = state.add_entity(label[:1].upper() + label[1:], "GovernmentAgency")
    state.add_mention(agency.key, token.idx, obj.idx + len(obj.text), alias=False)
    nation = state.add_entity(entry.country, "Country", same_as=country.same_as if country else [])
    state.add_relation(agency.key, "partOf", state.sentence_span(token.sent), obj=nation.key)
    return agency.key
