"""'In her remarks at the signing, the Minister said ...' with two ministers in the
text, a woman and a man: the possessive in the same sentence tells which holder
of the title speaks (his -> the man, her -> the woman).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.genders import gender_of
from kg.extract.state import State

_POSSESSIVES = {"his": "m", "her": "f"}


def holders_of_gender(state: State, token: Token, holders: list[str]) -> list[str]:
    """The holders whose gender agrees with the one possessive pronoun ('his' or
    'her') of the title's sentence; ``holders`` unchanged when the sentence has
    none, both, or no holder agrees."""
    sent = token.sent
    own = {t.i for t in token.subtree}
    genders = {_POSSESSIVES[t.lower_] for t in sent if t.lower_ in _POSSESSIVES and t.tag_ == "PRP$"
               and t.i not in own and not _in_quotes(state, t)}
    if len(genders) != 1:
        return holders
    wanted = {"f", "f?"} if genders == {"f"} else {"m"}
    agree = [h for h in holders if gender_of(state, h) in wanted]
    return agree or holders


def _in_quotes(state: State, token: Token) -> bool:
    """Whether the token stands between quotation marks in its sentence (odd count before it)."""
    lead = state.text[token.sent.start_char:token.idx]
    return (lead.count('"') + lead.count("“") + lead.count("”")) % 2 == 1
