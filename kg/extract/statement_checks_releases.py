"""A press release's own words: 'Kessa and Ulm have agreed a new schedule of
fees, the Ministry of Transport (MoT) announced today.' in a text headed
'PRESS RELEASE' is the issuing body's announcement in that release. A
statement of an organisation that has no medium yet gets 'press release' when
the text is one (a heading line 'PRESS RELEASE' / 'News release' / 'FOR
IMMEDIATE RELEASE' near the top); people quoted in it keep no medium, as
before (their words were said, the release only carries them).
"""

from __future__ import annotations

import re

from kg.extract.state import State

# A heading line of its own that makes the text a release.
_RELEASE_LINE_RE = re.compile(r"(?im)^[ \t]*(?:(?:joint\s+)?(?:press|news|media)\s+release|for\s+immediate\s+release)"
                              r"[ \t]*[:.]?[ \t]*$")
# How far into the body the heading line may stand (characters).
_HEAD = 800
_BODIES = frozenset({"GovernmentAgency", "Organization"})


def release_media(state: State) -> None:
    """Give the release's bodies' statements the medium 'press release'."""
    head = state.text[:state.body_start + _HEAD]
    if not _RELEASE_LINE_RE.search(head):
        return
    for statement in state.statements:
        if statement.medium is None and state.entity_type(statement.speaker) in _BODIES \
                and not state.entities[statement.speaker].unnamed:
            statement.medium = "press release"
