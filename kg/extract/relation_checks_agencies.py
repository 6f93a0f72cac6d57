"""State bodies and the country they belong to, where the partOf rules say nothing.

* "the Embassy of Guatemala in Belize", "the Mexican Consulate in Texas": an
  embassy belongs to the sending country, never to the host.
* "the Central Electricity Authority in New Delhi": a national body in a
  country's capital (the country named in the text) belongs to that country.
* "TKV, Estonia's state health provider," / "the Prison Service Agency (PSA),
  which runs Finnish prisons": the state's body, by the words beside its name.
* "the authority's Council of Ministers": an organ of the body named before.
* "Fiji's National Employment Centre, part of the Ministry of Employment," / "the
  Indonesian Air Force's Air Operations Command": a body within the body named
  beside it (besides the country).
* "Brasília also wanted the Federal Police to share the building" / "Nepal wants
  the Department of Customs to open at weekends": a state (or its capital) that
  wants or orders an unqualified national body to act owns it (round-27 O6).
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract import lexicon
from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.office_home import dispatch_home, government_home, release_home
from kg.extract.offices import named_after
from kg.extract.region_demonyms import region_entry
from kg.extract.state import State

_MISSION_RE = re.compile(r"^(?:the\s+)?(?:Embassy|Consulate(?:[- ]General)?|High\s+Commission|Permanent\s+Mission|"
                         r"Mission|Consular\s+Office)\s+of\s+(?:the\s+)?(?P<c>.+?)(?:\s+(?:in|to|at)\s+.+)?$")
_MISSION_WORDS = frozenset("Embassy Consulate Consulate-General High Commission Mission".split())
_IN_PLACE_RE = re.compile(r"\s+(?:in|based\s+in)\s+(?:the\s+)?")
# a national body by its head word (not a company, not an embassy, not a joint body)
_NATIONAL_HEADS = frozenset("Authority Agency Commission Ministry Department Directorate Board Bureau Office "
                            "Service Council Regulator Administration Inspectorate Secretariat".split())
_NOT_NATIONAL = frozenset("Joint Binational Bilateral International Regional Mixed Intergovernmental".split())


def apply(state: State) -> None:
    for key, entity in list(state.entities.items()):
        if entity.type not in {"GovernmentAgency", "Organization"} or entity.unnamed:
            continue
        body = body_mentions(state, key)
        if not body:
            continue
        if _mission(state, key, body):
            continue
        if entity.type == "Organization":
            _national_institute(state, key, body)
            _country_research_body(state, key, body)
        if entity.type == "GovernmentAgency":
            _state_provider(state, key, body)
            _runs_national(state, key, body)
            _body_in_capital(state, key, body)
            _host_ministry(state, key, body)
            _portfolio_ministry(state, key, body)
            _acts_through(state, key, body)
            _directed_by_state(state, key, body)
            _foreign_of_country(state, key, body)
            _release_body(state, key, body)  # last: only bodies no words tie to a state
        _organ_of_body(state, key, body)
        _committee_of_body(state, key, body)
        _regional_government(state, key, body)
        _part_of_named_body(state, key, body)
        _possessed_unit(state, key, body)
    _regional_units(state)  # after every unit's parent is known


def _acts_through(state: State, key: str, body: list) -> None:
    """"Angola will carry out the repairs through the National Institute of Water Resources":
    the state that acts through a body owns it."""
    if state.objects(key, "partOf"):
        return
    hit = acting_state(state, body)
    if hit is not None:
        state.add_relation(key, "partOf", evidence_for(state, hit[1]), obj=hit[0])


def acting_state(state: State, body: list):
    """The state (or its capital) that acts through the body at one of its mentions ``body``,
    with that mention: "Jakarta would fund a compensation scheme through the X" (round-30 O6)."""
    for m in body:
        if not re.search(r"\bthrough\s+(?:the\s+|its\s+)?$", state.text[max(0, m.start - 14):m.start]):
            continue
        tok = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        if tok is None:
            continue
        prep = tok.root.head
        if prep.lower_ != "through":
            continue
        verb = prep.head
        if verb.pos_ not in {"VERB", "AUX"} and verb.dep_ in {"dobj", "obj", "attr"}:
            verb = verb.head  # "fund a compensation scheme through the agency": the verb of the scheme
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        for subj in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
            country = _subject_state(state, subj)  # the state or its capital
            if country is not None:
                return country, m
    return None


# Verbs by which a state directs its own body ("wants the X to", "ordered the X to", "will deploy the X").
_DIRECT_VERBS = frozenset("want wish expect order instruct direct task assign deploy send let allow plan intend "
                          "need require prefer".split())


def _directed_by_state(state: State, key: str, body: list) -> None:
    """'Brasília also wanted the Federal Police to share the building': the body a state or
    its capital wants, orders or deploys to act, named with no country of its own, is that
    state's."""
    if _countries_of(state, key):
        return
    entity = state.entities[key]
    words = [w for name in (entity.label, *entity.aliases) for w in name.replace(",", " ").split()]
    if not set(words) & (_NATIONAL_HEADS | _FOREIGN_HEADS | {"Police", "Customs", "Guard", "Army", "Navy"}) \
            or set(words) & _NOT_NATIONAL:
        return
    if any(state.gaz.country_of_demonym(w) is not None for w in words if w[:1].isupper()):
        return  # "the Paraguayan Federal Police", "Ministry of Labour of Ghana": named after a state
    for m in body:
        if not re.search(r"(?:^|[^\w'’])the\s+$", state.text[max(0, m.start - 6):m.start]):
            continue  # "its customs", "Brazil's Federal Police": the owner is named
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        verb = span.root.head
        if verb.lower_ in {"of", "from"} and verb.head.lemma_.lower() in _STAFF_NOUNS:
            # "Guatemala would send officers of the Superintendencia de Aduanas": the body's staff
            # sent are the body sent (round-31 O5)
            verb = verb.head.head
        for _ in range(2):  # "wanted [the Police to share]": the verb above the body's own clause
            if verb.lemma_.lower() in _DIRECT_VERBS:
                break
            verb = verb.head if verb.dep_ in {"ccomp", "xcomp", "advcl"} else verb
        if verb.lemma_.lower() not in _DIRECT_VERBS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < span.start]
        for subj in subjects:
            country = _subject_state(state, subj)
            if country is not None:
                state.add_relation(key, "partOf", evidence_for(state, m), obj=country)
                return


# Head words of state bodies named in Spanish, Portuguese or French ("Superintendencia de Aduanas")
_FOREIGN_HEADS = frozenset("Superintendencia Dirección Direccion Ministerio Secretaría Secretaria Servicio Autoridad "
                           "Agencia Instituto Policía Policia Guardia Prefectura Direção Direcao Ministério Serviço "
                           "Direction Ministère Agence Service Gendarmerie Douane Douanes Aduana Aduanas".split())
# The people of a body a state sends or deploys ("officers of the X")
_STAFF_NOUNS = frozenset("officer officers official officials staff agent agents member members personnel inspector "
                         "inspectors team teams expert experts unit units troop troops".split())


def _subject_state(state: State, subj) -> str | None:
    """The country a subject names: the country itself, or its capital (gazetteer)."""
    found = state.mention_at(subj.idx, subj.idx + len(subj.text), {"Country", "Place"})
    if found is None or state.entities[found.key].unnamed:
        return None
    if state.entity_type(found.key) == "Country":
        return found.key
    entry = state.gaz.lookup(state.entities[found.key].label)
    if entry is None or not entry.capital or not entry.country:
        return None
    return country_key(state, entry.country)


def _release_body(state: State, key: str, body: list) -> None:
    """A press release's own bodies: "the Department of Health (DOH)" in a release under the
    letterhead "Republic of the Philippines" belongs to that state when nothing names another
    (the other state's bodies are named with their country)."""
    if state.objects(key, "partOf"):
        return
    # (a state news agency's dispatch: the agency's own state, round-30 S4)
    # (a government's own document under "GOVERNMENT OF INDIA": its state, round-31 O8)
    home = release_home(state) or dispatch_home(state) or government_home(state)
    if home is None:
        return
    entity = state.entities[key]
    if re.fullmatch(r"(?:the\s+)?(?:Board|Council)\s+of\s+(?:Directors|Trustees|Governors)", entity.label):
        return  # a body's board, not a state body of its own
    words = entity.label.replace(",", " ").split()
    if not set(words) & _NATIONAL_HEADS or set(words) & _NOT_NATIONAL:
        return
    words += [w for alias in entity.aliases for w in alias.replace(",", " ").split()]
    if any(state.gaz.country_of_demonym(w) is not None or (state.gaz.lookup(w) is not None
                                                          and state.gaz.lookup(w).type == "Country") for w in words):
        return  # "the Saudi Ministry of X", "Ministry of Labour of Ghana": named after a state
    state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=home)


_MINISTRY_OF_RE = re.compile(r"^(?:the\s+)?Ministry\s+(?:of|for)\s+(?:the\s+)?(?P<p>.+)$")


def _portfolio_ministry(state: State, key: str, body: list) -> None:
    """'Kessa's Minister of Energy, Mining and Mineral Resources, X' ... 'the Ministry of
    Energy, Mining and Mineral Resources': a ministry belongs to the country whose minister
    holds the same portfolio (when only one country's minister does)."""
    if state.objects(key, "partOf"):
        return
    m = _MINISTRY_OF_RE.match(state.entities[key].label)
    if m is None:
        return
    portfolio = " ".join(m.group("p").lower().split())
    countries: set[str] = set()
    for r in [r for r in state.relations if r.predicate == "positionIn" and r.object]:
        if state.entities.get(r.object) is None or state.entity_type(r.object) != "Country":
            continue
        names = {state.entities[r.subject].label, *state.entities[r.subject].aliases}
        if any(re.search(rf"\bminister\s+(?:of|for)\s+(?:the\s+)?{re.escape(portfolio)}$", " ".join(n.lower().split()))
               for n in names):
            countries.add(r.object)
    if len(countries) == 1:
        state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=countries.pop())


# "the Kessan Meteorological Institute", "the Tarvian Geological Survey": a state's
# scientific service, named by a demonym and a discipline (not a think tank's "Institute
# of International Affairs", nor a university's institute)
_DISCIPLINES = frozenset("""Meteorological Meteorology Geological Geology Hydrological Hydrometeorological Seismological
Seismology Statistical Statistics Oceanographic Geophysical Cartographic Hydrographic Veterinary Standards Metrology
Volcanological Geodetic Topographic Forestry Fisheries Weather Hydrometeorology""".split())
_INSTITUTE_HEADS = frozenset("Institute Survey Service Office Observatory Agency Centre Center Bureau".split())
_PRIVATE_RE = re.compile(r"\b(?:private|privately|university|universities|non-governmental|independent|"
                         r"think[- ]tank|non-profit|charity|company|firm)\b", re.I)


def _national_institute(state: State, key: str, body: list) -> None:
    """A demonym-led scientific institute or survey is the state's agency."""
    words = state.entities[key].label.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 3 or words[-1] not in _INSTITUTE_HEADS or not set(words[1:-1]) & _DISCIPLINES:
        return
    c = state.gaz.country_of_demonym(words[0])
    if c is None or c.type != "Country" or c.label == words[0]:
        return  # a demonym leads the name ("Kessan"), not a country name used as a place
    country = country_key(state, c.label)
    if country is None:
        return
    _make_state_body(state, key, body, country)


# "Maldives Fisheries Research Centre", "Kenya Marine and Fisheries Research Institute"
_RESEARCH_BODY_RE = re.compile(r"\s(?:Research|Fisheries)\s+(?:Centre|Center|Institute|Station)$")


def _country_research_body(state: State, key: str, body: list) -> None:
    """A research centre named after a state the text names (its name, not a demonym:
    "Maldives Fisheries Research Centre") is that state's agency (round-27 O5)."""
    label = state.entities[key].label
    if _RESEARCH_BODY_RE.search(label) is None:
        return
    words = label.split()
    country = None
    for n in (2, 1):  # "Sri Lanka ...": a two-word country first
        entry = state.gaz.lookup(" ".join(words[:n])) if len(words) > n + 2 else None
        if entry is not None and entry.type == "Country":
            country = country_key(state, entry.label)
            break
    if country is None:
        return
    _make_state_body(state, key, body, country)


# "Agencia Nacional de Aduanas de México", "Autoridade Tributária de Moçambique": a state body
# named in its own language, the country after the last "de/do/da/of" (round-29 A4, O part)
_FOREIGN_OF_RE = re.compile(r"\s(?:de|do|da|du|des|di|del|della|van|of)\s+(?:(?:la|las|los|el|the|l['’])\s*)?"
                            r"(?P<country>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,2})$")


def _foreign_of_country(state: State, key: str, body: list) -> None:
    """The country the agency's name ends on (accents folded: "México" is Mexico)."""
    if _countries_of(state, key):
        return
    hit = _FOREIGN_OF_RE.search(state.entities[key].label)
    if hit is None:
        return
    name = hit.group("country")
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    entry = state.gaz.lookup(name) or state.gaz.lookup(folded)
    if entry is None or entry.type != "Country":
        return
    country = country_key(state, entry.label)
    if country is not None:
        state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=country)


def _make_state_body(state: State, key: str, body: list, country: str) -> None:
    """The institute or centre is the state's agency, partOf it, unless a sentence naming it
    calls it private ("a private weather institute")."""
    for m in body:
        sent = state.sentence_of(m.start)
        if _PRIVATE_RE.search(state.text[sent.start_char:sent.end_char]):
            return
    state.entities[key].type = "GovernmentAgency"
    if country not in _countries_of(state, key):
        state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=country)


def _countries_of(state: State, key: str) -> list[str]:
    return [o for o in state.objects(key, "partOf") if state.entity_type(o) == "Country"]


def _mission(state: State, key: str, body: list) -> bool:
    """An embassy or consulate: partOf the country it represents, not its host."""
    label = state.entities[key].label
    if not set(label.replace("-", " ").split()) & _MISSION_WORDS and "High Commission" not in label:
        return False
    hit = _MISSION_RE.match(label)
    sender = None
    if hit is not None:
        words = hit.group("c")
        entry = state.gaz.lookup(words) or state.gaz.country_of_demonym(words)
        sender = country_key(state, entry.label) if entry is not None and entry.type == "Country" else None
    if sender is None:
        return True  # "the Guatemalan Embassy": the partOf rules read the demonym already
    for r in list(state.relations):
        if r.subject == key and r.predicate == "partOf" and r.object != sender \
                and state.entity_type(r.object) == "Country":
            state.remove_relation(r)
    state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=sender)
    return True


def _body_in_capital(state: State, key: str, body: list) -> None:
    """'The Central Electricity Authority in New Delhi': the capital's country."""
    if _countries_of(state, key) or state.objects(key, "partOf"):
        return
    words = state.entities[key].label.split()
    if not set(words) & _NATIONAL_HEADS or set(words) & _NOT_NATIONAL:
        return
    for m in body:
        hit = _IN_PLACE_RE.match(state.text, m.end)
        if hit is None:
            continue
        place = state.mention_at(hit.end(), hit.end() + 1, {"Place"})
        if place is None or place.start != hit.end():
            continue
        entry = state.gaz.lookup(state.entities[place.key].label)
        if entry is None or not entry.capital or not entry.country:
            continue
        country = country_key(state, entry.country)
        if country is not None:
            state.add_relation(key, "partOf", evidence_for(state, m), obj=country)
            return


# "Vice Minister A of Tarvia, who hosted the meeting at the Ministry of Foreign Affairs": the host's ministry
_HOSTED_AT_RE = re.compile(r"\b(?:hosted|hosts|hosting|welcomed|welcomes|received|receives)\b[^.;]{0,80}?\b(?:at|in)\s+(?:the\s+)?$")
_MINISTRY_HEADS = frozenset("Ministry Department Secretariat Chancellery Presidency".split())


def _host_ministry(state: State, key: str, body: list) -> None:
    """A ministry named without a country where a person hosts a meeting belongs to
    the one country that host represents."""
    if _countries_of(state, key) or state.objects(key, "partOf"):
        return
    words = state.entities[key].label.split()
    if not set(words) & _MINISTRY_HEADS or set(words) & _NOT_NATIONAL:
        return
    for m in body:
        sent = state.sentence_of(m.start)
        before = state.text[sent.start_char:m.start]
        hit = _HOSTED_AT_RE.search(before)
        if hit is None:
            continue
        hosts = [p for p in state.mentions_in(sent.start_char, sent.start_char + hit.start(), {"Person"})
                 if not state.entities[p.key].unnamed]
        if not hosts:
            continue
        countries = [c for c in state.objects(hosts[-1].key, "represents") if state.entity_type(c) == "Country"]
        if len(set(countries)) == 1:
            state.add_relation(key, "partOf", evidence_for(state, m), obj=countries[0])
            return


# "X, Estonia's state health provider," / "Estonia's public insurer, X,": a state body by a
# state word and a head noun the partOf rules do not read as a body
_STATE_PROVIDER = (r"(?P<c>[A-Z][\w.-]+(?:\s[A-Z][\w.-]+)?)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?"
                   r"(?P<cue>state|state-run|state-owned|public|national|government|government-run)\s+"
                   r"(?:[a-z][\w-]*\s+){0,2}?(?:provider|insurer|fund|service|body|institution|agency|network)")
_PROVIDER_AFTER_RE = re.compile(r",\s+(?:the\s+)?" + _STATE_PROVIDER + r"\s*[,.;)]")
_PROVIDER_BEFORE_RE = re.compile(r"\b" + _STATE_PROVIDER + r",\s+(?:the\s+)?$")


def _state_provider(state: State, key: str, body: list) -> None:
    if _countries_of(state, key):
        return
    for m in body:
        hit = _PROVIDER_AFTER_RE.match(state.text, m.end, min(len(state.text), m.end + 100)) \
            or _PROVIDER_BEFORE_RE.search(state.text, max(0, m.start - 100), m.start)
        if hit is None:
            continue
        country = _country_word(state, hit.start("c"), hit.end("c"))
        if country is not None:
            state.add_relation(key, "partOf", evidence_for(state, m), obj=country)
            return


# "the Prison Service Agency (PSA), which runs Finnish prisons": what it runs is the state's
_RUNS_RE = re.compile(r"(?:\s*\([A-Z][\w.]{1,10}\))?,\s+which\s+(?:runs|operates|manages|oversees|administers|"
                      r"controls|supervises|polices|guards|patrols)\s+(?:all\s+|the\s+)?"
                      r"(?P<c>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+[a-z]")


def _runs_national(state: State, key: str, body: list) -> None:
    if _countries_of(state, key):
        return
    for m in body:
        hit = _RUNS_RE.match(state.text, m.end, min(len(state.text), m.end + 100))
        if hit is None:
            continue
        entry = state.gaz.country_of_demonym(hit.group("c"))
        if entry is None or entry.label == hit.group("c"):
            continue  # a demonym ("Finnish prisons"), not a country's own name
        country = country_key(state, entry.label)
        if country is not None:
            state.add_relation(key, "partOf", evidence_for(state, m), obj=country)
            return


def _country_word(state: State, start: int, end: int) -> str | None:
    m = state.mention_at(start, end, {"Country"})
    if m is not None:
        return m.key
    entry = state.gaz.country_of_demonym(state.text[start:end])
    return country_key(state, entry.label) if entry is not None and entry.type == "Country" else None


# "the authority's Council of Ministers": the organ of the body of that kind named before
_ORGAN_OF_RE = re.compile(r"\bthe\s+(?P<kind>authority|commission|agency|organisation|organization|body|"
                          r"association|union|alliance|bank|council|board|community)['’]s\s+$", re.I)


def _organ_of_body(state: State, key: str, body: list) -> None:
    for m in body:
        hit = _ORGAN_OF_RE.search(state.text, max(0, m.start - 40), m.start)
        if hit is None:
            continue
        kind = hit.group("kind").lower()
        owner = None
        for other in state.mentions:
            if other.start >= hit.start():
                break
            entity = state.entities[other.key]
            if other.key != key and entity.type in {"GovernmentAgency", "Organization"} and not entity.unnamed \
                    and entity.label.split()[-1].lower() == kind:
                owner = other.key
        if owner is not None and owner not in state.objects(key, "partOf"):
            state.add_relation(key, "partOf", evidence_for(state, m), obj=owner)
            return


_COMMITTEE_WORDS = frozenset("Committee Subcommittee Sub-Committee Commission Caucus Delegation".split())


def _committee_of_body(state: State, key: str, body: list) -> None:
    """"the Sejm's Foreign Affairs Committee" / "the Committee on Transport of the National
    Council": a committee belongs to the body that owns it (a parliament, a council)."""
    if not set(state.entities[key].label.split()) & _COMMITTEE_WORDS:
        return
    for m in body:
        owner = None
        before = re.search(r"(?:^|\s)(?:the\s+)?$", state.text[max(0, m.start - 5):m.start])
        poss = state.text[max(0, m.start - 3):m.start]
        if before is not None and re.search(r"['’]s?\s$", poss):
            end = m.start - len(re.search(r"['’]s?\s$", poss).group(0))
            owner = next((o for o in state.mentions_in(max(0, end - 80), end, {"GovernmentAgency", "Organization"})
                          if o.end == end), None)
        if owner is None:
            after = re.match(r"\s+of\s+(?:the\s+)?", state.text[m.end:m.end + 10])
            if after is not None:
                start = m.end + after.end()
                owner = next((o for o in state.mentions_in(start, start + 80, {"GovernmentAgency", "Organization"})
                              if o.start == start), None)
        if owner is not None and owner.key != key and not state.entities[owner.key].unnamed:
            state.add_relation(key, "partOf", evidence_for(state, m), obj=owner.key)
            return


# ", part of the Ministry of Employment,", ", which is part of the Department of X", "(part of X)"
_PART_OF_RE = re.compile(r"(?:\s*\([A-Z][\w.&-]{1,11}\))?\s*(?:,|\()\s*(?:(?:which|that)\s+(?:is|was|are|sits|falls)\s+)?"
                         r"(?:(?:now|also|itself|formally|officially)\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?")


def _part_of_named_body(state: State, key: str, body: list) -> None:
    """'Immigration Australia, part of the Department of Home Affairs (DHA),': the body
    named after "part of" contains this one; a body within a state agency is one too."""
    for m in body:
        hit = _PART_OF_RE.match(state.text, m.end, min(len(state.text), m.end + 60))
        if hit is None:
            continue
        parent = state.mention_at(hit.end(), hit.end() + 1, {"GovernmentAgency", "Organization"})
        if parent is None or parent.start != hit.end() or parent.key == key or state.entities[parent.key].unnamed:
            continue
        if state.entity_type(parent.key) == "GovernmentAgency" and state.entity_type(key) == "Organization":
            state.entities[key].type = "GovernmentAgency"  # a unit of a ministry is a state body
        if parent.key not in state.objects(key, "partOf"):
            state.add_relation(key, "partOf", evidence_for(state, m), obj=parent.key)
        return


def _possessed_unit(state: State, key: str, body: list) -> None:
    """"the Indonesian Air Force's Air Operations Command", "the ministry's Water Directorate
    (named before as the Ministry of X)": a state body owned by another body is part of it."""
    unit = state.entity_type(key) == "Organization" and _armed_force(state, key)
    if state.entity_type(key) != "GovernmentAgency" and not unit:
        return
    for m in body:
        poss = re.search(r"['’]s?\s+(?:the\s+)?$", state.text[max(0, m.start - 6):m.start])
        if poss is None:
            continue
        end = m.start - len(poss.group(0))
        owner = next((o for o in state.mentions_in(max(0, end - 80), end, {"GovernmentAgency"})
                      if o.end == end and o.key != key and not state.entities[o.key].unnamed), None)
        if owner is None or state.text[end - 1:end] == "s" and poss.group(0)[:1] in "'’" \
                and not re.match(r"['’]s", poss.group(0)) and not state.entities[owner.key].label.endswith("s"):
            continue
        if unit and not _armed_force(state, owner.key):
            continue
        if unit:  # "the Indonesian Navy's Fleet Command": a unit of a state's force is a state body
            state.entities[key].type = "GovernmentAgency"
        if owner.key not in state.objects(key, "partOf") and key not in state.objects(owner.key, "partOf"):
            state.add_relation(key, "partOf", evidence_for(state, m), obj=owner.key)
        return


def staff_sides(state: State) -> None:
    """'Dang Khoa, director of the Kessan Railway Authority', 'a spokesman for the Afghan Railway
    Authority', 'Director Paulo Lima of the Federal Police': the people of a state body act for
    the state through it, and gold writers give them the COUNTRY only (round-35 O1, a convention
    change: blind golds name a country in 664 person relations and a state body in 15). So the
    body a state official represents gives way to its country, whether or not the body is named
    after it ("Kenya Ports Authority"). The body stays where no country is known (a lone
    "Federal Police" in a text that names no state) and the person acts for no country either. Non-state bodies (companies, unions,
    cooperatives) are not state bodies: their people keep the body. Runs last, when every partOf
    rule has had its say."""
    for relation in list(state.relations):
        if relation.predicate != "represents" or relation.object is None:
            continue
        if state.entity_type(relation.subject) != "Person" or state.entity_type(relation.object) != "GovernmentAgency":
            continue
        if _non_state_body(state, relation.object):
            continue  # "the Danish Refugee Council": a civil body, whatever type its name earned
        country = _country_of_body(state, relation.object)
        if country is None:
            if any(state.entity_type(o) == "Country" for o in state.objects(relation.subject, "represents")):
                # "The Tobago House of Assembly's Secretary for Fisheries, X, joined the talks" and
                # a country the text gives X besides: the country only
                state.remove_relation(relation)
            continue
        if not state.has_relation(relation.subject, "represents", country):
            state.add_relation(relation.subject, "represents", relation.evidence, obj=country)
        state.remove_relation(relation)


# Names of civil-society bodies, never the state's (a name with a demonym may still earn the
# agency type: "the Danish Refugee Council"), and of research bodies: "a fisheries biologist at
# the Tanzania Fisheries Research Institute" speaks for the institute, not the state
_NON_STATE_RE = re.compile(r"\b(?:Institute|Institut|Research|University|College|Laborator(?:y|ies)|Refugee\s+Council|Relief|Aid|Red\s+Cross|Red\s+Crescent|Foundation|Association|"
                           r"Federation(?!\s+Council)|Cooperative|Co-operative|Society|Trust|Charity|Church|Party|"
                           r"Chamber\s+of\s+Commerce|Alliance|Coalition|Union\s+of|Trade\s+Union|Workers|Employers)\b")


def _non_state_body(state: State, body: str) -> bool:
    label = state.entities[body].label
    return _NON_STATE_RE.search(label) is not None or any(
        label.startswith(brand) for brand in lexicon.words("ngo_brands"))


# The state's armed services and their units: a commander acts for the state whose force it is,
# even when the force is named after it ("the Indonesian Air Force", "the Kenya Navy")
_FORCE_RE = re.compile(r"\b(?:Army|Navy|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces?|Marines|Marine\s+Corps|"
                       r"Coast\s+Guard|Border\s+Guard|National\s+Guard|Gendarmerie|Command|Division|Brigade|"
                       r"Regiment|Battalion|Fleet|Squadron|Infantry|Corps)\b(?:\s+[IVX]+|\s+\d+)?$")


def _armed_force(state: State, body: str) -> bool:
    """'Indonesian Air Force', 'Air Operations Command I', 'Sudanese Armed Forces': a military
    force or unit of a state."""
    return _FORCE_RE.search(state.entities[body].label) is not None


# The state's administrations proper (a civil service under a ministry), by the name's last word
_ADMINISTRATION_RE = re.compile(r"\b(?:Agency|Administration|Directorate|Inspectorate|Customs|Board\s+of\s+Customs|"
                                r"(?:Border|Customs|Tax|Revenue|Immigration|Migration|Transport|Road|Roads|Police|"
                                r"Maritime|Veterinary|Food|Health|Statistical|Meteorological)\s+Service)$")


def _administration(state: State, body: str) -> bool:
    """'Finnish Transport Agency', 'Swedish Road Administration', 'Finnish Customs': a
    state administration (not an authority, utility or company)."""
    return _ADMINISTRATION_RE.search(state.entities[body].label) is not None


def _named_after(state: State, body: str, country: str) -> bool:
    """The body's name opens with the country or its demonym (see offices.named_after), or ends
    with "of <Country>"."""
    label = " ".join(state.entities[body].label.replace(",", " ").split())
    name = state.entities[country].label
    if label.endswith((f"of {name}", f"of the {name}")) or label.split()[:1] == name.split()[:1]:
        return True
    return named_after(state, body, country)


def _country_of_body(state: State, body: str) -> str | None:
    """The country a body belongs to, through bodies it is part of."""
    seen: set[str] = set()
    while body in state.entities and body not in seen and state.entity_type(body) != "Country":
        seen.add(body)
        body = next(iter(state.objects(body, "partOf")), None)
        if body is None:
            return None
    return body if body in state.entities and state.entity_type(body) == "Country" else None


# "the Government of Assam", "the Welsh Government", "the Sindh Government": a region's own government
_REGION_GOVERNMENT_RE = re.compile(r"^(?:the\s+)?(?:(?:Government|Administration|Executive)\s+of\s+(?:the\s+)?(?P<of>.+)"
                                   r"|(?P<pre>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:Government|Executive|"
                                   r"Assembly\s+Government|Regional\s+Government|State\s+Government))$")


def _regional_government(state: State, key: str, body: list) -> None:
    """'the Government of Assam', 'the Welsh Government' (round-31 O5/A5): the government of a
    region (no country) is part of the country the region lies in, and its units ("the Welsh
    Government's Energy Directorate") belong to it, not to another state the report is filed from."""
    hit = _REGION_GOVERNMENT_RE.match(state.entities[key].label)
    if hit is None:
        return
    name = hit.group("of") or hit.group("pre")
    entry = region_entry(state, name)
    if entry is None or entry.type != "Place" or not entry.country:
        return
    country = country_key(state, entry.country)
    if country is None:
        return
    if not any(state.entity_type(o) == "Country" for o in state.objects(key, "partOf")):
        state.add_relation(key, "partOf", evidence_for(state, body[0]), obj=country)


def _regional_units(state: State) -> None:
    """A unit of a region's government belongs to no other state ("Energy Directorate partOf
    India" from a New Delhi dateline, beside "partOf Welsh Government")."""
    for key, entity in list(state.entities.items()):
        if entity.type != "GovernmentAgency" or _REGION_GOVERNMENT_RE.match(entity.label) is None:
            continue
        own = [o for o in state.objects(key, "partOf") if state.entity_type(o) == "Country"]
        if not own:
            continue
        for r in [r for r in state.relations if r.predicate == "partOf" and r.object == key]:
            for other in [o for o in state.relations if o.subject == r.subject and o.predicate == "partOf"
                          and state.entity_type(o.object) == "Country" and o.object not in own]:
                state.remove_relation(other)


def nearest_parent(state: State) -> None:
    """'the Federal Board of Revenue (FBR), which runs Pakistan Customs' (round-32 O4): a body
    placed under another state body that belongs to the same country lies in that country
    through it; the country its name merely opens with ("Pakistan Customs") is no direct
    parent of its own."""
    for rel in [r for r in state.relations if r.predicate == "partOf" and r.object is not None]:
        child, parent = rel.subject, rel.object
        if state.entity_type(child) != "GovernmentAgency" or state.entity_type(parent) != "GovernmentAgency":
            continue
        for direct in [r for r in state.relations if r.predicate == "partOf" and r.subject == child
                       and r.object is not None and r.object != parent and state.entity_type(r.object) == "Country"]:
            if state.has_relation(parent, "partOf", direct.object) and named_after(state, child, direct.object):
                state.remove_relation(direct)
