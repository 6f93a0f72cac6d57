"""Transcripts: who answers in a press-conference or interview transcript.

'Q: Will the border reopen?' then 'Mensah: "We hope so."' or, right after a
question, 'Mensah: We hope so.' (no marks). The question line is nobody's
statement; the answer line is the labelled person's words. In an interview
both sides are labelled with names ('LHAMO: ... ?' / 'DORJI: ...'): the
interviewer is the label whose lines end in a question most often.
A question label may name the asker's outlet ('Q (Reuters):', 'QUESTION
(LSM):', 'Q from Delfi:'); 'A:' answers are the one person the lead-in names;
an unlabelled paragraph between an answer and the next question goes on with
that answer. The lead-in's words for the setting ('excerpts from the news
conference', 'in an interview') give the answers' medium and addressee.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.speakers import forget_entity
from kg.extract.state import State
from kg.extract.transcript_captions import presenter_lines
from kg.extract.transcript_surname_turns import capital_label, surname_turn_end
from kg.extract.transcript_turns import (
    forget_turn_labels,
    is_label_line,
    moderator_lines,
    moderator_offices,
    surname_person,
    title_label,
    turn_end,
)

# 'Q:', 'Q (Reuters):', 'QUESTION (LSM):', 'Q from Delfi:', 'Reporter, Yle:': the outlet is optional.
_QUESTION_RE = re.compile(
    r"[ \t]*(?:Q|QUESTION|Question|REPORTER|Reporter)"
    r"(?:[ \t]*\((?P<outlet>[^()\n:]{1,40})\)[ \t]*[:.]"
    # the wordy forms need the colon ('Question of Sovereignty.' may be a heading)
    r"|[ \t]+(?:from|of|by)[ \t]+(?P<source>[A-Z\d][\w'’.&-]*(?:[ \t]+[A-Z\d][\w'’.&-]*){0,3})[ \t]*:"
    r"|,[ \t]*(?P<after>[A-Z\d][\w'’.&-]*(?:[ \t]+[A-Z\d][\w'’.&-]*){0,3})[ \t]*:"
    r"|[ \t]*[:.])"
    r"[ \t]+(?=\S)")
# 'Ozola:', 'Minister Ozola:', 'Petraitis (Lithuania):': the side in brackets is no part of the name
_ANSWER_RE = re.compile(r"[ \t]*(?P<who>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,4})"
                        r"(?P<side>[ \t]*\([^()\n:]{1,40}\))?[ \t]*:[ \t]+(?=\S)")
# 'Mr Hale: ...', 'Ms Dana Ortiz (Civic Union): ...': a Hansard-style turn is a person's
# words even without a question line before it (an honorific and a name, then the colon).
_HONORIFIC_RE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron)\.?[ \t]+[A-Z]")
# '(Through interpreter)', '(via translator)', '(in Spanish)', '[translated from Arabic]': a
# note on how the turn was given. After a label (or in its brackets) it makes the line a
# turn of its own even with no question before it; it is no part of the words.
_NOTE_RE = re.compile(
    r"[ \t]*[(\[][ \t]*(?:(?:speaking[ \t]+)?(?:through|via|with|by)[ \t]+(?:an?[ \t]+|the[ \t]+)?"
    r"(?:interpreter|translator|interpretation|translation)s?"
    r"|(?:speaking[ \t]+|translated[ \t]+from[ \t]+(?:the[ \t]+)?)?in[ \t]+[A-Z][a-z]+"
    r"|translated(?:[ \t]+from[ \t]+(?:the[ \t]+)?[A-Z][a-z]+)?)[ \t]*[)\]][ \t]*", re.I)
# a broadcast-style label with the speaker's office before the note
_NOTED_CAPTION_RE = re.compile(r"[ \t]*(?P<who>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}),[^:\n()]{2,80}?"
                               r"(?P<side>[ \t]*\([^()\n:]{1,40}\))[ \t]*:[ \t]+(?=\S)")
# 'Q: ...' / 'A: ...': the answer's label names nobody; the one person interviewed answers.
_ANSWER_LABELS = frozenset({"A", "ANSWER", "Answer"})


def _lines(state: State) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of the body, built once."""
    cached = state.__dict__.get("_body_lines")
    if cached is None:
        cached = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", state.text)
                  if m.start() >= state.body_start and m.group(0).strip()]
        state.__dict__["_body_lines"] = cached
    return cached


def question_lines(state: State) -> list[tuple[int, int]]:
    """The lines of a transcript that are a reporter's question ('Q: ...', or the interviewer's)."""
    cached = state.__dict__.get("_question_lines")
    if cached is not None:
        return list(cached)
    interviewer, mixed = _interviewer(state), False
    if interviewer is None and not any(_QUESTION_RE.match(state.text, a, b) for a, b in _lines(state)):
        interviewer, mixed = _interviewer(state, mixed=True), True
    state.__dict__["_interviewer_label"] = interviewer if mixed else None
    # a broadcast's 'REPORTER:' lines are the broadcaster's narration, not questions
    narration = {a for a, _, _ in presenter_lines(state)}
    out = []
    for a, b in _lines(state):
        if a in narration:
            continue
        if _QUESTION_RE.match(state.text, a, b):
            out.append((a, b))
            continue
        m = _label(state, a, b, mixed)
        if m is not None and _label_key(state, m.group("who"), mixed) == interviewer:
            out.append((a, b))
    state.__dict__["_question_lines"] = out
    return list(out)


# An interview's speaker label: a name in capitals at the start of a line ('LHAMO:'),
# or, in mixed case, an outlet or a surname ('Harbour Times: ...?' / 'Okafor: ...').
_LABEL_RE = re.compile(r"[ \t]*(?P<who>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2})[ \t]*:[ \t]+(?=\S)")
_MIXED_LABEL_RE = re.compile(r"[ \t]*(?P<who>[A-ZÀ-ÖØ-Þ][\w'’&.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’&.-]*){0,3})[ \t]*:[ \t]+(?=\S)")


def _label(state: State, a: int, b: int, mixed: bool) -> re.Match | None:
    return (_MIXED_LABEL_RE if mixed else _LABEL_RE).match(state.text, a, b)


def _label_key(state: State, who: str, mixed: bool) -> str:
    """The label a turn counts under: 'NORA SALEH:' opening the guest's first turn and
    'SALEH:' on the later ones are one speaker's labels (the surname when the text
    has it as a label of its own), so the guest's turns are counted together."""
    words = who.split()
    if len(words) < 2:
        return who
    cache = state.__dict__.setdefault("_label_keys", {})
    if mixed not in cache:
        cache[mixed] = {m.group("who") for a, b in _lines(state)
                        if (m := _label(state, a, b, mixed)) is not None and len(m.group("who").split()) == 1}
    return words[-1] if words[-1] in cache[mixed] else who


# 'TOMAS REYES, CORRESPONDENT:' / 'Ana Ruz, reporter:': a name, then the broadcaster's role
_NARRATOR_LABEL_RE = re.compile(r"[ \t]*(?P<who>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,4}),[ \t]*"
                                r"(?P<role>[A-Za-z]+)\b[^:\n]{0,40}:")


def _narrators(state: State, lines: list[tuple[int, int]]) -> set[str]:
    """The people a broadcast transcript labels as its own correspondents or anchors
    ('TOMAS REYES, CORRESPONDENT: ...'): their turns, under that label or their surname
    alone ('REYES: ...'), narrate; the reports inside are others' statements."""
    roles = lexicon.words("narrator_roles")
    out = set()
    for a, b in lines:
        m = _NARRATOR_LABEL_RE.match(state.text, a, b)
        if m is None or m.group("role").lower() not in roles:
            continue
        key = _person_named(state, m.start("who"), m.end("who"))
        if key is not None:
            out.add(key)
    return out


def _role_side(side: str | None) -> bool:
    """'BRUNO (CALLER): ...', 'Ines (listener): ...': a role of a call-in or audience
    turn in the brackets after the name makes the line a turn wherever it stands."""
    if not side:
        return False
    return " ".join(side.strip(" \t()").lower().split()) in lexicon.words("turn_role_notes")


def _caller(state: State, start: int, end: int) -> str | None:
    """'BRUNO (CALLER): ...' where the host's line 'Bruno, who did not give his surname,
    says ...' left a lone given name read as a place: whoever calls in is a person (a
    name the gazetteer knows as a place keeps its type)."""
    m = state.mention_at(start, end, {"Place"})
    if m is None or state.entities[m.key].unnamed or (m.start, m.end) != (start, end):
        return None
    entity = state.entities[m.key]
    if state.gaz.lookup(entity.label) is not None:
        return None
    entity.type = "Person"
    return m.key


def _guest_label(state: State, who: str) -> bool:
    """'NORA SALEH: We sat for six hours.' opening an interview before the host's first
    question: the full name in capitals of a guest whose other turns carry the surname
    ('SALEH:'; at least two turns together), not the interviewer, opens a turn wherever
    it stands."""
    interviewer = _interviewer(state)
    if interviewer is None or _LABEL_RE.match(who + ": x") is None:
        return False
    key = _label_key(state, who, False)
    if key == interviewer or key == who:
        return False  # only the full name of a guest whose later turns carry the surname
    seen = sum(1 for a, b in _lines(state)
               if (m := _label(state, a, b, False)) is not None and _label_key(state, m.group("who"), False) == key)
    return seen >= 2


def _interviewer(state: State, mixed: bool = False) -> str | None:
    """The capitals label of an interview's questioner: at least two labels take
    turns, each at least twice, and this one's lines end in '?' more often than
    any other's (and in at least half of its lines). ``mixed``: labels in mixed
    case ('Harbour Times:' asking, 'Okafor:' answering), where every one of the
    questioner's lines must end in '?' and no other label's line may."""
    asked: dict[str, list[bool]] = {}
    for a, b in _lines(state):
        m = _label(state, a, b, mixed)
        if m is not None:
            asked.setdefault(_label_key(state, m.group("who"), mixed), []).append(
                state.text[a:b].rstrip().endswith("?"))
    turns = {who: ends for who, ends in asked.items() if len(ends) >= 2}
    if len(turns) < 2:
        return None
    share = {who: sum(ends) / len(ends) for who, ends in turns.items()}
    best = max(share, key=lambda who: share[who])
    others = [v for who, v in share.items() if who != best]
    if mixed:
        return best if share[best] >= 0.6 and max(others) <= 0.2 else None
    return best if share[best] >= 0.5 and share[best] > max(others) else None


def transcript_answers(state: State) -> list[tuple[str, int, int, bool]]:
    """(speaker, start, end, quoted) of each transcript answer: a 'Surname:' line whose
    words are quoted, or that follows a question line. ``start:end`` is the text after
    the label (the quotation marks included when ``quoted``)."""
    lines = _lines(state)
    questions = set(question_lines(state))
    out = []
    turn_labels: list[tuple[int, int]] = []
    speakers: set[str] = set()
    moderated = moderator_lines(state)
    capitals = _capital_turns(state, lines, questions)
    answered: set[int] = set()
    narrators = _narrators(state, lines)
    for i, (a, b) in enumerate(lines):
        if (a, b) in questions:
            continue
        m = capitals[i] if i in capitals else _ANSWER_RE.match(state.text, a, b)
        if m is None:
            # 'ANDRÉS OCAMPO, COLOMBIAN FOREIGN MINISTER (through interpreter): ...'
            m = _NOTED_CAPTION_RE.match(state.text, a, b)
            if m is None or _NOTE_RE.fullmatch(m.group("side")) is None:
                continue
        start = m.end()
        note = _NOTE_RE.match(state.text, start, b)
        if note is not None:
            start = note.end()  # 'OCAMPO: (Through interpreter) The people ...'
        side_note = m.group("side") is not None and _NOTE_RE.fullmatch(m.group("side")) is not None
        interpreted = note is not None or side_note
        quoted = state.text[start] in "\"“"
        # 'MINISTER SOLANO: ...' is a turn wherever it stands, and so is 'KRANJC: ...' where
        # several turns carry the surnames of people the intro names (opening remarks)
        titled = title_label(m.group("who")) or i in capitals
        # a turn right after another answer's line ('Koh: It is not.' / 'Azman: I would say ...')
        # answers the same question: two guests take turns on it
        after_answer = i > 0 and i - 1 in answered
        if not quoted and not titled and not interpreted and (i == 0 or lines[i - 1] not in questions) \
                and not after_answer and not _role_side(m.group("side")) \
                and not _HONORIFIC_RE.match(m.group("who")) and not _guest_label(state, m.group("who")):
            continue  # 'Update: ...' or 'Note: ...' in running text: no answer ('Mr Hale: ...' is a turn)
        if m.group("who") in _ANSWER_LABELS:
            speaker = _interviewee(state)
        elif titled:
            speaker = surname_person(state, m.group("who").split()[-1]) \
                or _person_named(state, m.start("who"), m.end("who"))
        else:
            speaker = _person_named(state, m.start("who"), m.end("who"))
        if speaker is None and _role_side(m.group("side")):
            speaker = _caller(state, m.start("who"), m.end("who"))
        if speaker is None and interpreted:
            speaker = _label_person(state, m.start("who"), m.end("who"))
        elif speaker is not None and interpreted and state.entities[speaker].label.isupper():
            # the entity step read the capitals label as the name: the name is written in words
            state.entities[speaker].label = _name_case(state.entities[speaker].label)
        if speaker in narrators:
            continue  # the correspondent's narration: only the reports it holds are statements
        if speaker is not None and titled:
            # the whole turn, over its unlabelled lines, is one statement
            if i in capitals:
                end = b if quoted else surname_turn_end(
                    state, lines, i, lambda c, d: (c, d) in questions or is_label_line(state, c, d))
            else:
                end = b if quoted else turn_end(state, lines, i)
            out.append((speaker, start, end, quoted))
            turn_labels.append((a, m.end()))
            speakers.add(speaker)
        elif speaker is not None:
            answered.add(i)
            out.append((speaker, start, b, quoted))
            out.extend(_continued(state, lines, i, speaker, questions))
            if interpreted:
                _forget_name_parts(state, m.start("who"), m.end("who"), speaker)
            _forget_label_reading(state, m.start("who"), m.end(), speaker)
    if turn_labels or moderated:
        moderator_offices(state)
        forget_turn_labels(state, turn_labels + [(a, a + len(state.text[a:e].split("(")[0].rstrip(" :")))
                                                  for a, e, _ in moderated], speakers)
    return out


def _capital_turns(state: State, lines: list[tuple[int, int]], questions: set[tuple[int, int]]) -> dict[int, re.Match]:
    """The lines opening a turn with a surname in capitals ('KRANJC: ...') or the full
    name ('Sanne de Wit: ...') of a person the text names, with their label matches; at
    least two of them, else none (a lone 'NOTE: ...' is no turn)."""
    out = {}
    for i, (a, b) in enumerate(lines):
        if (a, b) in questions:
            continue
        m = _ANSWER_RE.match(state.text, a, b)
        if m is None or m.group("side") is not None or not capital_label(m.group("who")):
            m = _FULL_NAME_RE.match(state.text, a, b)
            full = m is not None and any(e.type == "Person" and not e.unnamed and e.label == m.group("who")
                                         for e in state.entities.values())
            if not full:
                continue
        key = _person_named(state, m.start("who"), m.end("who"))
        if key is None or len(state.entities[key].label.split()) < 2:
            continue  # 'DRIVER:' the entity step read as a name is no one the intro names
        if any(x.key == key and not (a <= x.start < m.end()) for x in state.mentions):
            out[i] = m  # the person is named outside the label (in the intro)
    return out if len(out) >= 2 else {}


# 'Sanne de Wit: ...': a full name in normal case, name particles allowed
_FULL_NAME_RE = re.compile(r"[ \t]*(?P<who>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+){0,2}[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3})"
                           r"(?P<side>)[ \t]*:[ \t]+(?=\S)")


def _name_case(label: str) -> str:
    """'ANDRÉS OCAMPO' -> 'Andrés Ocampo' (words already in mixed case stay)."""
    return " ".join("-".join(p[:1] + p[1:].lower() for p in w.split("-")) if w.isupper() else w
                    for w in label.split())


def _label_person(state: State, start: int, end: int) -> str | None:
    """'ANDRÉS OCAMPO: (Through interpreter) ...' with no other mention of him: an
    interpreted turn's label of two or three capitalised words is a person's full name."""
    words = state.text[start:end].split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                            for w in words):
        return None
    from kg.extract import lexicon  # here: only this fallback needs the titles
    core = lexicon.words("title_core")
    if any(w.lower() in core for w in words):
        return None
    person = state.add_entity(_name_case(" ".join(words)), "Person")
    state.add_mention(person.key, start, end, alias=False)
    return person.key


def _forget_name_parts(state: State, start: int, end: int, speaker: str) -> None:
    """'ANDRÉS OCAMPO:' half read by the entity step ('ANDRÉS' as a body): a node
    other than the speaker named only inside this label goes."""
    for m in state.mentions_in(start, end):
        entity = state.entities.get(m.key)
        if entity is None or m.key == speaker or entity.unnamed or m.key in state.positions:
            continue
        if all(start <= x.start and x.end <= end for x in entity.mentions):
            forget_entity(state, m.key)


def _forget_label_reading(state: State, start: int, end: int, speaker: str) -> None:
    """'Petraitis (Lithuania):' read as a name of its own by the entity step: a
    node other than the answerer that is named only inside answer labels goes."""
    for m in state.mentions_in(start, end):
        entity = state.entities.get(m.key)
        if entity is None or m.key == speaker or entity.unnamed or m.key in state.positions:
            continue
        if m.start == start and m.end > start + len(state.text[start:end].split("(")[0].rstrip()) \
                and all(_ANSWER_RE.match(state.text, state.text.rfind("\n", 0, x.start) + 1) is not None
                        and x.end <= state.text.find(":", x.start) + 1 for x in entity.mentions):
            forget_entity(state, m.key)


def _continued(state: State, lines: list[tuple[int, int]], i: int, speaker: str,
               questions: set[tuple[int, int]]) -> list[tuple[str, int, int, bool]]:
    """'SARABIA: From Monday.' then an unlabelled paragraph, then the next question:
    inside a transcript (a question still follows) the paragraph goes on with the
    same answer. After the last question the article may resume, so nothing is taken."""
    out = []
    for c, d in lines[i + 1:]:
        if (c, d) in questions or _ANSWER_RE.match(state.text, c, d) is not None:
            break
        words = state.text[c:d].split()
        if len(words) < 3 or words[0][:1] in "([":
            return []  # '(Laughter)', '[...]' or a stray line: not plainly the same answer
        c += len(state.text[c:d]) - len(state.text[c:d].lstrip())
        out.append((speaker, c, d, state.text[c:c + 1] in "\"“"))
    else:
        return []
    return out if any(q[0] >= (out[-1][2] if out else lines[i][1]) for q in questions) else []


def _interviewee(state: State) -> str | None:
    """The person an interview's 'A:' answers are from: the one named person the
    lead-in before the first question names; when it names several, the one it
    says was interviewed ('She spoke to us', 'we sat down with X'), else the one
    the headline calls by their office, else the first one named (the guest
    leads the introduction; a counterpart is named after them)."""
    questions = question_lines(state)
    if not questions:
        return None
    named = [m for m in state.mentions_in(state.body_start, questions[0][0], {"Person"})
             if not state.entities[m.key].unnamed]
    order = list(dict.fromkeys(m.key for m in named))
    if len(order) <= 1:
        return order[0] if order else None
    guest = _interviewed(state, named, order, questions[0][0])
    if guest == _SEVERAL:
        return None  # 'X and Y gave a joint interview': an 'A:' names neither
    return guest or _in_headline(state, order) or order[0]


# The lead-in's words for being interviewed: 'She spoke to us', 'talked to The Courier',
# 'sat down with', 'in an interview with': the sentence says who the guest is.
_INTERVIEWED_RE = re.compile(
    r"\b(?:spoke|spoken|talked|talks|speaks|speaking|talking)\s+(?:to|with)\s+(?:us|me|this\s+\w+|[A-Z])"
    r"|\bsat\s+down\s+with\b|\binterview(?:ed)?\b|\btold\s+(?:us|me)\b|\bmet\s+(?:us|me)\b")
_SEVERAL = "\x00several"  # the cue sentence names more than one guest
_PRONOUN_RE = re.compile(r"\b(?P<p>She|He|she|he)\b")


def _interviewed(state: State, named: list, order: list[str], end: int) -> str | None:
    """The guest a lead-in sentence with an interview cue names: the one person
    named in it, or, when a 'she'/'he' does the talking, the first person of that
    gender named before it (the lead's subject)."""
    from kg.extract.genders import gender_of  # here: genders imports nothing from transcripts
    for m in _INTERVIEWED_RE.finditer(state.text, state.body_start, end):
        sent = state.sentence_of(m.start())
        inside = list(dict.fromkeys(x.key for x in named if sent.start_char <= x.start < sent.end_char))
        if len(inside) == 1:
            return inside[0]
        if len(inside) > 1:
            first = [x for x in named if x.key in inside[:2]]
            between = state.text[first[0].end:max(x.start for x in first)]
            if re.search(r"\band\b", between) or re.search(r"\b(?:joint|jointly|together|both)\b", sent.text):
                return _SEVERAL  # 'X and Y gave a joint interview'
            return inside[0]  # 'We sat down with X, who negotiated with Y'
        pron = _PRONOUN_RE.search(state.text, sent.start_char, m.start())
        if not inside and pron is not None:
            want = {"f", "f?"} if pron.group("p").lower() == "she" else {"m", None}
            before = [k for k in order if any(x.key == k and x.start < sent.start_char for x in named)]
            fits = [k for k in before if gender_of(state, k) in want]
            if fits:
                return fits[0]
    return None


def _in_headline(state: State, order: list[str]) -> str | None:
    """'Tarvia's water minister on the new accord': the one lead-in person whose
    name or office the headline names."""
    head = state.text[:state.body_start].lower()
    if not head.strip():
        return None
    hits = []
    for key in order:
        labels = [state.entities[key].label]
        if key in state.positions and state.positions[key] in state.entities:
            labels.append(state.entities[state.positions[key]].label)
        if any(re.search(r"\b" + re.escape(x.lower()) + r"\b", head) for x in labels if x):
            hits.append(key)
    return hits[0] if len(hits) == 1 else None


def _person_named(state: State, start: int, end: int) -> str | None:
    """The person a transcript label names: a mention there, else the one person
    in the text whose surname is the label's last word ('Minister Mensah', 'MENSAH')."""
    m = state.mention_at(start, end, {"Person"})
    if m is not None and not state.entities[m.key].unnamed:
        return m.key
    words = [w.lower() for w in state.text[start:end].split()]
    last = words[-1]
    found = {k for k, e in state.entities.items()
             if e.type == "Person" and not e.unnamed and len(e.label.split()) > 1
             and e.label.split()[-1].lower() == last}
    if len(found) > 1 and len(words) > 1:
        # 'Berzina Ozola:' names the one whose name ends with both words
        found = {k for k in found if [w.lower() for w in state.entities[k].label.split()[-len(words):]] == words}
    if not found:
        # a surname the entity step kept as a name of its own ('Ozola')
        found = {k for k, e in state.entities.items()
                 if e.type == "Person" and not e.unnamed and e.label.lower() == last}
    if not found and len(words) == 1:
        # 'OSPINA:' for 'Hernando Ospina Ruiz': a double surname's first half (never the given name)
        found = {k for k, e in state.entities.items()
                 if e.type == "Person" and not e.unnamed and len(e.label.split()) > 2
                 and last in [w.lower() for w in e.label.split()[1:-1]]}
    if not found and len(words) == 1:
        # a name written surname first ('Koh Boon Keng', then 'Koh:'): the one person
        # another label or sentence of the text already calls by that word alone
        found = {x.key for x in state.mentions
                 if (x.start, x.end) != (start, end) and state.text[x.start:x.end].lower() == last
                 and x.key in state.entities and state.entities[x.key].type == "Person"
                 and not state.entities[x.key].unnamed}
    return found.pop() if len(found) == 1 else None


# How a transcript's answers were given: the words the text uses before the first question.
_SETTINGS = (
    (re.compile(r"\b(?:news|press)[ \t-]+(?:conference|briefing)s?\b|\bbriefing\b|\bpress\s+availability\b", re.I),
     "press conference"),
    (re.compile(r"\binterview(?:ed|s)?\b", re.I), "interview"),
    # 'They then took questions from reporters.': a press conference without the word
    (re.compile(r"\b(?:took|take|takes|taking|answered|answer|answering|fielded|fielding)\s+"
                r"(?:\w+\s+)?questions\s+from\s+(?:reporters|journalists|the\s+press)\b", re.I),
     "press conference"),
)
_ASKERS_RE = re.compile(r"\b(?:reporters|journalists|the\s+press)\b", re.I)


def transcript_medium(state: State) -> str | None:
    """'Below are excerpts from the news conference.' -> "press conference";
    'a transcript of an interview' -> "interview": the setting the text names
    last before its first question line (None when it names none)."""
    cached = state.__dict__.get("_transcript_medium", "")
    if cached != "":
        return cached
    questions = question_lines(state)
    medium = None
    if questions:
        lead = state.text[state.body_start:questions[0][0]]
        found = [(m.start(), name) for rx, name in _SETTINGS for m in rx.finditer(lead)]
        medium = max(found)[1] if found else None
        if medium is None and _interviewer_label(state) is not None:
            medium = "interview"  # 'Harbour Times: ...?' / 'Okafor: ...': an outlet's questions, a guest's answers
    state.__dict__["_transcript_medium"] = medium
    return medium


def asker_span(state: State, start: int) -> tuple[int, int, bool] | None:
    """Whom the answer at ``start`` was given to, as (start, end, outlet): at a press
    conference the reporters (the lead-in's word for them, else the question's
    label), in an interview the outlet labelling the question just before it
    ('Q (Reuters):' -> Reuters)."""
    questions = question_lines(state)
    before = [q for q in questions if q[1] <= start]
    if not before and questions and transcript_medium(state) == "press conference":
        # opening remarks before the first question are said to the same reporters
        hits = list(_ASKERS_RE.finditer(state.text, state.body_start, min(start, questions[0][0])))
        return (hits[-1].start(), hits[-1].end(), False) if hits else None
    if not before:
        return None
    a, b = before[-1]
    m = _QUESTION_RE.match(state.text, a, b)
    if transcript_medium(state) == "press conference":
        hits = list(_ASKERS_RE.finditer(state.text, state.body_start, questions[0][0]))
        if hits:
            return hits[-1].start(), hits[-1].end(), False
        label = re.compile(r"[ \t]*(\w+)").match(state.text, a, b)
        return (label.start(1), label.end(1), False) if label is not None else None
    if m is not None:
        for group in ("outlet", "source", "after"):
            if m.group(group):
                return m.start(group), m.end(group), True
    label = _interviewer_label(state)
    if m is None and label is not None:
        found = _MIXED_LABEL_RE.match(state.text, a, b)
        if found is not None and found.group("who") == label:
            _outlet_label(state, found.start("who"), found.end("who"))
            return found.start("who"), found.end("who"), True
    if transcript_medium(state) == "interview":
        # 'Q:' alone: the outlet the lead-in says the interview was given to
        outlets = state.mentions_in(state.body_start, questions[0][0], {"MediaOrganization"})
        if outlets:
            return outlets[-1].start, outlets[-1].end, True
    return None


def _interviewer_label(state: State) -> str | None:
    """The mixed-case label of an interview's questioner ('Harbour Times'), if any."""
    question_lines(state)
    return state.__dict__.get("_interviewer_label")


def _outlet_label(state: State, start: int, end: int) -> None:
    """The questioner's label names the outlet that asked unless it names a person:
    a place or body reading of it that the gazetteer does not know is a media outlet."""
    m = state.mention_at(start, end)
    if m is None or (m.start, m.end) != (start, end):
        return
    entity = state.entities[m.key]
    if entity.type in {"Place", "Organization"} and not entity.unnamed and state.gaz.lookup(entity.label) is None:
        entity.type = "MediaOrganization"


_LABEL_WORD_RE = re.compile(r"[ \t]*(\w+)")


def forget_question_labels(state: State) -> None:
    """'QUESTION (Reuters): ...': the label word a question line opens with is
    nobody; a name the entity step read into it alone is taken back."""
    spans = []
    for a, b in question_lines(state):
        m = _QUESTION_RE.match(state.text, a, b)
        label = _LABEL_WORD_RE.match(state.text, a, b)
        if m is not None and label is not None:
            spans.append((label.start(1), label.end(1)))
    if not spans:
        return
    for key, entity in list(state.entities.items()):
        if entity.unnamed or not entity.mentions or key in state.positions:
            continue
        if all(any(s <= m.start and m.end <= e for s, e in spans) for m in entity.mentions):
            forget_entity(state, key)


# A live-blog entry's label before a quote: '09:15 — Opening session. Ozola: "..."',
# '18:10 — Petraitis, leaving the hotel: "..."' (a name, an optional short aside, a colon).
_LEAD_LABEL_RE = re.compile(
    r"(?:^|(?<=[.!?—–-])[ \t]+|(?<=\d:\d\d)[ \t]+|(?<=\n))(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"(?:,[ \t]+(?P<how>[^:“”\"\n,]{2,60}))?[ \t]*:[ \t]*$")


def labelled_speaker(state: State, mark: int) -> str | None:
    """The person a label right before the opening quotation mark at ``mark`` names,
    in a line of its own or after a time stamp or a short sentence (live blogs)."""
    line_start = state.text.rfind("\n", 0, mark) + 1
    lead = state.text[line_start:mark]
    m = _LEAD_LABEL_RE.search(lead)
    if m is None:
        return None
    return _person_named(state, line_start + m.start("who"), line_start + m.end("who"))
