"""Which places a road, bridge, crossing, railway or river connects.

'a road that connects A with B', 'the Friendship Bridge, which links A and B',
'the Mfum–Ekok bridge' (a link named after its two ends), 'the two cities are
joined by the X Bridge', 'a river that rises in A and flows into B'. The ends
are places whatever the name finder took them for.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import ORG_TAIL_WORDS
from kg.extract.evidence import evidence_for
from kg.extract.speakers import subject_of
from kg.extract.state import State
from kg.iris import slugify

_PLACE = {"Place", "Country"}


def extract_connects(state: State) -> None:
    """The connect rules, most specific first."""
    _factbox_pairs(state)
    _connects_by_name_shape(state)
    _connects(state)
    _connects_by_text(state)
    _on_border_between(state)  # "X Pass: on the border between Pakistan's A region and China's B region"
    _named_post_links(state)
    _joint_posts(state)  # "a joint checkpoint at Leova and Cahul"
    _from_to_after_link(state)
    _river_course(state)
    _anaphoric_course(state)


def pair_named_links(state: State) -> None:
    """'The new Jelgava-Siauliai line, which will link ...': a pair of names joined by a
    dash and followed by a link word ("line", "road", "bridge") is a link, a place
    labelled with the word, not an organisation "Jelgava-Siauliai"."""
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if m.start < state.body_start or entity is None or entity.type not in {"Organization", "Place"} \
                or entity.unnamed or entity.same_as:
            continue
        surface = " ".join(state.text[m.start:m.end].split())
        structure = _CAP_STRUCTURE_AFTER_RE.match(state.text, m.end)
        if structure is not None and _PAIR_ONLY_RE.fullmatch(surface):
            # "the Kessa-Tarvo Causeway": a structure named after two places (or two countries:
            # a causeway or bridge is no border), the capitalised word the finder left out its last
            rename_span(state, m.start, structure.end(), f"{surface} {structure.group(1)}", "Place")
            continue
        kind = _KIND_AFTER_RE.match(state.text, m.end)
        if kind is None or kind.group(1) not in _PAIR_KINDS:
            kind = _MODIFIED_KIND_AFTER_RE.match(state.text, m.end)  # "the Vemo-Tosa coastal road"
            if kind is not None and kind.group(1).split()[-1] not in _PAIR_KINDS:
                kind = None
        if kind is None or not _PAIR_ONLY_RE.fullmatch(surface):
            continue
        if any(state.gaz.country_of_demonym(e) for e in re.split(r"\s?[–—-]\s?", surface)):
            continue  # "the Latvia-Lithuania line": a border, named after two countries
        label = f"{surface} {' '.join(kind.group(1).split())}"
        rename_span(state, m.start, kind.end(), label, "Place")


# "the Davao–Bitung–Manado route": three or more names joined by dashes, then a link word
_CHAIN_KINDS = frozenset("route road railway railroad line highway corridor pipeline link ferry".split())


def chain_named_links(state: State) -> None:
    """'the Davao–Bitung–Manado route': a link named after three or more towns is one place
    (labelled with its kind word) that connects every town its name lists (not when a part is
    a country or a people: "the Kenya–Uganda–Rwanda corridor" names countries, not towns)."""
    from kg.extract.context_edit import rename_span  # an editing helper of the context pass

    for hit in _CHAIN_RE.finditer(state.text, state.body_start):
        kind = _KIND_AFTER_RE.match(state.text, hit.end())
        if kind is None or kind.group(1) not in _CHAIN_KINDS or "\n" in hit.group(0):
            continue
        parts = [(p.start() + hit.start(), p.end() + hit.start())
                 for p in re.finditer(r"[^–—-]+", hit.group(0))]
        names = [state.text[a:b].strip() for a, b in parts]
        if any(state.gaz.country_of_demonym(n) or state.gaz.country_of_demonym(n.split()[0]) for n in names):
            continue
        if any(state.entity_type(x.key) not in {"Place", "Organization", "Person"}
               for x in state.mentions_in(hit.start(), kind.end())):
            continue
        label = f"{' '.join(hit.group(0).split())} {kind.group(1)}"
        link = rename_span(state, hit.start(), kind.end(), label, "Place")
        evidence = state.sentence_span(state.sentence_of(hit.start()))
        for (a, b), name in zip(parts, names):
            a += len(state.text[a:b]) - len(state.text[a:b].lstrip())
            entry = state.gaz.lookup(name)
            place = state.add_entity(entry.label if entry else name, "Place", same_as=entry.same_as if entry else [])
            if place.type != "Place" or place.key == link.key:
                continue
            state.add_mention(place.key, a, a + len(name), alias=False)
            state.add_relation(link.key, "connects", evidence, obj=place.key)


def split_namesake_links(state: State) -> None:
    """'The Malaba bridge, which connects Malaba with Tororo': name resolution took
    '<Name> bridge' for the place '<Name>' ('the Torkham crossing' is Torkham), but
    a link whose own ends include its namesake is a place of its own, labelled
    as written. Run before any relation is read from the words."""
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if m.start < state.body_start or entity is None or entity.type != "Place":
            continue
        if m.start > 0 and state.text[m.start - 1] in "-–—":
            continue  # "Promachonas" inside "the Kulata-Promachonas crossing": one side of a pair's link
        end = m.end
        kind = _KIND_AFTER_RE.match(state.text, end)
        if kind is not None and kind.group(1) in LINK_KINDS:
            end = kind.end()  # "the Lobito corridor" when only "Lobito" was found: the corridor's name
        surface = re.sub(r"^[Tt]he\s+", "", " ".join(state.text[m.start:end].split()))
        words = surface.split()
        # a lowercase kind word the label lacks: "Malaba bridge" as a mention of "Malaba"
        if len(words) < 2 or words[-1] not in LINK_KINDS \
                or words[-1] in {w.lower() for w in entity.label.split()}:
            continue
        link = _LINK_RE.match(state.text, end)
        if link is None or link.end() > state.sentence_of(m.start).end_char:
            continue
        ends = {" ".join(state.text[link.start(g):link.end(g)].split()) for g in ("a", "b")}
        if not ends & ({entity.label} | entity.aliases):
            continue
        _move_mentions(state, m.key, surface)


_KIND_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")
# a capitalised structure word after a pair name the finder did not include ("Kessa-Tarvo Causeway")
_CAP_STRUCTURE_AFTER_RE = re.compile(r"[ \t]+(Causeway|Bridge|Tunnel|Railway|Highway|Pipeline|Canal|Corridor)\b")
# one or two lowercase modifiers before the kind word ("coastal road", "new rail line")
_MODIFIED_KIND_AFTER_RE = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){1,2}[a-z]+)\b")


def _move_mentions(state: State, key: str, surface: str) -> None:
    """Give the mentions of ``key`` written ``surface`` (or followed by the kind word
    that completes it: "Lobito" + " corridor") to a new place of that label."""
    entity = state.entities[key]
    facility = state.add_entity(surface, "Place")
    for span in list(entity.mentions):
        end = span.end
        if not re.sub(r"^[Tt]he\s+", "", " ".join(span.text.split())).endswith(surface.split()[-1]):
            kind = _KIND_AFTER_RE.match(state.text, end)
            end = kind.end() if kind is not None else end
        if re.sub(r"^[Tt]he\s+", "", " ".join(state.text[span.start:end].split())) != surface:
            continue
        entity.mentions.remove(span)
        state.mentions[:] = [x for x in state.mentions if not (x.key == key and x.start == span.start and x.end == span.end)]
        state.add_mention(facility.key, span.start, end, alias=False)
    entity.aliases.discard(surface)


def link_ends_are_places(state: State) -> None:
    """'connects Raxaul, in X, with Birgunj in Nepal': the two ends a link verb
    names are places, whatever the name finder took them for (so "Birgunj in
    Nepal" is read as a town in a country)."""
    # not "joins": people join people ("Soto joins Mamani and Vera in Lima")
    for verb in re.finditer(r"\b(?:links?|connects?|linking|connecting)\b", state.text):
        if verb.start() < state.body_start:
            continue
        link = _LINK_RE.match(state.text, verb.start())
        if link is None or link.end() > state.sentence_of(verb.start()).end_char:
            continue
        for group in ("a", "b"):
            hit = state.mention_at(link.start(group), link.end(group))
            if hit is None or hit.start != link.start(group):
                continue
            entity = state.entities[hit.key]
            if entity.type in {"Person", "Organization"} and not entity.unnamed and " " not in entity.label \
                    and not set(entity.label.split()) & lexicon.words("org_heads"):
                entity.type = "Place"


def _connects(state: State) -> None:
    verbs = lexicon.words("connect_verbs")
    located = {(r.subject, r.object) for r in state.relations if r.predicate == "locatedIn"}
    for token in state.tokens:
        if token.idx < state.body_start or token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
            continue
        subject = _connect_subject(state, token)
        if subject is None:
            _connects_passive(state, token)
            continue
        link = _LINK_RE.match(state.text, token.idx) or _LINK_DESCRIBED_RE.match(state.text, token.idx)
        if link and link.end() <= token.sent.end_char:
            # "connects Frankfurt (Oder), in the state of Brandenburg, with Słubice": the parse may
            # hang "with Słubice" elsewhere; the words still say it
            ends = [place_key_at(state, link.start(group), link.end(group)) for group in ("a", "b")]
            for key in ends:
                if key is not None and key != subject:
                    state.add_relation(subject, "connects", state.sentence_span(token.sent), obj=key)
        # places inside the first end's apposition ("A, the capital of the province of C, with B") are not ends
        aside = (link.end("a"), link.start("b")) if link and link.end() <= token.sent.end_char else (0, 0)
        sub = list(token.subtree)
        start = token.idx + len(token.text)
        end = sub[-1].idx + len(sub[-1].text)
        # The link's ends are named before the clause goes on ("..., and traders from C use it",
        # "as well as stations near D"): the places after that are not its ends.
        stop = _CLAUSE_BREAK_RE.search(state.text, start, end)
        end = stop.start() if stop else end
        located = {(r.subject, r.object) for r in state.relations if r.predicate == "locatedIn"}
        places = [m for m in state.mentions_in(start, end, _PLACE | {"Organization", "Person"})
                  if not state.entities[m.key].unnamed and not aside[0] <= m.start < aside[1]
                  and not re.search(r",\s+in\s+(?:the\s+)?(?:[A-Z][\w.]+['’]s\s+)?$", state.text[max(0, m.start - 40):m.start])]
        keys = [m.key for m in places]
        targets = [k for k in keys if not any((other, k) in located for other in keys)]
        if any(state.entity_type(k) != "Country" for k in targets):
            targets = [k for k in targets if state.entity_type(k) != "Country"]
        for k in targets:
            if state.entity_type(k) in {"Organization", "Person"}:
                state.entities[k].type = "Place"  # "connects Folkestone with Coquelles": places
        if not targets:
            targets = _two_named_before(state, token, subject)  # "links the two towns"
        evidence = state.sentence_span(token.sent)
        for k in list(dict.fromkeys(k for k in targets if k != subject))[:2]:  # a link has two ends
            if k != subject:
                state.add_relation(subject, "connects", evidence, obj=k)


_CLAUSE_BREAK_RE = re.compile(r",\s+(?:and|but|while|where|which|who|as)\b|;|\s+as\s+well\s+as\b|\s+while\b|\s+but\b")
# A dot only inside a name ("U.S"), never the end of a sentence before the next capital.
# ("Candelaria de la Frontera", "Dar es Salaam": lowercase particles may join the words of a name)
_PLACE_NAME = (CAP_CLASS + r"(?:[\w'’-]|\.(?=\w))*(?:\s(?:(?:de\s+la|de\s+las|de\s+los|do|da|dos|das|de|del|della|di|es|la|le|sur|upon|on|am|an|der)\s)?"
               + CAP_CLASS + r"[\w'’-]*)*(?:\s\([A-Z][a-z]+\))?")
_TOWN_OF = r"(?:[A-Z][\w-]+\s+(?:[a-z]+\s+)?(?:town|city|port|village|capital|municipality)\s+of\s+)"
# "and the northern Tarvian city of B", "and the province of B": a unit word, maybe after a
# lowercase description and a demonym, then "of" before the end's name
_UNIT_OF = (rf"(?:(?:[a-z][\w-]*\s+){{0,2}}?(?:{CAP_CLASS}[a-z]+\s+)?(?:{lexicon.alternation('locality_nouns')})\s+of\s+)")
# "the Baltic Rail Link, a rail line between A and B": the apposition says what the link is
# ("a 3,150-kilometre line": a length with a thousands comma is one word)
_LINK_APPOS = (r"(?:(?:a|an|the)\s+(?:(?:\d[\d,.]*-)?[\w-]+\s+){0,3}?(?:line|road|railway|railroad|highway|motorway|bridge|tunnel|"
               r"crossing|route|corridor|link|pipeline|canal|ferry|connection)\s+)")
# "the X Pipeline, known as Amlu, a 900-km line that runs ...": a short name before the apposition
_KNOWN_AS = r"(?:(?:also\s+|locally\s+|commonly\s+)?(?:known|called)\s+as\s+[^,.;]{1,40},\s+)"
# "link Tosa, west of Bari, with Ondo" / "from Ondo, near Bari in Tarvia, to Mira": a place that only
# locates the end, set off by commas, is no end
# ("runs for about seventy kilometres from A to B": a length may be spelled out)
_DISTANCE = rf"(?:[\d,.]+\s*|(?:{lexicon.alternation('number_words')})(?:[\s-](?:{lexicon.alternation('number_words')}))?\s+)(?:{lexicon.alternation('distance_units')})\s+"
_COMPASS = lexicon.alternation("compass_points")
_LOCATING_ASIDE = (rf",\s+(?:(?:just\s+|some\s+)?(?:{_DISTANCE})?"
                   rf"(?:(?:{_COMPASS})(?:-?(?:{_COMPASS}))?\s+of|near|outside|close\s+to|across\s+from)"
                   r")\s+[^,.;]{3,60}?,")
# "run from Bari through Ondo and Mira to Lumi": the places passed on the way are no ends
_VIA = r"(?:\s+(?:through|via)\s+[^.;]{3,80}?(?=\s+(?:to|into)\s))"
_LINK_RE = re.compile(
    # ("Karakoram Road: runs some 1,300 km from A to B": a fact box's label, a colon, then the course)
    rf"\s*[,:]?\s*{_KNOWN_AS}?{_LINK_APPOS}?(?:(?:which|that)\s+)?(?:(?:also|now|will|would|could)\s+)?"
    # "Rail Tosa, the line meant to link A with B": a plan to link names the ends all the same
    rf"(?:(?:is\s+|was\s+)?(?:meant|intended|designed|planned|expected|due|supposed)\s+to\s+)?"
    # "which since 2019 has let drivers travel between A and B": a time phrase and a perfect before the verb
    rf"(?:(?:since|from|in)\s+(?:1[89]|20)\d\d\s+(?:(?:has|have|had)\s+)?)?"
    # "which runs from A to B": a course from one end to the other; "crosses from A into B"
    rf"(?:links?|connects?|joins?|(?:runs?|running|stretch(?:es|ing)?|extends?|extending)\s+"
    # "would run 300 km from A to B": the length of the course before its ends
    rf"(?:(?:for\s+)?(?:some\s+|about\s+|roughly\s+|nearly\s+|almost\s+)?{_DISTANCE})?(?:between|from)"
    # "has let drivers travel between A and B", "allows lorries to cross from A to B": a way between two places
    rf"|(?:let|lets|letting|allows?|allowed|allowing|enables?|enabled|enabling)\s+(?:[a-z][\w-]*\s+){{1,3}}?(?:to\s+)?"
    rf"(?:travel|cross|drive|move|pass|go|commute|sail|walk|ride)\s+(?:between|from)"
    rf"|(?:cross(?:es|ing)?|passes|passing)\s+from"
    # "the Tovo crossing, which lies between A in X and B in Y": a link set between two places joins them
    rf"|(?:lies|sits|stands|(?:is\s+)?(?:located|situated))\s+between"
    rf"|linking|connecting|joining|between)\s+"
    # "links the village of A with B", "the city of A": a settlement word and "of" before the end's name
    rf"(?:the\s+(?:towns?|cities|city|ports?\s+of\s+|(?:town|city|village|port|municipality|settlement|hamlet)\s+of\s+)?\s*)?"
    # "links the Latvian town of A with B" / "from Latvia's A province into B"
    rf"(?:{_TOWN_OF}|[A-Z][\w.]+(?:\s[A-Z][\w.]+)?['’]s\s+"
    # "runs from the check post at A ... to the shrine in B": the spot at the end, then its place
    rf"|the\s+(?:[a-z][\w-]*\s+){{1,2}}?(?:at|in)\s+)?"
    rf"(?P<a>{_PLACE_NAME})(?:\s+(?:province|region|district|county|state|department"
    rf"|(?:oil\s+|gas\s+)?(?:field|terminal|refinery|station|junction|depot)))?"
    rf"(?:,?\s+in\s+[^,.;]{{3,60}}?,?"
    rf"|{_LOCATING_ASIDE}"
    # ("Ama, a town of 3,000 people, with B": a comma inside a number does not end the aside)
    rf"|,\s+(?:the|a|an)\s+(?:[^,.;]|(?<=\d)[,.](?=\d)){{3,90}}?,)?{_VIA}?"
    rf"\s+(?:and|with|to|into)\s+(?:the\s+)?(?:[A-Z][\w.]+(?:\s[A-Z][\w.]+)?['’]s\s+)?"
    # "with the Romanian town of Suceava": the town, not the demonym
    # "to a terminal off Mira": the place the end is described by
    rf"(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{1,2}}?(?:off|near|outside|at|in)\s+)?"
    rf"(?:{_TOWN_OF}|(?:town|city|village|port|municipality|settlement|hamlet)\s+of\s+|{_UNIT_OF})?(?P<b>{_PLACE_NAME})"
    # "to the border at A and on to B": A is a stop on the way, not the end
    rf"(?![\w'’-]|\s*,?\s+and\s+(?:then\s+)?on\s+(?:to|into)\b)"
)


# "link the river system near A to the coast at B": each end a stretch described, then its place
_NEAR = r"(?:the\s+)?(?:[a-z][\w-]*\s+){1,3}?(?:near|at|of|around|outside)\s+(?:the\s+)?"
_LINK_DESCRIBED_RE = re.compile(
    rf"(?:links?|connects?|joins?|linking|connecting|joining)\s+(?:{_NEAR})?(?P<a>{_PLACE_NAME})"
    rf"\s+(?:and|with|to)\s+(?:{_NEAR})?(?P<b>{_PLACE_NAME})")


_END_NAME = rf"{CAP_CLASS}[\w'’.]*(?:\s(?:(?:de|del|la|do|da|de\s+los|de\s+las|de\s+la|dos|das)\s)?{CAP_CLASS}[\w'’.]*){{0,2}}"
# "Davao–Bitung–Manado": three to five such names joined by dashes
_CHAIN_RE = re.compile(rf"{_END_NAME}(?:\s?[–—-]\s?{_END_NAME}){{2,4}}")
_PAIR_ONLY_RE = re.compile(rf"(?P<a>{_END_NAME})\s?[–—-]\s?(?P<b>{_END_NAME})")
# "the A-B coastal road", "the A-B Cross-Border Railway": up to two modifiers before the kind
_PAIR_NAME_RE = re.compile(rf"^(?:[Tt]he\s+)?(?P<a>{_END_NAME})\s?[–—-]\s?(?P<b>{_END_NAME})"
                           rf"\s+(?:[A-Za-z][\w-]*\s+){{0,2}}?(?P<kind>[A-Za-z]+)$")


# A factbox line "Bari-Tosa: the only rail crossing ..., on the line that connects Bari with Tosa"
_FACTBOX_RE = re.compile(rf"^(?P<pair>(?P<a>{_END_NAME})\s?[–—-]\s?(?P<b>{_END_NAME})):[ \t]+(?P<rest>[^\n]+)", re.M)


def _factbox_pairs(state: State) -> None:
    """A line labelled with two place names joined by a dash, about a crossing or a
    line: the label is a place (the crossing) connecting the two."""
    for hit in _FACTBOX_RE.finditer(state.text):
        if hit.start() < state.body_start:
            continue
        words = set(re.findall(r"[a-z]+", hit.group("rest").lower()))
        if not words & (LINK_KINDS | {"crossing", "checkpoint", "ferry"}):
            continue
        ends = []
        for group in ("a", "b"):
            name = hit.group(group)
            if state.gaz.country_of_demonym(name) is not None:
                break
            key = slugify(name)
            if state.entity_type(key) != "Place" if key in state.entities else True:
                break
            ends.append(key)
        if len(ends) != 2 or state.mention_at(hit.start("pair"), hit.end("pair")) is not None:
            continue
        pair = " ".join(hit.group("pair").split())
        link = state.add_entity(pair, "Place")
        if link.type != "Place":
            continue
        state.add_mention(link.key, hit.start("pair"), hit.end("pair"), alias=False)
        evidence = state.span(hit.start(), hit.end())
        for key in ends:
            state.add_relation(link.key, "connects", evidence, obj=key)


def _written_elsewhere(state: State, name: str, link) -> bool:
    """'the Tavan Tolgoi-Gashuunsukhait railway ... reach Gashuunsukhait': the end's name
    stands alone in the body (a whole word, in no other name), so it is a place the
    name finder missed."""
    for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", state.text):
        if hit.start() < state.body_start or link.start <= hit.start() < link.end:
            continue
        # a mention of just this name counts ("in Hodonín last Friday", "Yerevan was prepared"
        # read as its country's government); a longer name holding it does not
        if not any(x.start <= hit.start() < x.end and (x.start, x.end) != hit.span() for x in state.mentions):
            return True
    return False


def _connects_by_name_shape(state: State) -> None:
    """'the Mfum–Ekok bridge', 'the Kipoi-Ipsala crossing': a link named after its
    two ends connects those two places (not when the ends are countries:
    'the Greece-Turkey crossing' names a border, not two towns)."""
    for m in list(state.mentions):
        entity = state.entities[m.key]
        if m.start < state.body_start or entity.type not in {"Place", "Organization", "GovernmentAgency"}:
            continue
        surface = " ".join(state.text[m.start:m.end].split())
        if entity.type != "Place" and not re.search(r"\s(?:Railway|Road|Highway|Bridge|Line|Tunnel|Canal|"
                                                           r"Pipeline|Corridor)$", surface):
            continue  # "the Zamyn Uud-Erenhot Cross-Border Railway": a line named as a body would be
        shape = _PAIR_NAME_RE.match(surface)
        if not shape:
            # "the A-B and C-D crossings": each pair has its kind in an alias ("A-B crossing")
            shape = next((_PAIR_NAME_RE.match(a) for a in sorted(entity.aliases)
                          if a.startswith(surface + " ") and len(a.split()) == len(surface.split()) + 1
                          and _PAIR_NAME_RE.match(a)), None)
        if not shape or shape.group("kind").lower() not in _PAIR_KINDS | {"ferry"} \
                and not re.search(r"\b(?:land|dry|river)\s+port$", surface):  # "the Jessore-Hili land port"
            continue
        # "the Guben-Gubin bridge": a lowercase kind after two one-word names is a link between two towns
        plain_pair = shape.group("kind") in {"bridge", "crossing", "ferry", "checkpoint", "post"} \
            and all(" " not in shape.group(g) for g in ("a", "b")) \
            and not any(e.label.startswith((shape.group("a") + " ", shape.group("b") + " "))
                        for e in state.entities.values() if e.type == "Place")
        ends = [shape.group("a"), shape.group("b")]
        if any(state.gaz.country_of_demonym(e) for e in ends):
            continue
        stated = _LINK_RE.match(state.text, m.end)
        if stated and stated.end() <= state.sentence_of(m.start).end_char:
            # "the A-B crossing, which links C with D": the clause names the ends (the rules of
            # clauses read them for most kinds; a stretch, "the A-B section runs from A to B", is read here)
            if shape.group("kind").lower() == "section":
                for group in ("a", "b"):
                    key = place_key_at(state, stated.start(group), stated.end(group))
                    if key is not None and key != m.key and state.entity_type(key) == "Place":
                        entity.type = "Place"
                        state.add_relation(m.key, "connects", evidence_for(state, m), obj=key)
            continue
        offset = state.text.find(ends[0], m.start, m.end)
        spans = [(offset, offset + len(ends[0]))]
        second = state.text.find(ends[1], spans[0][1], m.end)
        spans.append((second, second + len(ends[1])))
        if offset < 0 or second < 0:
            continue
        # a link has two ends: both must be places (an end the text names as something else,
        # "Aguas Verdes" read as an organisation, leaves the name's shape unreliable)
        labels = []
        for name in ends:
            entry = state.gaz.lookup(name)
            label = entry.label if entry else name
            known = state.entities.get(slugify(label))
            if known is not None and known.type != "Place" or slugify(label) == m.key:
                break
            # Only a known place, or one the text names outside the link's own name, is an
            # end: otherwise "Second Peru" of "the Second Peru-Ecuador Friendship Bridge" would be.
            elsewhere = known is not None and any(
                x.start >= m.end or x.end <= m.start for x in state.mentions if x.key == known.key
            ) or _written_elsewhere(state, name, m)
            if not elsewhere:
                break
            labels.append((label, entry))
        if len(labels) != 2:
            continue
        entity.type = "Place"
        for (start, end), (label, entry) in zip(spans, labels):
            end_entity = state.add_entity(label, "Place", same_as=entry.same_as if entry else [])
            state.add_mention(end_entity.key, start, end, alias=False)
            state.add_relation(m.key, "connects", evidence_for(state, m), obj=end_entity.key)


def _river_course(state: State) -> None:
    """'a stream that rises in Bolivia's Potosí department and flows into Chile's
    Antofagasta region': a river connects where it rises and where it flows to."""
    for tok in state.tokens:
        if tok.idx < state.body_start or tok.lemma_.lower() not in {"rise", "originate"} or tok.pos_ != "VERB":
            continue
        ends = []
        for verb in (tok, *[c for c in tok.children if c.dep_ == "conj" and c.lemma_.lower() in {"flow", "run", "empty", "drain"}]):
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in {"in", "from", "into", "to", "through"}:
                    sub = list(prep.subtree)
                    inside = state.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1].text), {"Place"})
                    if inside:  # "in Bolivia's Potosí department": the region, not the country
                        ends.append(inside[-1].key)
        if len(ends) < 2:
            continue
        subject = _connect_subject(state, tok)
        for key in dict.fromkeys(ends):
            if subject is not None and key != subject:
                state.add_relation(subject, "connects", state.sentence_span(tok.sent), obj=key)


def _connects_by_text(state: State) -> None:
    """'the Friendship Bridge, which links Foz do Iguaçu and Ciudad del Este',
    'the X Crossing between A and B': read from the words when the parse of
    unfamiliar names fails. The river a bridge spans is not what it connects."""
    kinds = {k.lower() for k in lexicon.words("street_suffixes")} | set(lexicon.mapping("place_nouns")) | LINK_KINDS
    for m in list(state.mentions):
        entity = state.entities[m.key]
        surface = state.text[m.start:m.end].split() or [""]
        last = surface[-1].lower() if surface[-1].lower() in kinds else entity.label.split()[-1].lower()
        if m.start < state.body_start or entity.unnamed:
            continue
        after = m.end
        tail = _KIND_TAIL_RE.match(state.text, m.end)
        if entity.type == "Place" and tail is not None and tail.group("kind") in LINK_KINDS and last not in kinds \
                and not _DASH_BEFORE_RE.search(state.text[max(0, m.start - 2):m.start]) \
                and state.mention_at(tail.start("kind"), tail.end("kind")) is None:
            # (not "the Tosa-Vemo crossing" read from its second end: that name is the link's own)
            # "the N4 toll road, which links A with B": the name left its kind words outside
            last, after = tail.group("kind"), tail.end()
        if entity.type != "Place" or last not in kinds:
            # "Rail Tosa, a standard-gauge line that will run from ...": the apposition says it is a link
            described = entity.type == "Place" and _DESCRIBED_LINK_RE.match(state.text, m.end) is not None
            if not described and (entity.type not in {"Organization", "Person"} or not _route_named(state, m, last)):
                continue
        if last in {"river", "sea", "lake", "ocean", "bay", "gulf", "strait", "channel", "lakes", "island", "islands"}:
            continue
        link = _LINK_RE.match(state.text, after)
        if not link:
            # "The Velka Bridge, a 900-metre road and rail span across the Luangwa, links A with B": the
            # apposition describes the link; the verb after it still names the ends
            aside = _ASIDE_BEFORE_LINK_VERB_RE.match(state.text, after)
            link = _LINK_RE.match(state.text, aside.end()) if aside is not None else None
        if not link and last in {"tunnel", "bridge", "railway", "railroad", "pipeline", "canal", "crossing"}:
            # "the Fréjus rail tunnel line between Modane and Bardonecchia": the line through the link
            # is the link itself; its ends are the link's
            head = _LINK_HEAD_AFTER_RE.match(state.text, m.end)
            link = _LINK_RE.match(state.text, head.end()) if head is not None else None
            if link is not None and not re.match(r"\s*(?:between|linking|connecting|joining)\s", state.text[head.end():link.end()]):
                link = None
        if not link and last in {"bridge", "ferry", "tunnel", "crossing"}:
            # "the Friendship Bridge over the Rio Verde between A and B": the water spanned is no end
            over = _OVER_WATER_RE.match(state.text, m.end)
            link = _LINK_RE.match(state.text, over.end()) if over is not None else None
        if not link:
            continue
        sent = state.sentence_of(m.start)
        if link.end() > sent.end_char:
            continue
        entity.type = "Place"  # "the Baltic Rail Link, a rail line between ...": a link, whatever the name finder said
        for group in ("a", "b"):
            start, end = link.start(group), link.end(group)
            key = place_key_at(state, start, end)
            if key is not None and key != m.key:
                state.add_relation(m.key, "connects", state.sentence_span(sent), obj=key)
    _connects_by_kind_word(state, kinds)


# "Khara Pass: on the border between Varnia's Tarvo region and Lumia's Ama province", "the Osi
# crossing, which sits on the frontier between A and B": a link on a border joins the two places
# either side of it (the countries' own regions; two bare countries are left to the side rules)
_LINK_TAILS = {"pass", "crossing", "bridge", "tunnel", "checkpoint", "gate", "post", "causeway", "border-crossing"}
_OWNER = r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?(?:'s|’s)\s+)?"
# ("X Pass: about 4,700 metres above sea level, on the border between ...": a short aside first)
_ON_BORDER_RE = re.compile(r"\s*[:,(–—-]\s*(?:[^;:.()\n]{3,60}?,\s+(?=on\s+the\s+(?:border|frontier|boundary)\s))?(?:(?:which|that)\s+)?(?:(?:is|lies|sits|runs|stands)\s+|lying\s+|located\s+|situated\s+)?"
                           r"(?:right\s+|directly\s+)?on\s+the\s+(?:border|frontier|boundary)\s+between\s+(?:the\s+)?"
                           rf"{_OWNER}(?P<a>[A-Z][^,;:.()]*?)\s+and\s+(?:the\s+)?{_OWNER}(?P<b>[A-Z][^,;:.()]*?)"
                           r"(?=\s*[,;:.()]|\s+(?:and|at|near|in|on|where|which)\b|\s*$)", re.M)


def _on_border_between(state: State) -> None:
    for m in list(state.mentions):
        entity = state.entities[m.key]
        if m.start < state.body_start or entity.type != "Place" or entity.unnamed:
            continue
        if entity.label.split()[-1].lower() not in _LINK_TAILS:
            continue
        hit = _ON_BORDER_RE.match(state.text, m.end)
        if hit is None:
            continue
        ends = [state.mention_at(hit.start(g), hit.end(g), {"Place"}) for g in ("a", "b")]
        if any(e is None or e.start != hit.start(g) or e.key == m.key for e, g in zip(ends, ("a", "b"))):
            continue
        if ends[0].key == ends[1].key:
            continue
        span = state.sentence_span(state.sentence_of(m.start))
        for e in ends:
            state.add_relation(m.key, "connects", span, obj=e.key)


_LINK_HEAD_AFTER_RE = re.compile(r"[ \t]+(?:rail\s+|road\s+|railway\s+)?(?:line|link|route|section|connection)(?=\s+between\s)")


# "the Nam Phao post, which links A with B": a name and a lowercase kind word the name finder missed
# (or at a sentence's start without "the": "Red Gate crossing, which links ...")
_NAMED_POST_RE = re.compile(rf"(?:\b[Tt]he\s+|^|(?<=[.!?]\s))(?!The\s)(?P<name>{CAP_CLASS}[\w'’-]*(?:\s{CAP_CLASS}[\w'’-]*){{0,2}})\s+"
                            r"(?P<kind>(?:border\s+)?(?:post|crossing|checkpoint|gate)|bridge|ferry|tunnel)\b", re.M)


def _named_post_links(state: State) -> None:
    """'the Nam Phao post, which links Bolikhamxay province with Ha Tinh': a border post,
    crossing or bridge named by a capitalised name before its lowercase kind word, that
    the words after it say links two places, is a place (labelled as written) connecting
    them (not when the name is a country's or a people's: "the Lao post")."""
    for hit in _NAMED_POST_RE.finditer(state.text, state.body_start):
        if state.is_skipped(hit.start(), hit.end()):
            continue
        link = _LINK_RE.match(state.text, hit.end())
        sent = state.sentence_of(hit.start("name"))
        if link is None or link.end() > sent.end_char:
            continue
        name = hit.group("name")
        entry = state.gaz.lookup(name)
        if (entry is not None and entry.type == "Country") or state.gaz.country_of_demonym(name.split()[0]) is not None:
            continue
        covering = state.mentions_in(hit.start("name"), hit.end("kind"))
        if any(x.start <= hit.start("name") and x.end >= hit.end("kind") for x in covering):
            continue  # the whole name was read: the other rules take it
        if any(state.entity_type(x.key) not in {"Place", "Organization"} or state.entities[x.key].same_as
               for x in covering):
            continue
        from kg.extract.agreement_titles import drop_mention  # late: agreements import this area

        for x in covering:
            drop_mention(state, x)
        label = " ".join(state.text[hit.start("name"):hit.end("kind")].split())
        link_key = state.add_entity(label, "Place").key
        state.add_mention(link_key, hit.start("name"), hit.end("kind"), alias=False)
        for group in ("a", "b"):
            key = place_key_at(state, link.start(group), link.end(group))
            if key is not None and key != link_key:
                state.add_relation(link_key, "connects", state.sentence_span(sent), obj=key)


# ", a 900-metre span across the Luangwa River, links": an aside set off by commas, then a link verb
_ASIDE_BEFORE_LINK_VERB_RE = re.compile(r"\s*,\s+[^,.;()]{3,90}?,(?=\s+(?:links|connects|joins)\s)")
# "N4 toll road", "E20 coastal highway": a lowercase modifier, then the kind word after a name
_KIND_TAIL_RE = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+)?(?P<kind>[a-z]+)\b")
# "the Tosa-Vemo crossing": a dash right before the mention joins it to the name before
_DASH_BEFORE_RE = re.compile(r"[–—-]\s?$")
_DESCRIBED_LINK_RE = re.compile(rf"\s*,\s*{_KNOWN_AS}?{_LINK_APPOS}")
_ROUTE_WORDS_RE = re.compile(rf"\s*,?\s*{_KNOWN_AS}?(?:{_LINK_APPOS}|(?:cross(?:es|ing)?|passes|passing)\s+from\b)")


def _route_named(state: State, m, last: str) -> bool:
    """A name read as an organisation or person that the words right after it
    describe as a route: "the Baltic Rail Link, a rail line between ..." (its
    name ends in a link word), "where the Via Karelia crosses from A into B"."""
    entity = state.entities[m.key]
    if set(entity.label.split()) & lexicon.words("org_heads") - {w.title() for w in LINK_KINDS}:
        return False
    if any(r.subject == m.key and r.predicate in {"holdsPosition", "partOf", "represents"} for r in state.relations):
        return False
    hit = _ROUTE_WORDS_RE.match(state.text, m.end)
    if hit is None:
        return False
    return last in LINK_KINDS or "from" in hit.group(0)


def _connects_by_kind_word(state: State, kinds: set[str]) -> None:
    """'The bridge, linking A and B, ...': the kind word alone refers to the named
    place of that kind mentioned last ('the Friendship Bridge'); it connects A and B."""
    skip = {"river", "sea", "lake", "ocean", "bay", "gulf", "strait", "channel", "lakes", "island", "islands"}
    for m in re.finditer(r"\b[Tt]he\s+([a-z]+)\b", state.text[state.body_start:]):
        kind = m.group(1)
        if kind not in kinds or kind in skip:
            continue
        end = state.body_start + m.end()
        named = [x for x in state.mentions if x.end <= end - len(m.group(0))
                 and state.entities[x.key].type == "Place" and state.entities[x.key].label.split()[-1].lower() == kind]
        link = _LINK_RE.match(state.text, end)
        if not link:
            continue
        sent = state.sentence_of(end - 1)
        if link.end() > sent.end_char:
            continue
        apposed = _apposed_route(state, end - len(m.group(0)), sent.start_char) if kind in LINK_KINDS else None
        if apposed is None and not named:
            continue
        subject = apposed or named[-1].key
        if any(r.subject == subject and r.predicate == "connects" for r in state.relations):
            continue  # the named form already said what it connects
        for group in ("a", "b"):
            key = place_key_at(state, link.start(group), link.end(group))
            if key is not None and key != subject:
                state.add_relation(subject, "connects", state.sentence_span(sent), obj=key)


# "Route 7, the highway that ...", "E67, the road that ...": a route's own name before the apposition
_ROUTE_NAME_RE = re.compile(r"(?:^|(?<=\s))(?P<name>(?:[A-Z][\w-]*\s)*(?:[A-Z][\w-]*\s?\d+[A-Z]?|[A-Z]+\d+))\s*,\s+$")


def _apposed_route(state: State, the: int, sent_start: int) -> str | None:
    """The link named just before "the highway" in "Route 7, the highway that links A with B"."""
    before = state.text[sent_start:the]
    if not before.rstrip().endswith(","):
        return None
    hit = state.mention_at(the - len(before) + len(before.rstrip()) - 2, the - len(before) + len(before.rstrip()) - 1)
    if hit is not None and re.fullmatch(r",\s+", state.text[hit.end:the]):
        entity = state.entities[hit.key]
        if entity.type == "Place" or entity.type == "Organization" and not entity.unnamed \
                and not set(entity.label.split()) & lexicon.words("org_heads"):
            entity.type = "Place"
            return hit.key
        return None
    number = _ROUTE_NAME_RE.search(before)
    if number is None:
        return None
    start = sent_start + number.start("name")
    entity = state.add_entity(number.group("name"), "Place")
    state.add_mention(entity.key, start, start + len(number.group("name")), alias=False)
    return entity.key


def place_key_at(state: State, start: int, end: int) -> str | None:
    """The place named at start:end (an existing mention, retyped, or a new place)."""
    hit = state.mention_at(start, end)
    if hit is not None and hit.start == start:
        entity = state.entities[hit.key]
        if entity.type in {"Organization", "Person"} and not entity.unnamed:
            entity.type = "Place"
        return hit.key if state.entities[hit.key].type in _PLACE else None
    if hit is not None:
        return None
    label = " ".join(state.text[start:end].split())
    if state.gaz.country_of_demonym(label) is not None:
        return None  # "links A with Yemeni territory", "joins A to the German mainland": a side, no place
    entry = state.gaz.lookup(label)
    entity = state.add_entity(entry.label if entry else label, entry.type if entry else "Place",
                              same_as=entry.same_as if entry else [])
    state.add_mention(entity.key, start, end)
    return entity.key


LINK_KINDS = frozenset("railway railroad line road highway bridge crossing tunnel pipeline canal waterway corridor route "
                        "link".split())
# a link named after its two ends may also be a border post: "the Leova-Cahul checkpoint"
# ("the Ama-Lumi section": a stretch of a line named after its two ends)
_PAIR_KINDS = LINK_KINDS | {"checkpoint", "post", "section"}
# "over the Rio Verde", "across the Prut river": the water a bridge spans, before its ends
_OVER_WATER_RE = re.compile(rf"\s+(?:over|across|spanning)\s+(?:the\s+)?{_PLACE_NAME}(?:\s+[Rr]iver)?")
# "a joint checkpoint at Leova and Cahul", "a shared border post between A and B": one post the two towns share
_JOINT_POST_RE = re.compile(rf"\b(?:a|the|one)\s+(?:new\s+|single\s+)?(?:joint|shared|common)\s+(?P<kind>(?:border\s+|customs\s+)?"
                            rf"(?:checkpoint|crossing\s+point|crossing|post|control\s+post))\s+(?:at|in|between|for)\s+"
                            rf"(?P<a>{_PLACE_NAME})\s+and\s+(?P<b>{_PLACE_NAME})")


def _joint_posts(state: State) -> None:
    """'a joint checkpoint at Leova and Cahul': the one post is a place "Leova-Cahul checkpoint"
    connecting the two towns (never countries: "a joint post between Moldova and Romania" is the border)."""
    for hit in _JOINT_POST_RE.finditer(state.text, state.body_start):
        if state.is_skipped(hit.start(), hit.end()):
            continue
        ends = []
        for g in ("a", "b"):
            m = state.mention_at(hit.start(g), hit.end(g))
            if m is not None and (m.start != hit.start(g) or m.end != hit.end(g) or state.entities[m.key].unnamed
                                  or state.entity_type(m.key) not in {"Place", "Organization", "Person"}):
                break
            if m is None and state.gaz.lookup(hit.group(g)) is not None:
                break  # a name the gazetteer knows as something the text did not read here
            ends.append(g)
        if len(ends) != 2:
            continue
        keys = [place_key_at(state, hit.start(g), hit.end(g)) for g in ends]  # the towns, whatever they were read as
        if None in keys or keys[0] == keys[1] or any(state.entity_type(k) == "Country" for k in keys):
            continue
        kind = hit.group("kind").split()[-1]
        label = f"{state.entities[keys[0]].label}-{state.entities[keys[1]].label} {kind}"
        post = state.add_entity(label, "Place")
        state.add_mention(post.key, hit.start("kind"), hit.end("kind"), alias=False)
        for key in keys:
            state.add_relation(post.key, "connects", state.sentence_span(state.sentence_of(hit.start())), obj=key)


# Plural nouns for settlements a link joins ("the two towns", "both ports")
_SETTLEMENTS = frozenset("towns cities ports villages communities municipalities settlements harbours harbors".split())
# Label tails of places that are no settlement (a region, a stretch of water, a link)
_NOT_SETTLEMENT = frozenset("region county province district state department oblast river sea lake ocean bay "
                            "gulf strait channel border".split()) | LINK_KINDS


def _two_named_before(state: State, verb: Token, subject: str) -> list[str]:
    """'The bridge over the Gauja river links the two towns': the object names no
    place but 'the two <settlements>'; the ends are the last two towns, cities or
    ports (places that are no country, region, water or link) named in the one or
    two sentences before (or earlier in the same sentence)."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is None or obj.lower_ not in _SETTLEMENTS:
        return []
    if not any(c.lower_ in {"two", "both"} for c in obj.children if c.dep_ in {"nummod", "det", "predet", "amod"}):
        return []
    sent = verb.sent
    start = sent.start_char
    for _ in range(2):  # the one or two sentences before
        if sent.start == 0:
            break
        sent = state.doc[sent.start - 1].sent
        start = sent.start_char
    start = max(start, state.body_start)
    # up to the subject's words ("Valga and Valka face each other, and the bridge links the two towns")
    subj_tok = subject_of(verb)
    stop = subj_tok.left_edge.idx if subj_tok is not None and subj_tok.sent.start == verb.sent.start \
        else verb.sent.start_char
    containers = {r.object for r in state.relations if r.predicate == "locatedIn"}
    found: list[str] = []
    for m in state.mentions:
        if m.start < start or m.end > stop:
            continue
        entity = state.entities[m.key]
        if entity.type != "Place" or entity.unnamed or m.key == subject or m.key in containers:
            continue
        entry = state.gaz.lookup(entity.label)
        if entry is not None and entry.section == "regions" \
                or entity.label.split()[-1].lower() in _NOT_SETTLEMENT:
            continue
        found.append(m.key)
    ends = list(dict.fromkeys(reversed(found)))[:2]
    return ends if len(ends) == 2 else []


def _connects_passive(state: State, verb: Token) -> None:
    """'The two cities are joined by the Friendship Bridge': the agent connects
    the places the subject stands for (named, or the last two towns named)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if agent is None or subj is None:
        return
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    link = state.mention_at(pobj.idx, pobj.idx + len(pobj.text), {"Place"}) if pobj is not None else None
    if link is None:
        return
    named = [m.key for t in (subj, *subj.conjuncts)
             if (m := state.mention_at(t.idx, t.idx + len(t.text), _PLACE | {"Person", "Organization"})) is not None
             and not state.entities[m.key].unnamed]
    for key in named:
        if state.entity_type(key) in {"Person", "Organization"}:
            state.entities[key].type = "Place"  # "Komárno and Komárom are joined by a bridge": towns
    if not named and subj.lower_ in {"cities", "towns", "ports", "villages", "communities"}:
        containers = {r.object for r in state.relations if r.predicate == "locatedIn"}
        before = [m.key for m in state.mentions
                  if state.body_start <= m.start < subj.idx and state.entity_type(m.key) == "Place"
                  and m.key not in containers and m.key != link.key
                  and state.entities[m.key].label.split()[-1].lower() not in {"river", "sea", "lake", "ocean"}]
        named = list(dict.fromkeys(reversed(before)))[:2]
    for key in named:
        if key != link.key and state.entity_type(key) != "Country":
            state.add_relation(link.key, "connects", state.sentence_span(verb.sent), obj=key)


# Words one facility goes by: "the Funan Canal ... The waterway"
_SAME_KIND = {"canal": {"canal", "waterway"}, "waterway": {"canal", "waterway"}}


def _anaphoric_link(state: State, tok: Token) -> str | None:
    """'The line connects ...': the railway, road or bridge named last before."""
    if tok.lower_ not in LINK_KINDS | {"ferry"} or not any(c.lower_ == "the" for c in tok.children):
        return None  # "The ferry connects ...": a named ferry ("the Saaremaa ferry") before
    if any(c.dep_ in {"compound", "amod", "nmod"} and c.text[:1].isupper() for c in tok.children):
        return None  # "The Artashat corridor": a link of its own, not the one named before
    best = None
    generic = None
    kinds = _SAME_KIND.get(tok.lower_, {tok.lower_})
    only = {m.key for m in state.mentions if m.start < tok.idx and state.entities[m.key].type == "Place"
            and state.entities[m.key].label.split()[-1].lower() in kinds}
    for m in state.mentions:
        if m.start >= tok.idx:
            break
        entity = state.entities[m.key]
        if entity.type == "Place" and entity.label.split()[-1].lower() in kinds \
                and (tok.idx - m.start < 600 or len(only) == 1):
            best = m.key  # "the railway" is the railway named before, not the road (or the only canal)
        elif entity.type == "Place" and tok.idx - m.start < 600 and entity.label.split()[-1].lower() in LINK_KINDS:
            generic = m.key
    if best is None and generic is None:
        # "expand the Lesovo crossing. The crossing links ...": a crossing the resolver made one
        # with its namesake town ("Lesovo", alias "Lesovo crossing") is the one written with the kind
        written = [m.key for m in state.mentions if m.start < tok.idx and tok.idx - m.start < 600
                   and state.entities[m.key].type == "Place"
                   and (" ".join(state.text[m.start:m.end].split()).lower().endswith(" " + tok.lower_)
                        or re.match(rf"\s+(?:border\s+)?{tok.lower_}\b", state.text[m.end:m.end + 20]))]
        if len(set(written)) == 1:
            return written[-1]
    if best is None and tok.lower_ in {"crossing", "link", "route", "corridor"}:
        return generic  # "the crossing": the bridge or tunnel named just before
    if best is None:
        # "The bridge, better known as the Rosa bridge, links ...": the apposed name
        for child in tok.children:
            if child.dep_ == "appos" or child.dep_ == "acl":
                for t in child.subtree:
                    m = state.mention_at(t.idx, t.idx + len(t.text), {"Place"})
                    if m is not None and state.entities[m.key].label.split()[-1].lower() in LINK_KINDS:
                        return m.key
    return best


_WATER = frozenset("river sea lake bay gulf strait channel".split())


def _plain_town(state: State, tok: Token) -> bool:
    """Is ``tok`` a place named without a kind word of a link, feature or facility ("Sisak", not
    "the Brenner Pass")?"""
    m = state.mention_at(tok.idx, tok.idx + len(tok.text), {"Place"})
    if m is None:
        return False
    kinds = {k.lower() for k in lexicon.words("street_suffixes")} | set(lexicon.mapping("place_nouns")) | LINK_KINDS
    words = state.entities[m.key].label.lower().split()
    after = re.match(r"\s+([a-z]+)", state.text[m.end:m.end + 16])
    return not (set(words) & kinds or (after is not None and after.group(1) in kinds))


# "The waterway is meant to link A to B": the subject of the passive verb the link hangs on
_PLANNED = frozenset("mean intend design plan expect set suppose slate due".split())


def _connect_subject(state: State, verb: Token) -> str | None:
    cands = []
    # "to Sisak, where it would join the network of X": a clause of place whose subject is a pronoun
    # for something named before says what that thing does at the town; the town joins nothing
    # (a pass, a bridge or a road named by its kind word may still be what joins the two ends)
    of_place = any(c.dep_ == "advmod" and c.lower_ in {"where", "when"} for c in verb.children) \
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"it", "they"} for c in verb.children) \
        and _plain_town(state, verb.head)
    if verb.dep_ == "relcl" and not of_place:
        cands.append(verb.head)
    subj = subject_of(verb)
    if subj is None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PLANNED:
        subj = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    if subj is not None and _dateline_word(subj):
        # "MTWARA - When the X Bridge opened, it carried ...": the parser may take the dateline's
        # town for the clause's subject; the clause's own subject is the other one
        subj = next((c for c in subj.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != subj.i), None)
    if subj is not None:
        cands.append(subj)
    for i, tok in enumerate(cands):
        # "X, a bridge over the Y river that connects A with B": the clause is the bridge's
        water = state.mention_at(tok.left_edge.idx, tok.idx + len(tok.text), {"Place"})
        is_water = tok.lower_ in _WATER or water is not None and state.entities[water.key].label.split()[-1].lower() in _WATER
        if is_water and verb.dep_ == "relcl" and tok.i == verb.head.i \
                and tok.head.dep_ == "prep" and tok.head.lower_ in {"over", "across", "on", "spanning"}:
            cands[i] = tok.head.head
    for i, tok in enumerate(cands):
        # "The X Dam also carries a road that connects A with B": the structure carrying the unnamed
        # road is what joins the two ends
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "carry" and tok.lower_ in LINK_KINDS \
                and state.mention_at(tok.idx, tok.idx + len(tok.text)) is None \
                and not any(c.lower_ == "the" for c in tok.children):
            carrier = subject_of(tok.head)
            if carrier is not None and state.mention_at(carrier.idx, carrier.idx + len(carrier.text), {"Place"}) is not None:
                cands[i] = carrier
    for tok in cands:
        for t in (tok, tok.head if tok.dep_ in {"appos", "nsubj"} else None):
            if t is None:
                continue
            m = state.mention_at(t.idx, t.idx + len(t.text), {"Place", "Organization", "Person"})
            if m is None:
                anaphor = _anaphoric_link(state, t)
                if anaphor is not None:
                    return anaphor
            if m is not None and state.entities[m.key].label.split()[-1] in ORG_TAIL_WORDS:
                return None  # "The Elgon Farmers Union and ... joined them": a body, not a link
            known = state.gaz.lookup(state.entities[m.key].label) if m is not None else None
            if known is not None and known.type not in {"Place", "Country"}:
                return None  # "Sonatrach and ADNOC joined the consortium": known firms, not links
            if m is not None and " " not in state.entities[m.key].label or m is not None and state.entity_type(m.key) != "Person":
                state.entities[m.key].type = "Place"  # "The Teesta, which connects ...": a river
                return m.key
        if tok.dep_ == "appos" or tok.head.dep_ == "appos":
            head = tok.head
            m = state.mention_at(head.idx, head.idx + len(head.text), {"Place"})
            if m is not None:
                return m.key
    return None


def _dateline_word(tok: Token) -> bool:
    """Is ``tok`` the upper-case town of a dateline ("MTWARA - ...") at its sentence's start?"""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.i == tok.sent.start and len(tok.text) > 1 and tok.text.isupper() \
        and nxt is not None and nxt.text in {"-", "–", "—"}


# "The river, which runs from Lake A to the B Sea" / "the line meant to link A with B": a back-reference
# to the river or line named before, then the words of a link (a plan to link counts)
# ("the 378-metre span links A with B": a bridge's span; "the 18-kilometre link between A and B")
_ANAPHOR_RE = re.compile(r"\b[Tt]he\s+(?:(?:" + lexicon.alternation("link_anaphor_modifiers") + r"|\d[\d,.]*-(?:"
                         + lexicon.alternation("distance_unit_adjectives") + r"))\s+){0,2}"
                         r"(?P<kind>river|stream|line|railway|railroad|canal|waterway|pipeline|road|highway|corridor|tunnel"
                         r"|bridge|span|causeway)"
                         r"(?:\s+(?:is\s+|was\s+)?(?:meant|intended|designed|planned|expected|due|set|supposed)\s+to(?=\s))?")
_ANAPHOR_KINDS = {"river": {"river"}, "stream": {"river", "stream"}, "line": {"line", "railway", "railroad", "rail"},
                  "railway": {"railway", "railroad", "rail", "line"}, "railroad": {"railway", "railroad", "rail", "line"},
                  "canal": {"canal", "waterway"}, "waterway": {"canal", "waterway"}, "pipeline": {"pipeline"},
                  "road": {"road", "highway"}, "highway": {"road", "highway"},
                  "corridor": {"corridor"}, "tunnel": {"tunnel"}, "bridge": {"bridge"}, "span": {"bridge"},
                  "causeway": {"causeway"}}


def _anaphoric_course(state: State) -> None:
    """'The Ondo River is at the heart of it. The river, which runs from Lake Tarvo to
    the Kessa Sea, ...': the river (line, canal) named last before, of that kind,
    connects both ends the clause names."""
    for hit in _ANAPHOR_RE.finditer(state.text, state.body_start):
        if state.mention_at(hit.start(), hit.end()) is not None:
            continue  # "the Line 2" or a name: not a bare back-reference
        link = _LINK_RE.match(state.text, hit.end())
        if link is None:
            continue
        sent = state.sentence_of(hit.start())
        if link.end() > sent.end_char:
            continue
        kinds = _ANAPHOR_KINDS[hit.group("kind")]
        subject = None
        for m in state.mentions:
            if m.start >= hit.start():
                break
            entity = state.entities[m.key]
            if entity.type == "Place" and not entity.unnamed and hit.start() - m.start < 1500 \
                    and entity.label.split()[-1].lower() in kinds:
                subject = m.key
        if subject is None:
            continue
        for group in ("a", "b"):
            key = place_key_at(state, link.start(group), link.end(group))
            if key is not None and key != subject:
                state.add_relation(subject, "connects", state.sentence_span(sent), obj=key)


# "the Iran-Armenia pipeline from Tabriz, the capital of East Azerbaijan, to Meghri": a link word's
# course from one end (an apposition after it does not stop the pattern) to the other
_FROM_TO_KINDS = frozenset("pipeline pipelines line road railway railroad highway motorway bridge tunnel cable "
                           "interconnector corridor canal route causeway".split())
# "the X Causeway, a road and rail link of 40 km from A in Kessa to a landfall near B": an apposition
# saying what the link is may come first, the country an end lies in and the spot near the end between
_FROM_TO_RE = re.compile(rf"(?:,\s+(?:a|an|the)\s+[^,.;]{{0,50}}?\b(?:link|road|bridge|line|railway|route|"
                         rf"crossing|causeway|highway|tunnel|pipeline)\b[^,.;]{{0,30}}?)?"
                         # ("from A, on Kessa's south-east coast, to B": an aside placing the first end)
                         rf"\s+from\s+(?:the\s+)?(?P<a>{_PLACE_NAME})(?:,\s+(?:the|a|an|on|in|near|at)\s+[^,.;]{{3,90}}?,)?"
                         rf"(?:,?\s+in\s+(?:the\s+)?{_PLACE_NAME},?)?"
                         rf"\s+(?:to|into)\s+(?:the\s+)?(?:(?:a|an|the)\s+(?:[a-z]+\s+)?(?:landfall|point|spot|terminal|"
                         rf"site|junction)\s+(?:near|at|outside|in)\s+)?(?P<b>{_PLACE_NAME})")


def _from_to_after_link(state: State) -> None:
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if entity is None or m.start < state.body_start or entity.type != "Place" or entity.unnamed:
            continue
        words = entity.label.split()
        if not words or words[-1].lower() not in _FROM_TO_KINDS:
            continue
        hit = _FROM_TO_RE.match(state.text, m.end)
        if hit is None or hit.end() > state.sentence_of(m.start).end_char:
            continue
        named = [state.mention_at(hit.start(g), hit.end(g)) for g in ("a", "b")]
        if any(x is None or x.start != hit.start(g) for x, g in zip(named, ("a", "b"))):
            continue  # only names the text read as names are ends
        ends = [place_key_at(state, hit.start(g), hit.end(g)) for g in ("a", "b")]
        if None in ends or ends[0] == ends[1] or m.key in ends \
                or any(state.entity_type(k) == "Country" for k in ends):
            continue
        if any(r.subject == m.key and r.predicate == "connects" for r in state.relations):
            continue  # the name or a clause gave its ends already
        evidence = state.sentence_span(state.sentence_of(m.start))
        for k in ends:
            state.add_relation(m.key, "connects", evidence, obj=k)


# "Ama, facing Lumi across the border", "Ama, across the river from Lumi": a border town's twin
_FACING_RE = re.compile(rf",\s+(?:(?:which\s+faces|facing)\s+(?P<t>{_PLACE_NAME})\s+across\s+the\s+(?:border|river|frontier)|"
                        rf"across\s+the\s+(?:border|river|frontier)\s+from\s+(?P<u>{_PLACE_NAME}))\b")
_TWIN_LINK_KINDS = frozenset("crossing bridge post checkpoint".split())


def twin_town_links(state: State) -> None:
    """'the Ama crossing ... Ama, facing Lumi across the border': the crossing named after
    a border town is a place of its own that connects the town with its twin across the
    border (the twin a place even when the name finder missed it)."""
    for m in list(state.mentions):
        entity = state.entities.get(m.key)
        if m.start < state.body_start or entity is None or entity.type != "Place" or entity.unnamed:
            continue
        hit = _FACING_RE.match(state.text, m.end)
        if hit is None:
            continue
        group = "t" if hit.group("t") else "u"
        start, end = hit.span(group)
        twin = state.mention_at(start, end)
        if twin is not None and (twin.start != start or state.entity_type(twin.key) not in {"Place", "Organization", "Person"}):
            continue
        entry = state.gaz.lookup(hit.group(group))
        if entry is not None and entry.section == "countries":
            continue  # "facing Niger across the border": a country, not a twin town
        if twin is None:
            twin_key = state.add_entity(hit.group(group), "Place").key
            state.add_mention(twin_key, start, end)
        else:
            twin_key = twin.key
            state.entities[twin_key].type = "Place"
        kinds = [k.group(1) for x in state.mentions if x.key == m.key
                 and (k := _KIND_AFTER_RE.match(state.text, x.end)) is not None and k.group(1) in _TWIN_LINK_KINDS]
        kinds += [a.split()[-1] for a in entity.aliases if a.split()[-1] in _TWIN_LINK_KINDS
                  and a.startswith(entity.label + " ")]
        if not kinds:
            continue
        surface = f"{entity.label} {kinds[0]}"
        _move_mentions(state, m.key, surface)
        link = state.entities.get(slugify(surface))
        if link is None or not link.mentions:
            continue
        evidence = state.sentence_span(state.sentence_of(m.start))
        for end_key in (m.key, twin_key):
            state.add_relation(link.key, "connects", evidence, obj=end_key)
