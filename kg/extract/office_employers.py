"""The company a person works for, said with a verb of work after the name:
"Juan Paz, who has driven trucks for Andes Cargo for nine years," ->
Juan Paz represents Andes Cargo (the employer he speaks for, not a country); an
analyst's beat the same way: "Anna Weiss, who follows Central Asia for the X Group,".
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES, sentence_bounds, token_at
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
                        r"(?:\s+(?:[a-z][\w-]*|[A-Z][\w-]*)){1,4}?\s+for\s+(?:the\s+)?$")


def employer_of(state: State, mention: MentionRef) -> None:
    """Add 'represents <company>' when a relative clause says whom the person works for."""
    first = token_at(state, mention.start)
    if first is None:
        return
    sent_end = first.sent.end_char
    for org in state.mentions_in(mention.end, min(sent_end, mention.end + 120), ORG_TYPES):
        if _WORKS_FOR.match(state.text[mention.end:org.start]):
            state.add_relation(mention.key, "represents", state.span(*sentence_bounds(state, first)), obj=org.key)
        return  # only the first organisation after the name
