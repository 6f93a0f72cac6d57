"""A lower-case "<portfolio> ministry" is the ministry the text has named (round-26 class A10).

"Ethiopia's Ministry of Foreign Affairs said ... Later, Ethiopia's foreign
ministry said ..." / "Sudan's Ministry of Interior ... The interior ministry
said": the lower-case phrase refers back to the one named ministry of that
portfolio (and of that country, when an owner "X's" or a demonym is written),
not to a new body "Foreign ministry". The phrase becomes a mention of the
named ministry before statements are read, so the speaker is that ministry.
Nothing happens when no named ministry or more than one fits.
"""

from __future__ import annotations

import re

from kg.extract.state import State

# portfolio word of the reference -> words one of which the ministry's name holds
_SYNONYMS = {
    "foreign": {"foreign", "external"},
    "external": {"foreign", "external"},
    "interior": {"interior", "internal", "home"},
    "home": {"interior", "internal", "home"},
    "defence": {"defence", "defense"},
    "defense": {"defence", "defense"},
    "finance": {"finance", "finances", "treasury"},
    "trade": {"trade", "commerce"},
    "commerce": {"trade", "commerce"},
}
_REF_RE = re.compile(r"(?:(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s\s+|\b(?:[Tt]he|[Aa])\s+(?:(?P<dem>[A-Z][\w-]+)\s+)?)"
                     r"(?P<port>[a-z][a-z-]+)\s+ministry\b(?!\s+(?:of|for)\b)")
_NAMED_RE = re.compile(r"^(?:Ministry (?:of|for) (?:the )?(?P<a>.+)|(?P<b>[A-Z][\w ]+) Ministry)$")
_OWNER_BEFORE = re.compile(r"(?:(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s|\b(?P<dem>[A-Z][\w-]+))\s+$")


def _country(state: State, name: str | None, demonym: str | None) -> str | None:
    if name:
        entry = state.gaz.lookup(name)
        return entry.label if entry is not None and entry.type == "Country" else None
    if demonym:
        entry = state.gaz.demonyms.get(demonym.lower())
        return entry.label if entry is not None else None
    return None


def _named_ministries(state: State) -> list[tuple[str, set[str], set[str | None]]]:
    """(key, portfolio words, owner countries written before its mentions)."""
    out = []
    for key, entity in state.entities.items():
        if entity.type != "GovernmentAgency" or entity.unnamed:
            continue
        m = _NAMED_RE.match(entity.label)
        if m is None:
            continue
        port = {w.lower() for w in re.findall(r"[A-Za-z]+", m.group("a") or m.group("b"))}
        owners = set()
        for x in state.mentions:
            if x.key == key:
                o = _OWNER_BEFORE.search(state.text[max(0, x.start - 40):x.start])
                owners.add(_country(state, o.group("owner"), o.group("dem")) if o else None)
        out.append((key, port, owners))
    return out


def apply(state: State) -> None:
    named = _named_ministries(state)
    if not named:
        return
    for m in _REF_RE.finditer(state.text, state.body_start):
        start, end = m.start("port"), m.end()
        if state.is_skipped(start, end):
            continue
        port = m.group("port")
        wanted = _SYNONYMS.get(port, {port})
        owner = _country(state, m.group("owner"), m.group("dem"))
        if (m.group("owner") or m.group("dem")) and owner is None:
            continue  # "Acme's trade ministry"? an owner that is no country
        fits = [k for k, words, owners in named if words & wanted]
        if owner is not None:
            fits = [k for k, words, owners in named if words & wanted and (owner in owners or owners <= {None})]
        if len(fits) != 1 or not any(x.start < m.start() for x in state.mentions if x.key == fits[0]):
            continue  # none, ambiguous, or named only later
        if any(x.start < end and start < x.end for x in state.mentions):
            continue  # another name is there
        state.add_mention(fits[0], start, end, alias=False)
