"""Offices and sides from titles and appositions.

Patterns (general, any country):
* a title before a name: "President Joe Biden", "Canadian Prime Minister Justin
  Trudeau", "Canada's immigration minister Sean Fraser", "US Secretary of
  Homeland Security Alejandro Mayorkas", or an agency glued to the name
  ("Homeland Security Alejandro Mayorkas");
* an apposition after a name: "Sean Fraser, Canada's immigration minister," /
  "Fraser, the immigration minister,".

Each gives ``holdsPosition`` to a Position entity (label "Prime Minister of
Canada"), ``positionIn`` its country or organisation, and ``represents`` the
country the person acts for. A well-known person's country comes from the
gazetteer when the text names the office but not the country.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.sides import country_key_for_word
from kg.extract.state import MentionRef, State
from kg.iris import slugify

_ORG_TYPES = {"Organization", "GovernmentAgency"}
_DETS = {"the", "a", "an", "former", "then", "current", "newly", "appointed", "new", "'s", "’s", "acting", "outgoing", "incoming"}
_THE_COUNTRIES = {"United States", "United Kingdom", "Netherlands", "Philippines", "European Union",
                  "Democratic Republic of the Congo", "United Arab Emirates", "Czech Republic",
                  "Dominican Republic", "United Nations", "Bahamas", "Gambia"}


@dataclass
class Office:
    person: str
    title: str | None  # the words of the title, None for a glued agency without a known title
    title_span: tuple[int, int] | None
    side: str | None  # entity key of the country or organisation
    evidence: tuple[int, int]


def extract_offices(state: State) -> None:
    """Add Position entities and holdsPosition / positionIn / represents relations."""
    seen_people: set[str] = set()
    for mention in list(state.mentions):
        entity = state.entities[mention.key]
        if entity.type != "Person" or entity.unnamed or mention.start < state.body_start:
            continue
        for office in (_before(state, mention), _after(state, mention)):
            if office is not None:
                _record(state, office)
        seen_people.add(mention.key)
    for key in seen_people:
        _gazetteer_side(state, key)


def _token_at(state: State, char: int) -> Token | None:
    span = state.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _vocab() -> frozenset[str]:
    return lexicon.words("title_heads") | lexicon.words("portfolio_words") | lexicon.words("connectors")


def _is_core(word: str) -> bool:
    return word in lexicon.words("title_core")


def _before(state: State, mention: MentionRef) -> Office | None:
    first = _token_at(state, mention.start)
    if first is None or first.i == 0:
        return None
    doc = state.doc
    vocab = _vocab()
    j = first.i - 1
    title_tokens: list[Token] = []
    side: str | None = None
    glued_org: MentionRef | None = None
    while j >= first.sent.start:
        tok = doc[j]
        org = state.mention_at(tok.idx, tok.idx + len(tok.text), _ORG_TYPES)
        country = country_key_for_word(state, tok.idx, tok.idx + len(tok.text)) if tok.text[:1].isupper() else None
        if org is not None and side is None:
            if not title_tokens and org.end <= mention.start:
                glued_org = org
            side = side or org.key
            j = _token_at(state, org.start).i - 1 if _token_at(state, org.start) else j - 1
            if not title_tokens:
                continue
            # "US Secretary of Homeland Security X": the agency words are part of the title
            title_tokens = [*doc[_token_at(state, org.start).i: j + 1 + (len(doc[_token_at(state, org.start).i:_token_at(state, org.end - 1).i + 1]))], *title_tokens]
            continue
        if country is not None:
            side = country if side is None or state.entity_type(side) != "Country" else side
            j -= 1
            break
        low = tok.lower_
        if low in {"’s", "'s"}:
            j -= 1
            continue
        if low in vocab and not tok.is_punct:
            title_tokens.insert(0, tok)
            j -= 1
            continue
        break
    # A country just before the title ("US Secretary ...", "Canada's ...") was consumed above.
    title_tokens = _clean_title(title_tokens)
    if title_tokens and any(_is_core(t.lower_) for t in title_tokens):
        start, end = title_tokens[0].idx, title_tokens[-1].idx + len(title_tokens[-1].text)
        return Office(mention.key, state.text[start:end], (start, end), side, _sent(state, first))
    if glued_org is not None:
        return Office(mention.key, None, (glued_org.start, glued_org.end), glued_org.key, _sent(state, first))
    return None


def _clean_title(tokens: list[Token]) -> list[Token]:
    tokens = [t for t in tokens]
    while tokens and (tokens[0].lower_ in _DETS or tokens[0].lower_ in lexicon.words("connectors")):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in lexicon.words("connectors"):
        tokens = tokens[:-1]
    honorific_only = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"}
    return [t for t in tokens if t.lower_ not in honorific_only]


def _after(state: State, mention: MentionRef) -> Office | None:
    last = _token_at(state, mention.end - 1)
    doc = state.doc
    if last is None or last.i + 2 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    vocab = _vocab()
    j = last.i + 2
    title_tokens: list[Token] = []
    side: str | None = None
    while j < min(len(doc), last.i + 14):
        tok = doc[j]
        if tok.text in {",", ".", ";", ":", ")", "—", "–"} or tok.is_space:
            break
        org = state.mention_at(tok.idx, tok.idx + len(tok.text), _ORG_TYPES)
        country = country_key_for_word(state, tok.idx, tok.idx + len(tok.text)) if tok.text[:1].isupper() else None
        if country is not None and side is None:
            side = country
            j += 1
            continue
        if org is not None:
            side = side or org.key
            title_tokens.append(tok)
            j += 1
            continue
        low = tok.lower_
        if low in _DETS or low in vocab:
            title_tokens.append(tok)
            j += 1
            continue
        return None  # the apposition goes on with other words: not a bare title
    title_tokens = _clean_title(title_tokens)
    if not title_tokens or not any(_is_core(t.lower_) for t in title_tokens):
        return None
    start, end = title_tokens[0].idx, title_tokens[-1].idx + len(title_tokens[-1].text)
    return Office(mention.key, state.text[start:end], (start, end), side, _sent(state, last))


def _sent(state: State, token: Token) -> tuple[int, int]:
    span = state.sentence_span(token.sent)
    return span.start, span.end


def title_case(title: str) -> str:
    """'immigration minister' -> 'Immigration Minister' (joiners stay lower case)."""
    small = lexicon.words("connectors")
    words = title.split()
    return " ".join(
        w if (w.lower() in small and i > 0) or any(c.isupper() for c in w[1:]) else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def of_phrase(label: str) -> str:
    return f"the {label}" if label in _THE_COUNTRIES else label


def position_label(title: str, side_label: str | None) -> str:
    """'Prime Minister' + Canada -> 'Prime Minister of Canada'."""
    if not side_label:
        return title
    if side_label.lower() in title.lower():
        return title
    if " of " in title or " for " in title:
        return f"{side_label} {title}"  # "United States Secretary of Homeland Security"
    return f"{title} of {of_phrase(side_label)}"


def _record(state: State, office: Office) -> None:
    evidence = state.span(*office.evidence)
    side = office.side
    side_entity = state.entities.get(side) if side else None
    entry = state.gaz.lookup(side_entity.label) if side_entity else None
    title = office.title
    if title is None:
        # A name glued to an agency: the agency's head title if known, else its name.
        title = entry.head_title if entry and entry.head_title else side_entity.label if side_entity else None
        if title is None:
            return
    title = title_case(" ".join(title.split()))
    country = _country_of(state, side)
    person_entry = state.gaz.lookup(state.entities[office.person].label)
    if country is None and person_entry is not None and person_entry.country:
        country = _ensure_country(state, person_entry.country)
    in_key = side if side_entity is not None and side_entity.type in _ORG_TYPES | {"Country"} else country
    in_label = state.entities[in_key].label if in_key else None
    if in_key and state.entities[in_key].type in _ORG_TYPES and country:
        # An agency office: name it after the country ("Secretary of Homeland Security (United States)").
        in_label = state.entities[country].label
    label = position_label(title, in_label)
    position = state.add_entity(label, "Position", key=slugify(label))
    position.aliases.add(title)
    if office.title_span is not None and office.title is not None:
        state.add_mention(position.key, *office.title_span, alias=False)
    state.add_relation(office.person, "holdsPosition", evidence, obj=position.key)
    if in_key:
        state.add_relation(position.key, "positionIn", evidence, obj=in_key)
    if country:
        state.add_relation(office.person, "represents", evidence, obj=country)
    elif side:
        state.add_relation(office.person, "represents", evidence, obj=side)
    state.positions.setdefault(office.person, position.key)


def _country_of(state: State, key: str | None) -> str | None:
    if key is None:
        return None
    entity = state.entities[key]
    if entity.type == "Country":
        return key
    entry = state.gaz.lookup(entity.label)
    if entry is not None and entry.country:
        return _ensure_country(state, entry.country)
    for obj in state.objects(key, "partOf"):
        if state.entity_type(obj) == "Country":
            return obj
    return None


def _ensure_country(state: State, label: str) -> str | None:
    """The key of a country the document names (None if it never does)."""
    key = slugify(label)
    if key in state.entities:
        return key
    entry = state.gaz.lookup(label)
    if entry is not None and entry.type in {"Country", "Organization"}:
        for k, e in state.entities.items():
            if e.label == entry.label:
                return k
    return None


def _gazetteer_side(state: State, person: str) -> None:
    """A well-known person represents their country when the text names it too."""
    if state.objects(person, "represents"):
        return
    entry = state.gaz.lookup(state.entities[person].label)
    if entry is None or entry.type != "Person" or not entry.country:
        return
    country = _ensure_country(state, entry.country)
    if country is not None:
        body = [m for m in state.entities[person].mentions if m.start >= state.body_start]
        first = (body or state.entities[person].mentions)[0]
        tok = _token_at(state, first.start)
        evidence = state.sentence_span(tok.sent) if tok is not None else first
        state.add_relation(person, "represents", evidence, obj=country)
