"""A name with a job apposed after it is a person, whatever the entity step
typed it: '"..." That was how Vilja Korpela, operations manager at Nordlys
Coachlines, put it' / 'The warning came from Sune Bech Dalgaard, purchasing
manager of the Malmfält cooperative.' / 'The words are those of Tuva Aune,
who runs a haulage firm'.

The statistical model sometimes reads such a name as a place or a body, or
misses it; the sentence naming a lone quote's source then found nobody and the
quote went to the previous speaker. When the words right after the source
phrase are a capitalised name, a comma and a job (a title or job noun tied to
an employer by 'of'/'at'/'for'/'with', or a 'who' clause), the name is the
person who spoke: a place or body reading of it that the gazetteer does not
know becomes a person, a missed name a new one.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.speakers_job_titles import JOB_TITLES
from kg.extract.state import State

# Job nouns beyond the listed titles: what companies, co-operatives and unions call their people.
_JOB_NOUNS = frozenset(
    "officer owner founder co-founder partner chairperson president treasurer secretary spokesman spokeswoman "
    "spokesperson boss head chief economist analyst researcher professor lecturer lawyer farmer trader "
    "driver skipper captain pilot broker dealer buyer agent representative member leader organiser organizer "
    "editor".split())
# A name: capitalised words (hyphens and particles inside), at most five.
_NAME_RE = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|dos|du|la|le|al|el|bin|ibn|ter)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,4})\s*,\s+")
# What follows the comma: '(the/a/its) <up to four words> <job noun> of|at|for|with|,' or 'who'.
_JOB_RE = re.compile(
    r"(?:who\s+[a-z]+"
    r"|(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,4}?(?P<job>[a-z][\w-]*)"
    r"(?:\s+(?:of|at|for|with|in|from|on)\b|\s*,|\s*\.))")
# The job first: "the port's managing director, Sierra Kovač," / "a lorry driver, Ask Ryg."
_JOB_FIRST_RE = re.compile(
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,4}?(?P<job>[a-z][\w-]*)\s*,\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:(?:van|von|de|der|den|da|dos|du|la|le|al|el|bin|ibn|ter)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,4})\s*(?:[,.;]|$)")
_NOT_PEOPLE = frozenset({"Country", "Agreement", "Position"})


def _job_word(word: str) -> bool:
    word = word.lower()
    return word in JOB_TITLES or word in _JOB_NOUNS or word in lexicon.words("title_core")


def apposed_job_person(state: State, start: int, end: int) -> str | None:
    """The person ``text[start:end]`` opens with, a name followed by an apposed job;
    None when the words are no such name. A place or body reading of the name is
    retyped, a name no entity covers is added."""
    m = _NAME_RE.match(state.text, start, end)
    job = _JOB_RE.match(state.text, m.end(), end) if m is not None else None
    if job is None or job.group("job") is not None and not _job_word(job.group("job")):
        m = _JOB_FIRST_RE.match(state.text, start, end)
        if m is None or not _job_word(m.group("job")):
            return None
    a, b = m.start("name"), m.end("name")
    words = state.text[a:b].split()
    if any(w.lower() in lexicon.words("title_core") for w in words):
        return None  # 'Transport Minister X, ...' is the other rules' to read
    inside = [x for x in state.mentions if x.start < b and a < x.end]
    people = [x for x in inside if state.entities[x.key].type == "Person" and not state.entities[x.key].unnamed]
    if people:
        return people[0].key
    if any(state.entities[x.key].type in _NOT_PEOPLE or state.gaz.lookup(state.entities[x.key].label) is not None
           or x.start < a or x.end > b for x in inside):
        return None  # a known place or body, or a name that runs on past these words
    if len(inside) == 1 and (inside[0].start, inside[0].end) == (a, b):
        state.entities[inside[0].key].type = "Person"  # the name read as a place or a body
        return inside[0].key
    if inside or len(words) < 2:
        return None
    person = state.add_entity(" ".join(words), "Person")
    if person.type != "Person":
        return None
    state.add_mention(person.key, a, b, alias=False)
    return person.key
