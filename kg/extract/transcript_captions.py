"""Broadcast transcripts: soundbite captions and the broadcaster's own lines.

A broadcast script has no quotation marks; a caption in capitals names who
speaks and the words follow:

    (SOUNDBITE) ANA RUZ, CHILEAN TRADE MINISTER: We are one page away.
    SOUNDBITE (EMIL DOR, PERUVIAN ENERGY MINISTRY): Nobody is in a hurry.
    SOT: LINA MOSS, PORT WORKER: We wait.
    3. (SOUNDBITE) (English) CHILEAN TRADE MINISTER, ANA RUZ, SAYING:
    "We are one page away."

Each caption's words are a direct statement of the named person (the person
of the text whose name the capitals spell, else a new Person with the name in
normal case); the rest of the caption is an apposition (title and side).
'ANCHOR:' / 'REPORTER:' / 'CORRESPONDENT:' lines are the broadcaster's own
words: no statements of theirs, only the reported speech they contain; the
cue words ('SOUNDBITE', 'SOT', 'ANCHOR') are nobody.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kg.extract import lexicon
from kg.extract.context_edit import drop_mention
from kg.extract.state import State

_CUE = r"(?:SOUNDBITE|SOUND\s*BITE|SOT|SYNC|BITE)"
# '(SOUNDBITE)', 'SOUNDBITE', '3. (SOUNDBITE) (English)' at the start of a line
_CUE_RE = re.compile(rf"[ \t]*(?:\d+\.[ \t]*)?(?:\({_CUE}\)|{_CUE}\b)[ \t]*(?:\([A-Z][a-z]+(?:[ /,-]+[A-Z][a-z]+)*\)[ \t]*)?")
# The broadcaster's own lines: 'ANCHOR:', 'REPORTER (voice-over):', '(VO)', 'CORRESPONDENT:'.
_PRESENTER_RE = re.compile(
    r"[ \t]*(?:\d+\.[ \t]*)?\(?(?P<label>ANCHOR|REPORTER|CORRESPONDENT|PRESENTER|HOST|NARRATOR|VO|V/O|"
    r"NATSOT|NAT SOT|STANDUP|STAND-UP)\)?(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*:?")
_LABEL_WORDS = frozenset("soundbite sot sync bite anchor reporter correspondent presenter host narrator vo v/o "
                         "natsot standup stand-up saying says english".split())
# Bodies a caption part may name instead of a title ('PERUVIAN ENERGY MINISTRY').
_BODY_HEADS = frozenset("ministry department agency authority board company council commission office union "
                        "association government federation chamber institute embassy corporation".split())


@dataclass
class Caption:
    """One soundbite caption: the name's span, the other parts' spans, the words' span."""
    name: tuple[int, int]
    parts: list[tuple[int, int]]
    label: tuple[int, int]  # the whole caption (cue to colon)
    words: tuple[int, int] | None  # the spoken words (None when none follow)


def fold(text: str) -> str:
    """Lower case without diacritics ('RÚZ' -> 'ruz')."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _lines(state: State) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text)
            if m.start() >= state.body_start and m.group(0).strip()]


def presenter_lines(state: State) -> list[tuple[int, int, int]]:
    """(line start, label end, line end) of each 'ANCHOR:' / 'REPORTER:' line of a broadcast."""
    if not is_broadcast(state):
        return []
    out = []
    for a, b in _lines(state):
        m = _PRESENTER_RE.match(state.text, a, b)
        if m is not None and state.text[a:m.end()].rstrip().endswith((":", ")")):
            out.append((a, m.end(), b))
    return out


def is_broadcast(state: State) -> bool:
    """The text is a broadcast script: it has a soundbite caption or an 'ANCHOR:' line."""
    cached = state.__dict__.get("_is_broadcast")
    if cached is None:
        cached = bool(captions(state)) or any(
            re.match(r"[ \t]*\(?ANCHOR\)?[ \t]*:", state.text[a:b]) for a, b in _lines(state))
        state.__dict__["_is_broadcast"] = cached
    return cached


def captions(state: State) -> list[Caption]:
    """The soundbite captions of the text (built once)."""
    cached = state.__dict__.get("_captions")
    if cached is not None:
        return cached
    out = []
    lines = _lines(state)
    for i, (a, b) in enumerate(lines):
        cap = _caption(state, a, b)
        if cap is None:
            continue
        (ca, cb), colon = cap
        parts = _parts(state, ca, cb)
        if not parts:
            continue
        words_start = colon + 1
        while words_start < b and state.text[words_start] in " \t":
            words_start += 1
        if words_start < b:
            words: tuple[int, int] | None = (words_start, b)
        else:
            # 'CHILEAN TRADE MINISTER, ANA RUZ, SAYING:' -- the words are the next line(s)
            words = _following(state, lines, i)
        out.append(Caption(name=parts[0], parts=parts[1:], label=(a, colon + 1), words=words))
    state.__dict__["_captions"] = out
    return out


def _caption(state: State, a: int, b: int) -> tuple[tuple[int, int], int] | None:
    """((start, end) of the caption text, the colon ending it) of a soundbite line."""
    m = _CUE_RE.match(state.text, a, b)
    if m is None:
        return None
    at = m.end()
    text = state.text
    if at < b and text[at] == "(":
        close = text.find(")", at, b)
        if close < 0:
            return None
        colon = close + 1
        while colon < b and text[colon] in " \t":
            colon += 1
        if colon >= b or text[colon] != ":":
            return None
        start, end = at + 1, close
    else:
        if at < b and text[at] == ":":
            at += 1
        colon = text.find(":", at, b)
        if colon < 0:
            return None
        start, end = at, colon
    while start < end and text[start] in " \t":
        start += 1
    if not _mostly_capitals(text[start:end]) or end - start > 160:
        return None
    return (start, end), colon


def _parts(state: State, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated parts of a caption, the person's name first."""
    spans = []
    for m in re.finditer(r"[^,]+", state.text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and state.text[s] in " \t":
            s += 1
        while e > s and state.text[e - 1] in " \t.":
            e -= 1
        if e > s and fold(state.text[s:e]) not in _LABEL_WORDS:
            spans.append((s, e))
    if not spans:
        return []
    known = [sp for sp in spans if _known_person(state, state.text[sp[0]:sp[1]]) is not None]
    names = known or [sp for sp in spans if _name_like(state.text[sp[0]:sp[1]])]
    if not names:
        return []
    name = names[0]
    return [name] + [sp for sp in spans if sp != name]


def _name_like(text: str) -> bool:
    """Two to four words none of which is a title or a body word."""
    words = fold(text).split()
    vocab = lexicon.words("title_core") | _BODY_HEADS | {"of", "the", "for", "and"}
    return 2 <= len(words) <= 4 and not set(words) & vocab and all(w.replace("-", "").replace("'", "").isalpha()
                                                                   for w in words)


def _following(state: State, lines: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The lines after a caption ending in a colon, up to the next label line."""
    end = None
    start = None
    for a, b in lines[i + 1:]:
        text = state.text[a:b]
        if _CUE_RE.match(text) and _caption(state, a, b) or _PRESENTER_RE.match(text) and \
                re.match(r"[ \t]*(?:\d+\.[ \t]*)?\(?[A-Z/ -]+\)?[ \t]*:", text) or re.match(r"[ \t]*\d+\.[ \t]", text):
            break
        start = a if start is None else start
        end = b
    return (start, end) if start is not None else None


def _known_person(state: State, caps: str) -> str | None:
    """The named Person of the text whose name the capitals spell (diacritics aside)."""
    want = fold(" ".join(caps.split()))
    found = [k for k, e in state.entities.items()
             if e.type == "Person" and not e.unnamed and (fold(e.label) == want
                                                           or want in {fold(x) for x in e.aliases})]
    return found[0] if len(found) == 1 else None


def normal_case(caps: str) -> str:
    """'ANA RUZ' -> 'Ana Ruz', "O'NEILL" -> "O'Neill", 'MCKAY-LEE' -> 'Mckay-Lee'."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), " ".join(caps.split()))


def caption_speaker(state: State, cap: Caption) -> str:
    """The Person a caption names (made when the text has none by that name); the
    readings the entity step made of the caption's words are taken back."""
    a, b = cap.name
    key = _known_person(state, state.text[a:b])
    for m in [m for m in state.mentions if m.start < b and a < m.end and m.key != key]:
        drop_mention(state, m.key, m.start, m.end)
    if key is None:
        label = normal_case(state.text[a:b])
        key = state.add_entity(label, "Person").key
        state.entities[key].type = "Person"
    state.add_mention(key, a, b, alias=False)
    return key


def forget_label_entities(state: State, keep: set[str]) -> None:
    """Names the entity step read only inside caption or broadcaster labels
    ('SOUNDBITE', 'ANCHOR', 'RUZ' of a caption) are nobody; a caption's body
    named only in capitals gets its name in normal case."""
    spans = [c.label for c in captions(state)] + [(a, e) for a, e, _ in presenter_lines(state)]
    if not spans:
        return
    parts = [p for c in captions(state) for p in c.parts]
    for key, entity in list(state.entities.items()):
        if entity.unnamed or not entity.mentions or key in state.positions or key in keep:
            continue
        if not all(any(s <= m.start and m.end <= e for s, e in spans) for m in entity.mentions):
            continue
        if entity.type != "Person" and all(any(m.start == s and m.end == e for s, e in parts)
                                           for m in entity.mentions) and _mostly_capitals(entity.label) \
                and fold(entity.label).split()[-1] in _BODY_HEADS:
            entity.label = normal_case(entity.label)  # 'PERUVIAN ENERGY MINISTRY' stays, in normal case
            continue
        if any(state.entities.get(r.subject) is entity or r.object == key for r in state.relations):
            continue
        for m in list(entity.mentions):
            drop_mention(state, key, m.start, m.end)
        del state.entities[key]


def caption_offices(state: State, cap: Caption, person: str) -> None:
    """'ANA RUZ, CHILEAN TRADE MINISTER': the other parts of a caption are an
    apposition -- a title (with the country a demonym gives) or a body."""
    from kg.extract.office_sides import ensure_country  # here: the offices modules import the statement side
    from kg.extract.offices import position_label, title_case
    evidence = state.span(cap.label[0], cap.label[1])
    for a, b in cap.parts:
        words = normal_case(state.text[a:b]).split()
        whole = " ".join(words)
        country = None
        for n in (3, 2, 1):
            if len(words) > n:
                entry = state.gaz.country_of_demonym(" ".join(words[:n]))
                if entry is not None and entry.type == "Country":
                    country = ensure_country(state, entry.label)
                    words = words[n:]
                    break
        rest = [w.lower() for w in words]
        if not rest:
            continue
        if rest[-1] in _BODY_HEADS:
            body = _known_body(state, whole)
            if country is not None:
                state.add_relation(person, "represents", evidence, obj=country)
            if body is not None:
                state.add_relation(person, "represents", evidence, obj=body)
            continue
        if person in state.positions:
            # the text gave the office already ('Trade Minister Ana Ruz said'); the caption's
            # country is still whom they act for if nothing said so
            if country is not None and not state.objects(person, "represents"):
                state.add_relation(person, "represents", evidence, obj=country)
            continue
        title = title_case(" ".join(rest))
        label = position_label(title, state.entities[country].label if country else None)
        position = state.add_entity(label, "Position")
        position.aliases.add(title)
        state.add_relation(person, "holdsPosition", evidence, obj=position.key)
        if country is not None:
            state.add_relation(position.key, "positionIn", evidence, obj=country)
            state.add_relation(person, "represents", evidence, obj=country)
        state.positions.setdefault(person, position.key)


def _known_body(state: State, label: str) -> str | None:
    """The organisation of the text the caption's body part names (in any case)."""
    want = fold(label)
    for key, entity in state.entities.items():
        if entity.type in {"Organization", "GovernmentAgency"} and (
                fold(entity.label) == want or want in {fold(x) for x in entity.aliases}):
            return key
    return None


def broadcast_answers(state: State) -> list[tuple[str, int, int, bool]]:
    """(speaker, start, end, quoted) of each soundbite's words; the caption's
    parts give the speaker's title and side, and the label words are nobody."""
    out = []
    speakers = set()
    for cap in captions(state):
        person = caption_speaker(state, cap)
        speakers.add(person)
        caption_offices(state, cap, person)
        if cap.words is not None:
            a, b = cap.words
            out.append((person, a, b, state.text[a] in "\"“"))
    forget_label_entities(state, speakers)
    return out
