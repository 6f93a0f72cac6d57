"""Further occurrences during resolution: every later occurrence of a label, alias
or (for people) surname or unshared given name the NER missed becomes a mention."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.state import State


def propagate_labels(state: State) -> None:
    """Name occurrences the NER missed: every further occurrence of a label,
    alias or (for people) surname in the body becomes a mention too."""
    forms: dict[str, str] = {}
    for key, entity in list(state.entities.items()):
        if entity.unnamed or entity.type == "Position":
            continue
        names = {entity.label, *entity.aliases}
        if entity.type == "Person" and " " in entity.label:
            names.add(entity.label.split()[-1])
            parts = entity.label.split()
            if len(parts) >= 3 and parts[-2][:1].isupper() and parts[-2] not in lexicon.given_names():
                names.add(" ".join(parts[-2:]))  # "Ruiz Montalbán" of "Elena Ruiz Montalbán"
            # "Abdi Warsame Hassan" ... "Warsame said": a middle part is a short form too.
            for part in entity.label.split()[1:-1]:
                if part[:1].isupper() and part not in lexicon.given_names() and len(part) > 3:
                    names.add(part)
        for name in names:
            if len(name) > 2 and name[:1].isupper():
                forms.setdefault(name, key)
    # "Aisha was more cautious": a given name shared by no other person or name
    # in the text is a short form too (common for Malay, Arab and Indonesian names).
    given: dict[str, set[str]] = {}
    for key, entity in state.entities.items():
        if entity.type == "Person" and not entity.unnamed and len(entity.label.split()) >= 2:
            given.setdefault(entity.label.split()[0], set()).add(key)
            for part in entity.label.split()[1:]:
                given.setdefault(part, set()).add("")  # also a later part of some name: ambiguous
    for name, keys in given.items():
        if len(keys) == 1 and "" not in keys and len(name) > 2 and name[:1].isupper() and name not in forms \
                and state.gaz.lookup(name) is None and name.lower() not in lexicon.words("honorifics"):
            forms[name] = next(iter(keys))
    if not forms:
        return
    pattern = re.compile(
        r"(?<![\w.-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])"
    )
    for m in pattern.finditer(state.text, state.body_start):
        if state.is_skipped(m.start(), m.end()) or state.mention_at(m.start(), m.end()) is not None:
            continue
        span = state.doc.char_span(m.start(), m.end())
        if span is None or not (any(t.pos_ == "PROPN" for t in span) or _unmistakable(state, span, forms[m.group(0)])):
            continue  # "May" the month, "Young" the adjective
        state.add_mention(forms[m.group(0)], m.start(), m.end())


def _unmistakable(state: State, span, key: str) -> bool:
    """A person's surname the tagger took for a common noun ("Cáceres rejected
    that criticism"), a town opening a sentence ("Ventspils is a port town"):
    still the name when the word never occurs in lower case."""
    if state.entities[key].type not in {"Person", "Place"} or len(span) != 1 or span[0].pos_ not in {"NOUN", "ADJ", "X"}:
        return False
    word = span.text
    return len(word) > 3 and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", state.text) is None
