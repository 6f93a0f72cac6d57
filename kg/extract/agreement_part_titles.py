"""Agreement titles the name patterns miss or break (round-31 classes GP2-GP4), read during resolution.

* "the Addendum on Joint Customs Posts", "an Annex on Night Traffic", "the Second Amendment to the
  Transit Fees", "a Supplement concerning Fishing Licences": a supplement head word with a
  capitalised topic is one Agreement with the whole name (the model gave a Place "Addendum" and an
  agency "Joint Customs Posts"). A later bare "the Addendum" is the same text.
* "the Roll-on/Roll-off Protocol", "the Cross-Border/Transit Agreement": the parts joined by a slash
  belong to the one name (the model cut it at the slash: "Roll-off Protocol").
* "the Protocolo de Tránsito (the Transit Protocol)", "the Acuerdo Marco de Integración", "the
  Accord-cadre", "a Memorando de Entendimiento": an agreement named in Spanish, Portuguese, French
  or Italian is an Agreement, never a body or a place; with an English name in brackets beside it
  (either order) it is another name of that agreement.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_CAP = r"[A-ZÀ-Ý][\w'’À-ÿ-]*"
# capitalised words with the joiners a title keeps between them ("on Customs and Border Posts")
_CALENDAR = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
             r"July|August|September|October|November|December)\b")
_HEAD_WORDS = (r"(?:Addendum|Addenda|Annex|Annexe|Amendment|Amendments|Supplement|Agreement|Treaty|Protocol|Convention|"
               r"Accord|Memorandum|Arrangement|Pact)\b")
# one joiner at most between capitalised words, and never "and" before another text's head word
# ("the Supplement on Fishing Licences and the Addendum to ...": two texts)
_CAPS = (rf"(?!{_CALENDAR}){_CAP}(?:\s+(?:of\s+the\s+|of\s+|for\s+the\s+|for\s+|and\s+(?!the\s|an?\s|{_HEAD_WORDS})|the\s+)?"
         rf"(?!{_CALENDAR}){_CAP})*")
_PART_HEADS = r"Addendum|Addenda|Annex|Annexe|Amendment|Amendments|Supplement|Side\s+Letter"
_DOC_NOUNS = r"(?:Agreement|Treaty|Protocol|Convention|Accord|Memorandum|Arrangement|Pact|Charter|Record)"
# "on/concerning <Topic>"; "to the <... Treaty>" only when what it is added to is a text
# ("the Amendment to the Constitution" is no bilateral text of its own)
_PART_RE = re.compile(
    rf"(?<![\w-])((?:{_CAP}\s+)*?)({_PART_HEADS})\s+(?:(?:on|concerning|regarding|relating\s+to|for)\s+(?:the\s+)?{_CAPS}"
    rf"|to\s+the\s+(?:(?:1[89]|20)\d\d\s+)?(?:{_CAP}\s+){{0,5}}?{_DOC_NOUNS}(?:\s+(?:on|of)\s+{_CAPS})?)")
_SLASH_RE = re.compile(r"(?<![\w/-])[A-Z][\w'’-]*(?:/[A-Z][\w'’-]*)+(?:\s+[A-Z][\w'’-]*)*\s+"
                       r"(?:Protocol|Agreement|Accord|Treaty|Memorandum|Convention|Arrangement|Pact)(?![\w-])")
# Romance-language document heads; the name goes on over capitalised words and the language's joiners
_FOREIGN_HEADS = (r"Protocolo|Protocole|Protocollo|Acuerdo|Acordo|Accordo|Accord-cadre|Tratado|Trattato|Traité|"
                  r"Convenio|Convênio|Convenção|Convención|Convenzione|Memorando|Memorándum|Carta\s+de\s+Intención|"
                  r"Entente|Pacto|Ajuste|Arreglo")
_FOREIGN_JOINERS = r"de|del|de\s+la|de\s+las|de\s+los|da|do|das|dos|des|du|de\s+l['’]|sur|sobre|para|entre|pour|per|di|della|e|y|et|en|em|al"
_FOREIGN_RE = re.compile(
    rf"(?<![\w-])(?:{_FOREIGN_HEADS})(?:(?:\s+|-)(?:(?:{_FOREIGN_JOINERS})\s+)*(?:{_CAP}|[a-zà-ÿ]+(?=\s+(?:{_FOREIGN_JOINERS})\s+[A-ZÀ-Ý]))"
    rf"|(?:\s+(?:{_FOREIGN_JOINERS})\s+(?:{_FOREIGN_JOINERS}\s+)*{_CAP}))*"
    r"(?:\s+No\.?\s?\d{1,4}\b)?")  # "Acuerdo de Complementación Económica No. 38"
_ENGLISH_HEADS = frozenset("Agreement Protocol Accord Treaty Convention Memorandum Arrangement Pact Understanding "
                           "Framework Addendum Annex Amendment Charter Declaration".split())
# words a run of capitals before a head may not start with ("Kenya and Uganda signed the ...")
_NOT_LEAD = frozenset("The A An This That Its Their Our Both New Under In On At By For With".split())


def apply(state: State) -> None:
    """Build the titles above; the entities found inside them lose those mentions."""
    claimed: list[tuple[int, int]] = []
    for m in _PART_RE.finditer(state.text, state.body_start):
        start = m.start(1)
        while start < m.start(2):
            word = re.match(r"(\S+)\s+", state.text[start:m.start(2)])
            if word is None or word.group(1) not in _NOT_LEAD and not state.mentions_in(
                    start, start + len(word.group(1)), {"Country", "Person"}):
                break
            start += word.end()  # "The Addendum", "Kenya Addendum" is no longer name
        end = _cut_coordination(state, start, m.end())
        if "\n" in state.text[start:end]:
            continue
        _split_joined_titles(state, start, end)
        key = _claim(state, start, end)
        if key is not None:
            claimed.append((start, end))
            _bare_heads(state, key, re.sub(r"\s+", " ", m.group(2)))
    for m in _SLASH_RE.finditer(state.text, state.body_start):
        if not any(s <= m.start() < e for s, e in claimed) and "\n" not in m.group(0):
            _claim(state, m.start(), m.end())
    for m in _FOREIGN_RE.finditer(state.text, state.body_start):
        end = m.end()
        number = re.match(r"\.?\s?\d{1,4}\b", state.text[end:end + 8]) if m.group(0).endswith(" No") else None
        if number:
            end += number.end()  # "Acuerdo de Complementación Económica No. 38": the number is the name's
        if " " not in m.group(0).strip() and "-" not in m.group(0) or "\n" in state.text[m.start():end]:
            continue  # a bare head word ("Acuerdo") is no name
        if any(s <= m.start() < e for s, e in claimed):
            continue
        english = _bracketed_english(state, m.start(), end)
        key = _claim(state, m.start(), end, into=english)
        if key is not None:
            claimed.append((m.start(), end))


def _split_joined_titles(state: State, start: int, end: int) -> None:
    """'the Supplement on Fishing Licences and the Addendum to the Lake Treaty' read as one name:
    the words after "and the" with a head word of their own are a second text."""
    for x in state.mentions_in(start, state.sentence_of(start).end_char, {"Agreement"}):
        if x.start != start or x.end <= end:
            continue
        rest = re.match(rf"\s+and\s+(?:the\s+|an?\s+)?(?=(?:{_CAP}\s+)*?{_HEAD_WORDS})", state.text[end:x.end])
        if rest is None:
            continue
        state.remove_mention(x)
        second = end + rest.end()
        label = " ".join(state.text[second:x.end].split())
        key = state.add_entity(label, "Agreement").key
        state.entities[key].type = "Agreement"
        state.add_mention(key, second, x.end, alias=False)


def _cut_coordination(state: State, start: int, end: int) -> int:
    """'the Addendum on Joint Customs Posts and Kenya's ...': a title stops before a coordinated
    country or person; it never ends on a joiner."""
    for inner in state.mentions_in(start, end, {"Country", "Person"}):
        before = state.text[start:inner.start]
        joined = re.search(r"\s+(?:and|or|for|of|,)\s+(?:the\s+)?$", before)
        if joined:
            end = start + joined.start()
            break
    text = state.text[start:end]
    trail = re.search(r"(?:\s+(?:of|for|and|in|on|at|the|to))+$", text)
    return start + trail.start() if trail else end


def _bracketed_english(state: State, start: int, end: int) -> str | None:
    """The agreement named in brackets right after or right before a foreign title."""
    after = re.match(r"\s*\((?:the\s+|in\s+English[,:]?\s+(?:the\s+)?|English:\s+)?([^()\n]{3,80})\)", state.text[end:end + 90])
    if after:
        ref = state.mention_at(end + after.start(1), end + after.end(1), {"Agreement"})
        if ref is not None:
            return ref.key
    before = re.search(r"(?:the\s+)?([A-Z][^()\n]{2,80})\s*\($", state.text[max(0, start - 90):start])
    if before:
        ref = state.mention_at(start - len(before.group(0)) + before.start(1), start - 2, {"Agreement"})
        if ref is not None:
            return ref.key
    return None


def _claim(state: State, start: int, end: int, into: str | None = None) -> str | None:
    """Make ``text[start:end]`` one Agreement (or another name of agreement ``into``)."""
    label = " ".join(state.text[start:end].split())
    if len(label.split()) < 2 and "-" not in label and "/" not in label:
        return None
    if state.is_skipped(start, end):
        return None
    exact = [x for x in state.mentions if x.start == start and x.end == end]
    if any(state.entity_type(x.key) == "Agreement" for x in exact):
        return next(x.key for x in exact if state.entity_type(x.key) == "Agreement")
    for x in [x for x in state.mentions if x.start < end and start < x.end]:
        if x.start < start or x.end > end:
            if state.entity_type(x.key) == "Agreement" and x.start <= start and x.end >= end:
                return None  # a longer agreement name holds it already
            if x.end > end and state.entity_type(x.key) != "Agreement":
                continue  # a name that runs on past the title is not the title's
        state.remove_mention(x)
    if into is not None and into in state.entities:
        state.add_mention(into, start, end, alias=True)
        return into
    key = state.add_entity(label, "Agreement").key
    state.entities[key].type = "Agreement"
    state.add_mention(key, start, end, alias=False)
    return key


def _bare_heads(state: State, key: str, head: str) -> None:
    """A later bare 'the Addendum' (a non-agreement of that one word) is the titled text."""
    for x in list(state.mentions):
        entity = state.entities.get(x.key)
        if entity is None or x.key == key or entity.label != head or entity.type == "Agreement":
            continue
        state.remove_mention(x)
        state.add_mention(key, x.start, x.end, alias=False)
