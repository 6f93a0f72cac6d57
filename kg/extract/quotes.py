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

This module runs the passes and holds the direct-quote rule; the other parts
live in ``quote_spans`` (marks, trimming), ``quote_attribution`` (speakers
named outside the quote's sentence), ``quote_details`` (addressee, medium,
date), ``quote_according`` ('according to X'), ``quote_points`` (numbered
points of a statement), ``reported_fronted`` ('<clause>, <title>, <Name>,
said ...' the parser left without a subject), ``reported_fragment_leads`` (the
clause before a quoted '"where ..."' fragment), ``reported_speech`` (also
'urged X to ...'), ``transcript_podcasts`` (a podcast guest's timestamped turns;
what the host relays is not the guest's), ``quote_claims`` (a fact-check's
'CLAIM:' quote is the 'WHO:' line's person's), ``transcript_clips`` (a script's
quoted lines under 'CLIP 1 - NAME, TITLE (0'14")' / 'SOT: NAME, TITLE' are that
person's one soundbite), ``reported_authors`` (a signed piece's 'I told the
ministry that ...' is the writer's) and ``reported_agreed`` ('The ministers
agreed that ...' is each named minister's), ``quote_speech_excerpts`` (a speech
printed in excerpts after 'Below are excerpts from the speech'), ``quote_open_letters``
(a letter printed in full: each paragraph the sender's), ``transcript_written_answers``
(the lettered parts of a written parliamentary answer) and ``reported_said_objects``
('said the ruling concerned procedure ... and that ...'), ``quote_stances`` (a quote a
verb of stance takes as its object: 'ruled out "normalisation by the back door"') and
``plural_speakers_both`` ('Both said afterwards that ...': each of the pair just named).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.joint_texts import excerpt_paragraphs, is_joint_text, joint_author
from kg.extract.joint_texts_headings import heading_paragraphs
from kg.extract.plural_speakers import co_speakers, holders_speak
from kg.extract.plural_speakers_bodies import bodies_speak
from kg.extract.plural_speakers_both import both_pair, trailing_pair_statements
from kg.extract.quote_according import according_to
from kg.extract.quote_claims import claim_speakers
from kg.extract.quote_next_names import name_follows
from kg.extract.quote_reported_leads import reported_lead
from kg.extract.quote_declines import declined_speaker
from kg.extract.quote_points import point_statements
from kg.extract.quote_social_posts import post_spans, post_statements
from kg.extract.quote_open_letters import letter_paragraphs
from kg.extract.quote_letters_page import letters_page_statements
from kg.extract.quote_speech_excerpts import speech_excerpts
from kg.extract.quote_views import view_statements
from kg.extract.reported_fragment_leads import fragment_statements
from kg.extract.reported_agreed import agreed_statements
from kg.extract.reported_authors import author_statements
from kg.extract.reported_aside_tails import aside_tail_statements
from kg.extract.reported_fronted import fronted_statements
from kg.extract.reported_minutes import minutes_statements
from kg.extract.reported_outlets import outlet_statements
from kg.extract.reported_reasons import reason_statements
from kg.extract.reported_speech_objects import object_statements
from kg.extract.reported_said_objects import said_object_statements
from kg.extract.reported_speech_questions import question_statements
from kg.extract.reported_speech_trailing import extend_and_clauses, trailing_statements
from kg.extract.quote_attribution import (
    action_lead,
    attribution_nearby,
    colon_lead,
    display_bearer,
    governs,
    name_before_verb,
    named_by_next,
    reported_inside,
    source_follows,
    subject_entity,
)
from kg.extract.quote_details import fill_details
from kg.extract.quote_stances import stance_verbs
from kg.extract.quote_spans import find_quotes, speech_verbs, trim_span, unquoted_tokens
from kg.extract.reported_speech import parenthetical_statements, reported_statements, urged_statements
from kg.extract.speakers import speakers_are_actors, subject_of, text_source
from kg.extract.speakers_bare_unnamed import join_bare_unnamed
from kg.extract.state import State
from kg.extract.transcript_askers import question_askers
from kg.extract.transcript_caption_turns import caption_turns
from kg.extract.transcript_captions import broadcast_answers
from kg.extract.transcript_clips import clip_speakers, join_clip_lines
from kg.extract.transcript_podcasts import podcast_setting, podcast_turns, relayed_speakers
from kg.extract.transcript_question_reports import question_reports
from kg.extract.transcript_surname_turns import turn_reports
from kg.extract.transcript_written_answers import answer_parts
from kg.extract.transcripts import (
    asker_span,
    forget_question_labels,
    labelled_speaker,
    question_lines,
    transcript_answers,
    transcript_medium,
)
from kg.model import Span, Statement


def extract_statements(state: State) -> None:
    """Add direct and reported statements to ``state``."""
    quotes = [q for q in find_quotes(state.text)
              if q[0] >= state.body_start and not state.is_skipped(*q)]
    # A transcript's questions say nothing, and an answer without marks is quoted words:
    # neither is searched for other statements (marks hide them from the reported rules).
    forget_question_labels(state)
    question_askers(state)  # 'Q (Karla Diaz, La Voz):': the reporter, the outlet, 'Q (Diaz):'
    # '(SOUNDBITE) ANA RUZ, TRADE MINISTER: ...': a broadcast caption's words are the person's
    answers = transcript_answers(state) + broadcast_answers(state)
    # '[CAPTION: TOMAS VARGA - DEPUTY MINISTER]' then 'VARGA: ...': the captioned person's turn
    answers += caption_turns(state, {a for _, a, _, _ in answers})
    # '[00:01:05] LENA FISCHER: ...': a podcast guest's turn is the guest's words
    podcast = podcast_turns(state)
    answers += [t for t in podcast if all(t[1] != a for _, a, _, _ in answers)]
    plain = [(a, b) for _, a, b, quoted in answers if not quoted]
    asked = question_lines(state) + plain
    in_answers = [q for q in quotes if any(a <= q[0] < b for a, b in plain)]
    quotes = [q for q in quotes if not any(a <= q[0] < b for a, b in asked)]
    # 'Below are excerpts from the speech, as delivered.': the paragraphs after it are the speaker's
    speeches = speech_excerpts(state)
    # an open letter printed in full: each paragraph is the sender's, to the 'To ...' line's person
    letters = letter_paragraphs(state)
    speeches += [(a, b, speaker, " ".join(state.text[a:b].split())) for a, b, speaker, _ in letters]
    letter_to = {a: to for a, _, _, to in letters}
    taken = [(a, b) for _, a, b, _ in answers] + [(a, b) for a, b, _, _ in speeches]
    # 'ANSWER / (SHRI VIKRAM RAO) / (a) ... (b) ...': each part of a written answer is the minister's
    written = [(a, b, speaker, " ".join(state.text[a:b].split())) for a, b, speaker in answer_parts(state)
               if not any(x < b and a < y for x, y in taken)]
    speeches += written
    shape_media = {a: "speech" for a, _, _, _ in speeches} | {a: "letter" for a in letter_to} \
        | {a: "written answer" for a, _, _, _ in written}
    quotes = [q for q in quotes if not any(a <= q[0] < b for a, b, _, _ in speeches)]
    # an embedded post's words ('... #Bari' / '— Ana Ruz (@AnaRuz), June 4'): its author's, and no one else's
    posts = post_spans(state)
    quotes = [q for q in quotes if not any(a <= q[0] < b for a, b, _, _ in posts)]
    marks = sorted([(s - 1, e + 1) for s, e in quotes] + asked + [(a, d) for a, _, _, d in posts])
    post_statements(state, posts)
    answered = {a: speaker for speaker, a, _, quoted in answers if quoted}
    excerpts = _excerpt_authors(state, marks)
    claims = claim_speakers(state)  # 'CLAIM 1: "..."' then 'WHO: Yaw Asante, ...': his words
    clipped = clip_speakers(state)  # 'CLIP 1 - Petra Novak, Environment Minister (0'14")' then '"..."'
    clip_first = None
    for qs, qe in quotes:
        found = len(state.statements)
        claim = claims.get(qs - 1)
        clip = clipped.get(qs - 1)
        _direct(state, qs, qe, marks, answered.get(qs - 1) or (claim[0] if claim else None)
                or (clip[0] if clip else None) or excerpts.get(qs, (None, None))[0])
        if clip is not None and len(state.statements) > found:
            # a soundbite is said to no one in particular, on no occasion the script does not name
            state.statements[-1].medium, state.statements[-1].addressee = clip[1], None
            if qs - 1 != clip[2] and join_clip_lines(state, state.statements[-1], clip_first):
                del state.statements[-1]  # the clip's next quoted line: one soundbite with the first
            elif qs - 1 == clip[2]:
                clip_first = state.statements[-1]
        if qs in excerpts and len(state.statements) > found:
            state.statements[-1].medium = state.statements[-1].medium or excerpts[qs][1]
        if claim is not None and len(state.statements) > found:
            state.statements[-1].medium = claim[1] or state.statements[-1].medium
            state.statements[-1].addressee = claim[2] or state.statements[-1].addressee
    view_statements(state, quotes, marks)  # 'In his view, the memorandum is "the easy half"'
    for a, b, author, medium, kind in heading_paragraphs(state):
        # 'The joint communique' as a heading, its text in the paragraphs after it
        _heading_text(state, author, a, b, medium, kind)
        marks = sorted(marks + [(a, b)])
    for a, b, speaker, words in speeches:
        _heading_text(state, speaker, a, b, shape_media[a])
        state.statements[-1].quote = words
        if a in letter_to:
            state.statements[-1].addressee = letter_to[a]
        marks = sorted(marks + [(a, b)])
    # a letters page: each 'Sir, - ...' letter is one statement of its signer (quotes inside stay too)
    letters_page_statements(state)
    for speaker, a, b, quoted in answers:
        if not quoted:
            _transcript_answer(state, speaker, a, b, marks, [q for q in in_answers if a <= q[0] < b])
        _transcript_setting(state, speaker, a, b)
    podcast_setting(state, podcast)
    reported_statements(state, marks)
    # 'KRANJC: ... The mayor of Jesenice told me that ...': the mayor's words inside the turn
    turn_reports(state, answers, marks, frozenset(a for _, a, _, _ in podcast))
    author_statements(state, marks)  # a signed piece's 'I told the ministry that ...': the writer's
    agreed_statements(state, marks)  # 'The ministers agreed that ...': each minister's
    fronted_statements(state, marks)
    trailing_statements(state, marks)
    trailing_pair_statements(state, marks)  # '<clause>, the two co-chairs said': each named co-chair
    outlet_statements(state, marks)  # '<clause>, MENA reported.': the outlet's words
    minutes_statements(state, marks)  # 'The Ugandan side requested that ...': a participant's words
    question_statements(state, marks)
    question_reports(state, question_lines(state), marks)  # 'Q: Your counterpart told parliament that ...'
    urged_statements(state, marks)
    according_to(state, marks)
    point_statements(state, marks)
    object_statements(state, marks)  # 'advised a catch of ...', 'called for a register', 'reported that'
    said_object_statements(state, marks)  # 'said the ruling concerned procedure, ... and that ...'
    parenthetical_statements(state, marks)
    aside_tail_statements(state, marks)  # 'The levy, he said, was "...", and Paris was agreeing ...'
    reason_statements(state, marks)  # 'said the timing was "not an accident", since neither side ...'
    fragment_statements(state, marks)  # 'said Chile was ready to move the buoys "where the charts demand it"'
    extend_and_clauses(state, marks)  # '..., the minister said, and the fees would fall': both clauses
    relayed_speakers(state)  # a podcast host's 'He said ...' is not the last guest's
    holders_speak(state)
    bodies_speak(state)  # 'the Czech and German transport ministries said': each ministry
    speakers_are_actors(state)
    join_bare_unnamed(state)  # '"...," the official said' after 'A Tarvian official said that ...'
    state.statements.sort(key=lambda s: s.quote_span.start)


def _adverbial_quote(verb: Token, qs: int, qe: int) -> bool:
    """'said that Omani negotiators had agreed "in principle" to extend the hours': a
    short quoted adverbial on a speech verb inside another's report is the outer
    speaker's fragment, not the inner subject's words (round-36 class C5)."""
    inside = [t for t in verb.subtree if qs <= t.idx < qe and not t.is_punct]
    if not inside or len(inside) > 4:
        return False
    tops = [t for t in inside if not qs <= t.head.idx < qe]
    return len(tops) == 1 and tops[0].head.i == verb.i and tops[0].dep_ in {"prep", "advmod", "npadvmod"}


def _heading_text(state: State, author: str, a: int, b: int, medium: str, kind: str = "direct") -> None:
    """A paragraph of a joint text reproduced under its heading: the authors' words
    (reported when the paragraph is numbered)."""
    statement = Statement(speaker=author, quote=" ".join(state.text[a:b].split()), kind=kind,
                          quote_span=state.span(a, b), evidence=state.span(a, b))
    fill_details(state, statement, None, [], (a, b), [])
    statement.medium = medium
    state.statements.append(statement)


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
    outside = unquoted_tokens(tokens, marks)
    if answerer is None:
        answerer = labelled_speaker(state, qs - 1)  # '18:10 — Petraitis, leaving the hotel: "..."'
    verbs = [] if answerer is not None else speech_verbs(outside)
    if answerer is None and not any(governs(v, qs, qe) for v in verbs):
        # 'ruled out "normalisation by the back door"' ('rejected "any unilateral step" and said ...')
        verbs = stance_verbs(outside, qs, qe, words) + verbs
    verb: Token | None = None
    subject: Token | None = None
    speaker: str | None = answerer
    others: list[str] = []
    # Nearest speech verb first; a nearer verb whose subject is no speaker
    # ("the checks would continue 'at least ...'") gives way to the next one.
    for cand in sorted(verbs, key=lambda v: min(abs(v.idx - qs), abs(v.idx - qe))):
        if words <= 4 and not governs(cand, qs, qe):
            continue
        if reported_inside(cand, verbs) and (not governs(cand, qs, qe) or _borrowed_subject(cand)
                                             or not _governs_own(cand, qs, qe)
                                             or _adverbial_quote(cand, qs, qe)):
            # ('said the ministries had agreed ..., but were still arguing over "who pays"':
            # a verb inside the report that holds the quote only through a predicate
            # coordinated with it, or has no subject of its own, is the report's words)
            continue
        verb = verb or cand
        subj = subject_of(cand) or _root_noun_subject(cand)
        pair = both_pair(state, subj) if subj is not None else []
        if pair:  # '"...," both men said': each of the pair the sentence before names
            found, others = pair[0], pair[1:]
        else:
            found = subject_entity(state, subj, marks, min(qs, subj.idx)) if subj is not None \
                else name_before_verb(state, cand, marks)
        if found is not None:
            speaker, verb, subject = found, cand, subj
            break
    if speaker is None:
        speaker = colon_lead(state, qs, marks)
        if speaker is not None:
            # 'Kask welcomed the step in a post on X: "..."': the lead has the medium and date
            outside = _colon_sentence(state, qs, marks) + outside
    if speaker is None:
        speaker = display_bearer(state, sents[0], qs, marks)
    if speaker is None and (words > 4 or words >= 3) and not verbs and _paragraph_continues(state, qs, qe):
        # '“A,” X told reporters. “B.”' closing a paragraph: B is X's too, whatever the
        # next paragraph (one newline apart in HTML) says -- unless someone else acted
        # in between ('“A,” X said. Y smiled. “B.”')
        speaker = action_lead(state, sents, qs, marks) or _continuation(state, qs)
    # A short quote goes on from the last one only if it is a whole sentence ("Nobody can own it.").
    whole = words >= 3 and state.text[start].isupper() and state.text[qs:qe].rstrip()[-1:] in {".", "!", "?"}
    if speaker is None and not verbs and _short_follow_up(state, qs, qe, words):
        # '"We will build it when the traffic is there," he said. "Not before."': a short
        # sentence quoted right after the attribution goes on with the same speaker
        speaker = _continuation(state, qs)
    if speaker is None and words > 4:
        speaker, verb = attribution_nearby(state, sents, marks, qs)
    if speaker is None and (words > 4 or whole) and not verbs:
        # '"... goes soft." Niran Wongsa, president of ..., said the association had asked ...'
        # ('"Nets cost money." Musa Sarr, a skipper, was mending his boat': round-37 C1)
        speaker = name_follows(state, sents, marks, qs, qe)
        if speaker is None and words <= 4:
            # '"Rivers do not vote." That is the verdict of X': a short quote standing alone
            # is named by the next sentence only in so many words (no speech verb there)
            speaker = named_by_next(state, sents, marks, qs)
    if speaker is None and words >= 3 and not verbs:
        speaker = action_lead(state, sents, qs, marks)
    if speaker is None and words >= 3 and not verbs:
        # 'Ana Quispe told reporters that her town needed tourists. "Nobody travels ..."'
        speaker = reported_lead(state, sents, qs, marks)
    if speaker is None and (words > 4 or whole) and not verbs and not source_follows(state, sents, marks):
        # ('"..." That was the view of X': X's words, even when X was not found)
        speaker = _continuation(state, qs)
    if speaker is None and not verbs:
        # 'A ministry spokesman declined to discuss "the details of ongoing discussions."'
        declined = declined_speaker(state, sents, qs, qe, marks)
        if declined is not None:
            speaker, verb = declined
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
    for key in others or (co_speakers(state, subject, speaker, marks) if subject is not None else []):
        # '"...," Ozola and Petraitis said': the words of each
        state.statements.append(dataclasses.replace(statement, speaker=key,
                                                    about=[k for k in statement.about if k != key]))


def _root_noun_subject(verb: Token) -> Token | None:
    """'A Russian official familiar with the talks called the file "much harder ..."':
    the parser made the subject noun the sentence's root and hung the verb on a noun
    inside its modifier; that root noun is the verb's subject."""
    root = verb.sent.root
    if verb.dep_ not in {"acl", "relcl"} or root.pos_ not in {"NOUN", "PROPN"} or root.i > verb.i:
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[root.i:verb.i]):
        return None  # a verb between: the clause is not the root's predicate
    if any(c.dep_ in {"nsubj", "nsubjpass"} or c.tag_ in {"WDT", "WP"} for c in verb.children):
        return None  # a relative clause of its own ('the talks, which she called ...')
    return root


def _governs_own(verb: Token, qs: int, qe: int) -> bool:
    """Does the quote lie in the verb's own clause, not in a predicate coordinated with it?"""
    conj = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    own = [t for t in verb.subtree if t.i not in conj]
    return any(qs <= t.idx < qe for t in own)


def _borrowed_subject(verb: Token) -> bool:
    """A verb with no subject of its own, coordinated with one that has it."""
    return verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)


def _colon_sentence(state: State, qs: int, marks: list[tuple[int, int]]) -> list[Token]:
    """The unquoted words of the sentence a colon right before the quote at ``qs`` ends."""
    colon = state.text[:max(0, qs - 1)].rstrip()
    span = state.doc.char_span(len(colon) - 1, len(colon), alignment_mode="expand") if colon else None
    if span is None or not len(span):
        return []
    return unquoted_tokens([t for t in span[0].sent if t.idx < len(colon) - 1], marks)


def _transcript_answer(state: State, speaker: str, start: int, end: int, marks: list[tuple[int, int]],
                       inner: list[tuple[int, int]]) -> None:
    """'Q: ...?' then 'Mensah: We hope so.': the answer line is the person's direct words.
    Words quoted inside it that someone else said ('as the minister told me, "we
    will pay"') are that person's statement, and the answer goes without them."""
    line_marks = sorted([m for m in marks if m != (start, end)] + [(qs - 1, qe + 1) for qs, qe in inner])
    cuts: list[tuple[int, int]] = []
    for qs, qe in inner:
        sents = _region(state, qs - 1, qe + 1)
        verbs = speech_verbs(unquoted_tokens([t for s in sents for t in s], line_marks))
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
    # the longest stretch of the answer's own words is its statement, and so is each other
    # stretch of a sentence or more around the quoted words ('... "a single corridor". Nice
    # words. Let's see a timetable.': the answerer's comment after the quote is theirs too)
    spans = [trim_span(state.text, a, b) for a, b in parts]
    longest = max(spans, key=lambda p: len(state.text[p[0]:p[1]].split()))
    line = _evidence(state, state.text.rfind("\n", 0, start) + 1, end)
    for a, b in spans:
        if len(state.text[a:b].split()) < (2 if (a, b) == longest else 3):
            continue
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


def _short_follow_up(state: State, qs: int, qe: int, words: int) -> bool:
    """A quote of one or two words making a sentence of its own ('"Not before."'),
    right after the attribution sentence of the last quote in the same paragraph
    ('"...," he said.'), and closing that paragraph."""
    if words > 2 or not _paragraph_continues(state, qs, qe):
        return False
    inner = state.text[qs:qe].strip()
    if not inner[:1].isupper() or inner[-1:] not in {".", "!", "?"}:
        return False
    between = state.text[state.statements[-1].quote_span.end:qs - 1]
    # only the closing mark and a short attribution ('," he said.') lie between
    return between.rstrip().endswith((".", "!")) and len(between.split()) <= 8


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
    if prev.kind == "direct" and _runs_on(between):
        # '"The house was gone.' ending a paragraph with no closing mark, then a
        # paragraph opening with a mark: the same speaker's quote goes on
        return prev.speaker
    return None


def _runs_on(between: str) -> bool:
    """The text between two quotes is only a paragraph break and an opening mark
    (the first quote's paragraph ended with no closing mark)."""
    return "\n" in between and between.strip(" \t\n.!?,;:…") in {"“", '"', "«"}


def _evidence(state: State, start: int, end: int) -> Span:
    while end > start and state.text[end - 1].isspace():
        end -= 1
    while start < end and state.text[start].isspace():
        start += 1
    return state.span(start, end)
