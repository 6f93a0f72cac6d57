"""Press-conference turns labelled with a surname in capitals.

    Austrian Minister of Transport Lena Huber and Slovenia's State Secretary
    Marko Kranjc met ... They then took questions from reporters.

    OPENING REMARKS

    HUBER: Good afternoon. Marko and I have agreed on two things.
    The second tube opens in June.

    KRANJC: Thank you, Lena. The mayor of Jesenice told me that the slope has not moved.

    QUESTIONS

    Q (Franz Gruber, Der Standard): Minister Kranjc, why ...?

    KRANJC: I would not call it a promise.

    [End of transcript]

'HUBER:' is the person the intro names with that surname, and the turn is hers
wherever it stands (opening remarks come before any question): the label's line
and the unlabelled lines after it, up to the next label, a section heading in
capitals ('QUESTIONS') or a bracketed note ('[End of transcript]'), are one
statement. The shape needs at least two such turns, so a lone 'NOTE: ...' or a
capitals word before a colon in running text is no turn. What the speaker
reports someone else said inside the turn ('The mayor ... told me that ...',
'TunnelCo tells us ...') is that one's reported statement as well
(``turn_reports``).
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.state import State

# the label's words are capitals only ('DE WIT', 'KRANJC'; an honorific may lead: 'MS HUBER')
_CAPITALS_RE = re.compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]*){0,3}")
# a section heading ('OPENING REMARKS', 'QUESTIONS AND ANSWERS') or a bracketed note
_HEADING_RE = re.compile(r"[ \t]*(?:[^a-z:\n]*[A-Z][^a-z:\n]*|[\[(].*)[ \t]*")


# the answerer's own side as the subject ('we told them that ...'; 'told me' is fine)
_FIRST_PERSON_RE = re.compile(r"\b(?:I|[Ww]e)\b")
# a sentence opening with a described speaker: 'The Brazilian secretary said ...'
_DESCRIBED_RE = re.compile(r"[ \t]*(?:The|Their|His|Her)[ \t]+[a-zA-Z][\w-]*")


def capital_label(who: str) -> bool:
    """'KRANJC' / 'DE WIT': a label in capitals (not a one-letter 'Q' or 'A')."""
    return len(who.replace(" ", "")) > 2 and _CAPITALS_RE.fullmatch(who) is not None


def is_heading(state: State, a: int, b: int) -> bool:
    """A line in capitals with no colon ('QUESTIONS'), or a bracketed note."""
    return _HEADING_RE.fullmatch(state.text, a, b) is not None


def surname_turn_end(state: State, lines: list[tuple[int, int]], i: int, is_label) -> int:
    """Where the capitals turn opened by line ``i`` ends: before the next label,
    heading or bracketed note; the last turn of the text also ends at a blank line
    (the article may go on after the transcript)."""
    end = lines[i][1]
    later = any(is_label(a, b) for a, b in lines[i + 1:])
    for a, b in lines[i + 1:]:
        if is_label(a, b) or is_heading(state, a, b):
            break
        if not later and "\n\n" in state.text[end:a]:
            break
        end = b
    return end


def turn_reports(state: State, answers: list[tuple[str, int, int, bool]], marks: list[tuple[int, int]],
                 split: frozenset[int] = frozenset()) -> None:
    """Reported speech inside a transcript answer that someone the turn names said
    ('The mayor of Jesenice told me this morning that the slope has not moved'):
    that one's reported statement. The answerer's own 'I told them that ...' stays
    part of the turn, and only speakers named in the sentence itself count. In the
    turns starting at ``split`` (a podcast's guests) the relayed sentence leaves the
    guest's own statement (see :func:`_cut_reports`)."""
    from kg.extract.reported_speech import reported_statements  # here: reported_speech imports quote modules
    plain = [(speaker, a, b) for speaker, a, b, quoted in answers if not quoted]
    if not plain:
        return
    spans = {(a, b) for _, a, b in plain}
    reduced = [m for m in marks if m not in spans]
    if len(reduced) == len(marks):
        return
    before = len(state.statements)
    known = [(s.speaker, s.quote_span.start, s.quote_span.end) for s in state.statements]
    cuts: list[tuple[str, int, int]] = []
    reported_statements(state, reduced)
    new = state.statements[before:]
    del state.statements[before:]
    for statement in new:
        at = statement.quote_span.start
        owner = next(((speaker, a, b) for speaker, a, b in plain if a <= at < b), None)
        if owner is None or statement.speaker == owner[0]:
            continue
        if any(a < statement.quote_span.end and at < b and who != owner[0] for who, a, b in known):
            continue  # words quoted inside the answer are already that one's direct statement
        sent = state.sentence_of(at)
        named = {m.key for m in state.mentions_in(max(owner[1], sent.start_char), at)}
        lead = state.text[max(owner[1], sent.start_char):at]
        if statement.speaker not in named and (_FIRST_PERSON_RE.search(lead) or not _DESCRIBED_RE.match(lead)):
            # 'we told them that ...': the answerer's side, no one the sentence names
            # ('The Brazilian secretary said ...' names its speaker by office)
            continue
        state.statements.append(statement)
        end = state.sentence_of(max(at, statement.quote_span.end - 1)).end_char
        if owner[1] in split:
            cuts.append((owner[0], sent.start_char, end))
    _cut_reports(state, cuts, marks)


def _cut_reports(state: State, cuts: list[tuple[str, int, int]], marks: list[tuple[int, int]]) -> None:
    """'I believe he wants it. But the revenue authority told our members that ... Until
    those computers talk, ...': the sentence whose words are someone else's is no part of
    the answerer's statement; the answerer's words before and after it are a statement
    each (a turn that only relays others says nothing of its own)."""
    from kg.extract.quote_details import fill_details  # here: quote_details imports the speaker modules
    from kg.extract.quote_spans import trim_span
    for who, c, d in cuts:
        for statement in list(state.statements):
            a, b = statement.quote_span.start, statement.quote_span.end
            if statement.speaker != who or statement.kind != "direct" or not (a <= c < b or a < d <= b):
                continue
            state.statements.remove(statement)
            for x, y in ((a, max(a, c)), (min(b, d), b)):
                x, y = trim_span(state.text, x, y)
                if len(state.text[x:y].split()) < 3:
                    continue
                part = dataclasses.replace(statement, quote=" ".join(state.text[x:y].split()),
                                           quote_span=state.span(x, y), about=[])
                fill_details(state, part, None, [], (x, y), marks)
                part.medium, part.addressee = statement.medium, statement.addressee
                state.statements.append(part)
