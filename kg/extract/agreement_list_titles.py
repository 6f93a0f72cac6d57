"""Lower-case agreement topics that go on past a comma: a list closed by a bracketed acronym.

"a supplementary agreement on the joint customs, immigration and quarantine (CIQ) facilities":
the topic read up to the first comma ("the joint customs") is only the first item of a list
whose initials the acronym spells; the title runs to the acronym and the lower-case nouns after
it ("facilities"). The acronym names the facilities, not an organisation of its own: a mention
of it inside the title goes. "an accord on trade, transit and investment (TTI) rules" likewise.
"""

from __future__ import annotations

import re

from kg.extract.state import State

# ", immigration and quarantine (CIQ)": further items (one or two lower-case words each), the
# last after "and"/"or", then the acronym in brackets
_LIST_TAIL_RE = re.compile(
    r"(?P<items>(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?){0,5},?\s+(?:and|or|&)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\s+\((?P<acr>[A-Z][A-Za-z&]{1,7})\)")
_FUNCTION_WORDS = frozenset("and or of the a an for on to in".split())


def list_tail_end(state: State, topic_start: int, topic_end: int) -> int | None:
    """Where a topic cut at a comma really ends (None when no acronym-closed list follows)."""
    tail = _LIST_TAIL_RE.match(state.text, topic_end)
    if tail is None:
        return None
    first_item = state.text[topic_start:topic_end].split()[-1:]  # "customs" of "the joint customs"
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", " ".join(first_item) + " " + tail.group("items"))
             if w.lower() not in _FUNCTION_WORDS]
    initials = "".join(w[0] for w in words).upper()
    acronym = tail.group("acr").upper().replace("&", "")
    if not initials.startswith(acronym[:1]) or not _subsequence(acronym, initials):
        return None  # "(EU)" after "on fish, rice and wheat" names something else
    end = tail.end()
    # "(CIQ) facilities", "(TTI) rules": the lower-case nouns after the acronym close the title
    span = state.doc.char_span(end, min(len(state.text), end + 40), alignment_mode="expand")
    taken = 0
    for tok in span or []:
        if tok.idx < end:
            continue
        # "(TTI) rules on Monday": the parser may read the noun as a verb; a past form, a modal or
        # an auxiliary starts the clause instead
        noun = tok.pos_ in {"NOUN", "PROPN"} or (taken == 0 and tok.tag_ in {"VBZ", "NNS"})
        if taken < 2 and tok.is_lower and tok.is_alpha and noun and tok.lemma_ not in {"be", "have", "will", "do"} \
                and tok.idx == end + 1 and state.text[end] == " ":
            end = tok.idx + len(tok.text)
            taken += 1
            continue
        break
    return end


# "the agreement on joint customs": the kind word and the topic's first item (to the first comma)
_LISTED_TOPIC_RE = re.compile(r"\b(?:the|a|an)\s+(?:(?:supplementary|additional|new|bilateral|joint|draft|revised)\s+)?"
                              r"(?P<kind>agreement|accord|protocol|memorandum|treaty|arrangement|convention)\s+"
                              r"(?P<prep>on|for|covering)\s+(?P<topic>(?:[\w’'-]+\s+){0,3}?[a-z][\w-]*)(?=,)")


def listed_titles(state: State) -> None:
    """'signed the agreement on joint customs, immigration and quarantine (CIQ) facilities':
    a lower-case title whose topic is an acronym-closed list is an agreement of its own, even
    after "the" (the whole list names it; no agreement named before is meant)."""
    for m in _LISTED_TOPIC_RE.finditer(state.text, state.body_start):
        if state.is_skipped(m.start(), m.end()) or state.mention_at(m.start("kind"), m.end()) is not None:
            continue
        end = list_tail_end(state, m.start("topic"), m.end("topic"))
        if end is None or "\n" in state.text[m.start():end]:
            continue
        label = " ".join(f"{m.group('kind').lower()} {m.group('prep')} {state.text[m.start('topic'):end]}".split())
        key = state.add_entity(label, "Agreement").key
        state.add_mention(key, m.start("kind"), end, alias=False)
        drop_inner_acronyms(state, m.start("kind"), end, key)


def drop_inner_acronyms(state: State, start: int, end: int, keep: str) -> None:
    """"(CIQ)" inside the title: no organisation of its own."""
    for inner in list(state.mentions_in(start, end)):
        entity = state.entities.get(inner.key)
        if inner.key == keep or entity is None or entity.type == "Agreement":
            continue
        surface = state.text[inner.start:inner.end]
        if re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", surface) and state.text[inner.start - 1:inner.start] == "(":
            state.remove_mention(inner)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)
