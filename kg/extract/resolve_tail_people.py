"""A person named by the last words of a longer name found only later in resolution.

    "... Khumanthem Rajen Singh, the member who asked the question, said ..."
    "Rajen Singh said that he would raise the matter again."

When the full name reaches resolution by a route other than a person candidate
(read from a header in capitals, or typed late), the two-word tail stays a person
of its own. A person whose whole label is the last two or more words of exactly
one other person's longer label is that person.
"""

from __future__ import annotations

import re

from kg.extract.state import State


def join_tail_people(state: State, absorb) -> None:
    """Merge each person named by the tail of one longer person's name into it."""
    people = [(k, e.label.split()) for k, e in state.entities.items() if e.type == "Person" and not e.unnamed]
    for key, words in people:
        if len(words) < 2 or key not in state.entities:
            continue
        owners = {k for k, other in people if len(other) > len(words) and other[-len(words):] == words}
        if len(owners) == 1:
            absorb(state, key, owners.pop())


# 'al-Saadi', 'El-Sayed', 'ash-Shami': an Arabic article hyphened to a surname
_ARTICLE_SURNAME_RE = re.compile(r"(?i:al|el|ad|ed|as|es|ash|esh|ar|er|an|en|at|et|az|ez|ul|ud)-([A-Z][\w'’]+)")


def bare_article_surnames(state: State) -> None:
    """'Haider Jassim al-Saadi ... Saadi struck a more cautious tone': the surname without
    its article, where the model tagged nothing, is a mention of the one person whose
    name ends with it (so 'he said' after it finds that person)."""
    owners: dict[str, set[str]] = {}
    for key, entity in state.entities.items():
        if entity.type == "Person" and not entity.unnamed and len(entity.label.split()) >= 2:
            m = _ARTICLE_SURNAME_RE.fullmatch(entity.label.split()[-1])
            if m is not None:
                owners.setdefault(m.group(1), set()).add(key)
    for bare, keys in owners.items():
        if len(keys) != 1:
            continue
        key = next(iter(keys))
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(bare)}(?![\w-])", state.text):
            if m.start() < state.body_start or state.mention_at(m.start(), m.end()) is not None or state.is_skipped(m.start(), m.end()):
                continue
            state.add_mention(key, m.start(), m.end())
