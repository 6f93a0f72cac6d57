"""'The 2004 accord' in a report on talks about 'a new air-defence treaty' is
another agreement than the new one: the resolution step may have taken the
year-qualified reference for the agreement named nearest; this step gives the
reference back to the agreement the text says was signed that year, else to
an agreement of its own (run before any agreement relation is read)."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_years import agreement_years
from kg.extract.evidence import body_mentions
from kg.extract.state import State

_DATED_REF_RE = re.compile(r"(?:(?:the|that|its|their)\s+)?((?:1[89]|20)\d\d)\s+([a-z]+)")
_NEW_WORDS = frozenset("new proposed planned draft future".split())


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
    moved = False
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or entity.unnamed:
            continue
        body = body_mentions(state, key)
        for m in body:
            hit = _DATED_REF_RE.fullmatch(state.text, m.start, m.end)
            if hit is None or hit.group(2) not in nouns or int(hit.group(1)) > doc_year - 2:
                continue
            year = hit.group(1)
            others = [o for o in body if o != m]
            if _dated_otherwise(state, entity, others, year):
                continue  # the text dates this agreement itself to that year
            if not others or others[0].start > m.start or not _described_new(state, others[0]) \
                    or entity.label[:1].isupper():
                # only an agreement the text introduces as a new one ("talks on a new air-defence
                # treaty") is told apart from an old one; "a revised X Agreement ... the 2010
                # accord ... a new X" is one agreement in two versions
                continue
            target = next((k for k, ys in years.items() if k != key and year in ys), None)
            if target is None:
                target = state.add_entity(f"{year} {hit.group(2)}", "Agreement").key
            _move_mention(state, m, key, target)
            entity.aliases.discard(" ".join(state.text[m.start:m.end].split()))
            entity.aliases.discard(f"{year} {hit.group(2)}")
            moved = True
    if moved:
        state.__dict__.pop("_agreement_status", None)


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
    return bool(set(words[-2:] + own[:1]) & _NEW_WORDS)


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
