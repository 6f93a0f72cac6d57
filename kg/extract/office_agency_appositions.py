"""A title "of" a body set off by commas before the holder's name (round-37 O2):

"the director-general of Colombia's tax and customs authority, DIAN, Marta Ruiz Duarte," ->
"director-general", of DIAN (a Colombian body: she acts for Colombia); "the head of
Venezuela's customs service, SENIAT, Superintendent Luis Pacheco" -> "head", of SENIAT;
"signed by the Comptroller-General of the Ghana Revenue Service, Kofi Mensah, and ..." ->
"Comptroller-General", of the Ghana Revenue Service.

The title rules walk back from the name and meet the body's name (or its acronym) first,
so they took the body for the title ("DIAN" as the office). Here the title is the words
before "of", the body the one named (or apposed) right before the name's comma.
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES, RANKS_RE, Office, is_core, sentence_bounds, title_vocab, token_at
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State

# "<title> of (the) <body words>(, <ACRONYM>), (<rank>)" right before the name
_APPOSED_BODY_RE = re.compile(
    r"(?:^|(?<=\s))(?P<title>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)\s+of\s+(?:the\s+)?"
    r"(?P<body>[^,;:()\"“”]{2,90}?)"
    r"(?:\s*,\s*(?P<alias>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5}))?"
    r"\s*,\s*" + RANKS_RE + r"{0,3}(?:(?:Superintendent|Commissioner|Director|Ambassador|Judge)\s+)?$")
# the head noun of a description of a state body ("tax and customs authority", "customs service")
_STATE_BODY_END_RE = re.compile(r"\b(?:authority|service|agency|ministry|directorate|administration|inspectorate|"
                                r"regulator|department|bureau|police|guard)$", re.I)
# "Chile's " / "Paraguayan " right before the title
_OWNER_BEFORE_RE = re.compile(r"(?:(?P<own>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s|(?P<dem>[A-Z][\w-]+))\s+$")
# words a title may open with that are no part of it ("between the head of ...")
_LEAD_WORDS = frozenset("a an the and or between by with of from to for its their his her".split())


def agency_apposed_title(state: State, mention: MentionRef) -> Office | None:
    first = token_at(state, mention.start)
    if first is None:
        return None
    base = max(first.sent.start_char, mention.start - 220)
    m = _APPOSED_BODY_RE.search(state.text, base, mention.start)
    if m is None:
        return None
    # the title is the run of title words before "of" ("... between the director-general")
    vocab = title_vocab()
    words = m.group("title").split()
    k = len(words)
    while k > 0 and words[k - 1].lower() not in _LEAD_WORDS and (is_core(words[k - 1].lower()) or words[k - 1].lower() in vocab):
        k -= 1
    words = words[k:]
    if not words or not is_core(words[-1].lower()):
        return None
    start = m.end("title") - len(" ".join(words))
    if state.mentions_in(m.start("title"), m.end("body"), {"Person"}):
        return None  # a person named inside: a list, not one apposition
    body = None
    if m.group("alias"):
        body = state.mention_at(m.start("alias"), m.end("alias"), ORG_TYPES)
        if body is not None and (body.start != m.start("alias") or body.end != m.end("alias")):
            body = None
    if body is None:
        found = [b for b in state.mentions_in(m.start("body"), m.end("body"), ORG_TYPES) if b.end == m.end("body")]
        body = found[-1] if found else None
        if body is None or m.group("alias"):
            return None
    if state.entities[body.key].unnamed:
        return None
    # "of Colombia's tax and customs authority": the country that owns the body
    owner = re.match(r"(?P<c>[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s", m.group("body"))
    country = None
    if owner is not None:
        key = country_key_for_word(state, m.start("body"), m.start("body") + owner.end("c"))
        country = key if key is not None and state.entity_type(key) == "Country" else None
    lead = _OWNER_BEFORE_RE.search(state.text, max(0, start - 40), start)
    if lead is not None and country is None:
        # "The Paraguayan director-general of Itaipu Binacional, X": the demonym (or "Chile's")
        # before the title names the holder's country
        word = "own" if lead.group("own") else "dem"
        if word == "own" or state.gaz.country_of_demonym(lead.group("dem")) is not None:
            key = country_key_for_word(state, lead.start(word), lead.end(word))
            country = key if key is not None and state.entity_type(key) == "Country" else None
    if country is not None and m.group("alias") and state.entity_type(body.key) == "Organization" \
            and _STATE_BODY_END_RE.search(m.group("body")):
        # "Colombia's tax and customs authority, DIAN": a state body by the words that describe it
        state.entities[body.key].type = "GovernmentAgency"
    end = m.end("title")
    return Office(mention.key, state.text[start:end], (start, end), body.key, sentence_bounds(state, first),
                  country=country)
