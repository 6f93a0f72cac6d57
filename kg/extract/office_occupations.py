"""Occupations as positions: the ordinary people a report quotes.

* "Lina Moro, a schoolteacher, said" / "Kemal Aksu, a trader from Bari" /
  "Ana Ruz, 41, a rice farmer," -> holdsPosition "schoolteacher", "trader",
  "rice farmer" (the words as the text gives them);
* "Salo, 34, teaches maths in a school" -> "teacher";
* "Truck driver Paulo Reis, who hauls timber," / "Amina Nakato, a clearing agent in
  the town of Busia," -> "truck driver", "clearing agent" (round-27 class O4: the
  occupation before the name, and the agents of a border town).

An occupation is nobody's office: no country or body is taken from the
sentence around it (``no_context``), so a trader does not "represent" the
country the report is about.
"""

from __future__ import annotations

import re

from kg.extract.office_base import Office, sentence_bounds, token_at
from kg.extract.state import MentionRef, State

_OCCUPATIONS = ("schoolteacher|teacher|headteacher|headmaster|headmistress|trader|farmer|fisherman|fisherwoman|"
                "fisher|shopkeeper|driver|nurse|doctor|midwife|pharmacist|student|mechanic|merchant|vendor|"
                "herder|herdsman|shepherd|carpenter|tailor|baker|butcher|boatman|boatbuilder|welder|labourer|"
                "laborer|miner|porter|businessman|businesswoman|dockworker|docker|farmhand|fishmonger|"
                "stallholder|shop owner|boat owner|smallholder|rancher|beekeeper|plumber|electrician|"
                "bus driver|taxi driver|truck driver|lorry driver|truck owner|haulier|courier|cook|waiter|"
                "waitress|housekeeper|cleaner|builder|bricklayer|potter|weaver|hairdresser|barber|pensioner|"
                "retiree|retired teacher|veterinarian|vet|clerk|guide|tour guide|innkeeper|hotelier|"
                "restaurateur|grocer|salesman|saleswoman|worker|construction worker|factory worker|"
                "social worker|aid worker|volunteer|community leader|village elder|elder|imam|priest|pastor|"
                "station master|stationmaster|harbour master|harbourmaster|harbor master|ferry operator|"
                "clearing agent|customs agent|forwarding agent|shipping agent|freight forwarder|customs broker|"
                "money changer|moneychanger|hawker|street vendor|market trader|cross-border trader")
# "NAME, [34,] a [rice] farmer[ from X]," — at most one modifier word before the occupation
# ("a Georgian trader": a demonym before it is no part of the occupation)
_APPOSED_RE = re.compile(rf",\s+(?:\d{{1,3}},\s+)?(?:a|an|the)\s+(?:[A-Z][a-z]+(?:an|ian|ish|ese|i|ic)\s+)?"
                         rf"(?:(?P<mod>[a-z][\w-]*)\s+)??(?P<occ>{_OCCUPATIONS})"
                         r"(?=[\s,.;:)]|$)")
# "Truck driver NAME", "said rice farmer NAME": the occupation right before the name (a
# capital only where it opens the sentence); honorific-like words ("Doctor X") are left out
_BEFORE_RE = re.compile(rf"(?:^|(?<=[\s(\"“]))(?:(?P<mod>[A-Za-z][a-z-]*)\s+)??(?P<occ>{_OCCUPATIONS})\s+$", re.IGNORECASE)
_NOT_BEFORE = frozenset("doctor vet imam priest pastor elder guide worker volunteer student cook".split())
# "NAME, 34, teaches maths" / "NAME teaches at a school"
_VERB_RE = re.compile(r"(?:,\s+\d{1,3},)?\s+(?:who\s+)?(?P<verb>teaches|taught|farms|fishes)\b")
_VERB_NOUNS = {"teaches": "teacher", "taught": "teacher", "farms": "farmer", "fishes": "fisherman"}
# Modifiers that are no part of the occupation's name ("a local trader", "a young teacher")
_PLAIN_MODIFIERS = frozenset("local young old elderly retired former veteran small big female male fellow "
                             "part-time full-time self-employed unemployed single widowed married".split())


def occupation_title(state: State, mention: MentionRef) -> Office | None:
    """The occupation apposed to (or said of) a named person, as a title."""
    window = state.text[mention.end:mention.end + 80]
    hit = _APPOSED_RE.match(window)
    title = None
    span = None
    if hit is not None:
        title = hit.group("occ")
        start = hit.start("occ")
        mod = hit.group("mod")
        if mod is not None and mod not in _PLAIN_MODIFIERS:
            tok = token_at(state, mention.end + hit.start("mod"))
            if tok is not None and tok.pos_ in {"NOUN", "PROPN"}:  # "a rice farmer": the kind of farmer
                title, start = f"{mod} {title}", hit.start("mod")
            elif tok is None or tok.pos_ not in {"ADJ"}:
                return None  # "a trade of farmers": not an occupation phrase
        span = (mention.end + start, mention.end + hit.end("occ"))
    else:
        verb = _VERB_RE.match(window)
        if verb is not None:
            title = _VERB_NOUNS[verb.group("verb")]
        else:
            title, span = _title_before(state, mention)
    if title is None:
        return None
    first = token_at(state, mention.start)
    if first is None:
        return None
    return Office(mention.key, title, span, None, sentence_bounds(state, first), no_context=True)


def _title_before(state: State, mention: MentionRef) -> tuple[str | None, tuple[int, int] | None]:
    """'Truck driver Paulo Reis, who hauls timber from Cobija,': the occupation before the name."""
    first = token_at(state, mention.start)
    if first is None:
        return None, None
    sent_start = first.sent.start_char
    hit = _BEFORE_RE.search(state.text, max(sent_start, mention.start - 40), mention.start)
    if hit is None or hit.group("occ").lower() in _NOT_BEFORE:
        return None, None
    start = hit.start("occ")
    mod = hit.group("mod")
    if mod is not None and mod.lower() not in _PLAIN_MODIFIERS:
        tok = token_at(state, hit.start("mod"))
        if tok is not None and tok.pos_ == "NOUN":
            start = hit.start("mod")  # "rice farmer X": the kind of farmer
    words = state.text[start:hit.end("occ")]
    if any(w[:1].isupper() for w in words.split()[1:]) or words[:1].isupper() and start != sent_start:
        return None, None  # "Trader Joe's", "the Farmer Mario": a capital inside a sentence is a name's
    return " ".join(words.lower().split()), (start, hit.end("occ"))
