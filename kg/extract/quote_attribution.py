"""Who said a direct quote when no speech verb in its own sentence names them:
a colon-ended lead ('X said:'), a banner's bearer, what someone did just before
('Okafor shook her head. "..."'), a short attribution in the next sentence or a
source line ('Source: X'), the subject or name before a speech verb.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.quote_spans import speech_verbs, unquoted_tokens
from kg.extract.speakers import entity_for_token, forget_entity, subject_of
from kg.extract.speakers_apposed_jobs import apposed_job_person
from kg.extract.state import State

ORG_SPEAKER_TYPES = frozenset({"Organization", "GovernmentAgency", "MediaOrganization"})


def colon_lead(state: State, qs: int, marks: list[tuple[int, int]]) -> str | None:
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


def display_bearer(state: State, sent: SpacySpan, qs: int, marks: list[tuple[int, int]]) -> str | None:
    """'protesters held a banner reading "..."': the words are the bearers'."""
    if not _DISPLAY_RE.search(state.text[sent.start_char:max(sent.start_char, qs - 1)]):
        return None
    subj = subject_of(sent.root)
    return entity_for_token(state, subj, marks, before=qs) if subj is not None else None


def action_lead(state: State, sents: list[SpacySpan], qs: int, marks: list[tuple[int, int]]) -> str | None:
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


def subject_entity(state: State, subj: Token, marks: list[tuple[int, int]], before: int | None) -> str | None:
    """The entity of a subject token, else of another subject of the same verb: the
    tokenizer splits 'vice-chairman' into 'vice' (first subject) and 'chairman' (a
    second one, holding the apposed name)."""
    if subj.tag_ == "WP" and subj.head.dep_ == "relcl" and subj.head.head.i < subj.i:
        # "Ozola, who said last week that ...": the named one the clause is set off about
        # ('the chamber, which estimates that ...' is left alone: it cost more than it gained)
        if subj.i == 0 or subj.doc[subj.i - 1].text != ",":
            return None
        known = set(state.entities)
        found = entity_for_token(state, subj.head.head, marks, before=before)
        if subj.lower_ == "who" and (found is None or state.entities[found].type != "Person"
                                     or state.entities[found].unnamed):
            # 'Lina Haddad, an economist at the Forum, who said ...': the parser hangs the
            # clause on the body; 'who' is the person the apposition describes (so too
            # 'X, a lawyer at Y, who told ...': the named X, not an unnamed 'lawyer at Y')
            above = _person_above(state, subj.head.head)
            if above is not None and found is not None and found not in known and state.entities[found].unnamed:
                forget_entity(state, found)  # the unnamed node made for the apposition
            found = above or found
        return found if found is not None and not state.entities[found].unnamed else None
    styled = _past_style(state, subj, marks, before)
    if styled is not None:
        return styled
    found = entity_for_token(state, subj, marks, before=before)
    if found is not None:
        return found
    for other in subj.head.children:
        if other is not subj and other.dep_ == "nsubj" and subj.i < other.i < subj.head.i:
            found = entity_for_token(state, other, marks, before=before)
            if found is not None:
                return found
    return None


def _person_above(state: State, token: Token) -> str | None:
    """The named person ``token`` describes through prepositions and an apposition
    ('Haddad, an economist at the Forum': from 'Forum' up to 'Haddad')."""
    for _ in range(6):
        if token.dep_ not in {"pobj", "prep", "appos", "compound"} or token.head.i == token.i:
            return None
        token = token.head
        m = state.mention_at(token.idx, token.idx + len(token.text), {"Person"})
        if m is not None and not state.entities[m.key].unnamed:
            return m.key
    return None


# Styles of address the tokenizer leaves as words of their own ("Hon", ".", "Rt", "H.E."):
# the parser takes the first for the subject and the name after it for a second one.
_STYLES = frozenset("hon honourable honorable rt right h.e h.e. he his her excellency".split())


def _past_style(state: State, subj: Token, marks: list[tuple[int, int]], before: int | None) -> str | None:
    """'"...," said Hon. Mensah.' / 'said Rt Hon. Dlamini' / 'said H.E. Sow': the
    subject is a style of address; the speaker is the person named right after it."""
    if subj.text.lower().rstrip(".") not in {w.rstrip(".") for w in _STYLES} or subj.lower_ in {"he", "his", "her"}:
        return None
    doc = subj.doc
    i = subj.i
    while i < len(doc) and (doc[i].text.lower().rstrip(".") in {w.rstrip(".") for w in _STYLES} or doc[i].text == "."):
        if doc[i].lower_ in {"he", "his", "her"} and not (i + 1 < len(doc) and doc[i + 1].lower_ in {"excellency", "."}):
            return None  # a pronoun, not 'His Excellency' / 'H.E.'
        i += 1
    # (the sentence splitter may end a sentence at 'Rt.' or 'Hon.': only styles lie between)
    if i >= len(doc) or doc[i].pos_ != "PROPN" or i - subj.i > 6:
        return None
    m = state.mention_at(doc[i].idx, doc[i].idx + len(doc[i].text), {"Person"})
    if m is None or state.entities[m.key].unnamed:
        return None
    return m.key


# ', which co-financed the studies through its facility, ' closing right before the verb
_RELATIVE_BEFORE_RE = re.compile(r",\s+(?:which|who|whose)\s[^,;:“”\"]*,\s*(?:\w+ly\s+)?$")


def name_before_verb(state: State, verb: Token, marks: list[tuple[int, int]]) -> str | None:
    """A speech verb the parser left without a subject ("Poland's deputy minister,
    X, who leads ..., said:" parsed as an apposition of an earlier word): the
    person, else the organisation, named last before the verb in its sentence."""
    sent = verb.sent
    found = [m for m in state.mentions_in(sent.start_char, verb.idx)
             if not any(s <= m.start < e for s, e in marks) and not state.entities[m.key].unnamed]
    # ('The European Commission, which co-financed the studies through its Connecting Europe
    # Facility, said ...': a body named inside the relative clause is not the one speaking)
    relative = _RELATIVE_BEFORE_RE.search(state.text, sent.start_char, verb.idx)
    if relative is not None and any(m.end <= relative.start() for m in found):
        found = [m for m in found if m.end <= relative.start()]
    for types in ({"Person"}, {"Organization", "GovernmentAgency"}):
        hits = [m for m in found if state.entities[m.key].type in types]
        if hits:
            return hits[-1].key
    return None


def reported_inside(verb: Token, verbs: list[Token]) -> bool:
    """'X told reporters that Y was "..." and that no text had been agreed': a
    passive speech verb, or one inside what another speech verb reports, is
    part of the reported words; its subject is not the quote's speaker."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    others = {v.i for v in verbs if v.i != verb.i}
    return any(a.i in others for a in verb.ancestors)


def governs(verb: Token, qs: int, qe: int) -> bool:
    """Does the verb's clause contain the quote (a quoted phrase, not a scare quote)?"""
    sub = list(verb.subtree)
    return bool(sub) and sub[0].idx <= qs and sub[-1].idx + len(sub[-1].text) >= qe


def attribution_nearby(state, sents, marks, qs) -> tuple[str | None, Token | None]:
    """'"...". He said.' / 'X said: "..."' across a sentence boundary."""
    doc = state.doc
    last = sents[-1]
    if last.end < len(doc):
        nxt = doc[last.end].sent
        toks = unquoted_tokens(list(nxt), marks)
        # A next paragraph with its own quote attributes that quote, not this one
        # (within a paragraph '"A." "B," X said.' both are X's).
        own_quote = len(toks) < len(nxt) and "\n\n" in state.text[qs:nxt.start_char]
        verbs = speech_verbs(toks)
        if verbs and not own_quote and (len(toks) <= 14 or len(nxt) <= 45 and _says_this(verbs[0])) \
                and not _paragraph_break(state, last, nxt, qs) \
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
            verbs = speech_verbs(unquoted_tokens(list(prev), marks))
            if verbs:
                subj = subject_of(verbs[-1])
                if subj is not None:
                    key = entity_for_token(state, subj, marks, before=qs)
                    if key:
                        return key, verbs[-1]
            elif len(unquoted_tokens(list(prev), marks)) == len(prev):
                # "X was blunt:" / "The minister's answer was short:" -- the subject of the lead-in.
                subj = subject_of(prev.root) or (prev.root if prev.root.pos_ in {"NOUN", "PROPN"} else None)
                if subj is not None and subj.lower_ not in {"it", "this", "that", "there"}:
                    key = _named_or_role(state, subj, marks, qs)
                    if key:
                        return key, None
    return None, None


def _paragraph_break(state: State, last: SpacySpan, nxt: SpacySpan, qs: int) -> bool:
    """A blank line parts the quote's sentence from the next one. A closing mark the
    parser made a sentence of its own ('"\n\n') keeps that line inside it; it still
    parts the paragraphs when the quote's paragraph has a lead of its own ('Driver X
    was blunt. "..."': the lead names the speaker, not the next paragraph). A quote
    filling its paragraph may be named by the next one ('"..." // X said this ...')."""
    if "\n\n" in state.text[last.end_char:nxt.start_char]:
        return True
    end = last.start_char + len(state.text[last.start_char:last.end_char].rstrip())
    if "\n\n" not in state.text[end:nxt.start_char]:
        return False
    line_start = state.text.rfind("\n", 0, qs) + 1
    return bool(state.text[line_start:max(line_start, qs - 1)].strip())


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
    # ('The line came from X', 'The quip belonged to X': round-37 C2)
    r"\W*(?:(?:the|those|these|his|her|their|such)\s+(?:words?|remarks?|comments?|warnings?|verdict|message|"
    r"view|assessment|complaint|plea|promise|answer|reply|response|appeal|lines?|phrase|quip|retort|jibe|"
    r"admission|prediction|reminder|boast|observation|question|diagnosis|judgement|judgment|sentiment)\s+"
    r"(?:came|come|were|was|is|are|belonged|belong)\s+(?:from|to|those\s+of|that\s+of)"
    r"|(?:that|this|such|those|these)\s+(?:was|is|were|are)\s+how"
    r"|(?:that|this|such|those|these)\s+(?:was|is|were|are)\s+(?:the|a)\s+(?:\w+\s+)?(?:verdict|view|assessment|message|warning|"
    r"opinion|answer|reply|response|conclusion|complaint|plea|promise|appeal|word|words|line|quip|"
    r"admission|prediction|reminder|diagnosis|judgement|judgment)\s+(?:of|from)"
    r"|so\s+(?:said|says|spoke)|thus\s+(?:said|spoke)"
    # "The words were Y's, speaking to Z": the possessive names the source
    r"|(?:the|those|these|such)\s+(?:words?|remarks?|comments?)\s+(?:were|was|are|is)(?=\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\b))\s+",
    re.I,
)


def named_by_next(state: State, sents, marks, qs: int) -> str | None:
    """The source a lone quote's next sentence names ("That is the verdict of X",
    "X has used the line since 2021")."""
    last = sents[-1]
    if last.end >= len(state.doc):
        return None
    nxt = state.doc[last.end].sent
    if "\n\n" in state.text[last.end_char:nxt.start_char] or len(unquoted_tokens(list(nxt), marks)) < len(nxt):
        return None
    return _source_sentence(state, nxt, marks, qs)


def source_follows(state: State, sents, marks) -> bool:
    """The sentence after a lone quote names its source ("That was the view of X"),
    whether or not X was found: the quote is then not the previous speaker's."""
    last = sents[-1]
    if last.end >= len(state.doc):
        return False
    nxt = state.doc[last.end].sent
    if "\n\n" in state.text[last.end_char:nxt.start_char]:
        return False
    return any(rx.match(state.text, nxt.start_char, nxt.end_char) is not None
               for rx in (_SOURCE_RE, _USED_LINE_RE, _FROM_LINE_RE))


# "Vera has used the line since 2021": the subject of using (repeating, coining) the words
_USED_LINE_RE = re.compile(
    # ("X, chief executive of Y, made the remark at a conference" / "X said those words on
    # Tuesday": the plain past names the source just as well)
    r"\W*(?P<who>[A-Z][^.;!?“”\"]{0,90}?),?\s+(?:"
    r"(?:has|have|had)\s+(?:\w+\s+)?(?:used|repeated|coined|uttered|made|been\s+(?:using|repeating|saying))\s+"
    r"(?:the|that|this|those|these)\s+(?:\w+\s+)?(?:line|lines|phrase|slogan|refrain|mantra|remarks?|words|quip|motto|"
    r"sentence|argument|comments?)|"
    # (never "she wrote that the line was ...": "that" there opens a clause)
    r"(?:used|repeated|coined|uttered|made|said|spoke|wrote|delivered|offered|voiced)\s+(?:the|this|those|these)\s+"
    r"(?:\w+\s+)?(?:phrase|slogan|remarks?|words|quip|comments?)|"
    # ("X, director general of the port, made the point during a visit" / "... made the same
    # argument" / "... put it this way" / "... summed it up": a turn of phrase pointing back at the words)
    r"(?:made|makes|pressed|pressing|making)\s+(?:the|this|that|a|his|her|their)\s+(?:same\s+|very\s+|\w+\s+)?"
    r"(?:point|argument|case)|"
    r"(?:put|puts|summed|sums|summing|putting)\s+it\s+(?:up\b|this\s+way|that\s+way|another\s+way|thus|(?:more\s+)?\w+ly\b))\b")


# "The line, from Tumbes region's governor, Ana Ruiz, was repeated ...": the words' source in apposition
_FROM_LINE_RE = re.compile(
    r"\W*(?:the|that|this|those|these|his|her|their)\s+(?:\w+\s+)?(?:line|lines|phrase|slogan|refrain|mantra|"
    r"remarks?|words|quip|motto|sentence|comments?|warning|verdict|message|retort|jibe)\s*,\s+"
    r"(?:which\s+came\s+|coming\s+)?from\s+", re.I)


def _source_sentence(state: State, sent: SpacySpan, marks, qs: int) -> str | None:
    used = _USED_LINE_RE.match(state.text, sent.start_char, sent.end_char)
    if used is not None:
        who = state.mentions_in(used.start("who"), used.end("who"), {"Person", *ORG_SPEAKER_TYPES})
        named = [m for m in who if not state.entities[m.key].unnamed]
        return named[0].key if named else None
    source = _FROM_LINE_RE.match(state.text, sent.start_char, sent.end_char)
    if source is not None:
        # the source phrase runs to the main verb ("..., Ana Ruiz, was repeated by delegates")
        stop = min((t.idx for t in sent if t.idx >= source.end() and t.pos_ in {"VERB", "AUX"}
                    and t.dep_ in {"ROOT", "aux", "auxpass"}), default=sent.end_char)
        found = [m for m in state.mentions_in(source.end(), stop) if not state.entities[m.key].unnamed]
        for types in ({"Person"}, ORG_SPEAKER_TYPES):
            hits = [m for m in found if state.entities[m.key].type in types]
            if hits:
                return hits[0].key
        head = next((t for t in sent if source.end() <= t.idx < stop and t.pos_ in {"NOUN", "PROPN"}
                     and t.dep_ not in {"compound", "amod", "poss"}), None)
        return _named_or_role(state, head, marks, qs) if head is not None else None
    m = _SOURCE_RE.match(state.text, sent.start_char, sent.end_char)
    if m is None:
        return None
    # 'That was how Vilja Korpela, operations manager at X, put it': the apposed job
    # shows a person, even one the entity step read as a place or a body (not the employer)
    person = apposed_job_person(state, m.end(), sent.end_char)
    if person is not None:
        return person
    # ("Bodø Frakt's logistics chief, Eskil Haugom": the head, not its owner)
    head = next((t for t in sent if t.idx >= m.end() and t.pos_ in {"NOUN", "PROPN"}
                 and t.dep_ not in {"compound", "amod", "poss"}), None)
    if head is None:
        return None
    return _named_or_role(state, head, marks, qs)


# Nouns of people speaking for a body without a name (the body is their side, not the speaker).
_SOURCE_NOUNS = dict.fromkeys("source sources spokesperson spokesman spokeswoman official officials insider "
                              "insiders diplomat diplomats aide aides".split(), True)


def _named_or_role(state: State, token: Token, marks, qs: int) -> str | None:
    """A named person or organisation, or an unnamed role ("a Romanian official")."""
    sub = list(token.subtree)
    named = [m for m in state.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1].text))
             if not state.entities[m.key].unnamed]
    persons = [m for m in named if state.entities[m.key].type == "Person"]
    if persons:  # "Romania's transport minister Radu Stan": the person in the phrase
        return persons[0].key
    if _SOURCE_NOUNS.get(token.lower_) and state.mention_at(token.idx, token.idx + len(token.text)) is None:
        # "A Foreign Office source was blunter:", "A source at the ministry was more hopeful:":
        # an unnamed source who represents the body, as when the same subject 'said' it
        found = entity_for_token(state, token, marks, before=qs)
        if found is not None and state.entities[found].unnamed and state.entities[found].type == "Person":
            return found
    bodies = [m for m in named if state.entities[m.key].type in {"Organization", "GovernmentAgency", "MediaOrganization"}]
    if bodies:
        return bodies[0].key
    m = state.mention_at(token.idx, token.idx + len(token.text))
    if m is not None and state.entities[m.key].unnamed and state.entities[m.key].type == "Person":
        # 'A customs officer, who asked not to be named, put it more bluntly:': the node an
        # earlier look at the clause's 'who asked' made for the same unnamed speaker
        return m.key
    if m is not None:
        return None  # a place or a position alone does not speak here
    return entity_for_token(state, token, marks, before=qs)
