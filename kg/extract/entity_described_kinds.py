"""Names whose kind the words around them state outright.

* bodies: "a joint secretariat now known as the Drina Basin Initiative", "a
  body called Green Valley Plan", "a commission known as the Sava Water
  Partnership": the name is an organisation, whatever its last word
  ("Initiative", "Plan", "Partnership") would make of it elsewhere;
* lines: "Rail Baltica, the line meant to link Tallinn with Warsaw": a name
  apposed to a line/railway/route noun is a place (the NER often calls a
  two-word line name a person). "X, the Croatian state railway," is the
  railway company, no line (round-33 A4).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

# Lower-case nouns of a body that a naming phrase then names.
_BODY_NOUNS = (r"secretariat|body|commission|council|committee|organi[sz]ation|agency|authority|forum|platform|"
               r"network|alliance|coalition|association|board|panel|task\s+force|working\s+group|institution|"
               r"consortium|foundation|group|office|centre|center|unit|entity")
_BODY_NAMED_RE = re.compile(
    rf"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{_BODY_NOUNS})\s+"
    r"(?:(?:now|later|since|formally|officially|simply|today|also)\s+)?(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?(?=[A-Z])")

# Lower-case nouns of a line an apposition gives a name ("X, the line meant to link ...").
_LINE_NOUNS = (r"line|railway|railway\s+line|rail\s+line|rail\s+link|railroad|route|highway|motorway|expressway|"
               r"pipeline|canal|waterway")
_LINE_APPOSED_RE = re.compile(
    rf",\s+(?:the|a)\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){{0,3}}?(?<!state\s)(?<!national\s)(?:{_LINE_NOUNS})"
    r"(?=\s+(?:meant|designed|planned|intended|built|that|which|linking|connecting|running|between|from)\b|\s*[,.;])")


def named_body_texts(state: State) -> set[str]:
    """Names a body noun and a naming phrase introduce ("a body called X")."""
    out: set[str] = set()
    for m in _BODY_NAMED_RE.finditer(state.text):
        name = re.match(r"[A-Z][\w'’-]*(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\w'’-]*){0,6}", state.text[m.end():])
        if name and "\n" not in name.group(0):
            out.add(" ".join(name.group(0).split()))
    return out


# Round 24 (A15): "The Maputo Corridor Logistics Initiative (MCLI), which represents transport companies,":
# an Initiative/Platform/Forum/Alliance that represents, campaigns or speaks for members is a body.
_BODY_CLAUSE_RE = re.compile(
    r"(?:\s+\([A-Z][A-Za-z&]{1,9}\))?,?\s+(?:which|that|who)\s+(?:(?:also|now|still|mainly|largely)\s+)?"
    r"(?:represents|represent|campaigns|campaign|lobbies|lobby|speaks\s+for|brings\s+together|groups|unites|"
    r"advocates|is\s+funded|has\s+\d+\s+members|counts\s+\w+\s+members)\b")
_BODY_LIKE_HEADS = frozenset("Initiative Platform Forum Alliance Partnership Network Coalition Compact Programme "
                             "Program Group".split())


def _body_by_clause(c: Candidate, state: State) -> bool:
    return c.source != "gaz" and c.type in {"Agreement", "Person", "Place"} and c.text.split()[-1] in _BODY_LIKE_HEADS \
        and _BODY_CLAUSE_RE.match(state.text, c.end) is not None


def retype_named_bodies(found: list[Candidate], state: State) -> None:
    """An agreement-looking name the text introduces as a body is an
    organisation at every mention ("the X Initiative said ...")."""
    names = named_body_texts(state)
    names |= {" ".join(c.text.split()) for c in found if _body_by_clause(c, state)}
    if not names:
        return
    for c in found:
        if c.source != "gaz" and c.type in {"Agreement", "Person", "Place"} and " ".join(c.text.split()) in names:
            c.type = classify_org(" ".join(c.text.split()))


def line_by_apposition(cand: Candidate, state: State) -> bool:
    """'Rail Baltica, the line meant to link A with B': a name apposed to a
    line noun is a place."""
    if cand.source == "gaz" or cand.type not in {"Person", "Organization"}:
        return False
    if cand.type == "Person" and cand.text.split()[0] in lexicon.given_names():
        return False  # "Ana Ruz, a hard line that ...": a person stays one
    return _LINE_APPOSED_RE.match(state.text, cand.end) is not None
