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

This module records the offices found; the patterns that read a title near
a name live in ``office_titles`` and the ``office_*`` modules split from it
(``office_base``, ``office_roles``, ``office_counterparts``, ``office_lists``,
``office_local``, ``office_owners``), the country a person or body acts for in
``office_sides``.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.office_base import ORG_TYPES, Office, sentence_bounds, token_at
from kg.extract.office_agency_appositions import agency_apposed_title  # round-37 O2
from kg.extract.office_body_titles import body_title_before, described_body_title_after  # round-34 O2, O4
from kg.extract.office_committees import parliament_committees
from kg.extract.office_contacts import contact_title
from kg.extract.office_copulas import copular_titles
from kg.extract.office_employers import employer_of
from kg.extract.office_country_titles import country_of_title
from kg.extract.office_counterparts import counterpart_country, counterpart_title, place_counterpart_title
from kg.extract.office_lists import listed_title
from kg.extract.office_home import release_home
from kg.extract.office_legislators import legislator_title
from kg.extract.office_letterheads import letterhead_country
from kg.extract.office_local import (
    TOWN_OFFICES,
    councillor_title,
    glossed_title,
    local_of_title,
    regional_officers,
    split_place_titles,
)
from kg.extract.office_local_posts import council_head_before, place_post_after, state_legislator_before, village_heads
from kg.extract.office_merges import merge_same_titles
from kg.extract.office_demonym_bodies import (
    apply_body,
    demonym_body,
    research_post_before,
    research_post_who,
)
from kg.extract.office_media import byline_title, label_role_title, media_role_title
from kg.extract.office_note_authors import note_author_title
from kg.extract.office_occupations import occupation_title
from kg.extract.office_org_roles import org_role_before, org_role_title
from kg.extract.office_country_bodies import country_body_title
from kg.extract.office_owned_portfolios import owned_portfolio_title
from kg.extract.office_parties import party_in_parentheses
from kg.extract.office_portfolios import drop_listed_portfolio_names, listed_portfolio_title, mend_title_names, split_body_names
from kg.extract.office_signatures import answer_title, signature_title
from kg.extract.office_postings import demonym_posted_title, posted_title, regional_post_title
from kg.extract.office_present_lists import present_lists
from kg.extract.office_principals import principal_sides
from kg.extract.office_co_chairs import co_chairs
from kg.extract.office_taglines import tagline_people, tagline_title
from kg.extract.office_units import split_units
from kg.extract.office_roles import (
    SPOKES,
    apposed_title,
    its_title,
    its_title_after,
    spokesperson_title,
    who_leads_title,
)
from kg.extract.office_sides import (
    context_country,
    context_region,
    country_of,
    dateline_country,
    delegation_country,
    ensure_country,
    issuer_country,
    others_titles_owners,
    owner_country,
)
from kg.extract.office_titles import title_after, title_before
from kg.extract.state import State
from kg.iris import slugify

# Public names; those defined in the split-off modules are re-exported for callers.
__all__ = [
    "Office",
    "dateline_country",
    "delegation_country",
    "extract_offices",
    "of_phrase",
    "owner_country",
    "position_label",
    "title_case",
]

_THE_COUNTRIES = {"United States", "United Kingdom", "Netherlands", "Philippines", "European Union",
                  "Democratic Republic of the Congo", "United Arab Emirates", "Czech Republic",
                  "Dominican Republic", "United Nations", "Bahamas", "Gambia"}


def extract_offices(state: State) -> None:
    """Add Position entities and holdsPosition / positionIn / represents relations."""
    mend_title_names(state)  # "Mines Pablo Vera" of "Minister of Energy and Mines Pablo Vera"
    drop_listed_portfolio_names(state)  # "Zambian Mines, Energy and Water Minister X": no "Zambian Mines" (round-36 O2)
    split_body_names(state)  # "Joint Secretary in the Ministry of External Affairs Anil Rao" (round-34 O2)
    split_units(state)  # "the Hydrocarbons Service of the Ministry of Energy": two bodies (round-27 O2)
    parliament_committees(state)  # "the Committee on Transport of Sweden's parliament, the Riksdag" (round-28 O3)
    tagline_people(state)  # "Kadri Lepp is a columnist for the X": a person
    split_place_titles(state)  # "Lofa County Superintendent X": the place, then the office (round-33 O3)
    village_heads(state)  # "X, the community head of Kirants": a place, its head acts for its country (round-34 O3)
    seen_people: set[str] = set()
    for mention in list(state.mentions):
        entity = state.entities[mention.key]
        if entity.type != "Person" or entity.unnamed or mention.start < state.body_start:
            continue
        # "Anna Kovacs, Senior Economist (Budapest)" under a research note's masthead: the
        # publisher's post, no state's (round-30 S3)
        note = note_author_title(state, mention)
        spokes = spokesperson_title(state, mention) if note is None else None
        before = None if spokes is not None or note is not None else listed_portfolio_title(state, mention) \
            or apposed_title(state, mention) \
            or country_of_title(state, mention) or body_title_before(state, mention) \
            or agency_apposed_title(state, mention) or title_before(state, mention) \
            or local_of_title(state, mention) or its_title(state, mention) or org_role_before(state, mention) \
            or posted_title(state, mention) or demonym_posted_title(state, mention) \
            or council_head_before(state, mention) or state_legislator_before(state, mention) \
            or owned_portfolio_title(state, mention) \
            or country_body_title(state, mention)  # round-34 O3; s29: "Tarvoil's director of logistics, X"
        if before is not None and _vocative(state, before, mention):
            before = None
        delegation = delegation_country(state, mention) or counterpart_country(state, mention) if note is None else None
        after = note or councillor_title(state, mention) or regional_post_title(state, mention) or title_after(state, mention) or its_title_after(state, mention) or org_role_title(state, mention) \
            or glossed_title(state, mention) or place_post_after(state, mention) \
            or described_body_title_after(state, mention)  # round-34 O3, O4
        # "his Malian counterpart, X, the minister of mines": the office the words give, not a copy
        counterpart = counterpart_title(state, mention) or place_counterpart_title(state, mention) if after is None else None
        offices = [o for o in (spokes, before, after, counterpart,
                               listed_title(state, mention), who_leads_title(state, mention),
                               tagline_title(state, mention), media_role_title(state, mention),
                               contact_title(state, mention), byline_title(state, mention),
                               label_role_title(state, mention), signature_title(state, mention),
                               answer_title(state, mention)) if o is not None]
        if not offices:
            # "a Liberal Democrat, Fiona Hale, asked" in a Commons debate (round-31 O3)
            offices = [o for o in (legislator_title(state, mention),) if o is not None]
        if not any(o.title_span is not None and o.title_span[0] > mention.end for o in offices):
            offices += copular_titles(state, mention)  # "X, 54, is a deputy secretary at Y and Z's negotiator"
        if not offices and mention.key not in state.positions and delegation is None:
            # "Lina Moro, a schoolteacher, said": an ordinary person's occupation (no side)
            offices = [o for o in (occupation_title(state, mention),) if o is not None]
        if not offices:
            # "Luke researcher Jouni Kallio": a research post at a body named before the post
            bounds = sentence_bounds(state, token_at(state, mention.start))
            offices = [o for o in (research_post_before(state, mention, bounds) or research_post_who(state, mention, bounds),)
                       if o is not None]
        body = demonym_body(state, mention) if offices else None
        for office in offices:
            if body is not None and office.side is None and office.country is None:
                apply_body(state, office, body)  # "Project director X of the Finnish agency"
            if delegation is not None and office.country is None and (
                    office.side is None or state.entity_type(office.side) != "Country"):
                office.country = delegation
            _record(state, office)
        if delegation is not None and not offices:
            state.add_relation(mention.key, "represents", state.span(*sentence_bounds(state, token_at(state, mention.start))),
                               obj=delegation)
        party_in_parentheses(state, mention)  # "Ms Dana Ortiz (Civic Union)"
        employer_of(state, mention)  # "X, who has driven trucks for Andes Cargo"
        seen_people.add(mention.key)
    for key in seen_people:
        _gazetteer_side(state, key)
    principal_sides(state, lambda office: _record(state, office))  # "Edvardsen's deputy negotiator, Kari Moe": Edvardsen's country (round-36 O5)
    co_chairs(state)  # "The two men co-chair the commission": each a co-chair (round-36 O1)
    merge_same_titles(state)  # "Transport Minister" copied from a counterpart, "Minister of Transport" given
    present_lists(state)  # minutes: "Present / Kenya: A, ... (Chair); B, ... / Uganda: ..." (round-33 O7)
    _drop_portfolio_places(state)  # "director general for Asia, Pacific and African affairs" (round-30 O3)


_AFFAIRS_RE = re.compile(r"\b(?:for|of)\s+(?P<list>[^()]+?)\s+(?:affairs|relations|desk|division)\b", re.I)


def _drop_portfolio_places(state: State) -> None:
    """Regions named in a portfolio ("director general for Asia, Pacific and African affairs")
    are the office's words, no places of the story: a Place named only there goes."""
    spans = []
    for entity in state.entities.values():
        if entity.type != "Position":
            continue
        for m in entity.mentions:
            hit = _AFFAIRS_RE.search(state.text, m.start, m.end)
            if hit is not None:
                spans.append((hit.start("list"), hit.end("list")))
    if not spans:
        return
    for key, entity in list(state.entities.items()):
        if entity.type != "Place" or not entity.mentions:
            continue
        if all(any(a <= m.start and m.end <= b for a, b in spans) for m in entity.mentions) \
                and not any(key in (r.subject, r.object) for r in state.relations):
            del state.entities[key]
            state.mentions = [m for m in state.mentions if m.key != key]


def _vocative(state: State, office: Office, mention) -> bool:
    """"Q (Pieter Bakker, NRC): Minister Brandt, why ...?": a questioner's form of address (a
    bare title, the name, a comma, at the head of a turn or a quote) for a person who already
    holds an office the text gave: no second office (round-30 S1)."""
    if office.title_span is None or office.title is None or len(office.title.split()) != 1:
        return False
    if office.person not in state.positions or not re.match(r"\s*,", state.text[mention.end:mention.end + 2]):
        return False
    line_start = state.text.rfind("\n", 0, office.title_span[0]) + 1
    lead = state.text[line_start:office.title_span[0]]
    return re.fullmatch(r"\s*(?:[\"“]|(?:Q|QUESTION|Question)\b[^:\n]{0,60}:\s*|[A-Z][\w .'’()-]{0,60}:\s*[\"“]?)?", lead) is not None


def title_case(title: str) -> str:
    """'immigration minister' -> 'Immigration Minister' (joiners stay lower case)."""
    small = lexicon.words("connectors") | {"at", "in", "with"}
    words = title.split()
    return " ".join(
        w if (w.lower() in small and i > 0) or any(c.isupper() for c in w[1:])
        or w == "charge" and i > 0 and words[i - 1] == "in" else w[:1].upper() + w[1:]  # "in charge of"
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
    portfolio = re.sub(r"^(?:the\s+)?(?:Department|Ministry|Office|Agency)\s+(?:of|for)\s+(?:the\s+)?", "", side_label)
    if portfolio != side_label and re.search(rf"\b{re.escape(portfolio.lower())}$", title.lower()):
        return title  # "Secretary of Homeland Security" of the Department of Homeland Security
    if re.search(r"\b(?:Board|Council)(?:\s+of\s+[A-Z]\w+)?$", title) and " of " in title:
        # "Chairman of the Board of Directors" of the Land Ports Authority (round-30 S4)
        return f"{title} of {side_label if side_label.startswith('the ') else 'the ' + side_label}"
    if " of " in title or " for " in title:
        return f"{side_label} {title}"  # "United States Secretary of Homeland Security"
    return f"{title} of {of_phrase(side_label)}"


def _record(state: State, office: Office) -> None:
    if office.title_span is not None and re.search(r"\b(?:[Ff]ormer|ex-|[Ee]x-|then-)\s*(?:[A-Z][\w-]*\s+){0,2}$",
                                                   state.text[max(0, office.title_span[0] - 30):office.title_span[0]]):
        return  # "a former Swedish minister": not the office, nor the side, the person has now
    _drop_side_name(state, office)  # "BMA Commissioner Dr X": the office is "Commissioner", of the BMA
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
    held = state.positions.get(office.person)
    if held is not None and (title.lower() in state.entities[held].label.lower()
                             or _shorter_form(title, state.entities[held].label)):
        # "Ashdown, the defence minister": the office we already have (a country named
        # this time is still whom they act for, if nothing said so before)
        named = office.country or (side if side_entity is not None and side_entity.type == "Country" else None)
        if named is not None and not state.objects(office.person, "represents"):
            state.add_relation(office.person, "represents", evidence, obj=named)
        return
    side_type = state.entity_type(side) if side else None
    # A regional office ("the state's Chief Minister") acts for the region itself.
    country = office.country or (side if side_type == "Place" else country_of(state, side))
    person_entry = state.gaz.lookup(state.entities[office.person].label)
    if country is None and person_entry is not None and person_entry.country:
        country = ensure_country(state, person_entry.country)
    own_body = False  # the person acts for the body itself, not for the country in its name
    if country is None and side is not None and side_type in ORG_TYPES:
        org_mentions = [m for m in state.mentions if m.key == side and m.start >= state.body_start]
        for m in org_mentions:
            country = owner_country(state, m)
            if country:
                break
        if country is None and side_type == "GovernmentAgency":
            # "a spokesman for the State Border Service of Latvia": a state body named
            # "... of <Country>" is that country's; its people act for it (round-27 O8)
            country = _of_country(state, state.entities[side].label)
        # "the Zimbabwe Electricity Supply Authority": an authority or utility named after a
        # country is not that country; its chief speaks for the body
        own_body = country is not None and side_type == "GovernmentAgency" \
            and not _department_like(state.entities[side].label) and named_after(state, side, country)
        if country is None and _government_of_place(state, side):
            # "a minister in the Government of Tosa": a territory's own government; she acts for
            # it, not for whichever country the sentence names beside it
            own_body = True
        elif country is None and state.entities[side].label.split()[0] in {"Ministry", "Department", "Office", "Minister"}:
            country = dateline_country(state) or release_home(state)  # a press release's own ministry
        if country is None and side_type == "GovernmentAgency" and _department_like(state.entities[side].label) \
                and not own_body:
            # a ministry's people speak for the state the sentence names; an authority's or a
            # state company's chief speaks for that body (the country nearby may be the other side)
            country = context_country(state, office)
    regional_only = False
    if side is None and country is None and office.title is not None and _NON_STATE_TITLE_RE.search(office.title):
        # "Jorge Melo, president of the Kas Boatmen's Cooperative": the post of a cooperative, a
        # union or a firm the name finder missed; he acts for that body, never for the country
        # the sentence or the dateline names (round-35 O1)
        office.no_context = True
    if side is None and country is None and set(title.lower().split()) & _REGIONAL_TITLES:
        # "In Neuquén Province, Governor X": a governor or mayor holds office in the region named,
        # not in a country the sentence happens to name; the text does not say whom they speak for
        side = context_region(state, office)
        if side is not None and set(title.lower().split()) & (TOWN_OFFICES | _COUNCIL_TITLES):
            # "In Arlon, the mayor, X,": a town's mayor acts for the country the town lies in
            # (decided once places are read, as for "the mayor of Arlon, X")
            regional_officers(state).add(office.person)
            country, side_entity = side, state.entities[side]
        else:
            regional_only = side is not None
    if country is None and side is None and office.title is not None:
        # a press release's own minister ("Minister of Roads and Highways" under the letterhead
        # "MINISTRY OF ROADS AND HIGHWAYS / REPUBLIC OF GHANA"): the letterhead's country
        country = side = letterhead_country(state, title)
    if country is None and side is None and not office.no_context:
        # a press release's own official ("Labor Secretary X" under "Republic of the Philippines")
        country = side = release_home(state)
    if country is None and side is None and not office.no_context:
        country = context_country(state, office)
        side = country
    if country is None and side is None and not office.no_context:
        country = side = dateline_country(state)
        if country is not None and country in others_titles_owners(state, office):
            country = side = None  # "PM A and Lithuania's PM B" filed from Vilnius: Lithuania is B's
    if country is None and side is None and not office.no_context:
        country = side = issuer_country(state)  # a ministry's press release: its officials
    in_key = side if side_entity is not None and side_entity.type in ORG_TYPES | {"Country", "Place"} else country
    in_label = state.entities[in_key].label if in_key else None
    if in_key and state.entities[in_key].type in ORG_TYPES and country:
        if " of " in title or " for " in title:
            # An agency office with its own portfolio: name it after the country
            # ("United States Secretary of Homeland Security").
            in_label = state.entities[country].label
        elif in_label.split()[0] in _BODY_HEADS:
            in_label = f"the {in_label}"  # "Director of the Office for X", "Head of the Federal Agency"
    if office.secondary and (office.person in state.positions or state.objects(office.person, "holdsPosition")):
        # "the deputy prime minister, who chairs X": keep the main office, note the side only
        if country and not state.objects(office.person, "represents"):
            state.add_relation(office.person, "represents", evidence, obj=country)
        return
    label = position_label(title, in_label)
    key = slugify(label)
    if key in state.entities and state.entities[key].type != "Position":
        if len(state.entities[key].label.split()) > 1:
            # "a colleague at the Rwanda Revenue Authority, Eric Ndahiro": a body's name is no
            # office, but the person works for that body
            if state.entities[key].type in ("GovernmentAgency", "Organization"):
                state.add_relation(office.person, "represents", evidence, obj=key)
            return
        key = slugify(f"{label} position")  # "Host" beside a label the name finder took for a body "HOST"
    position = state.add_entity(label, "Position", key=key)
    position.aliases.add(title)
    if office.title_span is not None and office.title is not None:
        state.add_mention(position.key, *office.title_span, alias=False)
    state.add_relation(office.person, "holdsPosition", evidence, obj=position.key)
    if in_key:
        state.add_relation(position.key, "positionIn", evidence, obj=in_key)
    if regional_only:
        state.positions.setdefault(office.person, position.key)
        return
    ngo = side_type == "Organization"  # a think tank or company: its people speak for it, not a state
    if country and (not ngo or office.country) and not own_body:
        state.add_relation(office.person, "represents", evidence, obj=country)
    if office.org and (state.entity_type(office.org) == "Organization" or office.org_is_employer):
        state.add_relation(office.person, "represents", evidence, obj=office.org)
    if side and country and office.country and side != country and side_type == "GovernmentAgency" \
            and not _department_like(state.entities[side].label) and office.title_span is not None \
            and _agency_after_title(state, office.title_span[1], side):
        # "Kadri Tamm, Estonia's chief border representative at the Police and Border Guard Board":
        # the country and a body of its own (an agency, not a ministry) both named: she acts for both
        state.add_relation(office.person, "represents", evidence, obj=side)
    if office.country and side_type == "GovernmentAgency" and state.entity_type(office.country) == "Country":
        # "director of the Serbian government's Office for X": the office is the country's
        state.add_relation(side, "partOf", evidence, obj=office.country)
    if side and (not country or ngo or own_body or re.match(SPOKES, title, re.I) and side_type in ORG_TYPES):
        # A spokesperson speaks for the organisation itself, too.
        state.add_relation(office.person, "represents", evidence, obj=side)
    state.positions.setdefault(office.person, position.key)


# A title that ends in a non-state body's name ("president of the Kas Boatmen's Cooperative")
_NON_STATE_TITLE_RE = re.compile(r"\b(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'’.&-]*\s+(?:[\w'’.&-]+\s+){0,4}(?:Cooperative|Co-operative|"
                                 r"Association|Guild|Syndicate|Company|Corporation|Club|Society|Cooperative\s+Society|"
                                 r"Ltd|Inc|Co)\.?$")


def _shorter_form(title: str, held: str) -> bool:
    """'Deputy Minister' of a 'Deputy Foreign Minister': the words of the held title, in order,
    some left out, is a short form of the same office, no second one (round-31 O1)."""
    words, rest = title.lower().split(), iter(held.lower().split())
    return len(words) > 1 and all(w in rest for w in words)


def _drop_side_name(state: State, office: Office) -> None:
    """A title that opens with the name of the body it belongs to ("BMA Commissioner", "Eskom
    Chief Executive"): the office is the rest; the body stays its side."""
    if office.title is None or office.title_span is None or office.side is None:
        return
    start, end = office.title_span
    body = next((m for m in state.mentions_in(start, end, ORG_TYPES)
                 if m.start == start and m.key == office.side and m.end < end), None)
    if body is None:
        return
    rest = state.text[body.end:end]
    lead = len(rest) - len(rest.lstrip())
    if not rest.strip() or not rest.strip()[:1].isalpha():
        return
    portfolio = _country_portfolio(state, body.key, rest.strip())
    if portfolio is not None:
        # "Fiji Police Minister X": a minister's portfolio named like a body of the country, not
        # that body's officer: the "Police Minister" of Fiji (round-35 O3)
        office.title, office.side = portfolio
        office.country = office.side
        word_end = body.start + len(state.text[body.start:body.end].split()[0])
        office.title_span = (word_end + 1, end)
        if not any(r.subject == body.key or r.object == body.key for r in state.relations):
            state.remove_mention(body)  # no "Fiji Police" body: the words were the minister's
            state.add_mention(office.side, body.start, word_end, alias=False)
        return
    office.title = rest.strip()
    office.title_span = (body.end + lead, end)


def _country_portfolio(state: State, body: str, rest: str) -> tuple[str, str] | None:
    """('Police Minister', Fiji) for the body "Fiji Police" before "Minister": the body's name is
    a country and one portfolio word, the rest a cabinet title."""
    if rest.lower() not in {"minister", "secretary", "cabinet secretary", "minister of state"}:
        return None
    words = state.entities[body].label.split()
    if len(words) != 2 or not words[1][:1].isupper():
        return None
    entry = state.gaz.lookup(words[0])
    if entry is None or entry.type != "Country":
        entry = state.gaz.country_of_demonym(words[0])
    if entry is None:
        return None
    country = slugify(entry.label)
    if country not in state.entities:
        return None
    return f"{words[1]} {rest}", country


_REGIONAL_TITLES = frozenset("governor mayor councillor councilor".split())
# Council members of a region or town: like a mayor, they act for the country it lies in (round-33 O3)
_COUNCIL_TITLES = frozenset("councillor councilor".split())
# Government departments proper: their officials act for the state. Authorities, utilities,
# companies and commissions are bodies of their own (their heads represent the body).
_DEPARTMENT_HEADS = frozenset("ministry department secretariat embassy consulate cabinet presidency "
                              "government chancellery".split())


def _government_of_place(state: State, body: str) -> bool:
    """'Government of Tosa' where Tosa is no country: a territory's or region's government."""
    m = re.fullmatch(r"(?:The\s+)?(?:Government|Administration|Executive)\s+of\s+(?:the\s+)?(.+)", state.entities[body].label)
    if m is None:
        return False
    entry = state.gaz.lookup(m.group(1))
    return not (entry is not None and entry.type == "Country") and not any(
        e.type == "Country" and e.label == m.group(1) for e in state.entities.values())


_OF_COUNTRY_RE = re.compile(r"\s(?:of|for)\s+(?:the\s+)?(?:(?:Republic|Kingdom|Principality|State|Federation)\s+of\s+(?:the\s+)?)?"
                            r"(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


def _of_country(state: State, label: str) -> str | None:
    """'State Border Service of Latvia', 'Ministry of Energy of the Republic of Armenia':
    the country the name ends on (one the document names)."""
    m = _OF_COUNTRY_RE.search(label)
    if m is None:
        return None
    entry = state.gaz.lookup(m.group("country"))
    if entry is None or entry.type != "Country":
        return None
    return ensure_country(state, entry.label)


def named_after(state: State, body: str, country: str) -> bool:
    """'Zimbabwe Electricity Supply Authority', 'Kenyan Ports Authority': the
    body's name opens with the country (or its demonym)."""
    first = state.entities[body].label.split()[0]
    entry = state.gaz.country_of_demonym(first)
    return entry is not None and entry.label == state.entities[country].label


def _agency_after_title(state: State, end: int, side: str) -> bool:
    """The agency is named right after the title's words, with "at" ("... representative
    at the Police and Border Guard Board")."""
    # "at" only: "director of the Border Control Office" who leads a delegation acts for the state alone
    hit = re.match(r"\s+at\s+(?:the\s+)?", state.text[end:end + 12])
    if hit is None:
        return False
    m = state.mention_at(end + hit.end(), end + hit.end() + 1)
    return m is not None and m.key == side and m.start == end + hit.end()


def _department_like(label: str) -> bool:
    """'Ministry of Energy', 'Foreign Ministry', 'State Department': a department of government."""
    words = {w.lower().strip(",.'’") for w in label.split()}
    return bool(words & _DEPARTMENT_HEADS)
_BODY_HEADS = frozenset("Ministry Department Office Agency Bureau Directorate Federal National State Commission "
                        "Authority Service Secretariat Council Board".split())


def _gazetteer_side(state: State, person: str) -> None:
    """A well-known person represents their country when the text names it too."""
    if state.objects(person, "represents"):
        return
    entry = state.gaz.lookup(state.entities[person].label)
    if entry is None or entry.type != "Person" or not entry.country:
        return
    country = ensure_country(state, entry.country)
    if country is not None:
        body = [m for m in state.entities[person].mentions if m.start >= state.body_start]
        first = (body or state.entities[person].mentions)[0]
        tok = token_at(state, first.start)
        evidence = state.sentence_span(tok.sent) if tok is not None else first
        state.add_relation(person, "represents", evidence, obj=country)
