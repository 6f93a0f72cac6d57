"""Which person a 'he' or 'she' means: the gender the text shows for each named person.

Evidence, strongest first: gendered nouns and honorifics next to the name
('Ms', 'spokesman'), the first he/she after a mention before anyone else is
named, and only as a weak sign the shape of the given name (-a, -ova).
"""

from __future__ import annotations

from kg.extract.speakers_agents import agent_of_asking
from kg.extract.state import State

FEMALE_PRONOUNS = frozenset("she her hers herself".split())
_MALE = frozenset("he his him himself".split())
_FEMALE_NOUNS = frozenset(
    "ms ms. mrs mrs. madam madame mme lady dame spokeswoman chairwoman congresswoman businesswoman "
    "councilwoman stateswoman woman sister mother wife daughter queen princess".split())
_MALE_NOUNS = frozenset(
    "mr mr. sir lord spokesman congressman businessman councilman statesman brother father husband son "
    "king prince".split())
# Given names ending in -a that are men's (the ending is otherwise a fair sign of a woman's name).
_MALE_A_NAMES = frozenset(
    "luca nikola joshua mustafa musa isa elia ilya sasha akira jonah andrea costa garcia mika "
    "kostya misha vanya kolya dima yehuda aba abba ezra nkosana".split())


def gender_of(state: State, key: str) -> str | None:
    """'f', 'm' or None for a named person: from the pronouns that follow their
    mentions (before another person is named), honorifics and gendered nouns
    next to the name, else the shape of the given name (-a, -ova)."""
    cache = state.__dict__.setdefault("_gender_cache", {})
    if key not in cache:
        cache[key] = _gender(state, key)
    return cache[key]


def _gender(state: State, key: str) -> str | None:
    entity = state.entities[key]
    votes = {"f": 0, "m": 0}
    persons = [m for m in state.mentions if state.entities[m.key].type == "Person"]
    tokens = state.tokens
    for m in entity.mentions:
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        before = [t.lower_ for t in tokens[max(0, span.start - 2):span.start]]
        for w in before:
            if w in _FEMALE_NOUNS:
                votes["f"] += 2
            elif w in _MALE_NOUNS:
                votes["m"] += 2
        if _object_in_relative_clause(span[-1]) or agent_of_asking(span[-1]) or _object_of_subject(span):
            # "X, who met Y at ..., said ... He declined": the 'he' is X's, not Y's;
            # "She was asked by Y whether ... She said": the 'she' is the one asked
            continue
        # the first he/she after the name, in its sentence or the next, before anyone else is named
        sent = span[0].sent
        stop = sent.end if sent.end >= len(state.doc) else state.doc[sent.end].sent.end
        nxt = next((p.start for p in persons if p.start >= m.end and p.key != key), len(state.text))
        for t in tokens[span.end:stop]:
            if t.idx >= nxt:
                break
            if t.lower_ in FEMALE_PRONOUNS or t.lower_ in _MALE:
                votes["f" if t.lower_ in FEMALE_PRONOUNS else "m"] += 1
                break
    if votes["f"] != votes["m"]:
        return "f" if votes["f"] > votes["m"] else "m"
    words = entity.label.split()
    if len(words) < 2:
        return None
    given, family = words[0].lower(), words[-1].lower()
    if given.endswith("a") and given not in _MALE_A_NAMES or family.endswith(("ova", "eva", "ska", "cka", "ová")):
        return "f?"  # a weak sign: enough to prefer her for 'she', not to refuse her for 'he'
    return None


def _object_of_subject(span) -> bool:
    """Whether the name is the object of a verb whose subject (another word) comes
    first: 'The minister had flown to Rome to meet Italy's Secretary of State, Giulia
    Ferri, ... "...," he said' -- the 'he' is the subject's, no sign of her gender."""
    inside = range(span.start, span.end)
    if span.root.dep_ not in {"dobj", "pobj", "appos", "conj", "dative"}:
        return False
    for anc in span.root.ancestors:
        if anc.dep_ in {"nsubj", "nsubjpass"}:
            return False  # the name is (part of) a subject itself
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < span.start and c.i not in inside for c in anc.children):
            return True
    return False


def _object_in_relative_clause(token) -> bool:
    """Whether the name is an object inside a relative clause ("X, who met Y, said")."""
    if token.dep_ not in {"dobj", "pobj", "compound"}:
        return False
    return any(a.dep_ == "relcl" for a in token.ancestors)


def of_gender(state: State, named: str | None, before: int, quotes: list[tuple[int, int]], gender: str) -> str | None:
    """'... Luis Vera. "...." She told reporters': the pronoun means the last
    person named of its gender. The last person named wins unless the text
    shows them of the other gender, or (for 'she', the rarer referent in news
    text) nothing shows them a woman while a woman was named shortly before."""
    if named is None:
        return None
    own = gender_of(state, named)
    if gender == "m" and own != "f" or gender == "f" and own in {"f", "f?"}:
        return named
    if gender == "f" and own is None and _introduced_speaking(state, named, before):
        # 'Karin Lund, health director at the region, said that ...' then '"...," she
        # said.': a given name that shows no gender fits either pronoun, and the one
        # who just spoke is meant rather than a woman named before her
        return named
    last: dict[str, int] = {}
    for m in state.mentions:
        if m.start >= before:
            break
        entity = state.entities[m.key]
        if entity.type == "Person" and not entity.unnamed and not any(qs <= m.start < qe for qs, qe in quotes):
            last[m.key] = m.start
    window = 3000 if own is not None else 1500
    fits = {"f", "f?"} if gender == "f" else {"m", None}
    for key in sorted(last, key=last.get, reverse=True):
        if key != named and before - last[key] <= window and gender_of(state, key) in fits:
            return key
    return named


def _introduced_speaking(state: State, key: str, before: int) -> bool:
    """The person's last mention before ``before`` is close by (the paragraph before
    at most) and the subject of a speech verb ('Karin Lund, ..., said that')."""
    from kg.extract import lexicon  # here: only this check needs the verbs
    mentions = [m for m in state.entities[key].mentions if m.end <= before]
    if not mentions:
        return False
    last = max(mentions, key=lambda m: m.start)
    if before - last.end > 600 or state.text.count("\n\n", last.end, before) > 1:
        return False
    span = state.doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    verbs = lexicon.words("speech_verbs")
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in verbs
