"""Fact-check blocks: the claim checked is the words of the one the block names.

    CLAIM 1: "Togo has already agreed to close the market."
    WHO: Yaw Asante, opposition member of the Parliament of Ghana
    WHERE: a debate on GTV, Sunday
    VERDICT: FALSE

The quoted claim is a direct statement of the person (or body) the 'WHO:' line
opens with, never of a name inside the claim ('Togo'); the 'WHERE:' line gives
the medium (a debate, a post, an interview, a press conference) and the outlet
it names is the addressee.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_CLAIM_RE = re.compile(r"[ \t]*(?:CLAIM|Claim|THE\s+CLAIM|The\s+claim)(?:[ \t]+\d{1,2})?[ \t]*[:.-][ \t]*(?=[\"“'‘])")
_FIELD_RE = re.compile(r"[ \t]*(?P<field>WHO|Who|SAID\s+BY|Said\s+by|SOURCE|Source|SPEAKER|Speaker|"
                       r"WHERE|Where|VERDICT|Verdict|RATING|Rating|WHEN|When)[ \t]*:[ \t]*(?P<value>[^\n]*)")
# the WHERE line's word for the setting, and the medium it gives
_MEDIA = (
    (re.compile(r"\bpress\s+conference|\bnews\s+conference|\bbriefing\b", re.I), "press conference"),
    (re.compile(r"\binterview", re.I), "interview"),
    (re.compile(r"\bdebate", re.I), "debate"),
    (re.compile(r"\btweet", re.I), "tweet"),
    (re.compile(r"\bpost\b|\bposted\b", re.I), "social media post"),
    (re.compile(r"\bspeech\b|\brally\b", re.I), "speech"),
    (re.compile(r"\bstatement\b", re.I), "statement"),
)
_ACTORS = {"Person", "Organization", "GovernmentAgency", "MediaOrganization"}


def claim_speakers(state: State) -> dict[int, tuple[str, str | None, str | None]]:
    """{opening mark of a claim's quote: (speaker, medium, addressee)}."""
    out: dict[int, tuple[str, str | None, str | None]] = {}
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text) if m.start() >= state.body_start]
    for i, (a, b) in enumerate(lines):
        claim = _CLAIM_RE.match(state.text, a, b)
        if claim is None:
            continue
        fields: dict[str, tuple[int, int]] = {}
        for c, d in lines[i + 1:i + 6]:
            f = _FIELD_RE.match(state.text, c, d)
            if f is None:
                break
            name = f.group("field").lower()
            name = "who" if name in {"said by", "source", "speaker"} else name
            fields.setdefault(name, (f.start("value"), d))
        if "who" not in fields:
            continue
        c, d = fields["who"]
        named = [m for m in state.mentions_in(c, d) if state.entity_type(m.key) in _ACTORS]
        if not named or state.text[c:named[0].start].strip(" \t,"):
            continue  # the line opens with someone the text knows
        speaker = named[0].key
        medium = addressee = None
        if "where" in fields:
            w0, w1 = fields["where"]
            where = state.text[w0:w1]
            medium = next((name for rx, name in _MEDIA if rx.search(where)), None)
            outlets = [m for m in state.mentions_in(w0, w1, {"MediaOrganization"}) if m.key != speaker]
            addressee = outlets[0].key if outlets else None
        out[claim.end()] = (speaker, medium, addressee)
    return out
