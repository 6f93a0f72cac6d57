"""connects from verbs of carrying and from "the main road between A and B".

* "The Oresund Bridge carries the E20 across the strait between Malmö, in Sweden's Skåne, and
  Copenhagen" / "The Lötschberg Tunnel takes trains between Frutigen and Raron" -> the named
  structure (the clause's subject) connects the two ends (an apposition after the first end,
  "in Sweden's Skåne", is no end);
* "The A1 is the main road between Lisbon and Porto" / "the Tovo line remains the only railway
  from Ama to Lumi" -> the named link connects both ends.

The subject is the place (or a name the finder took for a body, when a copula says it is a road)
named first in the clause, right before the verb (nothing but an
apposition between); countries are never a link.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.evidence import evidence_for
from kg.extract.state import State

_NAME = r"[A-Z](?:[\w'’-]|\.(?=\w))*(?:\s(?:(?:de|del|la|do|da|am|an)\s)?[A-Z](?:[\w'’-]|\.(?=\w))*)*"
# the first end, an optional apposition ", in Sweden's Skåne,", then the second end
_ENDS = (rf"(?P<a>{_NAME})(?:,\s+(?:in|on|near|at)\s+[^,.;]{{3,50}},|\s+(?:in|on)\s+(?:[a-z]+\s+)?{_NAME})?\s+(?:and|to|with|into)\s+(?:the\s+)?"
         rf"(?:(?:[A-Z][\w.]+['’]s\s+)|(?:[a-z]+\s+)?(?:town|city|port)\s+of\s+)?(?P<b>{_NAME})")
# " carries the E20 across the strait between ", " takes trains and lorries from "
# ("The X Bridge, opened in 2005, carries ...": a date aside between the structure and its verb)
_BUILT_ASIDE = r"(?:,\s+(?:(?:first\s+)?opened|built|completed|inaugurated|finished|rebuilt)\s+in\s+[^,.;]{2,30},)?"
# ("the rebuilt X Bridge, which carries ...": a relative clause on a structure inside the sentence)
_WHICH = r"(?:,\s+(?:which|that))?"
_CARRY_RE = re.compile(_BUILT_ASIDE + _WHICH + r"\s+(?:(?:now|also|still|will|would|could)\s+)?(?:carries|carried|carry|takes|took|ferries|ferried|"
                       r"brings|brought|moves|moved|conveys|conveyed|shuttles|shuttled)\s+[^.;:]{2,80}?\b(?:between|from)\s+"
                       r"(?:the\s+)?" + _ENDS)
# " is the main road between ", " remains the only railway from "
# ("Ama, in the province of Tosa, is the crossing on the Coastal highway between ...": an aside placing
# the subject, and a capitalised name before the kind word)
_IS_LINK_RE = re.compile(r"(?:,\s+(?:in|on|near)\s+[^,.;]{3,60},)?"
                         r"\s+(?:is|was|remains|remained|became|has\s+been)\s+(?:still\s+|now\s+|also\s+)?(?:the|a|an|one\s+of\s+the)\s+"
                         r"(?:[a-z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*\s+)?(?:road|roads|route|routes|railway|railways|railroad|rail\s+line|line|"
                         r"highway|motorway|link|links|bridge|tunnel|crossing|corridor|connection|ferry|pipeline|cable|"
                         r"artery)\s+(?:between|from|linking|connecting|joining)\s+(?:the\s+)?" + _ENDS)

# "Ama, on the road between Tosa in central Varnia and Lumi, is the busiest of the crossings": a crossing
# set on the road between two towns joins them (the sentence must call the subject a crossing)
_ON_ROAD_RE = re.compile(r",\s+on\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(?:road|highway|motorway|railway|route)\s+between\s+"
                         r"(?:the\s+)?" + _ENDS + rf"(?:\s+in\s+(?:[a-z]+\s+)?{_NAME})?,\s+(?:is|was|remains)\s+"
                         r"[^.;]{0,60}?\b(?:crossings?|checkpoints?|border\s+posts?)\b")


def apply(state: State) -> None:
    for m in [m for m in state.mentions if m.start >= state.body_start and not state.is_skipped(m.start, m.end)]:
        if m.key not in state.entities or state.entity_type(m.key) not in {"Place", "Organization"} \
                or state.entities[m.key].unnamed:
            continue
        opens = re.search(r"(?:^|[.!?]\s+|\n)(?:[Tt]he\s+)?$", state.text[max(0, m.start - 6):m.start]) is not None
        sent_end = state.sentence_of(m.start).end_char
        hit = _IS_LINK_RE.match(state.text, m.end) if opens else None
        if hit is None and opens and state.entity_type(m.key) == "Place":
            hit = _ON_ROAD_RE.match(state.text, m.end)
        if hit is None and state.entity_type(m.key) == "Place":
            hit = _CARRY_RE.match(state.text, m.end)
            if hit is not None and not opens and not (
                    _RELATIVE_RE.match(state.text, m.end)
                    and state.entities[m.key].label.split()[-1].lower() in _STRUCTURES):
                # not the clause's subject: only a structure's own relative clause says what it carries
                hit = None
        if hit is None or hit.end() > sent_end:
            continue
        if state.entity_type(m.key) == "Organization" and not _may_be_link(state, m.key):
            continue
        ends = []
        for group in ("a", "b"):
            end = state.mention_at(hit.start(group), hit.start(group) + 1)
            if end is not None and end.start == hit.start(group) and state.entity_type(end.key) in {"Place", "Country"}:
                ends.append(end.key)
            elif end is not None and end.start == hit.start(group) and end.end == hit.end(group) \
                    and state.entity_type(end.key) in {"Organization", "Person"} and " " not in state.entities[end.key].label \
                    and _may_be_link(state, end.key):
                ends.append(None)  # "between Ama in Georgia and Lumi": an end the finder took for a body
            elif end is None and not state.mentions_in(hit.start(group), hit.end(group)) \
                    and state.gaz.lookup(hit.group(group)) is None and " " not in hit.group(group):
                ends.append(None)  # "between Ama and Lumi": a one-word town the finder missed, made below
            else:
                break
        if len(ends) != 2 or ends[0] is not None and ends[0] == ends[1] or m.key in ends or ends == [None, None]:
            continue
        from kg.extract.connects import place_key_at  # the link step's maker of an end's place

        ends = [key if key is not None else place_key_at(state, hit.start(g), hit.end(g))
                for key, g in zip(ends, ("a", "b"))]
        if None in ends:
            continue
        if state.entity_type(ends[0]) == "Country" != state.entity_type(ends[1]):
            continue  # a town and a country are no pair of ends
        state.entities[m.key].type = "Place"  # "The A9 is the only railway between ...": a link, no body
        for key in ends:
            state.add_relation(m.key, "connects", evidence_for(state, m), obj=key)


_RELATIVE_RE = re.compile(r",\s+(?:which|that)\s")
# the named structures whose relative clause "which carries X between A and B" names their ends
_STRUCTURES = frozenset("bridge tunnel causeway viaduct span".split())


def _may_be_link(state: State, key: str) -> bool:
    """A name the finder took for a body that the copula says is a road or line: no body head
    word, no speaker, no relation yet."""
    entity = state.entities[key]
    if entity.same_as or set(entity.label.split()) & lexicon.words("org_heads"):
        return False
    if state.voiced(key):
        return False
    return not any(key in (r.subject, r.object) for r in state.relations)
