"""The company a person works for, said with a verb of work after the name:
"Juan Paz, who has driven trucks for Andes Cargo for nine years," ->
Juan Paz represents Andes Cargo (the employer he speaks for, not a country); an
analyst's beat the same way: "Anna Weiss, who follows Central Asia for the X Group,".

A body after "of"/"from" right after the name is the person's own (round-28 O4):
"Mira Kola of the Tirana-based group Friends of the Lake said" / "Ana Paz, of the
campaign group Clean Rivers," -> represents that group (a ministry's person: the
ministry's country, as for a title).
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES, sentence_bounds, token_at
from kg.extract.office_sides import country_of
from kg.extract.state import MentionRef, State

# ", who [has/had] [been] worked/driven [trucks] ... for <Org>": at most three words between verb and "for"
_WORKS_FOR = re.compile(r",?\s+who\s+(?:has\s+|had\s+|have\s+)?(?:been\s+)?"
                        r"(?:work(?:s|ed|ing)?|dr(?:ives|ove|iven|iving)|fl(?:ies|ew|own|ying)|sail(?:s|ed|ing)?|"
                        r"pilot(?:s|ed|ing)?|haul(?:s|ed|ing)?)"
                        r"(?:\s+[a-z][\w-]*){0,3}?\s+for\s+(?:the\s+)?$"
                        # an analyst's or reporter's beat: "who follows Central Asia for the X Group",
                        # "who covers energy for Y" (the beat may be a region's name)
                        r"|,?\s+who\s+(?:has\s+|had\s+)?(?:follow(?:s|ed)?|cover(?:s|ed)?|track(?:s|ed)?|monitor(?:s|ed)?|"
                        r"watch(?:es|ed)?|report(?:s|ed)?\s+on|write(?:s)?\s+(?:on|about)|analy[sz](?:es|ed))"
                        r"(?:\s+(?:[a-z][\w-]*|[A-Z][\w-]*)){1,4}?\s+for\s+(?:the\s+)?$"
                        # a teacher's or researcher's place of work: "who teaches the law of the sea at the
                        # University of X" (round-34 O4)
                        r"|,?\s+who\s+(?:has\s+|had\s+)?(?:long\s+)?(?:teach(?:es)?|taught|lectures?|lectured|"
                        r"research(?:es|ed)?|stud(?:ies|ied)|works?|worked)(?:\s+[a-z][\w-]*){0,6}?\s+at\s+(?:the\s+)?$")


# "NAME of the Tirana-based group ORG", "NAME, from the campaign group ORG,": a "-based" place
# and up to three lower-case words that say what the body is
_OF_BODY = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?-based\s+)?"
                      r"(?:[a-z][\w-]*(?:['’]s?)?\s+){0,3}$")  # "the citizens' group X" (round-31 O3)
_DEPARTMENT_WORDS = frozenset("ministry department secretariat embassy consulate cabinet presidency government".split())


def employer_of(state: State, mention: MentionRef) -> None:
    """Add 'represents <company>' when a relative clause says whom the person works for,
    or the body is named right after the name with "of"/"from"."""
    first = token_at(state, mention.start)
    if first is None:
        return
    sent_end = first.sent.end_char
    for org in state.mentions_in(mention.end, min(sent_end, mention.end + 120), ORG_TYPES):
        evidence = state.span(*sentence_bounds(state, first))
        if _WORKS_FOR.match(state.text[mention.end:org.start]):
            state.add_relation(mention.key, "represents", evidence, obj=org.key)
        elif _OF_BODY.match(state.text[mention.end:org.start]) and _no_body_yet(state, mention.key, org.key) \
                and state.entity_type(org.key) in {"Organization", "GovernmentAgency"} \
                and not state.entities[org.key].unnamed:
            body = org.key
            if {w.lower() for w in state.entities[body].label.split()} & _DEPARTMENT_WORDS:
                body = country_of(state, body) or body  # a ministry's official acts for its state
            state.add_relation(mention.key, "represents", evidence, obj=body)
        return  # only the first organisation after the name


def _no_body_yet(state: State, person: str, org: str) -> bool:
    """Nobody the person acts for yet, or only their country when the body after the name is
    a state agency ("his Russian counterpart, Viktor Orlov of the FSB Border Service": Russia
    and the service; a ministry's official keeps the country alone)."""
    sides = state.objects(person, "represents")
    if not sides:
        return True
    return state.entity_type(org) == "GovernmentAgency" \
        and not {w.lower() for w in state.entities[org].label.split()} & _DEPARTMENT_WORDS \
        and all(state.entity_type(s) == "Country" for s in sides)
