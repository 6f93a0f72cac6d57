"""Turn candidates into entities: canonical labels, aliases, within-document coreference.

* gazetteer names take the gazetteer's label ("U.S." -> "United States");
* a lone surname joins the full name it shortens ("Trudeau" -> "Justin Trudeau"),
  or a well-known person of that surname when the text never gives a full name;
* a shorter organisation name joins the longer one it ends ("Border Patrol" ->
  "US Border Patrol"), an acronym the name it abbreviates;
* "the agreement", "the 2002 pact", "the asylum deal" join the agreement named
  nearest to them;
* names in the headline count only when the body names the same entity.

This module runs the steps in order; each lives in a ``resolve_<job>`` module
(canonical, variants, types, propagate, short_names, naming, homonyms,
generic_agreements, headlines) and ``resolve_merge`` holds ``absorb``.
"""

from __future__ import annotations

from collections import Counter

from kg.extract import entity_short_places
from kg.extract.resolve_feature_short import feature_short_names
from kg.extract.resolve_dash_places import dash_short_places
from kg.extract.resolve_demonym_bodies import demonym_bodies
from kg.extract.resolve_demonym_ministries import demonym_ministries
from kg.extract.entities import Candidate
from kg.extract.entity_years import year_twins
from kg.extract.resolve_canonical import (
    acronym_labels,
    bare_head,
    bare_head_referent,
    canonical_label,
    full_person_names,
    merge_described_agreements,
    norm,
)
from kg.extract.resolve_generic_agreements import join_generic_agreements
from kg.extract.resolve_headlines import headline_mention, headline_person
from kg.extract.resolve_homonyms import split_homonyms, surname_places
from kg.extract.resolve_merge import absorb
from kg.extract.resolve_naming import (
    apposed_names,
    as_is_known,
    formal_titles,
    known_as,
    naming_phrases,
)
from kg.extract.resolve_propagate import propagate_labels
from kg.extract.resolve_research_units import research_units
from kg.extract.resolve_short_names import join_short_names
from kg.extract.resolve_types import (
    after_media_cue,
    colony_context,
    place_context,
    place_elsewhere,
    place_name_parts,
)
from kg.extract.resolve_variants import (
    ADMIN_UNITS,
    regions_after_towns,
    merge_variants,
)
from kg.extract.resolve_which_known import which_known_as
from kg.extract.resolve_tail_people import bare_article_surnames, join_tail_people
from kg.extract.resolve_inner_names import inner_short_names, same_ministries
from kg.extract.resolve_acronym_prefixes import language_names, prefix_acronyms
from kg.extract.state import State
from kg.iris import slugify
from kg.model import ORG_TYPES


def resolve(state: State, candidates: list[Candidate]) -> None:
    """Create the document's entities and mentions from its candidates."""
    body = [c for c in candidates if c.start >= state.body_start]
    head = [c for c in candidates if c.start < state.body_start]
    full_names = full_person_names(body)
    acronyms = acronym_labels(state, body)
    org_labels = [norm(c.text) for c in body if c.type in ORG_TYPES and c.gaz is None]
    merge_described_agreements(body)
    canon = []
    for cand in body:
        if bare_head(cand):
            label, type_, same_as = bare_head_referent(state, cand, body)
        else:
            label, type_, same_as = canonical_label(state, cand, full_names, acronyms, org_labels)
        if label is not None:
            canon.append((cand, label, type_, same_as))
    keep_apart = regions_after_towns(state, body)
    canon = merge_variants(canon, keep_apart)
    resolved = []
    votes: dict[str, Counter] = {}
    short_votes: dict[str, Counter] = {}
    # "Lublin province ... Lublin": a bare name beside a region of that name kept apart is its town;
    # "West Bengal ... Bengal's", "the Martín García channel ... Martín García": the name of a place.
    unit_names = {" ".join(label.split()[:-1]) for cand, label, type_, _ in canon
                  if type_ == "Place" and cand.start in keep_apart and len(label.split()) >= 2
                  and label.split()[-1].lower() in ADMIN_UNITS}
    unit_names |= place_name_parts(canon)
    for cand, label, type_, same_as in canon:
        resolved.append((cand, label, same_as))
        weight = 4 if cand.gaz is not None and type_ == cand.gaz.type else 2 if cand.source == "rule" else 1
        if type_ in {"Person", "Organization"} and cand.source == "ner" and (label in unit_names or colony_context(state, cand)):
            type_, weight = "Place", 2
        if type_ in {"Person", "Organization"} and after_media_cue(state, cand):
            type_, weight = "MediaOrganization", 3  # "the Chilean daily La Tercera"
        if type_ in {"Person", "Organization", "Place"} and cand.source == "ner" and " " not in label \
                and not label.isupper() \
                and (place_context(state, cand) or type_ == "Person" and place_elsewhere(state, cand)):
            type_, weight = "Place", 2  # "at Aflao", "Añelo, Neuquén Province": a one-word town
        if type_ == "Organization" and cand.source == "ner" and _bare_acronym(cand.text, label):
            # "the BDF": the model's ORG for a short form says nothing of what kind of body it is,
            # so it cannot outvote the rule that read "Belize Defence Force" as a state body
            short_votes.setdefault(slugify(label), Counter())[type_] += weight
            continue
        votes.setdefault(slugify(label), Counter())[type_] += weight
    for slug, short in short_votes.items():
        if "GovernmentAgency" not in votes.setdefault(slug, Counter()):
            votes[slug].update(short)
    for cand, label, same_as in resolved:
        # One type per entity: the gazetteer, then rules, then the NER majority.
        type_ = votes[slugify(label)].most_common(1)[0][0]
        entity = state.add_entity(label, type_, same_as=same_as)
        entity.type = type_
        state.add_mention(entity.key, cand.start, cand.end)
        if cand.alias and cand.alias != entity.label:
            entity.aliases.add(cand.alias)  # "Peruvian Ministry of Foreign Trade"
    for acronym, label in acronyms.items():
        # "(AUSSOM)" defines an alias even where the model never tags it later
        key = slugify(label)
        if key in state.entities and acronym != state.entities[key].label:
            state.entities[key].aliases.add(acronym)
    propagate_labels(state)
    join_short_names(state)
    inner_short_names(state)  # "the FSB Border Directorate for the Pskov Region ... the Border Directorate" (round-34 A3)
    same_ministries(state)  # "Ministry of Foreign Affairs of Peru ... Peru's Foreign Ministry" (round-34 A3)
    research_units(state, absorb)  # "Danube Baltic Bank Research" is the bank (round-30 S3)
    entity_short_places.apply(state, absorb)  # "Congo" of "Democratic Republic of the Congo"
    feature_short_names(state, absorb)  # "the Khyber Pass ... crossed the Khyber"
    dash_short_places(state, absorb)  # "the Sèmè-Kpodji terminal ... the Sèmè terminal"
    demonym_ministries(state, absorb)  # "the Polish ministry" after "the Polish Ministry of X"
    demonym_bodies(state, absorb)  # "the Lao bank" after "the Bank of the Lao PDR"
    known_as(state)
    which_known_as(state)  # "the Tana river, which ... is known as Teno in Finnish" (round-29 A14)
    language_names(state)  # "a Joint Border Patrol Protocol, in Spanish the Protocolo ... or PCPF" (round-33 A7)
    prefix_acronyms(state)  # "the African Development Bank ... the AfDB's director" (round-33 A7)
    as_is_known(state)
    naming_phrases(state)
    formal_titles(state)
    apposed_names(state)
    split_homonyms(state)
    surname_places(state)
    for short, formal in year_twins(state):
        absorb(state, short, formal)  # "the 1998 Volta Agreement" is the Volta convention of 1998
    join_generic_agreements(state)
    join_tail_people(state, absorb)  # "Rajen Singh" of a "Khumanthem Rajen Singh" typed late (session 30)
    bare_article_surnames(state)  # "Saadi struck a cautious tone" after "Haider Jassim al-Saadi" (session 30)
    for cand in head:
        headline_mention(state, cand)
    headline_person(state)


def _bare_acronym(text: str, label: str) -> bool:
    """Whether a mention is the bare capitals short form of a longer label ("BDF" of "Belize
    Defence Force")."""
    return text.isupper() and " " not in text and len(text) <= 8 and " " in label
