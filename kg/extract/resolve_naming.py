"""Naming phrases during resolution: "known as", "better known as", "call it",
formal titles and appositions give other names of one entity (aliases), not
new entities."""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.agreement_newness import names_another
from kg.extract.entities import classify_org
from kg.extract.resolve_merge import absorb
from kg.extract.state import State
from kg.model import ORG_TYPES

_KNOWN_AS = re.compile(
    r"(?P<lead>,?\s+(?:also\s+|locally\s+|commonly\s+|often\s+)?known\s+)"
    r"(?:(?:locally|in\s+(?:the\s+)?[A-Z][\w\s]{1,30}?"
    # "known on the Egyptian side as Al-Awja", "known to Tarvians as X" (round-34 A7)
    r"|(?:on|to|among|by)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+)?as\s+(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?:\s+and\s+(?:in\s+(?:the\s+)?[A-Z][\w\s]{1,30}?\s+)?as\s+(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))?"
)


def known_as(state: State) -> None:
    """'The shoal, known in the Philippines as Ayungin Shoal and in China as
    Ren'ai Jiao, ...': the other names are aliases of the place meant, named
    just before or described ("the shoal" = the shoal named most so far)."""
    for m in _KNOWN_AS.finditer(state.text, state.body_start):
        before = state.text[max(0, m.start() - 40):m.start()]
        referent = None
        hit = [x for x in state.mentions if x.end == m.start() and state.entity_type(x.key) in {"Place", "Organization", "GovernmentAgency"}]
        if hit:
            referent = hit[0].key
        else:
            desc = re.search(r"\b[Tt]he\s+([a-z]+)$", before)
            if desc:
                counts = Counter(x.key for x in state.mentions if state.body_start <= x.start < m.start()
                                 and state.entity_type(x.key) == "Place"
                                 and state.entities[x.key].label.split()[-1].lower() == desc.group(1))
                referent = counts.most_common(1)[0][0] if counts else None
        if referent is None:
            continue
        for g in ("a", "b"):
            if m.group(g):
                for x in state.mentions_in(m.start(g), m.end(g)):
                    if state.entity_type(x.key) == state.entity_type(referent) or state.entity_type(x.key) in {"Place", "Organization", "Person"}:
                        absorb(state, x.key, referent)


_AS_IS_KNOWN = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+as\s+(?:the|its|their)\s+(?P<desc>(?:[\w-]+\s+){0,4}?)"
    r"(?P<head>[a-z]+)\s+is\s+(?:also\s+|commonly\s+|widely\s+|often\s+|locally\s+)?(?:known|called)\b"
)


def as_is_known(state: State) -> None:
    """'KAS, as the administration is known by its Polish initials,' /
    'Rosavtodor, as the Russian road agency is known,': the short name is
    another name of the organisation the descriptor means, the last one named
    before whose name holds the head noun; with none, the short name itself is
    that organisation, typed by the descriptor ('road agency' -> an agency)."""
    for m in _AS_IS_KNOWN.finditer(state.text, state.body_start):
        names = [x for x in state.mentions_in(m.start("name"), m.end("name"))]
        if not names:
            continue
        key = names[-1].key
        head = m.group("head")
        referent = None
        for x in sorted(state.mentions, key=lambda x: x.start, reverse=True):
            if x.start >= m.start("name") or x.key == key or x.start < state.body_start:
                continue
            entity = state.entities.get(x.key)
            if entity is not None and entity.type in ORG_TYPES and not entity.unnamed \
                    and head in {w.lower() for n in (entity.label, *entity.aliases) for w in n.split()}:
                referent = x.key
                break
        if referent is not None:
            absorb(state, key, referent)
            continue
        if state.entity_type(key) in {"Organization", "Person", "Place"}:
            kind = classify_org(f"{m.group('desc')}{head}")
            if kind != "Organization" or head in {"company", "firm", "group", "association", "organisation", "organization"}:
                state.entities[key].type = kind


# Kind words of a facility and the words a text uses for the same thing
# ("the Kazungula Bridge ... The crossing, better known as ...").
_FACILITY_KINDS = {
    "crossing": {"bridge", "crossing", "checkpoint", "post", "pass", "gate", "tunnel"},
    "bridge": {"bridge", "crossing"},
    "span": {"bridge"},
    "link": {"bridge", "tunnel", "railway", "road", "highway", "pipeline"},
    "dam": {"dam", "barrage", "reservoir", "plant", "project"},
    "reservoir": {"dam", "reservoir", "lake"},
    "plant": {"plant", "dam", "station", "project"},
    "port": {"port", "harbour", "harbor", "terminal"},
    "pipeline": {"pipeline"},
    "checkpoint": {"checkpoint", "crossing", "post"},
}
AGREEMENT_WORDS = ("accord|agreement|deal|pact|treaty|protocol|convention|memorandum|arrangement|"
                    "compact|charter|understanding")
_NAMING_RE = re.compile(
    r"(?P<lead>(?:(?:better|also|commonly|popularly|locally|widely|simply|more\s+often|usually)\s+)?known\s+"
    # "known in the industry as", "known by its French initials as" (round 21)
    r"(?:locally\s+|in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+|(?:in|to|among|by)\s+[^,.;()\"“\n]{1,40}?\s+)?as"
    r"|\b(?:which|that)\s+(?:[\w’'-]+\s+){0,3}?refers?\s+to\s+as(?=\s+(?:the\s+)?[A-Z])"
    r"|(?:simply\s+|usually\s+|often\s+|now\s+|still\s+)?call(?:s|ed)?\s+(?P<obj>it|this|the\s+(?:[a-z-]+\s+)?(?!the\b)(?P<objnoun>[a-z]+))"
    r"|\bit\s+is\s+(?:usually|often|simply|commonly|widely|generally|mostly|known\s+as)"
    r"|\b(?:dubbed|nicknamed|referred\s+to\s+as)"
    r"|\b(?P<bare>which|that)\s+(?:[\w’'-]+\s+){0,3}?(?:simply\s+|usually\s+|often\s+)?call(?:s|ed)?(?=\s+(?:the\s+)?[A-Z]))"
    r"\s+(?:the\s+)?"
)


def naming_phrases(state: State) -> None:
    """Other names given by naming phrases are aliases, not new entities:
    "The crossing, better known as the Rosa bridge, ...", "negotiators simply
    call the pact the FRA", "officials call it the water accord; elsewhere it is
    usually the Titicaca accord". The referent is the name just before the
    phrase, else the last entity of the kind the phrase or its target names."""
    for m in _NAMING_RE.finditer(state.text, state.body_start):
        if state.is_skipped(m.start(), m.end()):
            continue
        pos = m.end()
        target = next((x for x in state.mentions if x.start == pos and x.key in state.entities), None)
        desc = None
        if target is None and _untagged_acronym(state, m):
            continue
        if target is None:
            d = re.match(rf"((?:[A-Za-z][\w’'-]*\s+){{0,2}}(?:{AGREEMENT_WORDS}|bridge|crossing|dam|road|corridor))\b",
                         state.text[pos:pos + 60])
            if d is None or state.text[pos:pos + 1].isupper() and state.mention_at(pos, pos + 1) is not None:
                continue
            desc = d.group(1)
        target_type = state.entity_type(target.key) if target else (
            "Agreement" if re.search(rf"\b(?:{AGREEMENT_WORDS})$", desc or "") else "Place")
        referent = _naming_referent(state, m, target_type)
        if referent is None:
            continue
        if target is not None:
            if target.key == referent:
                continue
            if re.fullmatch(r"[A-Z]{2,8} (?:II|III|IV|V|VI|[2-9])", state.entities[target.key].label):
                continue  # "the new contract, which officials call the GSC II": a successor, not the GSC
            if state.entity_type(target.key) == "Agreement" and names_another(state, m.start(), referent):
                # "signed the X Memorandum in 2021. The new instrument, which negotiators call the Y
                # Agreement, ...": the new text is another one than the memorandum signed before
                continue
            ttype, rtype = state.entity_type(target.key), state.entity_type(referent)
            acronym = state.entities[target.key].label.isupper() and not re.match(r"it\b", m.group(0))
            if re.match(r"it\b", m.group(0)) and ttype not in {"Agreement", "Place"}:
                continue  # "it is usually UNHCR that ...": no naming
            if ttype == rtype or acronym and (ttype in ORG_TYPES | {"Agreement"} or rtype in ORG_TYPES | {"Agreement"}) \
                    or {ttype, rtype} <= {"Place", "Organization", "GovernmentAgency"}:
                absorb(state, target.key, referent)
        elif desc:
            state.entities[referent].aliases.add(" ".join(desc.split()))


def _untagged_acronym(state: State, m: re.Match) -> bool:
    """'The Oil Supply Contract, known in the industry as the OSC,': an acronym the model never
    tagged is an alias of the name right before the phrase (round-21 class A4). A numbered
    form ("the OSC II") names a successor, no alias. True when the alias was added."""
    acr = re.match(r"([A-Z]{2,8})(?![\w'’-]|\s+(?:[IVX]{1,4}|\d{1,2})\b)", state.text[m.end():m.end() + 20])
    if acr is None:
        return False
    before = [x for x in state.mentions if x.end <= m.start() and x.start >= state.body_start and x.key in state.entities]
    if not before or not re.fullmatch(r"\s*,\s*", state.text[before[-1].end:m.start()]) \
            or state.entity_type(before[-1].key) not in ORG_TYPES | {"Agreement"}:
        return False
    state.entities[before[-1].key].aliases.add(acr.group(1))
    return True


def _naming_referent(state: State, m: re.Match, target_type: str) -> str | None:
    """The entity a naming phrase renames (see :func:`naming_phrases`)."""
    before = [x for x in state.mentions if x.end <= m.start() and x.start >= state.body_start and x.key in state.entities]
    target = next((x for x in state.mentions if x.start == m.end() and x.key in state.entities), None)
    if before and target is not None and state.entities[target.key].label.isupper() \
            and re.fullmatch(r"\s*,\s*", state.text[before[-1].end:m.start()]) \
            and state.entity_type(before[-1].key) in ORG_TYPES | {"Agreement"}:
        return before[-1].key  # "the 2001 Lake Fisheries Agreement, known as the LFA"
    noun = m.group("objnoun")
    if noun is None:
        # "the bridge, which locals call ...", "the lake that one calls Lake X": the noun before names the kind
        d = re.search(r"\b[Tt]he\s+([a-z]+)\s*,?\s*$", state.text[max(0, m.start() - 40):m.start()])
        noun = d.group(1) if d else None
    if noun and re.fullmatch(AGREEMENT_WORDS, noun):
        kinds, want = None, "Agreement"
    elif noun in _FACILITY_KINDS:
        kinds, want = _FACILITY_KINDS[noun], "Place"
    elif noun is None and (m.group("obj") or m.group("bare") or re.match(r"it\b", m.group(0))):
        kinds, want = None, ("Agreement" if target_type in ORG_TYPES | {"Agreement"} else target_type)
    else:
        return None
    sent_start = state.sentence_of(m.start())[0].idx if state.sentence_of(m.start()) else 0
    if want == "Agreement" and kinds is None and _unnamed_text_between(state, before, m.start()):
        return None  # "concerns the 2004 agreement ... Negotiators call it the CBLTA": "it" is that text
    for x in reversed(before):
        if state.entity_type(x.key) != want:
            continue
        if kinds is not None and state.entities[x.key].label.split()[-1].lower() not in kinds:
            continue
        if kinds is None and want == "Place" and x.start >= sent_start and re.search(r"\b(?:in|at)\s+$", state.text[max(0, x.start - 4):x.start]):
            continue  # "in Lima call it ...": the speakers' town is not what they name
        return x.key
    return None


_UNNAMED_TEXT_RE = re.compile(rf"\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?(?:{AGREEMENT_WORDS})\b", re.I)


def _unnamed_text_between(state: State, before: list, pos: int) -> bool:
    """Is a text referred to by a description ("the 2004 agreement", "the old pact") that is no
    agreement mention nearer to ``pos`` than the last agreement named, in this sentence or the one
    before? Then a pronoun naming a text means that description, not the named one."""
    start = state.previous_sentence_start(pos)
    named = [x for x in before if state.entity_type(x.key) == "Agreement"]
    start = max(start, named[-1].end if named else 0)
    for hit in _UNNAMED_TEXT_RE.finditer(state.text, start, pos):
        if re.search(r"\b(?:it|as)\s+(?:[a-z]+\s+){0,2}$", state.text[max(0, hit.start() - 30):hit.start()]):
            continue  # "call it the lake accord; ... it is usually the X accord": itself a name given
        if state.mention_at(hit.start(), hit.end(), {"Agreement"}) is None:
            return True
    return False


def formal_titles(state: State) -> None:
    """'Agreement on Fishing Rights between the Government of the Republic of X
    and the Government of Y': the parties are named apart, but the whole title
    is another name of the agreement."""
    side = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+the|of|[A-Z][\w’'-]*))*"
    tail_re = re.compile(rf"\s+[Bb]etween\s+{side}\s+and\s+{side}")
    for x in list(state.mentions):
        if x.key not in state.entities or state.entity_type(x.key) != "Agreement" or x.start < state.body_start:
            continue
        if not re.match(r"(?:Agreement|Treaty|Convention|Protocol|Memorandum|Accord)\b", state.text[x.start:x.end]):
            continue
        t = tail_re.match(state.text, x.end)
        if t is None:
            continue
        full = " ".join(state.text[x.start:t.end()].split())
        full = re.sub(r"\s+(?:of|the|of the)$", "", full)
        if full != state.entities[x.key].label:
            state.entities[x.key].aliases.add(full)


def apposed_names(state: State) -> None:
    """"Germany's Federal Police, the Bundespolizei, have ...": an organisation
    renamed in apposition by a bare name is one organisation."""
    orgs = ORG_TYPES - {"MediaOrganization"}
    for a, b in zip(list(state.mentions), list(state.mentions)[1:]):
        if a.key == b.key or a.key not in state.entities or b.key not in state.entities:
            continue
        if state.entity_type(a.key) not in orgs or state.entity_type(b.key) not in orgs | {"Place", "Person"}:
            continue  # (the model often calls a foreign agency name a place: "the Guardia Civil")
        if not re.fullmatch(r",\s+the\s+", state.text[a.end:b.start]) or not re.match(r"\s*[,;.)]", state.text[b.end:b.end + 3]) \
                or re.match(r",\s*(?:and|or|the|a|an)\b", state.text[b.end:b.end + 8]):
            continue  # "the UN, the WHO, and the EU": a list
        known_a = state.gaz.lookup(state.entities[a.key].label) is not None
        known_b = state.gaz.lookup(state.entities[b.key].label) is not None
        if known_a and known_b or len(state.entities[b.key].label.split()) > 2:
            continue  # "the EU, the United Nations": two known bodies, a list
        if known_b:
            absorb(state, a.key, b.key)  # the known name is the canonical one
        else:
            absorb(state, b.key, a.key)
