"""Attendance lists of minutes (round-33 O7): under a heading "Present" (or "In
attendance", "Participants", "Delegations"), one line per side,

    Kenya: Ambassador A B, Principal Secretary (Chair); Dr. C D, Director General, Kenya Ports Authority.
    Uganda: E F, Director for Africa, Ministry of Foreign Affairs (Head of Delegation); G H, ...

Each person listed acts for the country named before the colon (and for the body of
their entry); the two sides' people met. A role in parentheses ("(Chair)", "(Head of
Delegation)") names the person where the minutes later say "The Chair noted ..." or
"The Head of the Ugandan Delegation stated ...": those words are that person, no body.
"""

from __future__ import annotations

import re

from kg.extract.office_base import ORG_TYPES
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State

_HEADING_RE = re.compile(r"^[ \t]*(?:(?:Members\s+)?[Pp]resent|PRESENT|(?:[Ii]n\s+)?[Aa]ttendance|(?:IN\s+)?ATTENDANCE|"
                         r"[Pp]articipants|PARTICIPANTS|[Aa]ttendees|ATTENDEES|[Dd]elegations|DELEGATIONS)"
                         r"[ \t]*:?[ \t]*$", re.M)
# "Kenya: ..." / "For Uganda: ..." / "The Ugandan delegation: ..."
_SIDE_LINE_RE = re.compile(r"[ \t]*(?:[-•*][ \t]+)?(?:For\s+)?(?:[Tt]he\s+)?(?P<side>[A-Z][\w’'-]*(?:[ \t][A-Z][\w’'-]*){0,3})"
                           r"(?:[ \t]+(?:[Dd]elegation|[Ss]ide|[Tt]eam))?[ \t]*:[ \t]*(?P<list>\S[^\n]*)")
_ROLE_RE = re.compile(r"\(\s*(?P<role>[A-Z][\w-]*(?:\s+(?:of|for|the|[A-Z][\w-]*)){0,5})\s*\)")


def present_lists(state: State) -> None:
    for heading in _HEADING_RE.finditer(state.text):
        if heading.start() < state.body_start:
            continue
        sides = _side_lines(state, heading.end())
        if len(sides) < 2 or len({country for country, _, _ in sides}) < 2:
            continue
        people_of: dict[str, list[str]] = {}
        roles: list[tuple[str, str, str]] = []  # (role words, person, country)
        for country, start, end in sides:
            evidence = state.span(start, end)
            for entry_start, entry_end in _entries(state.text, start, end):
                people = [m for m in state.mentions_in(entry_start, entry_end, {"Person"})
                          if not state.entities[m.key].unnamed]
                if not people:
                    continue
                person = people[0].key
                people_of.setdefault(country, []).append(person)
                state.add_relation(person, "represents", evidence, obj=country)
                bodies = [m for m in state.mentions_in(people[0].end, entry_end, ORG_TYPES)
                          if not _in_parentheses(state.text, m, entry_start)]
                if bodies:
                    body = bodies[-1].key
                    state.add_relation(person, "represents", evidence, obj=body)
                    if state.entity_type(body) == "GovernmentAgency" and not state.objects(body, "partOf"):
                        state.add_relation(body, "partOf", evidence, obj=country)
                for role in _ROLE_RE.finditer(state.text, entry_start, entry_end):
                    roles.append((role.group("role"), person, country))
                    _drop_role_mentions(state, role.start("role"), role.end("role"))
        span = state.span(sides[0][1], sides[-1][2])
        countries = list(people_of)
        for i, a_side in enumerate(countries):
            for b_side in countries[i + 1:]:
                for a in people_of[a_side]:
                    for b in people_of[b_side]:
                        state.add_relation(a, "metWith", span, obj=b)
        _resolve_roles(state, roles, sides[-1][2])


def _side_lines(state: State, start: int) -> list[tuple[str, int, int]]:
    """The "<Country>: <people>" lines after a heading (blank lines between them allowed)."""
    out: list[tuple[str, int, int]] = []
    pos = start
    while pos < len(state.text):
        nl = state.text.find("\n", pos)
        line_end = len(state.text) if nl < 0 else nl
        line = state.text[pos:line_end]
        if line.strip():
            m = _SIDE_LINE_RE.fullmatch(line)
            if m is None:
                break
            country = country_key_for_word(state, pos + m.start("side"), pos + m.end("side"))
            if country is None or state.entity_type(country) != "Country":
                break
            out.append((country, pos + m.start("list"), line_end))
        pos = line_end + 1
    return out


def _entries(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ";"-separated entries of a list line."""
    out, pos = [], start
    for m in re.finditer(r";", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    return out


def _in_parentheses(text: str, m: MentionRef, start: int) -> bool:
    before = text[start:m.start]
    return before.count("(") > before.count(")")


def _drop_role_mentions(state: State, start: int, end: int) -> None:
    """A role label the name finder read as a body ("(Chair)"): no entity."""
    for m in state.mentions_in(start, end):
        if state.entity_type(m.key) in ORG_TYPES | {"Place"}:
            state.remove_mention(m)


def _resolve_roles(state: State, roles: list[tuple[str, str, str]], after: int) -> None:
    """"The Chair noted ..." / "The Head of the Ugandan Delegation stated ...": the person
    the list gave that role (the demonym, if any, picks the side)."""
    for role, person, country in roles:
        words = role.split()
        if "of" in words:
            i = words.index("of")
            pattern = r"\s+".join(words[:i + 1]) + r"\s+(?:the\s+)?(?:(?P<dem>[A-Z][\w-]+)\s+)?" \
                + r"\s+".join(words[i + 1:]) + r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w-]+))?"
        else:
            pattern = r"(?<=[Tt]he\s)(?:(?P<dem>[A-Z][\w-]+)\s+)?" + r"\s+".join(words)
        same = [r for r in roles if r[0].lower() == role.lower()]
        for hit in re.finditer(r"\b" + pattern + r"\b", state.text[after:]):
            start, end = after + hit.start(), after + hit.end()
            named = hit.group("dem") or (hit.groupdict().get("of"))
            if named:
                group = "dem" if hit.group("dem") else "of"
                key = country_key_for_word(state, after + hit.start(group), after + hit.end(group))
                if key is None:
                    continue  # "the Technical Chair": another role
                if key != country:
                    continue
            elif len({p for _, p, _ in same}) > 1:
                continue  # each side has one: the words do not say whose
            for m in state.mentions_in(start, end):
                if state.entity_type(m.key) in ORG_TYPES or state.entities[m.key].unnamed:
                    state.remove_mention(m)
            state.add_mention(person, start, end, alias=False)
