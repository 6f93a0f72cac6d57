"""'The project manager for KRC, who declined to be named, said ...': a job
title that is no listed role noun, tied to a named organisation by 'for'/'at'/
'of'/'with', names an unnamed person who speaks (and whom a later 'he said'
may mean).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.state import State

# Job titles held inside an organisation (the listed role nouns are handled elsewhere).
JOB_TITLES = frozenset(
    "manager director engineer supervisor coordinator executive adviser advisor consultant foreman "
    "inspector superintendent controller planner analyst".split())
_ORG_TYPES = frozenset({"Organization", "GovernmentAgency", "MediaOrganization"})


def job_title_of_org(state: State, token: Token) -> bool:
    """Whether ``token`` is 'the <job title> for/at/of <named organisation>'."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in JOB_TITLES:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "a", "an"} for c in token.children):
        return False
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "at", "of", "with"}:
            continue
        for obj in prep.children:
            m = state.mention_at(obj.idx, obj.idx + len(obj.text), set(_ORG_TYPES))
            if obj.dep_ == "pobj" and m is not None and not state.entities[m.key].unnamed:
                return True
    return False
