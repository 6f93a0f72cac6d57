"""Unknown names a gendered speaker pronoun points back to are people (session 29).

"Vesna Oltar has run the ferry for twenty years. "The queue is the problem,"
she said." / "Vesna Oltar, a beekeeper, said she would wait.": the statistical
model reads an unfamiliar name as a company or a nationality, or misses it,
and the quote then goes to the last person it did know. A name of two or three
capitalised words that is the subject of its sentence, when "he" or "she" is
the subject of a speech verb later in that sentence or in the next one, with
no other person named in between, is a person: only a person is "he" or "she".

The name must be free: no word the gazetteer knows as something else, no
organisation head ("Bank", "Authority"), no month or weekday, nothing the
``not_pronoun_people`` list keeps out. An organisation the model made of
exactly those words is retyped; a lone surname entity of the same person
("Oltar said") joins it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import dates, lexicon
from kg.extract.context_edit import drop_mention, known
from kg.extract.quote_spans import find_quotes, speech_verbs
from kg.extract.state import State

_PRONOUNS = frozenset({"he", "she"})
_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_OPENING = frozenset({'"', "“"})
_CLOSING = frozenset({'"', "”"})
_WORD_RE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?")


@lru_cache(maxsize=1)
def _blocked() -> frozenset[str]:
    return frozenset(lexicon.words("org_heads") | lexicon.words("not_pronoun_people") | lexicon.words("title_core"))


def apply(state: State) -> None:
    sents = list(state.doc.sents)
    quoted = find_quotes(state.text)
    for k, sent in enumerate(sents):
        if sent.start_char < state.body_start:
            continue
        name = _subject_name(state, sent)
        if name is None or any(a <= name[0].idx < b for a, b in quoted):
            continue  # '"... Bukit Chagar will be no exception." She said ...': a quote's words name no speaker
        rest = [t for t in sent if t.i > name[-1].i]
        pronoun = _own_clause_pronoun(name[-1]) or _speaking_pronoun(rest + _next_sentence(sents, k))
        if pronoun is None:
            # 'X unlocks the classroom. On Tuesday, 31 of his pupils came. Two are missing, he says.':
            # a sentence between, when the first pronoun after the name already has the speaker's gender
            window = rest + _next_sentence(sents, k) + _next_sentence(sents, k + 1)
            pronoun = _speaking_pronoun(window)
            first = next((t for t in window if t.lower_ in _GENDERED), None)
            if pronoun is None or first is None or _GENDERED[first.lower_] != _GENDERED[pronoun.lower_]:
                continue
        start, end = name[0].idx, name[-1].idx + len(name[-1].text)
        if any(state.entities[m.key].type == "Person" for m in state.mentions
               if end <= m.start < pronoun.idx and m.key in state.entities):
            continue  # another person named in between may be the one meant
        _make_person(state, start, end, place_ok=_apposed_person_noun(name[-1]))


def _subject_name(state: State, sent: SpacySpan) -> list[Token] | None:
    """The tokens of a free two- or three-word name that is a subject in ``sent``."""
    for tok in sent:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ != "PROPN":
            continue
        words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
        if not 2 <= len(words) <= 3 or any(b.i - a.i != 1 for a, b in zip(words, words[1:])):
            continue
        if not all(_WORD_RE.fullmatch(w.text) for w in words):
            continue
        prev = state.doc[words[0].i - 1] if words[0].i > 0 else None
        if prev is not None and (prev.pos_ == "PROPN" or prev.text[:1].isupper() and not prev.is_sent_start
                                 and prev.pos_ not in {"ADP", "PUNCT", "DET"}):
            continue  # part of a longer name or title the model split
        nxt = state.doc[tok.i + 1] if tok.i + 1 < len(state.doc) else None
        if nxt is not None and (nxt.text in {"'s", "’s"} or nxt.pos_ == "PROPN"):
            continue
        text = " ".join(w.text for w in words)
        if _free(state, text):
            return words
    return None


def _free(state: State, text: str) -> bool:
    if known(state, text) or any(re.fullmatch(dates.CALENDAR_NAMES, w) for w in text.split()):
        return False
    blocked = _blocked()
    for w in text.split():
        if w in blocked or w.lower() in blocked:
            return False
        entry = state.gaz.lookup(w)
        if entry is not None and entry.type != "Person":
            return False
        if state.gaz.demonyms.get(w.lower()) is not None:
            return False
    return True


def _next_sentence(sents: list[SpacySpan], k: int) -> list[Token]:
    """The tokens of the sentence after ``k``; a quote the parser cut into several sentences
    ('"We tried. We failed," she said.') counts as one, up to its attribution."""
    out: list[Token] = []
    for sent in sents[k + 1:k + 5]:
        out += list(sent)
        opened = sum(t.text == "“" for t in out) - sum(t.text == "”" for t in out) \
            + sum(t.text == '"' for t in out) % 2
        if out[0].text not in _OPENING or opened <= 0:
            break  # no quote opens the sentence, or the quote has closed: its attribution is in
    return out


def _own_clause_pronoun(subject: Token) -> Token | None:
    """'X, a teacher, said she would wait': 'she' heads the words X says."""
    verb = subject.head
    if verb.i not in {v.i for v in speech_verbs([verb])}:
        return None
    for clause in verb.children:
        if clause.dep_ in {"ccomp", "xcomp"}:
            for t in clause.children:
                if t.lower_ in _PRONOUNS and t.dep_ in {"nsubj", "nsubjpass"}:
                    return t
    return None


def _speaking_pronoun(tokens: list[Token]) -> Token | None:
    """'he'/'she' as the subject of a speech verb among ``tokens`` (the first such)."""
    verbs = {v.i for v in speech_verbs(tokens)}
    for t in tokens:
        if t.lower_ in _PRONOUNS and t.dep_ == "nsubj" and t.head.i in verbs:
            return t
    return None


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    return frozenset(w.split()[-1] for n in ("locality_nouns", "unit_of_nouns", "apposed_facility_nouns", "subdivision_nouns")
                     for w in lexicon.words(n))


def _apposed_person_noun(head: Token) -> bool:
    """'X, a geographer at ...,': an apposed common noun that no place is called."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ not in _place_nouns() for c in head.children)


def _make_person(state: State, start: int, end: int, place_ok: bool = False) -> None:
    label = " ".join(state.text[start:end].split())
    hits = [m for m in state.mentions if m.start < end and start < m.end and m.key in state.entities]
    if any(m.start < start or m.end > end for m in hits):
        return  # inside a longer name: not ours to cut
    if any(state.entities[m.key].type == "Person" for m in hits):
        return  # a person reading is there already
    kinds = {"Organization", "Place"} if place_ok else {"Organization"}
    if any(state.entities[m.key].type not in kinds or known(state, state.entities[m.key].label) for m in hits):
        return  # a name read as a place is the story's setting ("Bukit X has waited ... he said") unless apposed to a person's noun
    for m in hits:
        drop_mention(state, m.key, m.start, m.end)
        if not state.entities[m.key].mentions:
            del state.entities[m.key]
    entity = state.add_entity(label, "Person")
    if entity.type != "Person":
        return
    state.add_mention(entity.key, start, end)
    _join_surname(state, entity.key, label.split()[-1])


def _join_surname(state: State, key: str, surname: str) -> None:
    """'Oltar said' after 'Vesna Oltar': the surname's entity, or the surname the model left
    untagged, is the same person."""
    bare_mentions(state, key, surname)
    for other in [k for k, e in state.entities.items() if k != key and e.label == surname
                  and e.type in {"Person", "Organization", "Place"} and not known(state, surname)]:
        spans = list(state.entities[other].mentions)
        for s in spans:
            drop_mention(state, other, s.start, s.end)
            state.add_mention(key, s.start, s.end)
        state.entities.pop(other, None)


def bare_mentions(state: State, key: str, surname: str) -> None:
    """Each free occurrence of ``surname`` (no other name's word next to it, no mention there)
    becomes a mention of ``key``."""
    for m in re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])").finditer(state.text, state.body_start):
        s, e = m.span()
        if state.is_skipped(s, e) or any(x.start < e and s < x.end for x in state.mentions):
            continue
        if re.search(r"[A-ZÀ-Ý][\w'’-]*\s$", state.text[max(0, s - 30):s]) and not re.search(r"(?:^|[.!?\"“”]\s*)[A-Z][\w'’-]*\s$", state.text[max(0, s - 30):s]) \
                or re.match(r"\s[A-ZÀ-Ý]", state.text[e:e + 2]):
            continue  # part of another capitalised name
        state.add_mention(key, s, e)
