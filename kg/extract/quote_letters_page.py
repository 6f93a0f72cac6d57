"""A letters page: readers' letters one after another, each under its own
headline, opened by 'Sir, - ' (or 'Sir, — ', 'Madam, - ', 'Dear Editor, - ')
and closed by a signature line ('Peter Lado Wani, Member, National
Legislative Assembly, Juba' / 'Dr Ama Mensah, Department of Economics,
University of Ghana, Legon' / 'Akosua Boateng, Kumasi').

Each letter's body, from after the salutation to the signature, is ONE direct
statement of its signer, to the editor, in a letter. The headline above a
letter is nobody's statement, and a quote inside a letter ('Mr Babiker told
Sudan TV that the fee "reflects the cost of war"') stays a statement of its
own speaker as well. The signer is the person the entity rules found at the
signature's start, else the name there (a courtesy title cut).
"""

from __future__ import annotations

import re

from kg.extract.quote_details import fill_details
from kg.extract.state import State
from kg.model import Statement

# 'Sir, - ', 'Sir, — ', 'Madam, – ', 'Dear Editor, - ', 'Sir - ' opening a paragraph
_SALUTATION = re.compile(r"(?:Sir|Madam|Sirs|Dear\s+(?:Sir|Madam|Editor|Sirs))\s*,?\s*[-–—]+\s*")
# a courtesy title before the signer's name
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Revd|Hon|Sir|Dame|Fr|Eng|Capt|Col|Gen)\.?\s+)"
# 'Name Surname, ...' (two to five capitalised words, then a comma and more)
_SIGNATURE = re.compile(rf"{_TITLE}?(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|al-\w+|el-\w+|bin|ibn|van|de|da)){{1,4}})"
                        r"\s*,\s*\S[^\n]*")
# the longest a signature paragraph may be
_SIGNATURE_MAX = 200


def letters_page_statements(state: State) -> list[tuple[int, int]]:
    """Add one statement per 'Sir, - ...' letter; return the letters' spans."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*", state.text)
                  if m.start() >= state.body_start]
    out = []
    i = 0
    while i < len(paragraphs):
        a, b = paragraphs[i]
        m = _SALUTATION.match(state.text, a, b)
        if m is None:
            i += 1
            continue
        body = [(m.end(), b)]
        signer = None
        j = i + 1
        while j < len(paragraphs):
            c, d = paragraphs[j]
            if _SALUTATION.match(state.text, c, d):
                break
            signer = _signer(state, c, d)
            if signer is not None:
                break
            body.append((c, d))
            j += 1
        i = j
        if signer is None:
            continue  # no signature: not a letter of this page's shape
        start, end = body[0][0], body[-1][1]
        while end > start and state.text[end - 1].isspace():
            end -= 1
        words = " ".join(state.text[start:end].split())
        if len(words.split()) < 5:
            continue
        statement = Statement(speaker=signer, quote=words, kind="direct",
                              quote_span=state.span(start, end), evidence=state.span(start, end))
        fill_details(state, statement, None, [], (start, end), [])
        statement.medium = "letter"
        editor = state.add_entity("the editor", "Person", unnamed=True)
        statement.addressee = editor.key
        statement.about = [k for k in statement.about if k != signer]
        state.statements.append(statement)
        out.append((start, end))
    return out


def _signer(state: State, c: int, d: int) -> str | None:
    """The signer of a signature paragraph ``text[c:d]``, None when it is no signature."""
    text = state.text[c:d].rstrip()
    if len(text) > _SIGNATURE_MAX or text.endswith((".", "!", "?", ":", '"', "”")):
        return None
    m = _SIGNATURE.fullmatch(text)
    if m is None:
        return None
    a, b = c + m.start("name"), c + m.end("name")
    found = [x for x in state.mentions_in(a, b, {"Person"}) if not state.entities[x.key].unnamed]
    if found:
        return found[0].key
    entity = state.add_entity(m.group("name"), "Person")
    state.add_mention(entity.key, a, b, alias=False)
    return entity.key
