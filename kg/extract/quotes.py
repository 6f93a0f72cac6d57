"""Statements: direct quotes and reported speech, with speaker, addressee,
medium, date and what they are about.

Direct quotes are found from the quotation marks (curly or straight), then
attributed through the nearest speech verb outside the marks in the same
sentence (``"...," said X``, ``X said: "..."``, ``"...", X told reporters``,
``calling it a "productive meeting"``), else through a short attribution in
the next sentence or a colon-ended one before, else as the continuation of the
previous quote, else through a short sentence of what someone did just before
('Okafor shook her head. "..."'). Reported speech is a speech verb with a
clausal complement that is not quoted ("officials have said their system is
strained"), or a speech verb set off by commas inside the sentence it reports
("The real question, she said, was ..."). In a transcript, a 'Surname:' line
is that person's words (minus words it quotes from someone else) and a 'Q:'
line is nobody's statement. A label before a quote names its speaker in a
live blog ('18:10 — Petraitis, leaving the hotel: "..."'); paragraphs quoted
after 'The following are excerpts from the joint communique:' are the text's.
Reported speech also comes from 'pointed out that' / 'made clear that', from
'opened by saying that', from a relative clause ('X, who said that ...'; 'the
fees, which the ministers said would fall' reports 'the fees would fall'), and
is each speaker's when the subject is coordinated ('A and B have each
complained that ...').
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import dates, lexicon
from kg.extract.joint_texts import excerpt_paragraphs, is_joint_text, joint_author
from kg.extract.plural_speakers import co_speakers, holders_speak
from kg.extract.speakers import entity_for_token, office_holder, speakers_are_actors, subject_of, text_source
from kg.extract.transcripts import (
    asker_span,
    labelled_speaker,
    forget_question_labels,
    question_lines,
    transcript_answers,
    transcript_medium,
)
from kg.extract.state import State
from kg.model import Span, Statement

_OPEN_CLOSE = {"“": "”", "«": "»"}
_MAX_QUOTE = 1500
_TRAIL = " \n\t,;:.—–-"
_ORG_SPEAKER_TYPES = frozenset({"Organization", "GovernmentAgency", "MediaOrganization"})
_NON_ADDRESSEE = {"it", "them", "him", "her", "me", "us", "you", "that", "this", "so"}


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _OPEN_CLOSE:
            close = text.find(_OPEN_CLOSE[ch], i + 1)
            if 0 < close - i <= _MAX_QUOTE:
                out.append((i + 1, close))
                i = close + 1
                continue
        i += 1
    # Straight quotes pair up within a paragraph.
    for para in re.finditer(r"[^\n]+", text):
        marks = [m.start() + para.start() for m in re.finditer('"', para.group(0))]
        for a, b in zip(marks[::2], marks[1::2]):
            if not any(s <= a < e for s, e in out):
                out.append((a + 1, b))
    return sorted(out)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    while start < end and text[start] in " \n\t…":
        start += 1
    return start, end


def extract_statements(state: State) -> None:
    """Add direct and reported statements to ``state``."""
    quotes = [q for q in find_quotes(state.text)
              if q[0] >= state.body_start and not state.is_skipped(*q)]
    # A transcript's questions say nothing, and an answer without marks is quoted words:
    # neither is searched for other statements (marks hide them from the reported rules).
    forget_question_labels(state)
    answers = transcript_answers(state)
    plain = [(a, b) for _, a, b, quoted in answers if not quoted]
    asked = question_lines(state) + plain
    in_answers = [q for q in quotes if any(a <= q[0] < b for a, b in plain)]
    quotes = [q for q in quotes if not any(a <= q[0] < b for a, b in asked)]
    marks = sorted([(s - 1, e + 1) for s, e in quotes] + asked)
    answered = {a: speaker for speaker, a, _, quoted in answers if quoted}
    excerpts = _excerpt_authors(state, marks)
    for qs, qe in quotes:
        found = len(state.statements)
        _direct(state, qs, qe, marks, answered.get(qs - 1) or excerpts.get(qs, (None, None))[0])
        if qs in excerpts and len(state.statements) > found:
            state.statements[-1].medium = state.statements[-1].medium or excerpts[qs][1]
    for speaker, a, b, quoted in answers:
        if not quoted:
            _transcript_answer(state, speaker, a, b, marks, [q for q in in_answers if a <= q[0] < b])
        _transcript_setting(state, speaker, a, b)
    _reported(state, marks)
    _according_to(state, marks)
    _parenthetical(state, marks)
    holders_speak(state)
    speakers_are_actors(state)
    state.statements.sort(key=lambda s: s.quote_span.start)


def _excerpt_authors(state: State, marks: list[tuple[int, int]]) -> dict[int, tuple[str, str | None]]:
    """For each quote that is a paragraph of excerpts from a statement or
    communiqué: (its author, the medium), keyed by the quote's start."""
    out: dict[int, tuple[str, str | None]] = {}
    media = lexicon.mapping("media")
    for start, _, noun in excerpt_paragraphs(state):
        author = joint_author(state, noun) if is_joint_text(noun) else text_source(state, noun, marks)
        if author is not None:
            out[start] = (author, media.get(noun.lower_) or media.get(noun.lemma_.lower()))
    return out


def _region(state: State, start: int, end: int) -> list[SpacySpan]:
    sents = []
    for sent in state.doc.sents:
        # Compare with the sentence's text end, not its trailing blank line: a
        # quote opening a paragraph does not reach back into the previous one.
        text_end = sent.end_char
        while text_end > sent.start_char and state.text[text_end - 1].isspace():
            text_end -= 1
        if text_end > start and sent.start_char < end:
            sents.append(sent)
    return sents


def _outside(tokens, marks) -> list[Token]:
    return [t for t in tokens if not any(s <= t.idx < e for s, e in marks)]


def _speech_verbs(tokens: list[Token]) -> list[Token]:
    verbs = lexicon.words("speech_verbs")
    return [t for t in tokens if t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in verbs]


def _direct(state: State, qs: int, qe: int, marks: list[tuple[int, int]], answerer: str | None = None) -> None:
    """The quote ``text[qs:qe]`` as a direct statement, if its speaker is found
    (``answerer``: the person a transcript line labels with it)."""
    start, end = trim_span(state.text, qs, qe)
    if end <= start:
        return
    words = len(state.text[start:end].split())
    sents = _region(state, qs - 1, qe + 1)
    if not sents:
        return
    tokens = [t for s in sents for t in s]
    outside = _outside(tokens, marks)
    if answerer is None:
        answerer = labelled_speaker(state, qs - 1)  # '18:10 — Petraitis, leaving the hotel: "..."'
    verbs = [] if answerer is not None else _speech_verbs(outside)
    verb: Token | None = None
    subject: Token | None = None
    speaker: str | None = answerer
    # Nearest speech verb first; a nearer verb whose subject is no speaker
    # ("the checks would continue 'at least ...'") gives way to the next one.
    for cand in sorted(verbs, key=lambda v: min(abs(v.idx - qs), abs(v.idx - qe))):
        if words <= 4 and not _governs(cand, qs, qe):
            continue
        if _reported_inside(cand, verbs) and not _governs(cand, qs, qe):
            continue
        verb = verb or cand
        subj = subject_of(cand)
        found = _subject_entity(state, subj, marks, min(qs, subj.idx)) if subj is not None \
            else _name_before_verb(state, cand, marks)
        if found is not None:
            speaker, verb, subject = found, cand, subj
            break
    if speaker is None:
        speaker = _colon_lead(state, qs, marks)
    if speaker is None:
        speaker = _display_bearer(state, sents[0], qs, marks)
    if speaker is None and (words > 4 or words >= 3) and not verbs and _paragraph_continues(state, qs, qe):
        # '“A,” X told reporters. “B.”' closing a paragraph: B is X's too, whatever the
        # next paragraph (one newline apart in HTML) says -- unless someone else acted
        # in between ('“A,” X said. Y smiled. “B.”')
        speaker = _action_lead(state, sents, qs, marks) or _continuation(state, qs)
    # A short quote goes on from the last one only if it is a whole sentence ("Nobody can own it.").
    whole = words >= 3 and state.text[start].isupper() and state.text[qs:qe].rstrip()[-1:] in {".", "!", "?"}
    if speaker is None and words > 4:
        speaker, verb = _attribution_nearby(state, sents, marks, qs)
    elif speaker is None and whole and not verbs:
        # '"Rivers do not vote." That is the verdict of X': a short quote standing alone
        # is named by the next sentence only in so many words (no speech verb there)
        speaker = _named_by_next(state, sents, marks, qs)
    if speaker is None and words >= 3 and not verbs:
        speaker = _action_lead(state, sents, qs, marks)
    if speaker is None and (words > 4 or whole) and not verbs:
        speaker = _continuation(state, qs)
    if speaker is None:
        return
    sent_start = sents[0].start_char
    sent_end = sents[-1].end_char
    evidence = _evidence(state, sent_start, sent_end)
    statement = Statement(
        speaker=speaker,
        quote=" ".join(state.text[start:end].split()),
        kind="direct",
        quote_span=state.span(start, end),
        evidence=evidence,
    )
    fill_details(state, statement, verb, outside, (qs - 1, qe + 1), marks)
    state.statements.append(statement)
    for key in co_speakers(state, subject, speaker, marks) if subject is not None else []:
        # '"...," Ozola and Petraitis said': the words of each
        state.statements.append(dataclasses.replace(statement, speaker=key,
                                                    about=[k for k in statement.about if k != key]))


def _transcript_answer(state: State, speaker: str, start: int, end: int, marks: list[tuple[int, int]],
                       inner: list[tuple[int, int]]) -> None:
    """'Q: ...?' then 'Mensah: We hope so.': the answer line is the person's direct words.
    Words quoted inside it that someone else said ('as the minister told me, "we
    will pay"') are that person's statement, and the answer goes without them."""
    line_marks = sorted([m for m in marks if m != (start, end)] + [(qs - 1, qe + 1) for qs, qe in inner])
    cuts: list[tuple[int, int]] = []
    for qs, qe in inner:
        sents = _region(state, qs - 1, qe + 1)
        verbs = _speech_verbs(_outside([t for s in sents for t in s], line_marks))
        if not any((subj := subject_of(v)) is not None and subj.lower_ not in {"i", "we", "you"} for v in verbs):
            continue  # "I told them: '...'" is the answerer's own
        found = len(state.statements)
        _direct(state, qs, qe, line_marks)
        if len(state.statements) > found and state.statements[-1].speaker == speaker:
            del state.statements[found:]
        elif len(state.statements) > found:
            cuts.append((sents[0].start_char, sents[-1].end_char))
    parts, at = [], start
    for a, b in sorted(cuts):
        parts.append((at, max(at, a)))
        at = max(at, b)
    parts.append((at, end))
    # the longest stretch of the answer's own words is its statement
    a, b = max((trim_span(state.text, a, b) for a, b in parts), key=lambda p: len(state.text[p[0]:p[1]].split()))
    if len(state.text[a:b].split()) < 2:
        return
    line = _evidence(state, state.text.rfind("\n", 0, start) + 1, end)
    statement = Statement(speaker=speaker, quote=" ".join(state.text[a:b].split()), kind="direct",
                          quote_span=state.span(a, b), evidence=line)
    fill_details(state, statement, None, [], (a, b), marks)
    state.statements.append(statement)


def _transcript_setting(state: State, speaker: str, start: int, end: int) -> None:
    """The medium and addressee of a transcript answer's statement (``speaker``'s
    words in start:end, the line after its label): 'press conference' and the reporters, or
    'interview' and the outlet that asked."""
    medium = transcript_medium(state)
    asker = asker_span(state, start)
    addressee = None
    if asker is not None and asker[2]:
        m = state.mention_at(asker[0], asker[1])
        if m is not None and state.entity_type(m.key) not in {"Position", "Place", "Country"}:
            addressee = m.key
    elif asker is not None:
        entity = state.add_entity("reporters", "Person", unnamed=True)
        state.add_mention(entity.key, asker[0], asker[1], alias=False)
        addressee = entity.key
    for statement in state.statements:
        if start <= statement.quote_span.start < end and statement.speaker == speaker:
            statement.medium = statement.medium or medium
            if addressee is not None and addressee != statement.speaker:
                statement.addressee = statement.addressee or addressee


def _colon_lead(state: State, qs: int, marks: list[tuple[int, int]]) -> str | None:
    """'X was blunt: "..."', 'As she put it: "..."', 'Y did not mince words: "..."':
    a clause without a speech verb, ended by a colon right before the quote,
    introduces the words of its subject."""
    before = state.text[:max(0, qs - 1)].rstrip()
    if not before.endswith(":"):
        return None
    colon = token_at_char(state, len(before) - 1)
    if colon is None or colon.text != ":":
        return None
    lead = [t for t in colon.sent if t.i < colon.i and not any(s <= t.idx < e for s, e in marks)]
    if not lead or len(lead) > 25:
        return None
    subj = next((t for t in lead if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i < colon.i
                 and t.lower_ not in {"it", "this", "that", "there", "which", "what"}), None)
    if subj is None:
        return None
    return _named_or_role(state, subj, marks, qs)


def token_at_char(state: State, char: int) -> Token | None:
    """The token covering ``char``."""
    span = state.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


_DISPLAY_RE = re.compile(r"\b(?:banners?|signs?|placards?|posters?|slogans?|t-shirts?)\s+(?:reading|that\s+read|which\s+read|saying)\b[^.“\"]{0,40}$", re.I)


def _display_bearer(state: State, sent: SpacySpan, qs: int, marks: list[tuple[int, int]]) -> str | None:
    """'protesters held a banner reading "..."': the words are the bearers'."""
    if not _DISPLAY_RE.search(state.text[sent.start_char:max(sent.start_char, qs - 1)]):
        return None
    subj = subject_of(sent.root)
    return entity_for_token(state, subj, marks, before=qs) if subj is not None else None


def _action_lead(state: State, sents: list[SpacySpan], qs: int, marks: list[tuple[int, int]]) -> str | None:
    """'The minister laughed. "..."' / 'Okafor shook his head. "..."': a short
    sentence of what a person did, right before a quote opening the next one in
    the same paragraph, names the speaker (its subject)."""
    mark = qs - 1
    first = sents[0]
    if state.text[first.start_char:mark].strip():
        lead = [t for t in first if t.idx < mark]  # the parser ran the two sentences together
    elif first.start > 0:
        lead = list(state.doc[first.start - 1].sent)
    else:
        return None
    while lead and lead[-1].is_space:
        lead = lead[:-1]
    if not lead or lead[-1].text not in {".", "!"} or len(lead) > 16:
        return None
    gap = state.text[lead[-1].idx + 1:mark]
    if gap.strip() or "\n" in gap or any(s <= t.idx < e for t in lead for s, e in marks):
        return None
    inside = {t.i for t in lead}
    roots = [t for t in lead if t.head.i == t.i or t.head.i not in inside]
    root = roots[0] if len(roots) == 1 else None
    if root is None or root.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "ccomp" for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    key = entity_for_token(state, subj, marks, before=qs)
    return key if key is not None and state.entity_type(key) == "Person" else None


def _subject_entity(state: State, subj: Token, marks: list[tuple[int, int]], before: int | None) -> str | None:
    """The entity of a subject token, else of another subject of the same verb: the
    tokenizer splits 'vice-chairman' into 'vice' (first subject) and 'chairman' (a
    second one, holding the apposed name)."""
    if subj.tag_ == "WP" and subj.head.dep_ == "relcl" and subj.head.head.i < subj.i:
        # "Ozola, who said last week that ...": the named one the clause is set off about
        # ('the chamber, which estimates that ...' is left alone: it cost more than it gained)
        if subj.i == 0 or subj.doc[subj.i - 1].text != ",":
            return None
        found = entity_for_token(state, subj.head.head, marks, before=before)
        return found if found is not None and not state.entities[found].unnamed else None
    found = entity_for_token(state, subj, marks, before=before)
    if found is not None:
        return found
    for other in subj.head.children:
        if other is not subj and other.dep_ == "nsubj" and subj.i < other.i < subj.head.i:
            found = entity_for_token(state, other, marks, before=before)
            if found is not None:
                return found
    return None


def _name_before_verb(state: State, verb: Token, marks: list[tuple[int, int]]) -> str | None:
    """A speech verb the parser left without a subject ("Poland's deputy minister,
    X, who leads ..., said:" parsed as an apposition of an earlier word): the
    person, else the organisation, named last before the verb in its sentence."""
    sent = verb.sent
    found = [m for m in state.mentions_in(sent.start_char, verb.idx)
             if not any(s <= m.start < e for s, e in marks) and not state.entities[m.key].unnamed]
    for types in ({"Person"}, {"Organization", "GovernmentAgency"}):
        hits = [m for m in found if state.entities[m.key].type in types]
        if hits:
            return hits[-1].key
    return None


def _reported_inside(verb: Token, verbs: list[Token]) -> bool:
    """'X told reporters that Y was "..." and that no text had been agreed': a
    passive speech verb, or one inside what another speech verb reports, is
    part of the reported words; its subject is not the quote's speaker."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    others = {v.i for v in verbs if v.i != verb.i}
    return any(a.i in others for a in verb.ancestors)


def _governs(verb: Token, qs: int, qe: int) -> bool:
    """Does the verb's clause contain the quote (a quoted phrase, not a scare quote)?"""
    sub = list(verb.subtree)
    return bool(sub) and sub[0].idx <= qs and sub[-1].idx + len(sub[-1].text) >= qe


def _attribution_nearby(state, sents, marks, qs) -> tuple[str | None, Token | None]:
    """'"...". He said.' / 'X said: "..."' across a sentence boundary."""
    doc = state.doc
    last = sents[-1]
    if last.end < len(doc):
        nxt = doc[last.end].sent
        toks = _outside(list(nxt), marks)
        # A next paragraph with its own quote attributes that quote, not this one
        # (within a paragraph '"A." "B," X said.' both are X's).
        own_quote = len(toks) < len(nxt) and "\n\n" in state.text[qs:nxt.start_char]
        verbs = _speech_verbs(toks)
        if verbs and not own_quote and (len(toks) <= 14 or len(nxt) <= 45 and _says_this(verbs[0])) \
                and "\n\n" not in state.text[last.end_char:nxt.start_char] \
                or verbs and not own_quote and _pronoun_follows_lone_quote(state, qs, nxt, verbs[0]):
            subj = subject_of(verbs[0])
            if subj is not None:
                key = entity_for_token(state, subj, marks, before=qs)
                if key:
                    return key, verbs[0]
        if not own_quote:
            key = _source_sentence(state, nxt, marks, qs)
            if key:
                # "..., speaking to reporters after the session": that verb carries the addressee
                speaking = next((t for t in nxt if t.lemma_.lower() in {"speak", "talk"} and t.pos_ == "VERB"), None)
                return key, speaking
    first = sents[0]
    if first.start > 0:
        prev = doc[first.start - 1].sent
        if state.text[prev.start_char:first.start_char].rstrip().endswith(":"):
            verbs = _speech_verbs(_outside(list(prev), marks))
            if verbs:
                subj = subject_of(verbs[-1])
                if subj is not None:
                    key = entity_for_token(state, subj, marks, before=qs)
                    if key:
                        return key, verbs[-1]
            elif len(_outside(list(prev), marks)) == len(prev):
                # "X was blunt:" / "The minister's answer was short:" -- the subject of the lead-in.
                subj = subject_of(prev.root) or (prev.root if prev.root.pos_ in {"NOUN", "PROPN"} else None)
                if subj is not None and subj.lower_ not in {"it", "this", "that", "there"}:
                    key = _named_or_role(state, subj, marks, qs)
                    if key:
                        return key, None
    return None, None


def _pronoun_follows_lone_quote(state: State, qs: int, nxt: SpacySpan, verb: Token) -> bool:
    """'“We are building a border for trade.”' as a paragraph of its own, then
    'She told reporters that ...': the next paragraph opens with the speaker, a
    personal pronoun subject of a speech verb."""
    line_start = state.text.rfind("\n", 0, qs) + 1
    line_end = state.text.find("\n", qs)
    if state.text[line_start:qs - 1].strip() or line_end < 0 or line_end > nxt.start_char:
        return False
    if state.text[line_end:nxt.start_char].strip() or state.text[line_start:line_end].rstrip()[-1:] not in {"”", '"'}:
        return False  # the quote fills its paragraph, and the next paragraph follows at once
    first = nxt[0]
    return first.lower_ in {"he", "she"} and first.dep_ == "nsubj" and first.head.i == verb.i


def _says_this(verb: Token) -> bool:
    """'X, who ..., said this at a meeting': the verb points back at the quote
    (its object is 'this'/'so'/'these words'), so a long sentence still attributes it."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return any(c.dep_ in {"dobj", "advmod"} and (c.lower_ in {"this", "so", "that"} or
               c.lemma_.lower() in {"word", "remark", "comment"} and any(d.lower_ in {"these", "those", "the"}
                                                                       for d in c.children))
               for c in verb.children)


# A sentence after a lone quote that names its source without a speech verb:
# "The words came from X", "That was the verdict of X", "So said X".
_SOURCE_RE = re.compile(
    r"\W*(?:(?:the|those|these|his|her|their|such)\s+(?:words?|remarks?|comments?|warnings?|verdict|message|"
    r"view|assessment|complaint|plea|promise|answer|reply|response|appeal)\s+"
    r"(?:came|come|were|was|is|are|belonged|belong)\s+(?:from|to|those\s+of|that\s+of)"
    r"|(?:that|this|such|those|these)\s+(?:was|is|were|are)\s+how"
    r"|(?:that|this|such|those|these)\s+(?:was|is|were|are)\s+(?:the|a)\s+(?:\w+\s+)?(?:verdict|view|assessment|message|warning|"
    r"opinion|answer|reply|response|conclusion|complaint|plea|promise|appeal|word|words)\s+(?:of|from)"
    r"|so\s+(?:said|says|spoke)|thus\s+(?:said|spoke)"
    # "The words were Y's, speaking to Z": the possessive names the source
    r"|(?:the|those|these|such)\s+(?:words?|remarks?|comments?)\s+(?:were|was|are|is)(?=\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\b))\s+",
    re.I,
)


def _named_by_next(state: State, sents, marks, qs: int) -> str | None:
    """The source a lone quote's next sentence names ("That is the verdict of X",
    "X has used the line since 2021")."""
    last = sents[-1]
    if last.end >= len(state.doc):
        return None
    nxt = state.doc[last.end].sent
    if "\n\n" in state.text[last.end_char:nxt.start_char] or len(_outside(list(nxt), marks)) < len(nxt):
        return None
    return _source_sentence(state, nxt, marks, qs)


# "Vera has used the line since 2021": the subject of using (repeating, coining) the words
_USED_LINE_RE = re.compile(
    r"\W*(?P<who>[A-Z][^.;!?“”\"]{0,90}?),?\s+(?:has|have|had)\s+(?:\w+\s+)?(?:used|repeated|coined|uttered|made|"
    r"been\s+(?:using|repeating|saying))\s+(?:the|that|this|those|these)\s+(?:\w+\s+)?(?:line|lines|phrase|slogan|"
    r"refrain|mantra|remark|words|quip|motto|sentence|argument)\b")


# "The line, from Tumbes region's governor, Ana Ruiz, was repeated ...": the words' source in apposition
_FROM_LINE_RE = re.compile(
    r"\W*(?:the|that|this|those|these|his|her|their)\s+(?:\w+\s+)?(?:line|lines|phrase|slogan|refrain|mantra|"
    r"remarks?|words|quip|motto|sentence|comments?|warning|verdict|message|retort|jibe)\s*,\s+"
    r"(?:which\s+came\s+|coming\s+)?from\s+", re.I)


def _source_sentence(state: State, sent: SpacySpan, marks, qs: int) -> str | None:
    used = _USED_LINE_RE.match(state.text, sent.start_char, sent.end_char)
    if used is not None:
        who = state.mentions_in(used.start("who"), used.end("who"), {"Person", *_ORG_SPEAKER_TYPES})
        named = [m for m in who if not state.entities[m.key].unnamed]
        return named[0].key if named else None
    source = _FROM_LINE_RE.match(state.text, sent.start_char, sent.end_char)
    if source is not None:
        # the source phrase runs to the main verb ("..., Ana Ruiz, was repeated by delegates")
        stop = min((t.idx for t in sent if t.idx >= source.end() and t.pos_ in {"VERB", "AUX"}
                    and t.dep_ in {"ROOT", "aux", "auxpass"}), default=sent.end_char)
        found = [m for m in state.mentions_in(source.end(), stop) if not state.entities[m.key].unnamed]
        for types in ({"Person"}, _ORG_SPEAKER_TYPES):
            hits = [m for m in found if state.entities[m.key].type in types]
            if hits:
                return hits[0].key
        head = next((t for t in sent if source.end() <= t.idx < stop and t.pos_ in {"NOUN", "PROPN"}
                     and t.dep_ not in {"compound", "amod", "poss"}), None)
        return _named_or_role(state, head, marks, qs) if head is not None else None
    m = _SOURCE_RE.match(state.text, sent.start_char, sent.end_char)
    if m is None:
        return None
    head = next((t for t in sent if t.idx >= m.end() and t.pos_ in {"NOUN", "PROPN"}
                 and t.dep_ not in {"compound", "amod"}), None)
    if head is None:
        return None
    return _named_or_role(state, head, marks, qs)


def _named_or_role(state: State, token: Token, marks, qs: int) -> str | None:
    """A named person or organisation, or an unnamed role ("a Romanian official")."""
    sub = list(token.subtree)
    named = [m for m in state.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1].text))
             if not state.entities[m.key].unnamed]
    for types in ({"Person"}, {"Organization", "GovernmentAgency", "MediaOrganization"}):
        hits = [m for m in named if state.entities[m.key].type in types]
        if hits:  # "Romania's transport minister Radu Stan": the person in the phrase
            return hits[0].key
    m = state.mention_at(token.idx, token.idx + len(token.text))
    if m is not None:
        return None  # a place or a position alone does not speak here
    return entity_for_token(state, token, marks, before=qs)


def _paragraph_continues(state: State, qs: int, qe: int) -> bool:
    """The quote follows the last direct quote in the same paragraph (no line
    break between) and its paragraph ends with it."""
    if not state.statements or state.statements[-1].kind != "direct":
        return False
    prev = state.statements[-1]
    between = state.text[prev.quote_span.end:qs]
    rest = state.text[qe:qe + 200]
    line_end = rest.find("\n")
    tail = rest if line_end < 0 else rest[:line_end]
    return 0 <= qs - prev.quote_span.end < 300 and "\n" not in between and not tail.strip(" ”\"'.,")


def _continuation(state: State, qs: int) -> str | None:
    """A quote standing alone right after another quote continues it."""
    if not state.statements:
        return None
    prev = state.statements[-1]
    between = state.text[prev.quote_span.end:qs]
    if prev.kind == "direct" and len(between) < 400 and "\n\n" not in between.strip("\n”\" "):
        return prev.speaker
    return None


def _evidence(state: State, start: int, end: int) -> Span:
    while end > start and state.text[end - 1].isspace():
        end -= 1
    while start < end and state.text[start].isspace():
        start += 1
    return state.span(start, end)


def fill_details(state, statement: Statement, verb, outside, quote_range, marks) -> None:
    """Addressee, medium, date and topics of a statement."""
    qa, qb = quote_range
    if verb is not None:
        statement.addressee = _addressee(state, verb, marks)
    vs = verb.sent if verb is not None else None
    window = [t for t in outside if vs is None or vs.start <= t.i < vs.end]
    statement.medium = _medium(state, window, verb)
    if statement.medium and statement.addressee and statement.medium == state.entities[statement.addressee].label:
        statement.addressee = None
    statement.stated_on = _date(state, window, verb)
    about = [m.key for m in state.mentions_in(qa, qb)
             if state.entities[m.key].type not in {"Position"} and not state.entities[m.key].unnamed]
    if not about:
        sent = statement.evidence
        about = [m.key for m in state.mentions_in(sent.start, sent.end)
                 if m.key not in {statement.speaker, statement.addressee}
                 and state.entities[m.key].type in {"Person", "Agreement", "Place", "Organization", "GovernmentAgency"}
                 and not state.entities[m.key].unnamed
                 and not _describes_speaker(state, statement.speaker, m.key)]
    statement.about = list(dict.fromkeys(about))


def _describes_speaker(state: State, speaker: str, key: str) -> bool:
    """The speaker's own side or office is not what the statement is about."""
    return state.has_relation(speaker, "represents", key) or any(
        r.subject == speaker and r.object == key for r in state.relations
    )


def _addressee(state: State, verb: Token, marks) -> str | None:
    cands: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dative", "dobj", "iobj"} and verb.lemma_ in {"tell", "assure", "inform", "brief", "warn", "remind", "urge", "ask", "promise"}:
            cands.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"to"}:
            cands.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "dative":
            cands.extend(c for c in child.children if c.dep_ == "pobj")
    # "told the newspaper Postimees": a named candidate before a common noun
    cands.sort(key=lambda t: state.mention_at(t.idx, t.idx + len(t.text)) is None)
    for tok in cands:
        if any(s <= tok.idx < e for s, e in marks) or tok.lower_ in _NON_ADDRESSEE:
            continue
        m = state.mention_at(tok.idx, tok.idx + len(tok.text))
        if m is not None and state.entities[m.key].type != "Agreement":
            return m.key
        for child in tok.children:  # "told the Danish broadcaster TV2": the outlet named in apposition
            if child.dep_ in {"appos", "compound"} and child.i > tok.i:
                m = state.mention_at(child.idx, child.idx + len(child.text))
                if m is not None and state.entities[m.key].type != "Agreement" and not state.entities[m.key].unnamed:
                    return m.key
        if tok.pos_ in {"NOUN", "PROPN"}:
            media = lexicon.mapping("media")
            phrase = " ".join(t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ in {"compound", "amod"} or t is tok)
            if tok.lemma_.lower() in media or tok.lower_ in media or any(
                    phrase.endswith(k) for k in media if " " in k):
                continue  # "told a joint press conference": the medium, not an addressee
            words, label = _addressee_words(tok)
            entity = state.add_entity(label, "Person", unnamed=True)
            state.add_mention(entity.key, words[0].idx if words else tok.idx, tok.idx + len(tok.text), alias=False)
            return entity.key
    return None


def _addressee_words(tok: Token) -> tuple[list[Token], str]:
    """The words naming an unnamed addressee and its label: the noun and its
    modifiers before it, with a named owner kept ("told Latvia's parliament" ->
    "Latvia's parliament", "the parliament's defence committee" -> "parliament's
    defence committee"); articles and owning pronouns ("his cabinet") go. The
    owner's words keep their case, the rest is lower case."""
    owned: set[int] = set()
    for t in tok.subtree:
        if t.i < tok.i and t.dep_ == "poss" and t.tag_ not in {"PRP$", "WP$"} and t.head.i <= tok.i:
            owned.update(x.i for x in t.subtree if x.dep_ not in {"det", "punct"})
    words = [t for t in tok.subtree if t.i <= tok.i and (t.i in owned or t.dep_ not in {"det", "poss", "punct", "case"})]
    if not words:
        return [], tok.lower_
    parts = []
    for t in words:
        text = t.text if t.i in owned and (t.pos_ == "PROPN" or t.dep_ == "case") else t.lower_
        parts.append(text + (t.whitespace_ if t is not words[-1] else ""))
    return words, "".join(parts).strip()


def _medium(state: State, window: list[Token], verb: Token | None) -> str | None:
    media = lexicon.mapping("media")
    if verb is not None and verb.lemma_.lower() == "tweet":
        return "tweet"
    subj = subject_of(verb) if verb is not None else None
    if subj is not None and subj.pos_ == "NOUN":
        # "a joint statement said": the medium as a phrase when the table has it
        phrases = [f"{c.lower_} {subj.lower_}" for c in subj.children if c.dep_ in {"amod", "compound"}]
        medium = next((media[p] for p in phrases if p in media), None)
        if medium is not None:
            return medium
    if subj is not None and subj.pos_ == "NOUN" and (subj.lower_ in media or subj.lemma_.lower() in media):
        return media.get(subj.lower_) or media[subj.lemma_.lower()]  # "A statement from X said": in a statement
    text = "".join(t.text_with_ws for t in window).lower()
    names = "|".join(re.escape(k) for k in sorted(media, key=len, reverse=True))
    found = list(re.finditer(
        rf"\b(?:in|on|at|during|via|through|from|told|to|before|by)\s+(?:a|an|the|his|her|their|its|this|that)?\s*"
        rf"(?:[\w'’-]+\s+){{0,2}}?({names})\b",
        text,
    ))
    # "told X in a telephone call ..., according to a statement": the statement reports
    # the call; the medium the words were said in comes first
    own = [m for m in found if not re.search(r"\baccording\s+$", text[max(0, m.start() - 12):m.start()])]
    if own or found:
        return media[(own or found)[0].group(1)]
    if re.search(r"\b(?:on|to) twitter\b", text):
        return "tweet"
    if re.search(r"\b(?:on|to) x\b", text):
        return "post on X"  # the platform's own word since 2023; the text says "post", not "tweet"
    return None


def _date(state: State, window: list[Token], verb: Token | None) -> str | None:
    seen: set[int] = set()
    best = None
    for t in window:
        if t.ent_type_ == "DATE" and t.i not in seen:
            ent = next((e for e in state.doc.ents if e.start <= t.i < e.end), None)
            if ent is None:
                continue
            seen.update(range(ent.start, ent.end))
            prefix = state.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            value = dates.resolve(f"{prefix} {ent.text}", state.document.date)
            if value:
                if best is None or (verb is not None and abs(ent.start - verb.i) < abs(best[0] - verb.i)):
                    best = (ent.start, value)
    return best[1] if best else None


def _according_to(state: State, marks: list[tuple[int, int]]) -> None:
    """'Negotiators have agreed on most articles, according to a senior official':
    the clause before 'according to' is what the named source said."""
    for tok in state.tokens:
        if tok.lower_ != "according" or tok.idx < state.body_start or tok.i + 1 >= len(state.doc):
            continue
        to = state.doc[tok.i + 1]
        if to.lower_ != "to" or any(s <= tok.idx < e for s, e in marks):
            continue
        objs = [c for c in to.children if c.dep_ == "pobj"]
        sent = tok.sent
        if objs and _according_first(state, tok, objs[0], marks):
            continue
        comma = state.text.rfind(",", sent.start_char, tok.idx)
        if not objs or comma <= sent.start_char:
            continue
        start, end = trim_span(state.text, sent.start_char, comma)
        if len(state.text[start:end].split()) < 4 or any(s < end and start < e for s, e in marks):
            continue
        media = lexicon.mapping("media")
        if objs[0].lemma_.lower() not in media and objs[0].lower_ not in media \
                and state.text[start:end].split()[0].lower() in {"he", "she", "they", "it", "we"}:
            continue  # "She held talks with X, according to officials": a report of an event
        speaker, medium = _source_of(state, objs[0], marks)
        if speaker is None and medium is not None:
            speaker = _joint_source(state, objs[0])
        if speaker is None:
            continue
        before = len(state.statements)
        _add_reported(state, speaker, start, end, sent, None, marks)
        for statement in state.statements[before:]:
            statement.medium = statement.medium or medium


def _joint_source(state: State, obj: Token) -> str | None:
    """'according to a joint statement issued after the talks': the two
    governments together (a node of its own that represents neither)."""
    if not any(c.lower_ in {"joint", "common"} for c in obj.children if c.dep_ in {"amod", "compound"}):
        return None
    return joint_author(state, obj)


def _source_of(state: State, obj: Token, marks: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """The speaker and medium of 'according to X': 'a statement from the ministry'
    is the ministry's, in a statement."""
    media = lexicon.mapping("media")
    if obj.lemma_.lower() in media or obj.lower_ in media:
        medium = media.get(obj.lower_) or media.get(obj.lemma_.lower())
        # "a statement from the ministry", "a statement issued by X", "a MINCOM statement"
        sub = list(obj.subtree)
        named = [m for m in state.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1].text))
                 if state.entities[m.key].type in {"Person", "Organization", "GovernmentAgency",
                                                   "MediaOrganization", "Country"}
                 and not state.entities[m.key].unnamed]
        # "a statement from Lithuania's Ministry of Foreign Affairs": the body, not its country
        named.sort(key=lambda m: state.entities[m.key].type == "Country")
        if named:
            return named[0].key, medium
        for t in sub:
            if t.dep_ == "pobj" and t.head.lower_ in {"from", "by", "of"}:
                return entity_for_token(state, t, marks), medium
        return None, medium
    return entity_for_token(state, obj, marks), None


def _according_first(state: State, tok: Token, obj: Token, marks: list[tuple[int, int]]) -> bool:
    """'According to X, <clause>.' (the source first): the clause is what X said;
    quoted words in it are X's direct words. True when the form matched."""
    sent = tok.sent
    lead = state.text[sent.start_char:tok.idx].strip().lower()
    if lead not in {"", "but", "and", "yet", "however,", "but,"}:
        return False
    right = tok.doc[tok.i + 1].right_edge
    if right.text == "," and right.i > tok.i + 2:
        right = tok.doc[right.i - 1]  # the parser may hang the closing comma inside the source phrase
    comma = state.text.find(",", right.idx + len(right.text), sent.end_char)
    if comma < 0 or state.text[right.idx + len(right.text):comma].strip():
        return False
    start, end = trim_span(state.text, comma + 1, sent.end_char)
    if _speaker_of_its_own(state, start, end, marks):
        return True
    speaker, medium = _source_of(state, obj, marks)
    if speaker is None and medium is not None:
        speaker = _joint_source(state, obj)
    if speaker is None:
        return True
    quoted = [(s, e) for s, e in marks if start <= s and e <= end + 1]
    for qa, qb in quoted:
        q0, q1 = trim_span(state.text, qa + 1, qb - 1)
        if q1 <= q0 or any(st.quote_span.start <= q0 < st.quote_span.end for st in state.statements):
            continue
        statement = Statement(speaker=speaker, quote=" ".join(state.text[q0:q1].split()), kind="direct",
                              quote_span=state.span(q0, q1), evidence=state.sentence_span(sent))
        fill_details(state, statement, None, [t for t in sent if not (qa <= t.idx < qb)], (qa, qb), marks)
        statement.medium = statement.medium or medium
        state.statements.append(statement)
    if len(state.text[start:end].split()) < 4 or quoted and not _partial_quotes_only(state.text, start, end, marks):
        return True
    before = len(state.statements)
    clause = state.doc.char_span(start, end, alignment_mode="expand")
    parts = _unquoted_parts(state, list(clause), marks) if quoted and clause is not None else [(start, end)]
    for a, b in parts:
        _add_reported(state, speaker, a, b, sent, None, marks)
    for statement in state.statements[before:]:
        statement.medium = statement.medium or medium
    return True


def _speaker_of_its_own(state: State, start: int, end: int, marks: list[tuple[int, int]]) -> bool:
    """'According to a statement from X, President Y told Z that ...': the clause
    after the source is the words of its own speaker (a named subject of its main
    speech verb); the source only vouches for them."""
    clause = state.doc.char_span(start, end, alignment_mode="expand")
    if clause is None:
        return False
    verbs = lexicon.words("reported_verbs") | lexicon.words("speech_verbs")
    for token in clause:
        if token.pos_ != "VERB" or token.lemma_.lower() not in verbs or any(s <= token.idx < e for s, e in marks):
            continue
        if token.head.i != token.i and clause.start <= token.head.i < clause.end:
            continue  # only the clause's own head verb
        if token.lemma_.lower() not in lexicon.words("reported_verbs") \
                and not any(c.dep_ == "ccomp" for c in token.children):
            continue  # 'the two sides have agreed on the timetable' reports an event, says nothing
        subj = subject_of(token)
        if subj is None or not start <= subj.idx < end:
            continue
        # a name, 'he'/'she' or a held office: asked without creating unnamed speakers
        named = state.mention_at(subj.idx, subj.idx + len(subj.text), {"Person", *_ORG_SPEAKER_TYPES, "Country"})
        if named is not None and not state.entities[named.key].unnamed:
            return True
        if subj.lower_ in {"he", "she"} or office_holder(state, subj) is not None \
                or subj.pos_ == "NOUN" and subj.lemma_.lower() in lexicon.words("role_nouns"):
            return True  # 'a spokesman told reporters that ...' speaks for himself too
    return False


def _that_conjuncts(state: State, verb: Token, comps: list[Token], marks: list[tuple[int, int]]) -> None:
    """'X said farmers must keep "their quota," and that Y would not accept Z': a
    second 'that' clause coordinated with the first is a reported statement of
    its own (the parser hangs it on the speech verb, outside the first clause)."""
    comp_tokens = {t.i for c in comps for t in c.subtree}
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < verb.i or conj.i in comp_tokens or conj.pos_ not in {"VERB", "AUX"}:
            continue
        mark = next((m for m in conj.children if m.dep_ == "mark" and m.lower_ == "that"), None)
        if mark is None:
            continue
        sub = [t for t in conj.subtree if t.i > mark.i]
        if not sub:
            continue
        start, end = trim_span(state.text, sub[0].idx, sub[-1].idx + len(sub[-1].text))
        quoted = any(s < end and start < e for s, e in marks)
        if len(state.text[start:end].split()) < 3 or (
                quoted and not _partial_quotes_only(state.text, start, end, marks)):
            continue
        subj = subject_of(verb)
        speaker = entity_for_token(state, subj, marks) if subj is not None else None
        if speaker is not None:
            for a, b in _unquoted_parts(state, sub, marks) if quoted else [(start, end)]:
                _add_reported(state, speaker, a, b, verb.sent, verb, marks)


def _unquoted_parts(state: State, tokens: list[Token], marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A reported clause holding a quoted fragment: the fragment is the direct
    statement and the clause around it is not reported again ('said the ministry
    had "twice rewritten the plan" to please donors'); a predicate coordinated
    with it that holds no quote is reported on its own ('... "fully honours" the
    accord and had opened an inquiry', 'was willing to share the data but would
    not accept a plan "written by ..."' -> the first predicate)."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1:
        return []
    root = roots[0]
    conjs: list[Token] = []
    frontier = [root]
    while frontier:  # "A, B and C": every predicate coordinated with the clause's head
        head = frontier.pop()
        for c in head.children:
            if c.dep_ == "conj" and c.i in inside and c.pos_ in {"VERB", "AUX"}:
                conjs.append(c)
                frontier.append(c)
    if not conjs:
        return []
    conj_ids = {c.i for c in conjs}
    owner: dict[int, int] = {}
    for t in sorted(tokens, key=lambda t: t.i):
        # each token belongs to the nearest predicate above it (the root for the first part)
        h, part = t, root.i
        while h.i in inside:
            if h.i in conj_ids:
                part = h.i
                break
            if h.head.i == h.i or h.head.i not in inside:
                break
            h = h.head
        owner[t.i] = part
    out = []
    for part in [root.i, *sorted(conj_ids)]:
        words = [t for t in tokens if owner[t.i] == part and not (t.dep_ == "cc" and t.head.i in {root.i, *conj_ids}
                                                                  and t.i < max(part, t.head.i))]
        words = [t for t in words if not (t.dep_ in {"cc", "punct"} and t.head.i in {root.i, *conj_ids}
                                          and owner.get(t.head.i) != part)]
        if not words:
            continue
        while words and (words[0].dep_ in {"cc", "punct", "mark"} or words[0].lower_ in {"and", "but", "or", "that"}):
            words = words[1:]
        while words and (words[-1].dep_ in {"cc", "punct"}):
            words = words[:-1]
        if not words:
            continue
        a, b = trim_span(state.text, words[0].idx, words[-1].idx + len(words[-1].text))
        if any(s < b and a < e for s, e in marks) or len(state.text[a:b].split()) < 3:
            continue  # the fragment's own predicate: the quote says it
        out.append((a, b))
    return out


def _add_reported(
    state: State, speaker: str, start: int, end: int, sent: SpacySpan, verb: Token | None, marks: list[tuple[int, int]]
) -> None:
    """Record the reported words ``text[start:end]`` of ``sent`` with their details."""
    statement = Statement(
        speaker=speaker,
        quote=" ".join(re.sub(r'["“”]', "", state.text[start:end]).split()),  # a partial quote inside keeps its words
        kind="reported",
        quote_span=state.span(start, end),
        evidence=state.sentence_span(sent),
    )
    outside = [t for t in sent if not (start <= t.idx < end)]
    fill_details(state, statement, verb, outside, (start, end), marks)
    state.statements.append(statement)


def _partial_quotes_only(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> bool:
    """'the ministry said Cameroon "fully honours" the accord and had opened an
    inquiry': short quoted words inside a longer reported clause. The quote is a
    direct statement, the clause around it a reported one as well."""
    inside = [(s, e) for s, e in marks if s < end and start < e]
    if any(s < start or e > end for s, e in inside):
        return False  # the clause runs into a quote: the quote is the statement
    quoted = sum(len(text[s:e].split()) for s, e in inside)
    total = len(text[start:end].split())
    return total - quoted >= 6 and quoted * 2 < total


_WHEN_LEAD = re.compile(
    rf"(?:on|last|this|earlier|late|early)\s+(?:[A-Za-z]+\s+)?(?:{dates.WEEKDAY_NAMES}|"
    r"week|month|year|night|morning|afternoon|evening)\s*,?\s+(?:that\s+)?(?=[a-zA-Z])")


# Verbs of estimating that report a claim as much as "say" does ("Ruiz estimates it would cost ...").
_ESTIMATE_VERBS = frozenset("estimate reckon calculate forecast".split())


def _reported(state: State, marks: list[tuple[int, int]]) -> None:
    """'X said (that) ...' without quotation marks."""
    verbs = lexicon.words("reported_verbs") | _ESTIMATE_VERBS
    for token in state.tokens:
        phrasal = _phrasal_comps(token)
        if token.idx < state.body_start or token.pos_ != "VERB" \
                or token.lemma_.lower() not in verbs and phrasal is None:
            continue
        if any(s <= token.idx < e for s, e in marks) or state.is_skipped(token.idx, token.idx + 1):
            continue
        comps = phrasal or [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
        if not comps:
            # "India and Bangladesh will resume talks, officials said." (clause first)
            comps = [c for c in token.children if c.dep_ in {"ccomp", "parataxis"} and c.i < token.i
                     and any(t.text == "," for t in token.doc[c.i:token.i])]
        if not comps:
            # "said in a statement that ...": the clause hangs on the medium noun
            comps = [c for prep in token.children if prep.dep_ == "prep"
                     for noun in prep.children if noun.dep_ == "pobj"
                     for c in noun.children if c.dep_ in {"acl", "relcl", "ccomp"}
                     and any(t.lower_ == "that" and t.dep_ == "mark" for t in c.children)]
        if not comps:
            continue
        _that_conjuncts(state, token, comps, marks)
        # The parser sometimes splits one clause into two ccomps ("it's unlikely ... will damage").
        whole = sorted({t for c in comps for t in c.subtree}, key=lambda t: t.i)
        start, end = whole[0].idx, whole[-1].idx + len(whole[-1].text)
        quoted = any(s < end and start < e for s, e in marks)
        # only a clause holding a quote is split: plain coordinated clauses stay one statement
        for sub in _coordinated_clauses(whole) if quoted else [whole]:
            _report_clause(state, token, sub, marks)


def _phrasal_comps(token: Token) -> list[Token] | None:
    """'pointed out that ...', 'made (it) clear that ...': phrases that report as
    'said' does; their 'that' clause (None when the verb is no such phrase)."""
    lemma = token.lemma_.lower()
    def that_clauses(head: Token) -> list[Token]:
        return [c for c in head.children if c.dep_ in {"ccomp", "advcl", "csubj"} and c.i > head.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if lemma == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
        return that_clauses(token) or None
    if lemma == "make":
        clear = next((c for c in token.children if c.lower_ == "clear" and c.dep_ in {"ccomp", "acomp", "oprd"}), None)
        if clear is not None:
            return that_clauses(token) + that_clauses(clear) or None
    return None


def _parenthetical(state: State, marks: list[tuple[int, int]]) -> None:
    """'The real question, she said, was whether the treaty would bind them': a
    speech verb set off by commas inside a sentence reports the sentence around it."""
    verbs = lexicon.words("reported_verbs")
    for token in state.tokens:
        if token.idx < state.body_start or token.lemma_.lower() not in verbs or token.pos_ != "VERB":
            continue
        if token.dep_ not in {"parataxis", "advcl", "ccomp", "conj"} or token.head.i <= token.i \
                or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in token.children):
            continue
        words = [t for t in sorted(token.subtree, key=lambda t: t.i) if not t.is_punct]
        doc = state.doc
        # the aside is a speaker and a verb ('she said', 'Chilean officials said on Monday'), nothing more
        if not words or len(words) > 8 or any(t.dep_ not in _ASIDE_TAIL for t in words if t.i > token.i):
            continue
        subj = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or any(t.i not in {s.i for s in subj.subtree} and t.lower_ != "as"
                               for t in words if t.i < token.i):
            continue  # 'The minister, before he spoke, ...' is no aside of speech
        first, last = words[0].i, words[-1].i
        if first == 0 or last + 1 >= len(doc) or doc[first - 1].text != "," or doc[last + 1].text != ",":
            continue
        sent = token.sent
        start, end = trim_span(state.text, sent.start_char, sent.end_char)
        left = state.text[start:doc[first - 1].idx]
        right_start = doc[last + 1].idx + 1
        right = state.text[right_start:end]
        if len(left.split()) < 1 or len(right.split()) < 3 or any(s < end and start < e for s, e in marks):
            continue
        if state.is_skipped(start, end) or any(st.quote_span.start < end and start < st.quote_span.end
                                               for st in state.statements):
            continue  # 'The deal, he added, ..., according to X': already someone's words
        speaker = entity_for_token(state, subj, marks, before=start)
        if speaker is None:
            continue
        statement = Statement(
            speaker=speaker,
            quote=" ".join(f"{left.rstrip()} {right.lstrip()}".split()),
            kind="reported",
            quote_span=state.span(start, end),
            evidence=state.sentence_span(sent),
        )
        outside = [t for t in sent if first <= t.i <= last]
        fill_details(state, statement, token, outside, (start, end), marks)
        statement.about = [k for k in statement.about if k != speaker]
        state.statements.append(statement)


# What may follow the verb of an aside: 'she said in an interview', 'he added on Monday'.
_ASIDE_TAIL = frozenset({"prep", "pobj", "det", "amod", "advmod", "npadvmod", "compound", "nummod"})


def _coordinated_clauses(tokens: list[Token]) -> list[list[Token]]:
    """'that the cut was "painful but fair" and that small farms needed help': a
    clause coordinated inside the first by 'and that' is a statement of its own
    (the first may be only a quote, the second plain reported words)."""
    inside = {t.i for t in tokens}
    splits = [t for t in tokens if t.dep_ == "conj" and t.head.i in inside and t.pos_ in {"VERB", "AUX"}
              and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < t.i for m in t.children)]
    if not splits:
        return [tokens]
    cut = set()
    clauses = []
    for conj in splits:
        part = [t for t in conj.subtree if t.i in inside]
        cut |= {t.i for t in part}
        # "and" before the second "that" belongs to neither clause
        cut |= {c.i for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i}
        clauses.append(part)
    first = [t for t in tokens if t.i not in cut]
    return [first] + clauses if first else clauses


def _report_clause(state: State, token: Token, sub: list[Token], marks: list[tuple[int, int]]) -> None:
    """One reported clause ``sub`` of the speech verb ``token`` (unless a quote is it)."""
    if not sub:
        return
    if sub[0].i < token.i and token.dep_ == "relcl" and sub[0].tag_ in {"WDT", "WP"}:
        _report_relative(state, token, sub, marks)
        return
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    if any(s < end and start < e for s, e in marks):
        if not _partial_quotes_only(state.text, start, end, marks):
            return  # a quote: handled as direct
        for a, b in _unquoted_parts(state, sub, marks):
            part = [t for t in sub if a <= t.idx < b]
            if part:
                _report_clause(state, token, part, marks)
        return
    if sub[0].lower_ == "that" and sub[0].dep_ == "mark":
        start = sub[1].idx if len(sub) > 1 else end
    lead = _WHEN_LEAD.match(state.text, start, end)
    if lead:  # "said on Monday it had summoned ...": the date belongs to the saying
        start = lead.end()
    source = re.search(r",\s+according\s+to\b", state.text[start:end])
    if source is not None and sub[0].i > token.i:
        end = start + source.start()  # "... would stay, according to a ministry statement": the report's source
    start, end = trim_span(state.text, start, end)
    if len(state.text[start:end].split()) < 3:
        return
    subj = subject_of(token)
    if subj is None:
        return
    speaker = _subject_entity(state, subj, marks, None)
    if speaker is None:
        return
    for key in [speaker, *co_speakers(state, subj, speaker, marks)]:
        _add_reported(state, key, start, end, token.sent, token, marks)


def _report_relative(state: State, token: Token, sub: list[Token], marks: list[tuple[int, int]]) -> None:
    """'The port fees, which the ministers said would now be published in advance,
    will fall': the reported words are the antecedent and the rest of the clause
    ('the port fees would now be published in advance'), the speaker the relative
    clause's subject."""
    head = token.head
    lead = [t for t in head.subtree if t.i < sub[0].i and not t.is_space]
    while lead and lead[-1].is_punct:
        lead = lead[:-1]
    rest = [t for t in sub if t.i > token.i]
    if not lead or not rest or lead[-1].i + 1 < sub[0].i - 1 or sub[0].i <= lead[-1].i:
        return
    start, end = trim_span(state.text, lead[0].idx, rest[-1].idx + len(rest[-1].text))
    if any(s < end and start < e for s, e in marks) or len(rest) < 3:
        return
    subj = subject_of(token)
    speaker = _subject_entity(state, subj, marks, None) if subj is not None else None
    if speaker is None:
        return
    words = state.text[lead[0].idx:lead[-1].idx + len(lead[-1].text)] + " " + \
        state.text[rest[0].idx:rest[-1].idx + len(rest[-1].text)]
    words = " ".join(words.split())
    if lead[0].lower_ == "the" and lead[0].is_sent_start:
        words = words[:1].lower() + words[1:]  # "The port fees" opening the sentence
    for key in [speaker, *co_speakers(state, subj, speaker, marks)]:
        _add_reported(state, key, start, end, token.sent, token, marks)
        state.statements[-1].quote = words
