"""Other names of one agreement, and descriptions that name none.

* "Latvia and Lithuania signed a memorandum on Tuesday ... Under the Memorandum
  on a Single Toll for the X Bridge, ..." : a bare description of one kind
  followed soon by a title of that kind is that title (one agreement).
* "The Agreement on the Delimitation of the Exclusive Economic Zone ... The EEZ
  agreement drew a line": a short name made of the title's initials is an alias.
* "Negotiators already call it the \"Riga II agreement\"": a quoted name after
  "call it" is another name of the agreement spoken of, not an entity.
* "the two agencies would sign a technical protocol before the end of the
  year": an indefinite text still to be written, mentioned once, is no entity.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import dates, lexicon
from kg.extract.agreement_names import rekey_uses
from kg.extract.agreement_newness import names_another
from kg.extract.agreement_titles import drop_entity, drop_mention
from kg.extract.evidence import body_mentions
from kg.extract.state import State


def apply(state: State) -> None:
    _bracketed_names(state)
    _naming_phrases(state)
    _known_as(state)
    _shortened_names(state)
    _protocols_to(state)
    _split_earlier_descriptions(state)
    _description_before_title(state)
    _initials_aliases(state)
    _body_typed_short_names(state)
    _prefix_titles(state)
    _short_titles(state)
    _one_word_short_titles(state)  # "the Treaty of Friendship, Trade and Navigation ... the Friendship Treaty"
    _called_names(state)
    _drop_indefinite_future(state)
    _drop_quoted_indefinites(state)


def _agreements(state: State) -> list[str]:
    return [k for k, e in state.entities.items() if e.type == "Agreement" and not e.unnamed]


def merge_agreement(state: State, old: str, new: str, shrink: dict[tuple[int, int], int] | None = None) -> None:
    """Every mention and use of ``old`` names ``new`` (a mention may shrink to its kind word)."""
    shrink = shrink or {}
    entity = state.entities.pop(old)
    target = state.entities[new]
    refs = [m for m in state.mentions if m.key == old]
    state.mentions[:] = [m for m in state.mentions if m.key != old]
    for m in refs:
        state.add_mention(new, m.start, shrink.get((m.start, m.end), m.end), alias=False)
    target.aliases |= {a for a in entity.aliases if a != target.label and not _dated_words(a)}
    target.same_as.extend(s for s in entity.same_as if s not in target.same_as)
    rekey_uses(state, old, new)


def _dated_words(alias: str) -> bool:
    """'memorandum on Tuesday': a description whose topic is a date is no name."""
    return _DATED_WORDS_RE.search(alias) is not None


_DATED_WORDS_RE = re.compile(rf"\b(?:on|in)\s+(?:{dates.CALENDAR_NAMES})\b")


# -- "the Agreement on X (the X Agreement)", "..., known by its French initials APT" ---------------
_KIND_END_RE = re.compile(r"(?:agreement|accord|treaty|protocol|pact|deal|memorandum|memo|mou|arrangement|convention|"
                          r"charter|framework|compact|declaration|understanding)s?$", re.I)
_NAME = r"(?:the\s+)?[\"“]?((?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z0-9][\w'’.-]*|of|on|for|and|to))*)[\"”]?"
_BRACKET_RE = re.compile(r"\s*\((?:the\s+|its\s+)?([^()\n]{2,60})\)")
_NAMING_RE = re.compile(
    r"\s*,\s*(?:(?:also|widely|commonly|informally|locally|popularly|usually|often|now|simply|better|best|"
    r"more\s+commonly)\s+)?"
    # "known locally as", "better known by its Spanish acronym,", "referred to by negotiators as"
    r"(?:(?:known|referred\s+to)\s+(?:(?:locally|widely|informally|simply|commonly|popularly|universally)\s+)?"
    r"(?:(?:in|among|to|by)\s+[^,.;]{1,40}?\s+)?(?:as|by\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:initials|acronym|abbreviation|short\s+name|nickname))"
    r"|which\s+(?:[\w'’-]+\s+){0,7}?(?:call|calls|dub|dubs|nickname|nicknames|refer\s+to\s+as|refers\s+to\s+as|"
    r"have\s+dubbed|have\s+called|has\s+been\s+dubbed)"
    r"|(?:dubbed|nicknamed|called|abbreviated\s+(?:to|as))"
    r")\s*,?\s+" + _NAME)  # "known by its French initials, TAC": a comma may set the name off


# "... in 2001", "..., signed in Lomé in 2001": what may stand between a title and its naming phrase
# ("the X Agreement of 2019, known to negotiators as the BCOA": the year the title keeps after it)
_SIGNED_GAP_RE = re.compile(r",?\s+(?:(?:signed|agreed|concluded|adopted)\s+)?(?:in|on)\s+[^,.;()\n]{1,30}?(?=\s*,)"
                            r"|\s+of\s+(?:1[89]|20)\d\d(?=\s*,)")


def _name_ok(name: str) -> bool:
    """A short name: capitalised words ending in a kind word ("the Lake Deal", "Toll MoU") or an acronym."""
    name = name.strip()
    if re.fullmatch(r"[A-Z][A-Za-z0-9&-]{1,9}", name) and sum(c.isupper() for c in name) >= 2:
        return True
    words = name.split()
    return 1 <= len(words) <= 7 and words[0][:1].isupper() and _KIND_END_RE.search(words[-1]) is not None


def _other_title(state: State, inner, start: int, end: int, name: str) -> bool:
    """Is ``inner`` (an agreement mention inside a short name) a mention of another title the text
    names elsewhere in full, and the short name an acronym that is not that title's initials?"""
    other = state.entities[inner.key]
    if not re.fullmatch(r"[A-Z]{2,7}", name) or not other.label[:1].isupper() or other.label == name:
        return False
    if name in (_initials(other.label), _initials(other.label, split_hyphens=True)):
        return False
    return any(x.key == inner.key and not (start <= x.start and x.end <= end) for x in state.mentions)


def _absorb_name(state: State, target: str, start: int, end: int, name: str) -> None:
    """``name`` (written in text[start:end]) is another name of agreement ``target``: an
    agreement read there merges in, another entity named so (an "Organization APT", a "Place
    Toll MoU") becomes the agreement's mentions; the name is an alias."""
    for inner in list(state.mentions_in(start, end)):
        if inner.key == target or inner.key not in state.entities:
            continue
        other = state.entities[inner.key]
        if other.type == "Agreement" and _other_title(state, inner, start, end, name):
            # "the 2011 weir regulation, which engineers call the WBR": the acronym the finder gave another
            # title (named apart, whose initials it is not) moves over; that title stays
            drop_mention(state, inner)
            other.aliases.discard(name)
            continue
        if other.type == "Agreement":
            merge_agreement(state, inner.key, target)
            continue
        if other.same_as or other.type in {"Country", "Person"} or \
                " ".join(state.text[inner.start:inner.end].split()) != name:
            continue  # a known body, or a name inside the short name, stays
        for r in [r for r in state.relations if inner.key in {r.subject, r.object}]:
            state.remove_relation(r)  # "Toll MoU locatedIn Accra": read of a place that was no place
        merge_agreement(state, inner.key, target)
    entity = state.entities[target]
    if name != entity.label:
        entity.aliases.add(name)


def _bracketed_names(state: State) -> None:
    """'the Agreement on Joint Patrols in the Lake Region (the Lake Patrols Agreement)', '...
    for the Volta Bridge (the Toll MoU)', '(APT)': a short name in brackets right after an
    agreement title names that agreement."""
    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement" \
                or state.entities[m.key].unnamed or not state.entities[m.key].label[:1].isupper():
            continue
        hit = _BRACKET_RE.match(state.text, m.end)
        if hit is None:
            continue
        name = " ".join(hit.group(1).strip(" \"“”").split())
        if not _name_ok(name):
            continue
        _absorb_name(state, m.key, hit.start(1), hit.end(1), name)


def _naming_phrases(state: State) -> None:
    """'the Agreement on Transit, known by its French initials APT,' / ', which officials in
    both capitals call the PETA' / ', known as the Lake Deal': the name given is an alias of
    the agreement right before, not a new entity."""
    for m in list(state.mentions):
        if m.start < state.body_start or m.key not in state.entities or state.entity_type(m.key) != "Agreement" \
                or state.entities[m.key].unnamed:
            continue
        hit = _NAMING_RE.match(state.text, m.end)
        if hit is None:
            # "the Agreement on X in 2001, known by its French initials, TAC": a date or place between
            gap = _SIGNED_GAP_RE.match(state.text, m.end)
            hit = _NAMING_RE.match(state.text, gap.end()) if gap is not None else None
            if hit is None or state.mentions_in(gap.start(), gap.end(), {"Agreement"}):
                continue
        name = re.sub(r"\s+(?:of|on|for|and|to)$", "", " ".join(hit.group(1).split()))
        name = re.split(r"\.\s", name)[0]  # "..., TAC. Under the TAC": the sentence ends the name
        if name.endswith(".") and "." not in name[:-1]:
            name = name[:-1]  # "..., TAC.": the full stop ends the sentence, not the name
        if not _name_ok(name):
            continue
        _absorb_name(state, m.key, hit.start(1), hit.start(1) + len(name), name)


# -- "X, known in both capitals as Y" ---------------------------------------------------------
_KNOWN_AS_RE = re.compile(
    r"\s*,?\s*(?:(?:also|widely|commonly|informally|locally|popularly)\s+)?(?:known|referred\s+to|dubbed|nicknamed|called)"
    r"(?:\s+[^,.;\"“]{0,40}?)?\s+as\s+(?:the\s+)?[\"“]?"
    r"|\s*,\s*which\s+(?:\w+\s+){0,3}?(?:call|calls|dub|dubs|nickname)\s+(?:the\s+)?[\"“]?")


def _known_as(state: State) -> None:
    """'The X Protocol, known in both capitals as the Y Agreement,' / 'X, which officials
    call the Y': Y is another name of X (one agreement, labelled X)."""
    for m in list(state.mentions):
        if m.start < state.body_start or state.entities.get(m.key) is None \
                or state.entity_type(m.key) != "Agreement":
            continue
        hit = _KNOWN_AS_RE.match(state.text, m.end)
        if hit is None:
            continue
        other = state.mention_at(hit.end(), hit.end() + 1, {"Agreement"})
        if other is None or other.start != hit.end() or other.key == m.key:
            continue
        alias = state.entities[other.key].label
        merge_agreement(state, other.key, m.key)
        state.entities[m.key].aliases.add(alias)


# -- "..., usually shortened to the Y" -----------------------------------------------------------
_SHORTENED_RE = re.compile(
    r"\b(?:(?:usually|often|commonly|generally|simply|also|widely|mostly|now)\s+)*(?:"
    r"(?:shortened|abbreviated|cut)\s+to"
    r"|referred\s+to\s+as"
    r"|(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:dubbed|nicknamed)"
    r"|(?<=,\s)(?:dubbed|nicknamed))"
    r"\s+(?:the\s+)?[\"“]?(?=[A-Z])")


def _shortened_names(state: State) -> None:
    """'the Agreement on X, signed on Wednesday, usually shortened to the Y Accord' / 'the
    text was first dubbed the Z Deal' / 'referred to as the W Protocol': the agreement
    named right after is another name of the one named last before (in its sentence or
    the one before)."""
    for hit in _SHORTENED_RE.finditer(state.text, state.body_start):
        other = state.mention_at(hit.end(), hit.end() + 1, {"Agreement"})
        if other is None or other.start != hit.end() or other.key not in state.entities:
            continue
        start = state.sentence_of(hit.start()).start_char
        start = state.sentence_of(max(0, start - 2)).start_char if start > state.body_start else start
        before = [m for m in state.mentions if start <= m.start and m.end <= hit.start()
                  and state.entities.get(m.key) is not None and state.entity_type(m.key) == "Agreement"]
        if not before or before[-1].key == other.key:
            continue  # none before, or already one agreement ("X, known as Y" was read before)
        target = before[-1].key
        alias = state.entities[other.key].label
        merge_agreement(state, other.key, target)
        state.entities[target].aliases.add(alias)


# -- "the bilateral protocol to the X free trade agreement" ---------------------------------
_PROTOCOL_TO_RE = re.compile(
    r"\b(?:the|a|an|its|their)\s+((?:bilateral|additional|supplementary|optional|second|third|fourth|further)\s+"
    r"(?:protocol|annex|addendum|amendment)\s+to\s+the\s+(?:[A-Z][\w'’-]*\s+)+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:agreement|treaty|accord|convention|pact)"
    # "a second addendum to the Kazungula Bridge Agreement": a supplement to a title is a text of its own
    r"|(?:second|third|fourth|further)\s+(?:protocol|annex|addendum|amendment)\s+to\s+the\s+(?:[A-Z][\w'’-]*\s+){1,6}?"
    r"(?:Agreement|Treaty|Accord|Convention|Pact|Protocol|Memorandum\s+of\s+Understanding))\b")


def _protocols_to(state: State) -> None:
    """'the bilateral protocol to the Baltic free trade agreement': one agreement,
    named by the whole phrase (the text it hangs on is named only inside it)."""
    for hit in _PROTOCOL_TO_RE.finditer(state.text, state.body_start):
        if "\n" in hit.group(1):
            continue
        start, end = hit.start(1), hit.end(1)
        covering = state.mentions_in(start, end, {"Agreement"})
        if any(m.start <= start and m.end >= end for m in covering):
            continue
        label = " ".join(hit.group(1).split())
        key = state.add_entity(label, "Agreement").key
        for inner in covering:
            if inner.key != key and start <= inner.start and inner.end <= end:
                drop_mention(state, inner)
        state.add_mention(key, start, end, alias=False)


# -- a description of another text before a title -------------------------------------------
def _split_earlier_descriptions(state: State) -> None:
    """'The health protocol that the ministers agreed ... Patients crossed under the
    Tallinn arrangement': a description before the title's first mention, of another
    kind and sharing no word with the title, is another agreement."""
    nouns = {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    for key in _agreements(state):
        entity = state.entities.get(key)
        if entity is None or not entity.label[:1].isupper():
            continue
        label_words = {w.lower() for w in re.findall(r"[\w'’-]+", entity.label)}
        body = body_mentions(state, key)
        named = [m for m in body if state.text[m.start:m.end][:1].isupper()]
        if not named or not _old_text(state, key):
            continue  # only an old text ("which X ended in 2016") is told apart from the one under talks
        for m in [m for m in body if m.end <= named[0].start]:
            words = state.text[m.start:m.end].split()
            if not words or words[0][:1].isupper() or words[-1].lower() not in nouns \
                    or words[-1].lower() in label_words or len(words) < 2 \
                    or set(w.lower() for w in words[:-1]) & label_words:
                continue
            span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or any(t.pos_ not in {"NOUN", "PROPN"} for t in span):
                continue  # "the draft accord", "a modest river deal": a described state, not a topic
            description = " ".join(w.lower() for w in words)
            target = state.add_entity(description, "Agreement").key
            state.mentions.remove(m)
            entity.mentions = [s for s in entity.mentions if not (s.start == m.start and s.end == m.end)]
            entity.aliases.discard(description)
            state.add_mention(target, m.start, m.end, alias=False)


def _old_text(state: State, key: str) -> bool:
    """Does the text date agreement ``key`` before the report's year?"""
    from kg.extract.agreement_history import text_year

    year = text_year(state, key)
    doc_year = (state.document.date or "")[:4]
    return year is not None and doc_year.isdigit() and year < int(doc_year)


# -- a description, then the title ------------------------------------------------------
def _description_before_title(state: State) -> None:
    """'signed a memorandum on Tuesday ... Under the Memorandum on a Single Toll,':
    a lowercase description whose first mention comes before a title with the same
    kind word (within the next two sentences, no other title between) is that title."""
    nouns = {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    keys = _agreements(state)
    for key in keys:
        entity = state.entities.get(key)
        if entity is None or entity.label[:1].isupper():
            continue
        kind = entity.label.split()[0].lower()
        if kind not in nouns:
            continue
        body = body_mentions(state, key)
        if not body:
            continue
        first = body[0]
        sent = state.sentence_of(first.start)
        window_end = sent.end_char
        for _ in range(2):
            if window_end < len(state.text):
                window_end = state.sentence_of(min(window_end + 1, len(state.text) - 1)).end_char
        titles = [m for m in state.mentions_in(first.end, window_end, {"Agreement"})
                  if m.key != key and state.entities[m.key].label[:1].isupper()]
        if not titles:
            continue
        title = titles[0]
        if state.entities[title.key].label.split()[0].lower() != kind and \
                kind not in state.entities[title.key].label.lower().split()[-1:]:
            continue
        if any(t.start < first.start for t in body_mentions(state, title.key)):
            continue  # the title came first: the description is a later reference, resolved elsewhere
        if _old_text(state, title.key) or not (_content(entity.label) <= _content(state.entities[title.key].label)
                                               or _same_ends(state, first, state.entities[title.key].label)):
            continue  # "a memorandum on fisheries ... the Memorandum on Maritime Safety of 2010": two texts
        shrink = {}
        for m in body:
            text = state.text[m.start:m.end]
            if _dated_words(text):
                shrink[(m.start, m.end)] = m.start + len(text.split()[0])
        merge_agreement(state, key, title.key, shrink)


# "an agreement on a cable between Porvoo and Kunda": the two ends the description names
_BETWEEN_RE = re.compile(r"\s+between\s+(?:the\s+)?([A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?)\s+and\s+(?:the\s+)?"
                         r"([A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?)")


def _same_ends(state: State, first, title: str) -> bool:
    """'an agreement on a 300-megawatt cable between A and B ... the A-B interconnector
    agreement': a description whose "between A and B" names the pair the title is named by."""
    m = _BETWEEN_RE.match(state.text, first.end)
    if m is None:
        m = _BETWEEN_RE.search(state.text, first.end, state.sentence_of(first.start).end_char)
    if m is None:
        return False
    a, b = m.group(1), m.group(2)
    return any(f"{x}{dash}{y}" in title for x, y in ((a, b), (b, a)) for dash in "-–")


def _content(label: str) -> set[str]:
    """The topic words of a label (no kind word, joiner or calendar word)."""
    stop, calendar = _content_stops()
    return {w.lower() for w in re.findall(r"[\w'’-]+", label) if w.lower() not in stop and not calendar.match(w)}


@lru_cache(maxsize=1)
def _content_stops() -> tuple[frozenset[str], re.Pattern]:
    """The kind words and joiners, and the calendar words, that are no topic of a label."""
    nouns = frozenset(w.lower() for w in lexicon.words("generic_agreement_nouns"))
    return nouns | _STOP, re.compile(rf"(?:{dates.CALENDAR_NAMES})$", re.I)


# -- initials -------------------------------------------------------------------------------
_STOP = lexicon.words("title_function_words")


def _initials(label: str, split_hyphens: bool = False) -> str:
    """The initials of a title's capitalised words ("One-Stop" gives "O", or "OS" when split)."""
    words = re.findall(r"[A-Za-z][\w'’]*" if split_hyphens else r"[A-Za-z][\w'’-]*", label)
    return "".join(w[0] for w in words if w.lower() not in _STOP and w[:1].isupper())


def _initials_aliases(state: State) -> None:
    """'The EEZ agreement' beside 'the Agreement on the Delimitation of the Exclusive
    Economic Zone Boundary': an acronym made of consecutive initials of one other
    agreement's title words names that agreement."""
    for key in _agreements(state):
        entity = state.entities.get(key)
        if entity is None:
            continue
        short = re.fullmatch(r"([A-Z]{2,6})\s+([a-z]+)", entity.label)
        if short is None:
            continue
        # "the OSBP agreement" of "... the Oshikango One-Stop Border Post": hyphenated words give a letter each
        # ("One-Stop Border Post Agreement" has five words for it, though four spaces)
        hits = [k for k in _agreements(state) if k != key
                and len(re.findall(r"[A-Za-z][\w'’]*", state.entities[k].label)) > len(short.group(1))
                and any(short.group(1) in _initials(state.entities[k].label, split) for split in (False, True))]
        if len(hits) != 1:
            continue
        target = hits[0]
        alias = entity.label
        merge_agreement(state, key, target)
        state.entities[target].aliases.add(alias)


# -- short names the entity step took for bodies ---------------------------------------------
_SHORT_KIND_RE = re.compile(r"(?:(?:[A-Z][\w'’-]*)\s+){1,4}(MOU|MoU|MOC|MoC|MOA|MoA|Memo|Agreement|Accord|Protocol|"
                            r"Treaty|Pact|Deal|Arrangement|Convention)")


def _body_typed_short_names(state: State) -> None:
    """'a Memorandum of Understanding on Care Workers ... the Care Workers MOU' / 'the
    Korea-Chile Economic Partnership Agreement (KCEPA) ... the EPA': a name the entity
    step took for a body or place that is the short name of one agreement of the text
    (its topic words and kind, or the initials of the title's last words) is that agreement."""
    agreements = [k for k in _agreements(state) if state.entities[k].label[:1].isupper()]
    if not agreements:
        return
    for key, entity in list(state.entities.items()):
        if entity.type not in {"Organization", "GovernmentAgency", "Place"} or entity.unnamed or entity.same_as \
                or state.gaz.lookup(entity.label) is not None:
            continue
        if any(r.subject == key and r.predicate in {"represents", "holdsPosition"} for r in state.relations) or \
                any(r.object == key and r.predicate in {"represents", "partOf", "locatedIn"} for r in state.relations):
            continue  # someone works for it, or something lies in it: a real body or place
        if state.voiced(key):
            continue  # it speaks or is spoken to: an actor, not a text
        label = entity.label
        if re.fullmatch(r"[A-Z]{3,7}", label):
            hits = [k for k in agreements if _ends_with_initials(state.entities[k].label, label)]
        else:
            form = _SHORT_KIND_RE.fullmatch(label)
            hits = [k for k in agreements if form is not None and _short_of(label, form.group(1), state.entities[k].label)]
        if len(hits) != 1:
            continue
        for r in [r for r in state.relations if key in {r.subject, r.object}]:
            state.remove_relation(r)
        merge_agreement(state, key, hits[0])
        if label != state.entities[hits[0]].label:
            state.entities[hits[0]].aliases.add(label)
    _unread_short_memos(state, agreements)


_SHORT_MEMO_RE = re.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w'’-]*\s+){1,4}(?P<kind>MOU|MoU|MOC|MoC|MOA|MoA))(?![\w-])")


def _unread_short_memos(state: State, agreements: list[str]) -> None:
    """'the Fisheries MOC' that no step read, after 'a Memorandum of Cooperation on
    Fisheries': a mention (and alias) of that memorandum."""
    for hit in _SHORT_MEMO_RE.finditer(state.text, state.body_start):
        start, end = hit.span("name")
        if state.mentions_in(start, end) or any(m.start < end and start < m.end for m in state.mentions):
            continue
        label = " ".join(hit.group("name").split())
        hits = [k for k in agreements if k in state.entities and _short_of(label, hit.group("kind"), state.entities[k].label)]
        if len(hits) != 1:
            continue
        state.add_mention(hits[0], start, end, alias=False)
        state.entities[hits[0]].aliases.add(label)


def _ends_with_initials(title: str, acronym: str) -> bool:
    """'EPA' of '... Economic Partnership Agreement': the initials of the title's last
    capitalised words (ending at its kind word)."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’]*", title) if w[:1].isupper()]
    if not words or not _KIND_END_RE.search(words[-1]):
        return False  # "... Joint Economic Zone": the initials end in the zone's name, not the text's
    initials = "".join(w[0] for w in words)
    return initials.endswith(acronym) and len(initials) > len(acronym)


def _short_of(label: str, kind: str, title: str) -> bool:
    """'Care Workers MOU' of 'Memorandum of Understanding on Care Workers': the short
    name's kind opens the title (as a word or as initials) and its other words stand in it."""
    words = re.findall(r"[A-Za-z][\w'’-]*", title)
    lead = "".join(w[0] for w in words[:3]).upper()
    if kind.lower() not in {w.lower() for w in words} and not lead.startswith(kind.upper()):
        return False
    content = {w.lower() for w in label.split()[:-1]}
    return bool(content) and content <= {w.lower() for w in words}


# -- short names of long titles --------------------------------------------------------------
def _title_words(label: str) -> tuple[str | None, set[str]]:
    """(kind word, content words) of a capitalised agreement name (plurals folded)."""
    from kg.extract.entity_types import agreement_nouns  # late: avoids an import cycle

    kinds = {k.lower() for k in agreement_nouns()} | {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    words = re.findall(r"[A-Za-z][\w'’-]*", label)
    kind = next((w.lower() for w in words if w.lower() in kinds), None)
    content = set()
    for w in words:
        low = w.lower()
        if low in kinds or low in _STOP:
            continue
        content.add(low[:-1] if low.endswith("s") and len(low) > 4 else low)
    return kind, content


_JOINER_RE = re.compile(r"\s+(?:on|of|for|between|concerning|regarding|relating|to|in|with|about)\b")


def _prefix_titles(state: State) -> None:
    """'the Kousseri Protocol on Fisheries Cooperation ... the Kousseri Protocol': a
    capitalised name ending in a kind word whose words open one longer title, which goes
    on with a joiner ("on", "of", "for", "between" ...), is that title's short name."""
    from kg.extract.entity_types import agreement_nouns  # late: avoids an import cycle

    kinds = {k.lower() for k in agreement_nouns()} | {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    for key in _agreements(state):
        entity = state.entities.get(key)
        if entity is None or not entity.label[:1].isupper():
            continue
        words = entity.label.split()
        if len(words) < 2 or words[-1].lower() not in kinds or not words[0][:1].isupper():
            continue
        hits = []
        for other in _agreements(state):
            title = state.entities.get(other)
            if other == key or title is None or not title.label.startswith(entity.label + " "):
                continue
            if _JOINER_RE.match(title.label, len(entity.label)):
                hits.append(other)
        if len(hits) == 1:
            alias = entity.label
            merge_agreement(state, key, hits[0])
            state.entities[hits[0]].aliases.add(alias)


def _short_titles(state: State) -> None:
    """'the Agreement on Cardiac Surgery Services at the South East Heart Unit ... the
    South East Cardiac Agreement': a capitalised short name of the same kind whose
    content words all stand in one longer title (two or more of them) is that title."""
    for key in _agreements(state):
        entity = state.entities.get(key)
        if entity is None or not entity.label[:1].isupper() or re.search(r"\d", entity.label):
            continue
        kind, words = _title_words(entity.label)
        if kind is None or len(words) < 2:
            continue
        hits = []
        for other in _agreements(state):
            title = state.entities.get(other)
            if other == key or title is None or len(title.label.split()) <= len(entity.label.split()) + 1:
                continue
            other_kind, other_words = _title_words(title.label)
            if other_kind == kind and words <= other_words:
                hits.append(other)
        if len(hits) == 1:
            alias = entity.label
            merge_agreement(state, key, hits[0])
            state.entities[hits[0]].aliases.add(alias)


def _one_word_short_titles(state: State) -> None:
    """'the 1987 Treaty of Friendship, Trade and Navigation ... the Friendship Treaty': a
    capitalised short name of one content word and a kind word is the one longer title of the
    same kind whose first content word it is (after "of"/"on": "Treaty of Friendship ...",
    "Agreement on Fisheries and ..."), when no other agreement has that word at all."""
    for key in _agreements(state):
        entity = state.entities.get(key)
        if entity is None or not entity.label[:1].isupper() or re.search(r"\d", entity.label):
            continue
        kind, words = _title_words(entity.label)
        if kind is None or len(words) != 1 or len(entity.label.split()) != 2:
            continue
        (word,) = words
        hits, others = [], []
        for other in _agreements(state):
            title = state.entities.get(other)
            if other == key or title is None:
                continue
            other_kind, other_words = _title_words(title.label)
            if word not in other_words:
                continue
            opening = re.match(r"(?:(?:1[89]|20)\d\d\s+)?[A-Z]\w+\s+(?:of|on)\s+(?:the\s+)?([A-Z][\w'’-]*)",
                               title.label)
            first = opening.group(1).lower() if opening else ""
            first = first[:-1] if first.endswith("s") and len(first) > 4 else first
            if other_kind == kind and first == word and len(title.label.split()) > 3:
                hits.append(other)
            else:
                others.append(other)
        if len(hits) == 1 and not others:
            alias = entity.label
            merge_agreement(state, key, hits[0])
            state.entities[hits[0]].aliases.add(alias)


# -- "call it" -------------------------------------------------------------------------------
_KIND_WORDS = r"agreement|accord|treaty|protocol|pact|deal|memorandum|memo|arrangement|convention|charter"
# what a naming verb names: "it", "that document", "this text", "the accord"
_NAMED_OBJECT = (r"(?:it|them|(?:that|this|the)\s+(?:document|text|deal|accord|agreement|pact|memorandum|treaty|"
                 r"protocol|arrangement))")
_NAMING_ADVERBS = r"(?:(?:simply|just|informally|privately|already|now|still|jokingly|often|usually)\s+)*"
_CALL_IT_RE = re.compile(
    r"\b(?:"
    # "call it (simply) the transit deal", "call that document the Mosi memorandum"
    rf"(?:call|calls|called|calling|dub|dubs|dubbed|nickname|nicknames|nicknamed|label|labels|labelled|labeled)\s+"
    rf"{_NAMED_OBJECT}\s+{_NAMING_ADVERBS}"
    # "refer to it as the Kessa agreement", "know it as ..."
    rf"|(?:refer|refers|referred|referring)\s+to\s+{_NAMED_OBJECT}\s+{_NAMING_ADVERBS}as\s+"
    rf"|(?:know|knows|knew)\s+{_NAMED_OBJECT}\s+{_NAMING_ADVERBS}as\s+"
    # "..., which officials already call \"the patrol memo\"": the quoted name of the text before
    rf"|(?<=,\s)which\s+(?:[\w'’-]+\s+){{0,5}}?(?:call|calls|dub|dubs|nickname|nicknames|have\s+dubbed|"
    rf"have\s+called|refer\s+to\s+as|refers\s+to\s+as)\s+{_NAMING_ADVERBS}(?=(?:the\s+)?[\"“])"
    # "- which negotiators have taken to calling the Tosa Protocol -", ", which officials in Ama call the
    # Lumi Road MoU": an unquoted title (a kind word ends it) after a naming verb in a which-clause
    rf"|(?<=[,–—-]\s)which\s+(?:[\w'’-]+\s+){{0,5}}?(?:call|calls|calling|dub|dubs|dubbing|nickname|nicknames|"
    rf"have\s+dubbed|have\s+called|refer\s+to\s+as|refers\s+to\s+as)\s+{_NAMING_ADVERBS}(?=the\s+[A-Z]))"
    r"(?:the\s+)?"
    rf"(?:[\"“]([^\"”\n]{{3,60}})[\"”]|((?:[A-Z][\w'’-]*\s+){{1,4}}(?:{_KIND_WORDS}|Agreement|Accord|Treaty|"
    rf"Protocol|Pact|Deal|Memorandum|Memo|MoU|MOU|Arrangement|Convention|Charter))\b"
    # "Negotiators simply call it the RTTA": an acronym (only after "call it", checked below)
    r"|([A-Z]{2,7})(?![\w'’-]|\s+[A-Z]))")
# "..., or simply the CA": a second, shorter name given right after the first
_OR_ACRONYM_RE = re.compile(r"\s*,?\s+or\s+(?:simply\s+|just\s+|even\s+)?(?:the\s+)?([A-Z]{2,7})(?![\w'’-]|\s+[A-Z])")


# papers that are not agreements but may be what "that document" points back to
_OTHER_DOCUMENT_RE = re.compile(r"\b(?:statement|communiqu[eé]|declaration|roadmap|road\s+map|plan|letter|note|"
                                r"paper|minutes|report|list|map|annex|draft|proposal|document|text)s?\b", re.I)


def _named_apart(state: State, inner, start: int, end: int, name: str) -> bool:
    """Is ``inner`` (an agreement mention inside a called name) a mention of an agreement with
    a title of its own, other than ``name``, that the text names outside text[start:end]?"""
    other = state.entities[inner.key]
    if other.label == name or not other.label[:1].isupper() or " ".join(state.text[inner.start:inner.end].split()) != name:
        return False
    return any(x.key == inner.key and not (start <= x.start and x.end <= end) and x.start >= state.body_start
               and " ".join(state.text[x.start:x.end].split()) == other.label for x in state.mentions)


def _called_names(state: State) -> None:
    """'Negotiators already call it the "Riga II agreement"' / 'Diplomats refer to it as
    the Kessa agreement' / 'call that pact the Mosi memorandum' / '..., which officials
    call "the patrol memo"': the name is an alias of the agreement named last before it
    (not a new agreement); entities found inside a quoted name go. A quoted opinion
    ('called the deal "a sell-out"') is no name and stays a statement."""
    for hit in _CALL_IT_RE.finditer(state.text, state.body_start):
        g = 1 if hit.group(1) else 2 if hit.group(2) else 3
        if g == 3 and not re.match(r"\w+\s+(?:it|them)\b", hit.group(0)):
            continue  # a bare acronym names the text only after "call it"
        name = " ".join(hit.group(g).split())
        if g == 1 and not re.match(r"\w+\s+(?:it|them)\b", hit.group(0)) and not _quoted_name(name):
            continue
        name = re.sub(r"^(?:the|The)\s+", "", name)
        before = [m for m in state.mentions if m.end <= hit.start() and hit.start() - m.end < 600
                  and m.start >= state.body_start and state.entities.get(m.key) is not None
                  and state.entity_type(m.key) == "Agreement"
                  and not (m.start >= hit.start(g) - 5 and m.end <= hit.end(g))]
        if not before:
            continue
        target = before[-1].key
        if g == 2 and re.match(r"\w+\s+(?:that|this|the)\s+(?:document|text)\b", hit.group(0)):
            # "call that document the X memorandum": measured to pick the wrong text (the paper
            # meant is often one not read as an agreement), so left as its own agreement
            continue
        if not re.match(r"\w+\s+(?:it|them)\b", hit.group(0)) and not hit.group(0).startswith("which"):
            # "call that document the Mosi memorandum": the document is the one named in this
            # sentence or the one before (farther back, the text may mean one not read as an agreement)
            sent = state.sentence_of(hit.start())
            prev = state.sentence_of(max(state.body_start, sent.start_char - 2))
            if before[-1].start < prev.start_char or _OTHER_DOCUMENT_RE.search(state.text, before[-1].end, hit.start()):
                continue  # "... a joint statement. Officials call that document ...": another paper
        if g == 2 and hit.group(0).startswith("which") and names_another(state, hit.start(), target):
            continue  # "signed the X Memorandum ... The new instrument, which negotiators call the Y Agreement"
        for inner in state.mentions_in(hit.start(g), hit.end(g)):
            if inner.key == target or inner.key not in state.entities:
                continue
            if state.entity_type(inner.key) == "Agreement":
                if g == 2 and hit.group(0).startswith("which") and not state.entities[target].label[:1].isupper() \
                        and state.entities[inner.key].label == name:
                    # "a customs protocol ... - which negotiators call the Tosa Protocol -": the title is
                    # the label, the description its alias
                    description = state.entities[target].label
                    merge_agreement(state, target, inner.key)
                    target = inner.key
                    state.entities[target].aliases.add(description)
                    continue
                if _named_apart(state, inner, hit.start(g), hit.end(g), name):
                    # "talks on the X Protocol ... The 2022 agreement drew the line. Officials then called it
                    # the Y deal": a name an earlier step gave the protocol moves alone; the protocol stays
                    drop_mention(state, inner)
                    state.entities[inner.key].aliases.discard(name)
                    state.add_mention(target, inner.start, inner.end, alias=False)
                    continue
                merge_agreement(state, inner.key, target)
            elif g == 1 and inner.start >= hit.start(g) and inner.end <= hit.end(g):
                drop_mention(state, inner)  # a quoted name's words name nothing else (an unquoted title keeps its place)
        if target not in state.entities:
            continue
        if g == 2:
            # "... call the Lumi Road MoU.": a place or body the entity step made of the title is none
            for other in [x for x in state.mentions if x.start < hit.end(g) and hit.end(g) - 1 < x.end
                          and x.start >= hit.start(g) - 1 and x.key != target and x.key in state.entities
                          and state.entity_type(x.key) != "Agreement"]:
                surface = " ".join(state.text[other.start:other.end].split())
                state.entities[other.key].aliases.discard(surface)
                drop_mention(state, other)
        if g == 3:
            # "... the 1998 agreement, which governs permits. Negotiators call it the RTTA": the acronym is the
            # Road Transit and Trade Agreement's initials, so the dated description is that agreement too
            owner = [k for k in _agreements(state) if k != target and _initials(state.entities[k].label) == name]
            if len(owner) == 1 and not state.entities[target].label[:1].isupper():
                alias = state.entities[target].label
                merge_agreement(state, target, owner[0])
                target = owner[0]
                state.entities[target].aliases.add(alias)
            _absorb_name(state, target, hit.start(g), hit.end(g), name)
        if name != state.entities[target].label:
            state.entities[target].aliases.add(name)
        state.add_mention(target, hit.start(g), hit.end(g), alias=False)
        if g == 1:
            _drop_name_quotes(state, hit.start(g), hit.end(g))
        more = _OR_ACRONYM_RE.match(state.text, hit.end())
        if more is not None and g != 1:
            # "calling it the Corridor Agreement, or simply the CA": both names are the text's
            _absorb_name(state, target, more.start(1), more.end(1), more.group(1))
            state.add_mention(target, more.start(1), more.end(1), alias=False)


def _quoted_name(name: str) -> bool:
    """'the patrol memo', 'Riga II': a name (a kind word, or a capital after an optional
    "the"); 'a sell-out', 'a betrayal of our fishermen': an opinion."""
    if re.match(r"(?:a|an)\s", name, re.I):
        return False
    if re.search(rf"\b(?:{_KIND_WORDS})s?\b", name, re.I):
        return True
    return re.match(r"(?:the\s+)?[A-Z]", name) is not None


def _drop_name_quotes(state: State, start: int, end: int) -> None:
    """The quoted name is no one's words: a statement quoting just it goes (and an
    unnamed speaker left with nothing else to say goes with it)."""
    for st in [s for s in state.statements if s.quote_span is not None
               and s.quote_span.start >= start - 1 and s.quote_span.end <= end + 1]:
        state.statements.remove(st)
        speaker = state.entities.get(st.speaker)
        if speaker is not None and speaker.unnamed and not any(s.speaker == st.speaker for s in state.statements) \
                and not any(st.speaker in {r.subject, r.object} for r in state.relations):
            state.mentions[:] = [m for m in state.mentions if m.key != st.speaker]
            del state.entities[st.speaker]


# -- texts still to be written --------------------------------------------------------------
_FUTURE_SIGN_RE = re.compile(r"\b(?:would|will|could|should|may|might)\s+"
                             r"(?:\w+\s+)?(sign|draw\s+up|draft|conclude|agree)\s+(?:a|an)\s+(?:\w+\s+){0,2}$")
# who may sign a text of the report's own: its sides, not bodies working under them
_SIDE_WORDS = frozenset("country countries side sides government governments nation nations they we leader leaders "
                        "president presidents minister ministers ministry ministries".split())


def _drop_indefinite_future(state: State) -> None:
    """'would sign a technical protocol on the payment system before the end of the
    year': an indefinite description, mentioned once, that only a future signing
    speaks of, is no agreement yet (no entity)."""
    for key in _agreements(state):
        entity = state.entities.get(key)
        if entity is None or entity.label[:1].isupper():
            continue
        refs = [m for m in state.mentions if m.key == key]
        if not refs or refs[0].start < state.body_start:
            continue
        m = refs[0]
        if len(refs) > 1 and not (_hypothetical(state, m, entity.label) and all(_bare_reference(state, x)
                                                                                 for x in refs[1:])):
            continue  # "would not sign a trade deal ... the deal": later bare references follow it
        sent = state.sentence_of(m.start)
        hit = _FUTURE_SIGN_RE.search(state.text, max(sent.start_char, m.start - 60), m.start)
        if not _hypothetical(state, m, entity.label) and (hit is None or _sides_sign(state, hit.start(1))):
            continue  # "Morocco and Mauritania will sign a fisheries agreement": the report's own text
        for x in refs:
            state.mentions.remove(x)
        entity.mentions = []
        drop_entity(state, key)


def _bare_reference(state: State, m) -> bool:
    """'the deal', 'the old arrangement': a lower-case reference without a year or topic words."""
    words = state.text[m.start:m.end].split()
    nouns = {w.lower() for w in lexicon.words("generic_agreement_nouns")}
    return words[-1].lower().rstrip("s") in nouns and all(w.lower() in lexicon.words("untopical_modifiers") for w in words[:-1])


# "will not sign a", "refuse to sign a", "replace it with a": a text spoken of as one that
# is not, or might be, made; "a full energy trade agreement" there names no agreement
_NOT_MADE_RE = re.compile(r"\b(?:(?:will|would|could|should|shall|can|did|do|does|must)\s*(?:not|n[’']t)|won[’']t|never|refuse[sd]?\s+to|"
                          r"refusing\s+to|reject(?:s|ed)?)\s+(?:\w+\s+){0,2}?(?:sign|accept|conclude|agree\s+to|"
                          r"negotiate|ink|back|support|rush)\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,4}$"
                          r"|\b(?:replace|replaced|replacing|swap|swapped|turn|turned|upgrade|upgraded)\s+(?:it|them|this|that|"
                          r"the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:with|by|into|to)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}$", re.I)


@lru_cache(maxsize=1)
def _real_words() -> frozenset[str]:
    """Words that make an indefinite description a real agreement of the report: a new text's,
    but not "future" ("we will not sign a future treaty that ..." stays hypothetical)."""
    return lexicon.words("new_text_words") - {"future"}


def _hypothetical(state: State, m, label: str) -> bool:
    """'We will not sign a power treaty that works only in summer', 'replace it with a full
    energy trade agreement': an indefinite description (no title, no year) named once,
    that a negated or hypothetical verb speaks of, is no agreement."""
    if re.search(r"\b(?:1[89]|20)\d\d\b", label) or label.split()[0].lower() in lexicon.words("generic_agreement_nouns"):
        return False  # "a 2008 protocol", "an agreement on X": dated or titled by a topic
    before = state.text[max(state.sentence_of(m.start).start_char, m.start - 80):m.start]
    if not re.search(r"\b(?:a|an|any)\s+(?:[\w-]+\s+){0,4}$", before, re.I):
        return False
    if set(before.lower().split()[-3:]) & _real_words():
        return False
    return _NOT_MADE_RE.search(before) is not None


def _sides_sign(state: State, pos: int) -> bool:
    """Is the subject of the signing verb at ``pos`` a country, a capital or the two sides?"""
    span = state.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return True
    verb = span[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return True  # no subject read: keep the entity
    if state.mentions_in(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text), {"Country", "Place"}):
        return True
    return subj.lemma_.lower() in _SIDE_WORDS or subj.lower_ in _SIDE_WORDS


# -- a description inside someone's words ---------------------------------------------------
def _drop_quoted_indefinites(state: State) -> None:
    """'Finland would not sign "a trade agreement that is really a tariff agreement"': an
    indefinite description (no title, no year) that only a direct quote speaks of is a
    figure of speech, not an agreement of the report."""
    spans = [(s.quote_span.start, s.quote_span.end) for s in state.statements
             if s.quote_span is not None and s.kind == "direct"]
    spans += [(q.start(), q.end()) for q in re.finditer(r"[\"“][^\"“”\n]{3,400}[\"”]", state.text)]
    if not spans:
        return
    for key in _agreements(state):
        entity = state.entities.get(key)
        if entity is None or entity.label[:1].isupper() or re.search(r"\b(?:1[89]|20)\d\d\b", entity.label):
            continue
        refs = sorted((m for m in state.mentions if m.key == key), key=lambda m: m.start)
        if not refs or refs[0].start < state.body_start:
            continue
        if not all(any(a <= m.start and m.end <= b for a, b in spans) for m in refs):
            continue
        if not re.search(r"\b(?:a|an|any)\s+(?:[\w-]+\s+){0,3}$", state.text[max(0, refs[0].start - 40):refs[0].start], re.I):
            continue
        sent = state.sentence_of(refs[0].start)
        if re.search(r"\b(?:signed|reached|concluded|inked|struck|sealed|initialled|initialed)\b", sent.text):
            continue  # "we signed an agreement on fisheries today": the speaker reports a real text
        for x in refs:
            state.mentions.remove(x)
        entity.mentions = []
        drop_entity(state, key)
