"""Outlets in a speaking slot (round-34 class A2).

"told the broadcaster rbb", "told the Cusco daily El Sol", "Speaking to
TOLOnews, he said": the name after a medium's noun in a speaking slot, or in
"speaking to X," before a pronoun, is an outlet, whatever its case.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, overlaid
from kg.extract.state import State

_MEDIA_NOUN = r"(?:public\s+|state\s+|local\s+|regional\s+|private\s+)?(?:broadcaster|daily|newspaper|weekly|" \
              r"channel|TV\s+channel|radio\s+station|radio|news\s+site|news\s+portal|news\s+agency|outlet|magazine)"
# a lower-case outlet ("rbb") is one word of its own, never a function word ("told the broadcaster on Monday")
_LOWER_OUTLET = (r"(?!(?:on|in|at|of|the|a|an|that|this|last|when|as|about|by|for|from|with|to|during|after|before|"
                 r"and|or|but|which|who|he|she|they|it|its|their|his|her|there|here|earlier|later|late|early|"
                 r"yesterday|today|tonight|recently|previously|also|then|not|no|all|both|over|under|"
                 # "told the weekly briefing", "the daily news show": what a daily or weekly is, no outlet's name
                 r"briefings?|bulletins?|news|press|meetings?|conferences?|sessions?|programmes?|programs?|shows?|"
                 r"podcasts?|editions?|columns?|updates?|reports?|papers?|newspapers?|magazines?|digests?|"
                 r"newsletters?|roundups?|debates?|hearings?|audiences?|gatherings?|cabinet|council|parliament)\b)"
                 r"[a-z][a-z0-9]{1,11}")
_OUTLET = rf"(?:{_LOWER_OUTLET}(?![\w'’-]|\s+{CAP_CLASS})|{CAP_CLASS}[\w'’-]*(?:\s+(?:&\s+)?(?:{CAP_CLASS}[\w'’.-]*|\d{{1,3}}(?:\.\d)?|la|le|de|del|di)){{0,3}})"
# "told the broadcaster rbb", "told the Cusco daily El Sol", "in an interview with the newspaper Die Welt"
_NOUN_SLOT_RE = re.compile(rf"\b(?:told|tells|telling|interview\s+with|speaking\s+to|spoke\s+to|quoted\s+by|"
                           rf"said\s+to|writing\s+in)\s+the\s+(?:(?P<home>{CAP_CLASS}[\w'’-]*(?:\s+{CAP_CLASS}[\w'’-]*)?)\s+)?"
                           rf"{_MEDIA_NOUN}\s+(?P<name>{_OUTLET})(?=\s*[,.;:]|\s+(?:that|on|in|about|last|this|when|as)\b)")
# "Speaking to TOLOnews, he said", "In an interview with France Culture on Tuesday, she said"
_PRONOUN_SLOT_RE = re.compile(rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?:[Ss]peaking\s+to|[Tt]alking\s+to|[Ii]n\s+an?\s+(?:\w+\s+)?"
                              rf"interview\s+with)\s+(?P<name>{CAP_CLASS}[\w'’-]*(?:\s+{CAP_CLASS}[\w'’-]*){{0,2}})"
                              rf"(?:\s+(?:on|last|this)\s+\w+)?,\s+(?:he|she|they|the\s+[a-z]+)\s+(?:said|told|added|says|called|"
                              rf"described|urged|warned|argued|insisted|accused|rejected|dismissed|denied|confirmed|"
                              rf"stressed|admitted|conceded|suggested|acknowledged|complained|criticised|criticized|"
                              rf"praised|welcomed|defended|repeated|explained)\b",
                              re.M)


def slot_outlets(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with the outlets of speaking slots, the readings across them gone."""
    text = state.text
    given = lexicon.given_names()
    out = []
    for m in _NOUN_SLOT_RE.finditer(text):
        name = m.group("name").rstrip(".")
        out.append(Candidate(m.start("name"), m.start("name") + len(name), name, "MediaOrganization", "rule"))
    for m in _PRONOUN_SLOT_RE.finditer(text):
        name = m.group("name")
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type != "MediaOrganization" or name.split()[0] in given:
            continue  # "speaking to Kenya's ...", "speaking to Anna Berg, he said": no outlet
        if any(c.type == "Person" and c.text == name for c in found if c.start != m.start("name")):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), name, "MediaOrganization", "rule"))
    out = [o for o in out if not state.is_skipped(o.start, o.end)
           and not any(c.start <= o.start and o.end <= c.end and c.length > o.length for c in found)]
    return overlaid(found, out)
