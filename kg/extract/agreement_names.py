"""Agreement names that swallowed the words before them.

The name patterns let lowercase joiners link capitalised words ('Law of the
Sea Convention'), so 'agreed in Tumbes on Monday on the Fisheries Accord' can
be read as one name, 'Tumbes on Monday on the Fisheries Accord'. A name does
not run across a date ('on Monday', 'in May') nor across a capitalised word
followed straight by 'the' ('signed in Lima the Lima Accord'): it starts after
them. The entity is relabelled (and re-keyed) everywhere it is used.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract import dates
from kg.extract.state import State
from kg.iris import slugify

# "on Monday", "in May", "last Friday": a date inside a would-be name ends the words before it
_DATE_IN_NAME_RE = re.compile(rf"\b(?:on|in|last|next|this|since|by|until|from)\s+(?:{dates.CALENDAR_NAMES})\b")
# "Wednesday on the X Protocol": a calendar word and lowercase joiners before the name
_LEADING_DATE_RE = re.compile(rf"(?:{dates.CALENDAR_NAMES})\s+(?:(?:on|of|the|for|to|in)\s+)+(?=[A-Z])")
# "Lima the Lima Accord": a capitalised word followed straight by "the" (not "Law of the Sea")
_NAME_THE_RE = re.compile(r"\b[A-Z][\w'’-]*\s+the\s+(?=[A-Z])")


def name_start(label: str) -> int:
    """Where the agreement's own name starts in ``label`` (0 when nothing was swallowed)."""
    cut = 0
    lead = _LEADING_DATE_RE.match(label)
    if lead:  # "Wednesday on the Neman River Protocol": "agreed in principle on Wednesday on the ..."
        cut = lead.end()
    for m in _DATE_IN_NAME_RE.finditer(label):
        cut = m.end()
    for m in _NAME_THE_RE.finditer(label, cut):
        cut = m.end()
    if cut == 0:
        return 0
    rest = re.search(r"[A-Z0-9]", label[cut:])  # skip the lowercase words after the date
    if rest is None:
        return 0
    start = cut + rest.start()
    # the name needs a word besides its kind word ("Fisheries Accord", not "Accord")
    return start if len(label[start:].split()) >= 2 else 0


def trim_swallowed_names(state: State) -> None:
    """Relabel every agreement whose name swallowed a date or a place before it."""
    for key in [k for k, e in state.entities.items() if e.type == "Agreement" and not e.same_as]:
        entity = state.entities[key]
        start = name_start(entity.label)
        if start:
            _relabel(state, key, entity.label[start:])


# "Treaty of Narva\nSigned 3 March 1998 in Tallinn": a fact box's field word on the next line is
# no part of the title above it
_FIELD_TAIL_RE = re.compile(r"\s*\n\s*(?:Signed|Ratified|Parties|Party|Date|Dated|Status|Entered|In\s+force|Concluded|"
                            r"Depositary|Duration|Expires|Expired|Initialled|Negotiated)\b.*$", re.S)


def trim_field_tails(state: State) -> None:
    """Cut a fact box's field word off a title that ran into the next line."""
    for key in [k for k, e in state.entities.items() if e.type == "Agreement" and not e.same_as]:
        entity = state.entities[key]
        cuts = [(span, _FIELD_TAIL_RE.search(span.text)) for span in entity.mentions]
        if not any(hit for _, hit in cuts):
            continue
        label = " ".join(entity.label[:_FIELD_TAIL_RE.search(entity.label).start()].split()) \
            if _FIELD_TAIL_RE.search(entity.label) else None
        if label is None:
            tail = re.search(r"\s+(?:Signed|Ratified|Parties|Party|Date|Dated|Status|Entered|Concluded|Initialled|"
                             r"Negotiated)$", entity.label)
            label = entity.label[:tail.start()] if tail else None
        if not label or label == entity.label:
            continue
        old, target = move_entity(state, key, label)
        state.mentions[:] = [m for m in state.mentions if m.key != key]
        for span, hit in cuts:
            end = span.start + hit.start() if hit else span.end
            state.add_mention(target.key, span.start, end, alias=False)
        target.aliases |= {a for a in old.aliases if a != label and "\n" not in a and not a.startswith(label + " ")}
        rekey_uses(state, key, target.key)


def move_entity(state: State, key: str, label: str):
    """Take ``key`` out of the entities; return it and the entity that ``label`` keys
    (made from the old one, without mentions or aliases, when there is none yet)."""
    old = state.entities.pop(key)
    new_key = slugify(label)
    target = state.entities.get(new_key)
    if target is None:
        target = dataclasses.replace(old, key=new_key, label=label, mentions=[], aliases=set())
        state.entities[new_key] = target
    return old, target


def _relabel(state: State, key: str, label: str) -> None:
    """Give ``key`` the label ``label`` (a tail of its old one): mentions shrink to the
    tail, and the new key replaces the old one wherever it is used."""
    old, target = move_entity(state, key, label)
    new_key = target.key
    target.same_as.extend(s for s in old.same_as if s not in target.same_as)
    state.mentions[:] = [m for m in state.mentions if m.key != key]
    for span in old.mentions:
        at = span.text.rfind(label)
        start = span.start + at if at >= 0 else span.start
        state.add_mention(new_key, start, span.end, alias=False)  # the old aliases are carried below
    target.aliases |= {a for a in old.aliases if name_start(a) == 0 and a != label}
    rekey_uses(state, key, new_key)


def rekey_uses(state: State, old: str, new: str) -> None:
    """Point every relation, statement, event and office at ``new`` instead of ``old``."""
    for r in [r for r in state.relations if old in {r.subject, r.object}]:
        state.remove_relation(r)
        subject, obj = (new if r.subject == old else r.subject), (new if r.object == old else r.object)
        state.add_relation(subject, r.predicate, r.evidence, obj=obj, literal=r.literal)
    for s in state.statements:
        s.speaker = new if s.speaker == old else s.speaker
        s.addressee = new if s.addressee == old else s.addressee
        s.about = list(dict.fromkeys(new if k == old else k for k in s.about))
    for e in state.events:
        e.participants = list(dict.fromkeys(new if k == old else k for k in e.participants))
        e.about = list(dict.fromkeys(new if k == old else k for k in e.about))
    for person, position in list(state.positions.items()):
        if position == old:
            state.positions[person] = new
