"""'The 2004 accord' in a report on talks about 'a new air-defence treaty' is
another agreement than the new one: the resolution step may have taken the
year-qualified reference for the agreement named nearest; this step gives the
reference back to the agreement the text says was signed that year, else to
an agreement of its own (run before any agreement relation is read)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.agreement_status import PROSPECTIVE_WORDS
from kg.extract.entity_years import agreement_years
from kg.extract.evidence import body_mentions
from kg.extract.state import State

# "the 2004 accord", "the 2019 market-access deal": a year, up to two lower-case modifiers, the noun
_DATED_REF_RE = re.compile(r"(?:(?:the|that|its|their)\s+)?((?:1[89]|20)\d\d)\s+((?:[a-z][\w-]*\s+){0,2}([a-z]+))")


def split_old_dated_references(state: State) -> None:
    """'talks on a new air-defence treaty ... the 2004 accord had survived': a
    year-qualified reference whose year lies well before the report is not the
    new agreement under talks; it is the agreement the text says was signed that
    year, else one of its own."""
    doc_year = int(state.document.date[:4]) if state.document.date and state.document.date[:4].isdigit() else None
    if doc_year is None:
        return
    years = agreement_years(state)
    nouns = lexicon.words("generic_agreement_nouns")
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or entity.unnamed:
            continue
        body = body_mentions(state, key)
        for m in body:
            hit = _DATED_REF_RE.fullmatch(state.text, m.start, m.end)
            if hit is None or hit.group(3) not in nouns or int(hit.group(1)) > doc_year - 2:
                continue
            year = hit.group(1)
            others = [o for o in body if o != m]
            if _dated_otherwise(state, entity, others, year):
                continue  # the text dates this agreement itself to that year
            replaced = _REPLACED_RE.search(state.text, max(0, m.start - 40), m.start) is not None \
                or _CREATED_AFTER_RE.match(state.text, m.end) is not None \
                or (_foreign_topic(entity, hit) and _PAST_DEED_RE.match(state.text, m.end) is not None)
            # "the 2019 market-access deal that reopened X's ports" beside a fisheries treaty: another text
            if not others or others[0].start > m.start or (not replaced and (
                    not _described_new(state, others[0]) or entity.label[:1].isupper())):
                # only an agreement the text introduces as a new one ("talks on a new air-defence
                # treaty") is told apart from an old one; "a revised X Agreement ... the 2010
                # accord ... a new X" is one agreement in two versions
                continue
            _give_to_dated(state, m, key, hit, years)


# "... that reopened the ports", "..., which ended the dispute": a reference told by a deed of its own
_PAST_DEED_RE = re.compile(r"\s*,?\s*(?:that|which)\s+(?:first\s+|originally\s+|briefly\s+)?[a-z]+ed\b")


@lru_cache(maxsize=1)
def _untopical() -> frozenset[str]:
    """Modifiers that name no topic; "first" and "earlier" too, which resolution keeps as the
    content of "the first agreement" (an item of a count), but which give no 2004 accord a topic."""
    return lexicon.words("untopical_modifiers") | lexicon.words("sequence_modifiers") | {"first", "earlier"}


def _foreign_topic(entity, hit: re.Match) -> bool:
    """Does a dated reference carry topic words ("market-access") that none of the
    agreement's names has? Then it speaks of another text."""
    topic = {w for w in re.split(r"[\s-]+", hit.group(2).lower())[:-1] if len(w) > 2}
    topic -= _untopical()
    if not topic:
        return False
    own = " ".join(hit.group(2).lower().split())  # the aliases the reference itself gave
    names = {w for n in (entity.label, *entity.aliases) if not _DATED_REF_RE.fullmatch(n) and n.lower() != own
             for w in re.split(r"[\s-]+", n.lower())}
    return not topic & names


def _give_to_dated(state: State, m, key: str, hit: re.Match, years: dict[str, set[str]]) -> str:
    """Move the reference 'the <year> <noun>' from ``key`` to the agreement the text
    dates to that year, else to a new agreement of that name; returns its key."""
    year = hit.group(1)
    target = next((k for k, ys in years.items() if k != key and year in ys), None)
    if target is None:
        target = state.add_entity(f"{year} {' '.join(hit.group(2).split())}", "Agreement").key
    _move_mention(state, m, key, target)
    entity = state.entities[key]
    entity.aliases.discard(" ".join(state.text[m.start:m.end].split()))
    entity.aliases.discard(f"{year} {' '.join(hit.group(2).split())}")
    if len(hit.group(2).split()) > 1 or "-" in hit.group(2):
        entity.aliases.discard(" ".join(hit.group(2).split()))  # "market-access deal" went with it
    return target


# "a X Agreement that would replace the 1997 arrangement": what an agreement replaces is another one
_REPLACED_RE = re.compile(r"\b(?:replace[sd]?|replacing|supersede[sd]?|superseding|succeed(?:s|ed|ing)?|"
                          r"take\s+the\s+place\s+of|instead\s+of)\s+"
                          # "would replace parts of the 2009 memorandum": part of an old text replaced is still another text
                          r"(?:(?:parts?|sections?|chapters?|provisions|some|much|most|all|articles?(?:\s+\d+)?)\s+of\s+)?"
                          r"(?:the|its|their)\s+$", re.I)


# "the 1987 agreement that created the authority": an old text told by what it did long ago
_CREATED_AFTER_RE = re.compile(r"\s*,?\s*(?:that|which)\s+(?:first\s+|originally\s+)?(?:created|set\s+up|established|"
                               r"founded|launched|drew|fixed|gave|ended)\b")


def _dated_otherwise(state: State, entity, others: list, year: str) -> bool:
    """Does the text give ``entity`` the year by other words than the reference
    itself (its name, another name, "X, signed in <year>")?"""
    names = [entity.label, *(a for a in entity.aliases if not _DATED_REF_RE.fullmatch(a))]
    if any(year in n for n in names):
        return True
    for o in others:
        after = state.text[o.end:state.sentence_of(o.start).end_char]
        if re.match(rf"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?"
                    rf"(?:signed|concluded|reached|agreed|ratified)\b[^.;]{{0,40}}?\b{year}\b", after):
            return True
    return False


def _described_new(state: State, m) -> bool:
    """'a new air-defence treaty', 'the proposed accord': the words before the mention say it is new."""
    words = state.text[max(0, m.start - 30):m.start].lower().split()
    own = state.text[m.start:m.end].lower().split()  # the mention may hold the word ("new X treaty")
    return bool(set(words[-2:] + own[:1]) & lexicon.words("new_text_words"))


def _move_mention(state: State, m, old: str, new: str) -> None:
    """The mention ``m`` of ``old`` names ``new`` instead (statements about its sentence follow)."""
    state.mentions.remove(m)
    old_entity = state.entities[old]
    old_entity.mentions = [s for s in old_entity.mentions if not (s.start == m.start and s.end == m.end)]
    state.add_mention(new, m.start, m.end, alias=False)
    for statement in state.statements:
        ev = statement.evidence
        if ev.start <= m.start < ev.end and old in statement.about \
                and not any(ev.start <= s.start < ev.end for s in old_entity.mentions):
            statement.about = list(dict.fromkeys(new if k == old else k for k in statement.about))


# "under the framework of the X Convention", "the text of the X Treaty": the generic word
# is part of a phrase naming X, not a reference back to the agreement named before
_OF_NAMED_RE = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?")


def drop_generic_of_named(state: State) -> None:
    """'They cooperate under the framework of the Syr Darya Convention': the
    resolution step may have taken "framework" for the agreement named before;
    a generic word followed by "of <another agreement>" names that agreement's
    frame, so the mention goes (the other agreement keeps its own)."""
    nouns = {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    for m in list(state.mentions):
        if state.entity_type(m.key) != "Agreement" or m.start < state.body_start:
            continue
        words = state.text[m.start:m.end].split()
        if len(words) > 2 or words[-1].lower().rstrip("s") not in nouns:
            continue
        of = _OF_NAMED_RE.match(state.text, m.end)
        if of is None:
            continue
        other = state.mention_at(of.end(), of.end() + 1, {"Agreement"})
        if other is None or other.key == m.key or other.start != of.end():
            continue
        if len(body_mentions(state, m.key)) < 2:
            continue  # the agreement's only mention stays
        state.mentions.remove(m)
        entity = state.entities[m.key]
        entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]


def split_other_year_references(state: State) -> None:
    """'The treaty was signed on April 5, 1995 ... under the 1989 treaty on river
    islands': a year-qualified reference whose year is not the year the text
    says the agreement was signed is another agreement (the one the text dates
    to that year, else one of its own, signed that year). Run after dateSigned."""
    nouns = lexicon.words("generic_agreement_nouns")
    signed: dict[str, set[str]] = {}
    for r in state.relations:
        if r.predicate == "dateSigned" and r.literal:
            signed.setdefault(r.subject, set()).add(r.literal[:4])
    years = agreement_years(state)
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or entity.unnamed or len(signed.get(key, ())) != 1:
            continue
        own_year = next(iter(signed[key]))
        body = body_mentions(state, key)
        for m in body:
            hit = _DATED_REF_RE.fullmatch(state.text, m.start, m.end)
            if hit is None or hit.group(3) not in nouns or hit.group(1) == own_year or hit.group(1) in entity.label:
                continue
            if len(body) < 2:
                continue
            year = hit.group(1)
            target = _give_to_dated(state, m, key, hit, years)
            if not any(r.subject == target and r.predicate == "dateSigned" for r in state.relations):
                sent = state.sentence_of(m.start)
                state.add_relation(target, "dateSigned", state.sentence_span(sent), literal=year)


def _introduced_new(state: State, key: str) -> bool:
    """Is an agreement spoken of as new ("a proposed X", "a draft X", "a new X")?"""
    for m in body_mentions(state, key):
        words = state.text[max(0, m.start - 30):m.start].lower().split()[-3:]
        own = state.text[m.start:m.end].lower().split()[:1]
        if set(words + own) & PROSPECTIVE_WORDS:
            return True
    return False


def give_new_references_to_new(state: State) -> None:
    """'talks on a proposed X Agreement ... the Y Convention, which the two signed in
    1994 ... hope to sign the new agreement': "the new agreement" is the one under
    talks, not the signed one the resolution step may have taken as nearest.
    Run after dateSigned (a signed agreement is an old one)."""
    signed = {r.subject for r in state.relations if r.predicate == "dateSigned"}
    fresh = [k for k, e in state.entities.items() if e.type == "Agreement" and k not in signed
             and body_mentions(state, k) and _introduced_new(state, k)]
    if not fresh:
        return
    for key in signed:
        entity = state.entities.get(key)
        if entity is None or entity.type != "Agreement" or "new" in entity.label.lower().split():
            continue
        body = body_mentions(state, key)
        for m in body[1:]:
            if not _described_new(state, m) or state.text[m.start:m.end][:1].isupper():
                continue
            before = [k for k in fresh if body_mentions(state, k)[0].start < m.start]
            if not before:
                continue
            target = max(before, key=lambda k: body_mentions(state, k)[0].start)
            _move_mention(state, m, key, target)
            entity.aliases.discard(" ".join(state.text[m.start:m.end].split()))


_TOPIC_AFTER_RE = re.compile(r"\s+(?:on|for|about|covering)\s+((?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                             r"(?=\s+(?:that|which|signed|was|were|is|has|had|between|with|in)\b|\s*[,.;])")


def split_other_kind_references(state: State) -> None:
    """'... the X Convention, which the two signed in 1994. The memorandum on joint
    patrols that they signed in 2016 ...': a generic word of another kind than the
    agreement's own name, with a topic of its own, is another agreement (it gets
    an entity named by the words: "memorandum on joint patrols")."""
    nouns = {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    for m in list(state.mentions):
        if m.start < state.body_start or state.entity_type(m.key) != "Agreement":
            continue
        text = state.text[m.start:m.end]
        if " " in text or text.lower() not in nouns or text[:1].isupper():
            continue
        entity = state.entities[m.key]
        if text.lower() in entity.label.lower() or len(body_mentions(state, m.key)) < 2:
            continue
        topic = _TOPIC_AFTER_RE.match(state.text, m.end)
        if topic is None:
            continue
        label = f"{text.lower()}{state.text[m.end:topic.end()]}"
        label = " ".join(label.split())
        target = state.add_entity(label, "Agreement").key
        _move_mention(state, m, m.key, target)
        entity.aliases.discard(text)
