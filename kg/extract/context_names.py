"""Names cut wrongly at their edges, mended from the words around them.

* round-12 U4: a question's auxiliary is no first name ("Will X have to ...?"
  names X, not a person "Will X");
* round-12 U9: "the Embassy of X in Y", "the <Org> Office in the Z" keep their
  whole name (no extra place for the tail); so does "the Thai Embassy in
  Vientiane" (round-23 A6: the host city is part of the name, "Thai Embassy" an
  alias);
* round-11 N1: an apposed person whose accented first name the model dropped
  (", Íñigo Ramón Castaño," gave "Ramón Castaño") gets it back.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.context_edit import absorb, alternation, drop_mention, rename_span, sentence_start, words
from kg.extract.state import State
from kg.iris import slugify
from kg.model import ORG_TYPES


def apply(state: State) -> None:
    _question_leads(state)
    _office_places(state)
    _accented_first_names(state)


def _question_leads(state: State) -> None:
    """'Will Estonia have to pay?': the person "Will Estonia" is Estonia."""
    leads = words("question_leads")
    for key, entity in list(state.entities.items()):
        parts = entity.label.split(" ", 1)
        if entity.type != "Person" or len(parts) < 2 or parts[0] not in leads:
            continue
        rest = parts[1]
        entry = state.gaz.lookup(rest)
        for span in list(entity.mentions):
            if not span.text.startswith(parts[0] + " ") or not sentence_start(state, span.start):
                continue
            sent = state.sentence_of(span.start)
            if entry is None and not sent.text.rstrip().endswith("?"):
                continue
            start = span.start + len(parts[0]) + 1
            if entry is not None:
                rename_span(state, start, span.end, entry.label, entry.type, same_as=entry.same_as)
            else:
                rename_span(state, start, span.end, rest, "Person")
            drop_mention(state, key, span.start, span.end)
        if key in state.entities and not state.entities[key].mentions:
            del state.entities[key]


def _office_places(state: State) -> None:
    """'the Embassy of Peru in Ecuador' and 'the UN Office in the Buffer Zone'
    are whole names: the "in ..." tail joins the office's name."""
    heads = alternation("office_heads")
    of_form = re.compile(rf"(?:{heads}) of (?:the )?{CAP_CLASS}")
    tail_form = re.compile(r".*\b(?:Office|Mission|Delegation|Representation)$")
    tail_re = re.compile(rf" in (?:the )?({CAP_CLASS}[\w'’-]*(?: {CAP_CLASS}[\w'’-]*){{0,3}})")
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or entity.type not in ORG_TYPES:
            continue
        text = " ".join(state.text[m.start:m.end].split())
        demonym_form = re.fullmatch(rf"({CAP_CLASS}[\w'’-]+) (?:{heads})", text)
        if demonym_form and state.gaz.country_of_demonym(demonym_form.group(1)) is None:
            demonym_form = None
        if not (of_form.match(text) or tail_form.fullmatch(text) or demonym_form):
            continue
        t = tail_re.match(state.text, m.end)
        if t is None:
            continue
        end = t.end()
        inner = [x for x in state.mentions if m.end < x.end and x.start < end]
        if any(x.end > end for x in inner):
            continue
        if (tail_form.fullmatch(text) or demonym_form) and not of_form.match(text) \
                and state.gaz.country(t.group(1)) is not None:
            continue  # "the UN Office in Kenya", "the Thai Embassy in Laos": the office and the country, as written
        label = " ".join(state.text[m.start:end].split())
        old_key, old_label = m.key, entity.label
        drop_mention(state, old_key, m.start, m.end)
        new = rename_span(state, m.start, end, label, entity.type, same_as=list(entity.same_as))
        if old_key in state.entities and old_key != new.key and old_label == text:
            absorb(state, old_key, new.key)  # "the embassy's ..." mentions of the short name are the same office
        elif demonym_form and new.key in state.entities:
            state.entities[new.key].aliases.add(text)  # "Thai Embassy" of "the Thai Embassy in Vientiane" (round-23 A6)


_NAME_TOKEN = re.compile(rf"{CAP_CLASS}[\w'’-]+")


def _accented_first_names(state: State) -> None:
    """', Íñigo Ramón Castaño,' read as 'Ramón Castaño': capitalised,
    name-like words between the apposition comma and the person join it."""
    titles = lexicon.words("title_heads") | lexicon.words("title_core") | lexicon.words("portfolio_words") \
        | lexicon.words("honorifics")
    lead_re = re.compile(rf"(?:,|\n)[ \t]*((?:{CAP_CLASS}[\w'’-]+ ){{1,2}})$")
    for key, entity in list(state.entities.items()):
        if entity.type != "Person" or entity.unnamed:
            continue
        for span in list(entity.mentions):
            m = lead_re.search(state.text[max(0, span.start - 40):span.start])
            if m is None:
                continue
            tokens = m.group(1).split()
            if any(t.lower().strip(".") in titles or state.gaz.lookup(t) is not None
                   or state.mention_at(span.start - len(m.group(1)), span.start) is not None for t in tokens):
                continue
            if not any(not t.isascii() or t in lexicon.given_names() for t in tokens):
                continue  # only names the model is known to drop: accented or common given names
            start = span.start - len(m.group(1))
            label = " ".join(state.text[start:span.end].split())
            if slugify(label) in state.entities and state.entities[slugify(label)].type != "Person":
                continue
            drop_mention(state, key, span.start, span.end)
            new = rename_span(state, start, span.end, label, "Person", same_as=list(entity.same_as))
            if key in state.entities and key != new.key:
                absorb(state, key, new.key)
            break
