"""Find named-entity candidates and type them into the ontology classes.

Sources, merged longest-first: gazetteer names, rule patterns (capitalised
names ending in a street/landform word are places; ending in Agreement/Treaty/...
are agreements) and the statistical NER. Typical NER errors are repaired here
with general rules: titles are cut off person names, a person name glued to an
office or agency ("Homeland Security Alejandro Mayorkas") is split in two, and
"Roxham Road"-like names typed PERSON become places.

This module merges the sources and resolves overlaps; the candidate type and
the typing rules live in ``entity_types``, the text patterns in
``entity_patterns`` and the NER repairs in ``entity_ner``.
"""

from __future__ import annotations

import re

from kg.extract import dates, layout, lexicon
from kg.extract.entity_title_words import drop_title_words
from kg.extract.entity_acronyms import acronym_names, prefer_acronym_names
from kg.extract.entity_lists import apposed_after_aside, aside_names, listed_names
from kg.extract.entity_titles import compound_modifier, extend_title, inner_places, plan_names
from kg.extract.entity_broadcast_labels import banner_ranges, broadcast_label_people, role_ranges
from kg.extract.entity_script_cues import script_cues
from kg.extract.entity_mastheads import masthead_outlets
from kg.extract.entity_media_services import media_service_names
from kg.extract.entity_foreign_heads import foreign_headed_orgs
from kg.extract.entity_crossing_pairs import crossing_pairs
from kg.extract.entity_country_agencies import country_agencies
from kg.extract.entity_village_names import retype_mayor_towns, village_names
from kg.extract.entity_unit_of_places import town_in_unit_places, unit_of_pairs, unit_of_places
from kg.extract.entity_title_regions import in_title_region, title_region_ranges
from kg.extract.entity_local_councils import local_councils
from kg.extract.entity_question_headings import heading_only_name, question_heading_ranges
from kg.extract.entity_institutions import institution, portfolio_service, sentence_adjective
from kg.extract.entity_possessive_companies import drop_owner_spans, possessive_companies
from kg.extract.entity_water_names import water_names
from kg.extract.entity_foreign_acronyms import foreign_acronym_names
from kg.extract.entity_macro_regions import job_scope_regions
from kg.extract.entity_institution_spans import widen_institutions
from kg.extract.entity_apposed_kinds import apposed_kind_names, firm_head_spans
from kg.extract.entity_foreign_kinds import foreign_kind_names
from kg.extract.entity_head_splits import split_headed_pairs
from kg.extract.entity_named_sites import named_sites
from kg.extract.entity_headed_bodies import headed_bodies
from kg.extract.entity_particle_names import demonym_led_groups, particle_names
from kg.extract.entity_word_names import cut_occupation_leads, drop_currency_and_platforms, title_only_person, word_given_people
from kg.extract.entity_slot_outlets import slot_outlets
from kg.extract.entity_list_bodies import comma_list_orgs
from kg.extract.entity_state_bodies import foreign_generic_agencies, state_body_people
from kg.extract.entity_bylines import acting_writers, byline_names, credit_line_ranges, dateline_outlets, outlet_mentions
from kg.extract.entity_annexes import annex_candidates, split_around_annexes
from kg.extract.entity_dateline_splits import split_fused_datelines
from kg.extract.entity_coordinated import coordinated_org_names
from kg.extract.entity_company_heads import company_head_names, dotted_media_names
from kg.extract.entity_country_orgs import country_named_orgs
from kg.extract.entity_country_tails import country_tail_orgs
from kg.extract.entity_descriptor_tails import kind_word_orgs
from kg.extract.entity_sidebar_people import sidebar_people, unskip_sidebar_lines
from kg.extract.entity_passing_names import passing_name
from kg.extract.entity_described_kinds import line_by_apposition, retype_named_bodies
from kg.extract.entity_title_names import titled_names
from kg.extract.entity_slash_datelines import slash_dateline_towns
from kg.extract.entity_media_names import media_tail_names, retype_media_tails
from kg.extract.entity_company_contexts import context_company_names, statement_issuers
from kg.extract.entity_companies import apposed_company_names, company_by_descriptor, descriptor_company_names
from kg.extract.entity_acronym_orgs import acronym_orgs, diacritic_acronyms
from kg.extract.entity_group_orgs import group_orgs
from kg.extract.entity_movement_orgs import movement_orgs
from kg.extract.entity_ner import cut_at_prepositions, from_ner
from kg.extract.entity_office_country_people import split_office_countries
from kg.extract.entity_facility_places import customs_house_towns, facility_places, towns_at_in
from kg.extract.entity_feature_places import feature_places
from kg.extract.entity_foreign_orgs import foreign_org_names
from kg.extract.entity_styles import strip_styles
from kg.extract.entity_ner_tails import cut_verb_tail
from kg.extract.entity_successor_acronyms import successor_acronyms
from kg.extract.entity_infrastructure_projects import infrastructure_projects
from kg.extract.entity_acronym_pairs import acronym_pairs
from kg.extract.entity_region_countries import type_region_of_country
from kg.extract.entity_contacts import contact_addresses, contact_people
from kg.extract.entity_subdivisions import drop_homonym_countries, subdivision_places
from kg.extract.entity_road_numbers import cut_road_descriptor, road_numbers
from kg.extract.entity_hyphen_names import hyphen_names
from kg.extract.entity_index_names import is_index_name
from kg.extract.entity_role_words import is_role_word
from kg.extract.entity_public_bodies import public_body_names
from kg.extract.entity_or_aliases import or_alias_names
from kg.extract.entity_ministry_units import ministry_units
from kg.extract.entity_state_prefixed import cut_before_state_orgs, state_prefixed_orgs
from kg.extract.entity_military_units import military_units
from kg.extract.entity_article_places import article_places
from kg.extract.entity_island_names import retype_island_people
from kg.extract.entity_militia_names import retype_militia_names
from kg.extract.entity_caption_people import caption_people
from kg.extract.entity_hyphen_surnames import extend_hyphen_surnames
from kg.extract.entity_honorific_names import strip_honorific_names
from kg.extract.entity_connector_names import connector_names
from kg.extract.entity_paper_names import paper_names, the_papers
from kg.extract.entity_kind_retypes import bare_rivers, retype_kind_orgs
from kg.extract.entity_region_governments import region_governments
from kg.extract.entity_letter_signers import letter_signers
from kg.extract.entity_expansions import drop_expansions
from kg.extract.entity_agency_countries import agency_country_names
from kg.extract.entity_government_units import split_government_units
from kg.extract.entity_coordinated_kinds import coordinated_kind_names
from kg.extract.entity_document_shapes import letter_and_page_names
from kg.extract.entity_written_answers import written_answer_names
from kg.extract.entity_call_ins import call_in_names
from kg.extract.entity_courtesy_titles import city_named_people, cut_courtesy_titles, department_places, drop_listed_words, drop_macro_regions
from kg.extract.entity_lowercase_people import drop_lowercase_people
from kg.extract.entity_camel_orgs import camel_orgs
from kg.extract.entity_media_slots import media_slot_names
from kg.extract.entity_slot_places import slot_places
from kg.extract.entity_general_titles import general_offices, general_titles
from kg.extract.entity_shape_labels import drop_shape_labels
from kg.extract.entity_forces import security_forces, unify_forces
from kg.extract.entity_people import apposed_office_people, office_fragment
from kg.extract.entity_service_units import service_units
from kg.extract.entity_long_names import (apposed_office_names, cut_sentence_tail, retype_coordinated_people,
                                          retype_long_name_people, retype_served_places, tail_mentions)
from kg.extract.entity_presenters import presenter_names, producer_outlets, programme_titles
from kg.extract.entity_region_orgs import region_branch_orgs
from kg.extract.entity_transcript_speakers import drop_crossing, transcript_speaker_names
from kg.extract.entity_possessive_orgs import possessive_group_orgs, split_parliament_committees, split_possessive_owners
from kg.extract.entity_possessive_places import is_possessive_town, possessive_places
from kg.extract.entity_possessive_people import retype_possessive_people
from kg.extract.entity_languages import is_language, language_spans
from kg.extract.entity_job_people import extend_given_names, retype_job_people
from kg.extract.entity_adjective_places import adjective_places
from kg.extract.entity_places import place_context_names
from kg.extract.entity_org_runs import custom_houses, org_runs, split_unit_parents
from kg.extract.entity_geo_heads import geo_head_places
from kg.extract.entity_tongue_aliases import tongue_aliases
from kg.extract.entity_numbered_names import numbered_names
from kg.extract.entity_apposed_titles import apposed_title_people
from kg.extract.entity_stray_words import promo_lines, quote_opening_words
from kg.extract.entity_industry_names import trade_noun_companies
from kg.extract.entity_which_bodies import which_bodies
from kg.extract.entity_lost_people import lost_people
from kg.extract.entity_place_retypes import retype_places
from kg.extract.entity_owner_prefixes import strip_owner_prefixes
from kg.extract.entity_joined_orgs import joined_orgs, merge_split_bodies
from kg.extract.entity_non_names import drop_non_names
from kg.extract.entity_subheads import subhead_only_name, subhead_ranges
from kg.extract.entity_orgs import (
    LEGAL_FORM_RE,
    affiliated_org_names,
    apposed_media_names,
    corporate_name,
    industry_names,
    legal_form_names,
    legal_suffix_end,
    media_by_apposition,
    org_by_apposition,
)
from kg.extract.entity_patterns import REGION_ADJECTIVES, lower_localities, rule_candidates
from kg.extract.entity_types import NER_LABELS, Candidate, classify_org, cut_candidate, type_of_ner
from kg.extract.entity_units import retype_unit_owners, unit_candidates
from kg.extract.state import State

# Public names; those defined in the split-off modules are re-exported for callers.
__all__ = [
    "Candidate",
    "NER_LABELS",
    "classify_org",
    "find_candidates",
    "type_of_ner",
]

_APOS = "'’"


def _split_ranges(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` less the ``holes`` (each range cut around the holes inside it)."""
    out = []
    for s, e in ranges:
        pieces = [(s, e)]
        for a, b in holes:
            pieces = [p for x, y in pieces for p in ([(x, a), (b, y)] if x <= a and b <= y else [(x, y)]) if p[0] < p[1]]
        out.extend(p for p in pieces if p not in out)
    return out


def find_candidates(state: State) -> list[Candidate]:
    """All candidates in the text, overlaps resolved (longest, then most trusted)."""
    text = state.text
    # "By Tamsin Okafor", "(Reporting by A in X; Editing by B)": the writers and their towns are no actors
    state.skipped = state.skipped + [r for r in credit_line_ranges(text) if r not in state.skipped]
    writers = byline_names(text)  # "By Marko Tamm": the writer's name itself is no skipped text (round-24 A7)
    # ... but only a writer the story names again is a Person; otherwise a document detail (round-33 A1)
    acting = acting_writers(text, writers, state.skipped, state.body_start)
    state.skipped = state.skipped + [w for w in writers if w not in acting and w not in state.skipped]
    writers = acting
    state.skipped = _split_ranges(state.skipped, writers)
    # "EVENING NEWS - THURSDAY, JUNE 18, 2026 - TRANSCRIPT": a programme banner names nothing (round-24 A5)
    state.skipped = state.skipped + [r for r in banner_ranges(text) if r not in state.skipped]
    # "[PACKAGE - Anna Keller]", "CLIP 1 - Petra Novak, ... (0'14\")", "SOT: ...": a script's cues (round-29 S1)
    cue_ranges, cue_people = script_cues(state)
    state.skipped = state.skipped + [r for r in cue_ranges if r not in state.skipped]
    sidebar = sidebar_people(state)  # "Mehmet Yıldız, Turkey's Minister of Agriculture" on a list line
    unskip_sidebar_lines(state, sidebar)  # a list line of capitalised words is no letterhead
    found: list[Candidate] = []
    for start, end, entry in state.gaz.finditer(text):
        found.append(Candidate(start, end, text[start:end], entry.type, "gaz", entry))
    found.extend(rule_candidates(text))
    # "By Marko Tamm": the writer is a person (round-24 class A7)
    found.extend(Candidate(a, b, text[a:b], "Person", "rule") for a, b in writers)
    found.extend(cue_people)  # "SOT: Ama Dossou, Minister of Water of Benin": the label's person
    found.extend(country_tail_orgs(state))  # "Transparency Watch Latvia"
    country_orgs = country_named_orgs(state)  # "Caritas Polska", "Aduanas Chile"
    country_orgs += region_branch_orgs(state)  # "Greenpeace Nordic", "Caritas Baltic"
    country_orgs += company_head_names(state)  # "Georgian Railways", "Electric Networks of Armenia"
    country_orgs += dotted_media_names(state)  # "the news site Delfi.lt"
    country_orgs += possessive_group_orgs(state)  # "the Landless People's Movement"
    speakers = transcript_speaker_names(state)  # "Ms Dana Ortiz (Civic Union): ..."
    speakers += broadcast_label_people(state)  # "ANA RUIZ, CORRESPONDENT: ...", "JHON FREDDY URREGO: ..."
    roles = role_ranges(state)  # "CORRESPONDENT" of such a label is no organisation
    country_orgs += speakers
    country_orgs += presenter_names(state)  # "presenter Síle Ní Bhriain"
    spans = {(c.start, c.end) for c in country_orgs}  # the body, not a person or place of the same words
    found = [c for c in found if c.source == "gaz" or (c.start, c.end) not in spans] + country_orgs
    agencies = country_agencies(state)  # "the Natural Resources Institute Finland (Luke)" (round-29 A5)
    found = [c for c in found if (c.start, c.end) not in {(a.start, a.end) for a in agencies}] + agencies
    found.extend(acronym_orgs(state))  # "programmes for AMREF in Turkana"
    found.extend(diacritic_acronyms(state))  # "According to ÖGB", "ÚOHS fined the firm" (round-35 A4)
    found.extend(group_orgs(state))  # "the Tarvo fishermen's union"
    found.extend(movement_orgs(state))  # "the West Tarvia National Liberation Army"
    found.extend(kind_word_orgs(state))  # "The LVS Valsts Dienesti union, which ..."
    found.extend(coordinated_org_names(state))  # "the Eastern Health and Social Care Trust"
    found.extend(industry_names(text))
    found.extend(legal_form_names(text))
    found.extend(apposed_media_names(text))
    found.extend(media_tail_names(state))  # "speaks to Steppe TV" (round-27 A4)
    services = media_service_names(state)  # "told NRK Troms", "BBC Alba" (round-29 A1)
    found.extend(services)
    found.extend(producer_outlets(state))  # "Ghana Talk is produced by Coast Media in Takoradi." (round-28 S2)
    found.extend(affiliated_org_names(text))
    office_people, portfolios = apposed_office_people(text)
    found.extend(office_people)
    found.extend(lower_localities(text, state))
    found.extend(security_forces(text, state))
    found.extend(place_context_names(text, state))
    found.extend(facility_places(state))  # "the Aruküla yard"
    found.extend(infrastructure_projects(state))  # "the Trans-Balkan Gas Interconnection Project"
    found.extend(acronym_pairs(state))  # "PKP PLK", "DB Netz": an acronym and a second word
    found.extend(contact_people(state))  # "Media contact\n\nKebba Bojang-Sanneh\nPress Officer"
    addresses = contact_addresses(state)  # "Rizal Tower, Ayala Avenue, Makati City" under it (round-25 A13)
    state.skipped = _split_ranges(state.skipped, [(c.start, c.end) for c in addresses])  # the street stays skipped
    found.extend(addresses)
    found.extend(road_numbers(state))  # "along National Road 5", "the N4 links Maputo to ..."
    found.extend(foreign_acronym_names(state))  # "the Direction générale des douanes (DGD)"
    subdivisions = subdivision_places(state)  # "the Belgian province of Luxembourg", "Latvia's Valka municipality"
    found.extend(subdivisions)
    found.extend(feature_places(state))  # "the Tosa corridor", "Tarvia's Brel shale formation"
    found.extend(possessive_places(state))  # "Cox's Bazar", "St John's"
    kinds = foreign_kind_names(state)  # "Gendarmerie Nationale", "Palais des Sports", "Télé Gabon" (round-33 A4)
    kinds += apposed_kind_names(state)  # "Waterschap Noord, the Dutch water board," (round-33 A5)
    yards = firm_head_spans(state)  # "the Fincantieri yard" is the firm, no place "Fincantieri yard"
    found = [c for c in found if c.source == "gaz" or (c.start, c.end) not in yards]
    found = [c for c in found if c.source == "gaz" or (c.start, c.end) not in {(k.start, k.end) for k in kinds}] + kinds
    found.extend(military_units(state))  # "the 14th Infantry Division" (round-26 A7)
    found.extend(service_units(state))  # "the Coast Guard District Northern Luzon" (round-35 A5)
    found.extend(ministry_units(state))  # "the Power Division said" (round-28 A10)
    found.extend(public_body_names(state))  # "Region Skane, the Swedish regional authority that ..." (round-28 A3)
    found.extend(article_places(state))  # "farmland in al-Qasr" (round-26 A9)
    found.extend(caption_people(state))  # "[CAPTION: TOMAS VARGA - DEPUTY MINISTER]" (round-26 A12)
    found.extend(towns_at_in(state))  # "a joint yard at Valka, in Latvia's Valka County"
    found.extend(village_names(state))  # "the Norwegian village of Tana bru" (round-29 A11)
    found.extend(unit_of_places(state))  # "the Armenian village of Norek", "the Spanish province of Morvela" (s28)
    found.extend(town_in_unit_places(state))  # "to Borvik, in Tarvia's Kesh province" (s28)
    found.extend(descriptor_company_names(state))
    found.extend(apposed_company_names(state))
    found.extend(foreign_org_names(state))  # "According to Kessanske ceste, the state road company, ..."
    headed = foreign_headed_orgs(state)  # "Železnice Slovenskej republiky" (round-29 A4)
    found.extend(headed)
    found.extend(successor_acronyms(state))  # "the GSC II" after "the Gas Sales Contract, known as the GSC"
    listed = listed_names(state) + aside_names(state)  # "the grid operators Elering and Fingrid"
    found.extend(sidebar)
    found.extend(plan_names(state))  # "the National Recovery Plan for the Northern Region"
    found.extend(listed)
    for ent in state.doc.ents:
        if ent.label_ in NER_LABELS:
            for piece in cut_at_prepositions(ent):
                found.extend(from_ner(piece, state))
    found = drop_title_words(found, state)  # "Joint" of "Joint Secretary" is no body (session 31)
    found = split_office_countries(found, state)  # "Minister of Foreign Affairs of Georgia Tamaz Beridze" (s29)
    found = [c for c in found if c.source == "gaz" or not any(a <= c.start and c.end <= b for a, b in roles)]
    prefixed = state_prefixed_orgs(state)  # "the Islamic Republic of Iran Customs Administration" (round-28 A9)
    cut_before_state_orgs(found, prefixed, state)  # "Federal Board of Revenue and the Islamic Republic"
    found.extend(prefixed)
    found.extend(or_alias_names(found, state))  # "the Swedish Transport Administration, or Trafikverket," (round-28 A2)
    waters = water_names(state)  # "the border at Oued Zitoun": one place, no person "Zitoun"
    found = drop_owner_spans(found, waters, text, keep_longer=True)
    companies = possessive_companies(state)  # "Spain's Repsol, the main buyer of the gas, declined ..."
    found = drop_owner_spans(found, companies, text)
    # "the refinery run by Petrotrans", "X, in which Y holds a stake," (round-27 A2)
    found = drop_owner_spans(found, context_company_names(state), text, keep_longer=True)
    found = drop_homonym_countries(found, subdivisions)  # the province of Luxembourg is no country
    found = drop_crossing(found, speakers)  # "Mr Jon Bay (Greens):" is no place
    titles = programme_titles(state)  # "the weekend programme, West Coast Tonight": a title, no entity
    found = [c for c in found if c.source == "gaz" or not any(s <= c.start and c.end <= e for s, e in titles)]
    publisher = layout.publisher_ranges(text)  # "(Baltic Wire)", "(Reporting by ...)", "BACKGROUND"
    # a wire the gazetteer knows ("(Reuters)") stays: gold keeps well-known outlets of a dateline
    found = [c for c in found if c.source == "gaz" and c.type == "MediaOrganization"
             or not any(s < c.end and c.start < e for s, e in publisher)
             or c.type == "Person" and (c.start, c.end) in writers]  # "| Photographs by Tashi Norbu" (round-27 A5)
    # "A minister told Andes Wire ...": the dateline's outlet cited in the story is the outlet, whole
    found.extend(Candidate(s, e, text[s:e], "MediaOrganization", "rule") for s, e, _ in outlet_mentions(text, publisher))
    found.extend(masthead_outlets(state))  # "THE LAKE LEDGER - Regional business weekly" (round-29 A7)
    found = [c for c in found if not state.is_skipped(c.start, c.end) and c.text.strip()
             and not _region_modifier(c, state)
             and not (c.source != "gaz" and any(s <= c.start and c.end <= e for s, e in portfolios)
                      and not (c.type == "Person" and c.text.split()[0] in lexicon.given_names()))]
    # "The Shipping and River Ports Authority (SRPA)": the acronym fixes the name's extent.
    found = prefer_acronym_names(found, [c for c in acronym_names(state) if not state.is_skipped(c.start, c.end)], text)
    found = [c for c in found if _cut_time_tail(c, state)]
    found = [c for c in found if cut_verb_tail(c, state)]  # "Bari cross daily": the verb ends the name
    found = [c for c in found if cut_sentence_tail(c, state)]  # "SONAPET. The ministry" (round-35 A4)
    for c in found:
        _cut_possessive(c, state)  # "Santa Rosa do Sul's mayor": the owner's name ends before "'s"
    found = split_possessive_owners(found, state)  # "the Andean Community's Decision 612"
    found = split_parliament_committees(found, state)  # "the Sejm's Foreign Affairs Committee" (round-25 A10)
    for c in found:
        _cut_open_bracket(c, state)  # "Ministry of X (MAATE": a bracket the name never closes
    for c in found:
        _cut_common_lead(c, state)
        cut_road_descriptor(c)  # "the N4 toll road" is the road "N4"
        institution(c, state)  # "driven to Kuressaare Hospital": a body, not a place
        portfolio_service(c, state)  # "the Federal Public Service Finance": the portfolio is in the name
    for c in found:
        strip_styles(c, state)  # "Dato' Sri Ana Ruz", "Sri Ruz" of "Dato' Sri Ruz": the style is no part of the name
    found = widen_institutions(found, state)  # "General Hospital Celje", "Kenya–Uganda Joint Commission" (round-33 A6)
    found = [piece for c in found for piece in _split_apposition(c, state)]
    found = [piece for c in found for piece in type_region_of_country(c, state)]  # "the Upper East Region of Ghana" is a place
    found = [piece for c in found for piece in _strip_org_prefix(c, state)]
    for c in found:
        extend_title(c, state)  # "Agreement on Trade, Transport and Good Neighbourliness"
    for c in found:
        # "... Mission in Somalia (AUSSOM)": the "in <Place>" tail before an acronym is part of the name.
        # "... Commission between Tarvia and Kessa (CILA)": so is a "between A and B" tail (round-22 class A4).
        tail = re.match(r" (?:in (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
                        r"|between (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? and (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
                        r"(?= \([A-Z]{2,10}\))", text[c.end:c.end + 90])
        if tail and c.type in {"Organization", "GovernmentAgency"}:
            c.end += tail.end()
            c.text = text[c.start:c.end]
            c.gaz = state.gaz.lookup(c.text)
        # "Colonia del Sacramento", "Vila do Conde": a place the NER cut at a particle runs on.
        # "Koper pri Morju", "Ústí nad Labem", "Frankfurt am Main", "Châlons-en-Champagne"'s kin (round-33 A4)
        m = re.match(r" (?:del|de la|de las|de los|do|da|dos|das|pri|nad|pod|na|ob|am|an der|im|sur|sous|lès|en) "
                     r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+)?(?![\w'’-])",
                     text[c.end:c.end + 40])
        if m and c.type == "Place" and c.source != "gaz" and " " not in c.text:
            c.end += m.end()
            c.text = text[c.start:c.end]
            c.gaz = state.gaz.lookup(c.text)
        lead = re.search(r"(?<![\w'’.-])([A-ZÀ-Ý][a-zà-ÿ'’-]+) (?:del|de la|de las|de los|do|da|dos|das) $", text[max(0, c.start - 30):c.start])
        if lead and c.type == "Place" and c.source != "gaz" and " " not in c.text \
                and lead.group(1) not in lexicon.given_names() and not state.gaz.lookup(lead.group(1)):
            c.start -= len(lead.group(0))  # "... Sacramento" of "Colonia del Sacramento"
            c.text = text[c.start:c.end]
            c.gaz = state.gaz.lookup(c.text)
        # "Frankfurt (Oder)": a bracketed capitalised word is part of a place name.
        m = re.match(r" \(([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?)\)", text[c.end:c.end + 30])
        if m and c.type == "Place":
            c.end += m.end()
            c.text = text[c.start:c.end]
            c.gaz = None  # "Frankfurt (Oder)" is not the gazetteer's Frankfurt
    for c in found:
        # "the Congress of the Republic for approval": a purpose phrase ends the body's name (round-22 A4)
        purpose = _PURPOSE_TAIL_RE.search(c.text)
        if purpose and c.source != "gaz" and c.type in {"Organization", "GovernmentAgency"}:
            c.end = c.start + purpose.start()
            c.text = text[c.start:c.end]
            c.gaz = state.gaz.lookup(c.text)
    found = [c for c in found if not LEGAL_FORM_RE.fullmatch(c.text)]  # "S.A." alone names nothing
    # "In Hindi, the word ...": a language is no place, whatever the NER thought
    found = [c for c in found if c.source == "gaz" or c.text not in lexicon.words("language_names")]
    # "told MPs", "MEPs voted", "NGOs say": a plural of an upper-case abbreviation is a group of people or
    # bodies, no named actor (round-25 A11)
    found = [c for c in found if c.source == "gaz" or not re.fullmatch(r"[A-Z]{2,5}s['’]?", c.text)]
    languages = language_spans(state)  # "speaks Tagalog, Ilocano or Hiligaynon" (round-25 A8)
    found = [c for c in found if c.source == "gaz" or not is_language(c.start, c.end, state, languages)]
    # "Sri Lankan", "South African": a demonym, of one word or more, names no entity whatever found it
    found = [c for c in found if c.source == "gaz" or state.gaz.demonyms.get(" ".join(c.text.split()).lower()) is None]
    found.extend(unit_candidates(found, state))  # "the Volta Basin Authority Secretariat"
    retype_unit_owners(found)
    retype_named_bodies(found, state)  # "a body called the X Initiative": no agreement
    found = [c for c in found if not _metonym_body(c, state)]
    found = [c for c in found if not is_index_name(c, state)]  # "the Bahrain All Share Index" (round-28 A4)
    found = [c for c in found if not is_role_word(c, found, state)]  # "WHO: Esi Adjei, Trader" (round-28 S3)
    found = [c for c in found if not _area_name(c, state)]  # "the Schengen area", "the euro zone"
    questions = question_heading_ranges(state)  # "When Will Trains Run?" of an explainer (round-29 S4)
    found = [c for c in found if not heading_only_name(c, state, questions)]
    subheads = subhead_ranges(state)  # "Backlog at the border" between paragraphs (round-37 A6)
    found = [c for c in found if not subhead_only_name(c, state, subheads)]
    portfolio_regions = title_region_ranges(state)  # "the Minister for Europe and Central Asia" (round-29 A10)
    found = [c for c in found if not in_title_region(c, portfolio_regions)]
    # "18:40 EET", "09:00 CET": an upper-case abbreviation after a clock time is its time zone
    found = [c for c in found if not (c.source != "gaz" and re.fullmatch(r"[A-Z]{2,5}", c.text)
                                      and re.search(r"\d{1,2}[:.]\d{2}\s*$", text[max(0, c.start - 8):c.start]))]
    found = [c for c in found if not compound_modifier(c, state, REGION_ADJECTIVES)]  # "the Baltic-Nordic summit"
    found = [c for c in found if not sentence_adjective(c, state)]  # "Cardiac surgery cases will ..."
    found = [c for c in found if not passing_name(c, state)]  # "known in Kessan as", "Queensland fruit flies"
    found = [c for c in found if not office_fragment(c, state)]  # "Kazakh Transport Minister X"
    for c in found:
        _route_namesake(c, state)
    for c in found:
        _add_legal_suffix(c, state)
    by_context: dict[str, str] = {}
    for c in found:
        # a known company the text calls state-owned is an agency too ("the state oil company Pemex")
        if (c.source != "gaz" and c.type in {"Organization", "Person", "Place"} or c.source == "gaz"
                and c.type == "Organization") and _state_company(c, state):
            c.type = by_context[c.text] = "GovernmentAgency"
        elif line_by_apposition(c, state):
            c.type = by_context[c.text] = "Place"  # "Rail Baltica, the line meant to link A with B"
        elif media_by_apposition(c, state):
            c.type = by_context[c.text] = "MediaOrganization"
        elif org_by_apposition(c, state):
            c.type = by_context[c.text] = classify_org(c.text)
        elif company_by_descriptor(c, state):
            c.type = by_context[c.text] = "Organization"  # "the grid operator, Transelec,"
        elif (aside := apposed_after_aside(c, state)) is not None:
            c.type = by_context[c.text] = aside  # "X (ABC), the national railway company,"
        elif any(c is n for n in listed):
            by_context[c.text] = c.type  # "the carriers Wizz and Ryanair ... Wizz said"
    for c in found:
        # The descriptor types the name everywhere: "Kresta, the news agency, ... Kresta said".
        if c.source != "gaz" and c.text in by_context and c.type in {"Organization", "Person", "Place"}:
            c.type = by_context[c.text]
    retype_mayor_towns(found, state)  # "Sør-Varanger mayor Hilde Dahl" (round-29 A11)
    retype_possessive_people(found, state)  # "Finland's Mikko Virtanen said"
    retype_job_people(found, state)  # "came from Anna-Lena Kurz, purchasing manager of ..." (round-25 A3)
    statement_issuers(found, state)  # "Kestrix said in a statement" (round-27 A2)
    retype_media_tails(found, state)  # "Kazakh News reported" is an outlet (round-27 A4)
    extend_given_names(found, state)  # "said Per Olof Lindqvist" tagged "Olof Lindqvist"
    retype_long_name_people(found, state)  # "Firmin Nze Ekomi, who ...", "Nze Ekomi said" (round-35 A1)
    retype_coordinated_people(found, state)  # "Marie Essono Ondo and Rosine Ndong Mba Obiang" (round-35 A1)
    retype_served_places(found, state)  # "the prefect of Haut-Ogooué" (round-35 A6)
    found = apposed_office_names(found, state)  # "Oyem's mayor, Cyprien Ella Bekale, said" (round-35 lead)
    found = tail_mentions(found, state)  # '"...," Ndong Mba Obiang said' (round-35 A1)
    extend_hyphen_surnames(found, state)  # "Orly Ben-Ami" tagged "Ben-Ami" (round-26 A3)
    retype_island_people(found, state)  # "tourists on Nusa Penida" (round-26 A4)
    retype_militia_names(found, state)  # "Fano militias" (round-26 A8)
    adjective_places(found, state)  # "from Spišská Nová Ves" cut after "Nová"; "Horní Lideč" no person
    outlets = dateline_outlets(text)  # "NAIROBI, March 3 (Rift Wire) - ... Rift Wire could not reach ..."
    for c in found:
        if c.source != "gaz" and " ".join(c.text.split()) in outlets and c.type in {"Organization", "Person", "Place"}:
            c.type = "MediaOrganization"
    found = split_around_annexes(found, annex_candidates(state), state)  # "Annex C of the X Treaty": "Annex C"
    found = split_fused_datelines(found, state)  # "KAMPALA - Tarvia": the dateline's town, then the name
    found = slash_dateline_towns(found, text)  # "SOFIA/BUCHAREST, May 3 -": two towns (round-27 A6)
    found = titled_names(found, state)  # "Minister of Transport and Construction Pavol Hudák" (round-27 A1)
    found += hyphen_names(found, state)  # "the Chacalluta-Santa Rosa complex": one name across the dash
    crossings, crossing_sides = crossing_pairs(state)  # "the Kittsee-Jarovce motorway crossing" (round-29 A12)
    found += crossings
    councils, council_towns = local_councils(state)  # "Oulu city council agreed" (round-29 A6)
    found += councils
    found = general_titles(found, state)  # "Comptroller-General of Customs, Musa Bello," (round-30 A1)
    found = strip_honorific_names(found, state)  # "Counsellor Omar Fathy El-Masry", "Engineer Hany" (round-30 S4)
    found = slot_places(found, state)  # "segments around the enclave: Noel Besi-Citrana and ..." (round-30 A2)
    found = media_slot_names(found, state)  # "Thai PBS", "told Il Sole 24 Ore", "interview with Tempo" (round-30 A4)
    found = camel_orgs(found, state)  # "TradeMark Africa", "GiveDirectly", "PetroSA" (round-30 A6)
    found = drop_lowercase_people(found)  # '"... Healthy herds and an open gate."' (round-30 A3)
    found = drop_shape_labels(found, state)  # "Rail Desk", "19:05 (ICT)", "(MENA)", "[Translator's note" (round-30)
    found = cut_courtesy_titles(found, state)  # "Lic. Ana Ferreira", "Sra. Inés Vidal" (round-31 A1)
    found = drop_listed_words(found, state)  # "on WhatsApp", "40 GBP", "Ro-Ro", "a Liberal Democrat" (round-31 A9)
    found = drop_macro_regions(found, state)  # "Europe", "Central Asia" as background (round-31 A9)
    found = connector_names(found, state)  # "Kopalnia Wegla i Energia Południe", "Novy Dvur nad Vltavou" (round-31 A2)
    found = paper_names(found, state)  # "Sea & Shore Weekly", "the Morning Courier" (round-31 A11)
    found = city_named_people(found, state)  # "flew on to General Santos": the town, no Person "Santos" (round-31 A12)
    found = department_places(found, state)  # "the Department of Boyacá": the place Boyacá (round-31 A6)
    found = retype_kind_orgs(found, state)  # "St Joseph Hospital", "Aberdeen Fish Market", "SUNAT inspected" (round-31 A8)
    found = bare_rivers(found, state)  # "fishermen on the Amazon": the river (round-31 A7)
    found = region_governments(found, state)  # "the Hokkaido government", no "State" of "the State government" (round-32 A5)
    signers = letter_signers(state)  # "Peter Lado Wani, Member, National Legislative Assembly, Juba" (round-32 A6)
    found = [c for c in found if not any(s.start < c.end and c.start < s.end for s in signers)] + signers
    found = drop_expansions(found, state)  # "its Spanish acronym DUCA (Declaración Única ...)" (round-31 A3)
    found = agency_country_names(found, state)  # "the Ministry of Foreign Affairs of the Republic of Chile" (round-31 A4)
    found = split_government_units(found, state)  # "the Welsh Government's Energy Directorate": two agencies (round-31 A5)
    found = coordinated_kind_names(found, state)  # "the Kirov and Orto-Tokoy reservoirs" (round-31 A10)
    found = job_scope_regions(found, state)  # "director-general for Central Africa": no place (round-33 A9)
    found = split_headed_pairs(found, state)  # "Our Space Agency and Roscosmos": two bodies (round-33 A3)
    found = word_given_people(found, state)  # "Precious Moyo", "Given Mwila Banda" (round-34 A1)
    found = cut_occupation_leads(found, state)  # "Driver Amanullah Khan" (round-34 A1)
    found = slot_outlets(found, state)  # "told the broadcaster rbb", "Speaking to TOLOnews, he said" (round-34 A2)
    found = drop_currency_and_platforms(found, state)  # "US$19 a kilowatt", "its Telegram channel" (round-34 A9)
    found = comma_list_orgs(found, state)  # "the Fish, Food and Allied Workers union (FFAW)" (round-34 A4)
    found = named_sites(found, state)  # "the Stabroek block", "Rila Monastery", "the Integrated Check Post" (round-34 A6)
    found = particle_names(found, state)  # "the Shatt al-Arab Navigation Protocol", "near Las Cuevas" (round-34 A5, A7)
    found = headed_bodies(found, state)  # "the Rio Grande Valley Growers Cooperative", "Moldtransgaz, a subsidiary of" (round-34 A8)
    found = demonym_led_groups(found, state)  # "the other Greek Diapontia Islands" (round-34 A10)
    found = letter_and_page_names(found, state)  # "To Mr Kwame Asante, ...", "From Nordpedia, the free ..." (round-31 S3, S5)
    found = written_answer_names(found, state)  # "SHRI ARJUN MEHTA", "MINISTRY OF COMMERCE" header (round-31 S2)
    found = call_in_names(found, state)  # "(HOST)", "RADIO LAKESIDE 101.2 FM", "Thank you, Akinyi." (round-31 S4)
    honorifics = lexicon.words("honorifics")
    found = [c for c in found if not (c.type == "Person" and c.text.lower() in honorifics)]  # "Mme." alone
    found = [c for c in found if not title_only_person(c)]  # "the EU Special Representative for X" (round-34 lead)
    found = state_body_people(found, state)  # "Argentina's Vialidad Nacional said" (round-34 lead)
    found = foreign_generic_agencies(found, state)  # "Pakistan's Foreign Office" is not the UK's (round-34 lead)
    found = [c for c in found if cut_sentence_tail(c, state)]  # late rules too: "SONAPET. The" (round-35 A4)
    found = custom_houses(found, state)  # "the Chittagong Custom House" (round-36 A9)
    found = split_unit_parents(found, state)  # "the Border Police Directorate of the Interior Ministry" (round-36 A10)
    found = org_runs(found, state)  # "the Independent Power Transmission Operator", "Oil Pipeline Co." (round-36 A4, A7)
    found = apposed_title_people(found, state)  # "Ines Varga, a state secretary in ..., met" (round-36 A1)
    found = numbered_names(found, state)  # "India's South 24 Parganas district", "the 82nd Mile Trade Zone" (round-36 A6)
    found = promo_lines(found, state)  # "Follow Lakeside Radio News for live updates." (round-36 A11)
    found = quote_opening_words(found, state)  # '"Cotton pays for the port," she said' (round-36 A12)
    found = trade_noun_companies(found, state)  # "Cable maker Prysmian", "the Papenburg Werft yard" (round-36 A8)
    found = tongue_aliases(found, state)  # "the Aare, known in France as the Aar", "Bodensee to Germans" (round-36 A4)
    found = geo_head_places(found, state)  # "the Chilia arm", "the river Emsbach", "the Nordkanal", "in Asia" (round-36 A5)
    found = drop_non_names(found, state)  # "in Chinese yuan", "Eid al-Fitr", "Bay-class", "HMAS Warrego" (round-37 A5)
    found = general_offices(found, state)  # "Singapore's Solicitor-General's Office" (round-37 A2)
    found = joined_orgs(found, state)  # "a skipper with Danube Towing and Barges", "the Valle del Cauca Growers Union" (round-37 A2)
    found = strip_owner_prefixes(found, state)  # "London-listed Gobi Copper Corp", "the Latvian GNS" (round-37 A3)
    found = the_papers(found, state)  # "Speaking to The Juba Ledger after the ceremony" (round-37 A8)
    found = retype_places(found, state)  # "EuroAirport Geneva-Annemasse", "South Sudan's Lakes State", "Calle Mayor" (round-37 A9)
    found = lost_people(found, state)  # "Eulalio Quispe Mamani, a boatman, said" (round-37 A7)
    found = merge_split_bodies(found, state)  # "Serbian Water" + "Management Enterprise" (round-37 A2)
    found = which_bodies(found, state)  # "Tana Water, which supplies ...", "Kivu Power said" (round-37 A1)
    state_bodies = {(c.start, c.end) for c in headed if c.type == "GovernmentAgency"}
    for c in found:  # "Agencia Nacional de Aduanas de México": a state's body, whatever found it (round-29 A4)
        if c.source != "gaz" and (c.start, c.end) in state_bodies and c.type == "Organization":
            c.type = "GovernmentAgency"
        if c.source != "gaz" and any((c.start, c.end) == (x.start, x.end) for x in services):
            c.type = "MediaOrganization"  # "the BBC World Service": an outlet, not a public service (round-29 A1)
    found = unit_of_pairs(found, state)  # "the regions of South Karva and Pelto" is two places (s28)
    kept = _resolve_overlaps(found)
    kept = sorted(kept + inner_places(kept, state), key=lambda c: c.start)  # "... Bridge over the Lielupe River"
    kept = sorted(kept + customs_house_towns(kept, state), key=lambda c: c.start)  # "the Mae Sot customs house"
    # each side of a kept crossing is a place of its own, nested in the crossing's name (round-29 A12)
    crossings += councils
    crossing_sides += council_towns
    kept = sorted(kept + [c for c in crossing_sides if any(k.start <= c.start and c.end <= k.end
                                                         and any(k.start == x.start and k.end == x.end
                                                                 and k.type == x.type for x in crossings)
                                                         for k in kept)], key=lambda c: c.start)
    unify_forces(kept, state)
    return kept


_PURPOSE_TAIL_RE = re.compile(r" for (?:its |their |final |formal )?(?:approval|ratification|consideration|review|signature|"
                              r"debate|discussion|endorsement|adoption)$")
_WEEKDAY = dates.WEEKDAY_NAMES
_MONTH = "|".join(m.capitalize() for m in dates.MONTHS if len(m) > 3 or m == "may")
# "... on Monday", "... on 3 March", "... in March 2024", "... last Tuesday": a time
# phrase after a name is the time of the event, never a part of the name.
_TIME_TAIL = re.compile(
    rf"(?:,?\s+(?:on|in|at|by|from|until|till|since|during|before|after|this|last|next|early|late)\s+(?:the\s+)?"
    rf"(?:(?:{_WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:\s+(?:{_MONTH}))?"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)(?:,?\s+\d{{4}})?"
    rf"|\s+(?:{_WEEKDAY}))$")


def _cut_time_tail(cand: Candidate, state: State) -> bool:
    """'European Commission on Monday', 'Lima on 3 March': cut the time phrase a
    name ran into (the candidate keeps its type; the gazetteer is asked again).
    "Agreement of 4 May" keeps its date: "of" makes it part of a name. False when
    nothing of a name is left."""
    if cand.source == "gaz":
        return True
    m = _TIME_TAIL.search(cand.text)
    if m is None or m.start() == 0:
        return True
    return cut_candidate(cand, state, m.start())


_OWNER_AFTER_AND_RE = re.compile(r" and (?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2}$")


def _cut_possessive(cand: Candidate, state: State) -> None:
    """A name never ends in a possessive "'s" (rules whose last word allows an
    apostrophe take it in: "Santa Rosa do Sul's")."""
    if cand.source == "gaz" or len(cand.text) < 4 or " " not in cand.text:
        return
    if cand.text[-2:] in {"'s", "’s"}:
        if cand.type == "Place" and is_possessive_town(cand.text):
            return  # "St John's": the possessive is the town's own
        cand.end -= 2
    elif state.text[cand.end:cand.end + 2] not in {"'s", "’s"}:
        return
    owner = _OWNER_AFTER_AND_RE.search(state.text[cand.start:cand.end])
    if owner and cand.type in {"Organization", "GovernmentAgency"} \
            and re.match(r"['’]s [A-Z]", state.text[cand.end:cand.end + 4]) \
            and set(state.text[cand.start:cand.start + owner.start()].split()) & lexicon.words("org_heads"):
        # "the Ministry of Water and Irrigation and Tarvia's Ministry of Water": the owner after
        # "and" opens a second name; the first ends before "and" (s30). "The Ministry of Trade and
        # Industry's budget": no name after the possessive, so the whole name owns it
        cand.end = cand.start + owner.start()
    if cand.end == cand.start + len(cand.text):
        return  # nothing cut: the candidate stays as it was found
    cand.text = state.text[cand.start:cand.end]
    cand.gaz = state.gaz.lookup(cand.text)
    if cand.gaz is not None:
        cand.type = cand.gaz.type


def _cut_open_bracket(cand: Candidate, state: State) -> None:
    """'Ministry of Environment (MAATE': the NER ran into an acronym's bracket;
    the name ends before it (the acronym is found apart)."""
    if cand.source == "gaz" or "(" not in cand.text or ")" in cand.text[cand.text.index("("):]:
        return
    cut = cand.text.index("(")
    if not cand.text[:cut].strip():
        return
    cand.end = cand.start + len(cand.text[:cut].rstrip())
    cand.text = state.text[cand.start:cand.end]
    cand.gaz = state.gaz.lookup(cand.text)


_LEAD_RE = re.compile(r"([A-Z][a-z]+) (?:on|over|about|to|for|under|with|against|from|into) (?:the )?(?=[A-Z0-9])")


def _cut_common_lead(cand: Candidate, state: State) -> None:
    """'Talks on the X Agreement', 'Changes to the Y Protocol': a sentence's
    first common noun and its preposition run into a name after them; the
    name starts after the preposition. Head words of names ('Treaty on ...',
    'Commission for ...') stay."""
    if cand.source == "gaz" or cand.type not in {"Agreement", "Organization", "GovernmentAgency"}:
        return
    m = _LEAD_RE.match(cand.text)
    if m is None or m.group(1) in lexicon.words("org_heads") \
            or m.group(1).lower() in lexicon.words("generic_agreement_nouns") | lexicon.words("agreement_nouns"):
        return
    span = state.doc.char_span(cand.start, cand.start + len(m.group(1)))
    if span is None or len(span) != 1 or span[0].pos_ != "NOUN":
        return  # a proper noun leads a name ("Convention on ...")
    cand.start += m.end()
    cand.text = state.text[cand.start:cand.end]
    cand.gaz = state.gaz.lookup(cand.text)


def _add_legal_suffix(cand: Candidate, state: State) -> None:
    """'Cobre Andino, S.A.', 'Lakeland Timber, Ltd.': a name with a legal form
    is a company, and the form names nothing of its own. The company is
    labelled by its bare name, as the text goes on to call it ("Cobre Andino's
    president": later steps match offices and owners on the label); the full
    form is an alias."""
    if cand.source == "gaz" or cand.type not in {"Organization", "Person", "Place", "GovernmentAgency", "MediaOrganization"}:
        return
    end = legal_suffix_end(state.text, cand.end)
    if end is None:
        inner = re.search(rf",? (?:{LEGAL_FORM_RE.pattern})$", cand.text)
        if inner is not None and inner.start() > 0:  # the NER took the suffix in already
            cand.alias = " ".join(cand.text.split())
            cand.end = cand.start + inner.start()
            cand.text = state.text[cand.start:cand.end]
            if cand.type in {"Person", "Place"}:
                cand.type = "Organization"
        return
    cand.alias = " ".join(state.text[cand.start:end].split())
    if cand.type in {"Person", "Place"}:
        cand.type = "Organization"


def _metonym_body(cand: Candidate, state: State) -> bool:
    """'the Centre has rejected', 'the Treasury said': a bare word standing for a
    government names no body of its own unless the text names it fully."""
    if cand.source == "gaz" or cand.text not in lexicon.words("metonym_bodies"):
        return False
    return re.search(r"\b[Tt]he\s+$", state.text[max(0, cand.start - 5):cand.start]) is not None


def _area_name(cand: Candidate, state: State) -> bool:
    """'the Schengen area', 'the Baltic Visa zone': a name before a lower-case
    "area"/"zone" names a scheme, not a person or a body (the model's guess)."""
    if cand.source == "gaz" or cand.type not in {"Person", "Organization"}:
        return False
    return re.match(r"[ -](?:area|zone|region)\b", state.text[cand.end:cand.end + 8]) is not None \
        and re.search(r"\b[Tt]he\s+$", state.text[max(0, cand.start - 5):cand.start]) is not None


def _route_namesake(cand: Candidate, state: State) -> None:
    """'the Magdalena route', 'the Orinoco corridor': a route named after a place
    (a river, a town) names that place, not an organisation."""
    if cand.source == "gaz" or cand.type not in {"Organization", "Person"} or " " in cand.text:
        return
    nouns = "|".join(sorted((re.escape(n) for n in lexicon.words("route_nouns")), key=len, reverse=True))
    if re.match(rf"\s+(?:{nouns})\b", state.text[cand.end:cand.end + 20]) \
            and re.search(r"\b[Tt]he\s+$", state.text[max(0, cand.start - 5):cand.start]):
        cand.type = "Place"


_STATE_WORDS = r"state(?:-owned|-controlled|-run)?|government-owned|publicly owned"
_COMPANY_NOUNS = r"company|utility|firm|operator|carrier|corporation|railway|railways|airline|enterprise|monopoly|producer"
_STATE_BEFORE = re.compile(rf"(?:\b(?:{_STATE_WORDS})\s+(?:[a-z-]+\s+){{0,2}}(?:{_COMPANY_NOUNS})\s*,?\s+"
                           rf"|\b(?:state-owned|state-controlled|state-run|government-owned)\s+(?:the\s+)?)$")
_STATE_AFTER = re.compile(rf",\s+(?:the|a|an|its|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s)\s+(?:[a-z-]+\s+)?(?:{_STATE_WORDS})\s+(?:[a-z-]+\s+){{0,2}}?"
                          rf"(?:{_COMPANY_NOUNS})\b(?![’'])")


def _state_company(cand: Candidate, state: State) -> bool:
    """'Romania's state railway company, CFR,', 'Zesco, the state-controlled
    utility,', 'the state-owned Tanzania Electric Supply Company': a company the
    state owns is a government agency in the ontology."""
    if cand.type == "Person" and " " in cand.text and not (
            corporate_name(cand.text) and cand.text.split()[0] not in lexicon.given_names()):
        return False  # a full personal name is no company ("Électricité du Laos" is one)
    before = state.text[max(0, cand.start - 60):cand.start]
    if re.search(r"\b(?:head|chief|director|president|chairman|chairwoman|chair|boss|governor|manager|"
                 r"spokesman|spokeswoman|spokesperson)\s+of\s+(?:the\s+|a\s+)?[\w\s-]*,\s+$", before):
        return False  # "the head of the state utility, Ana Silva,": the person who runs it
    return bool(_STATE_BEFORE.search(before) or _STATE_AFTER.match(state.text, cand.end))


_COMPASS_LEAD_RE = re.compile(r"^(?:(?:North|South)(?:[- ]?(?:[Ee]ast|[Ww]est))?|East|West|Northern|Southern|Eastern|Western|Central)[- ]"
                              r"(?=[A-Z])")


def _region_modifier(cand: Candidate, state: State) -> bool:
    """'Baltic port', 'north-east Atlantic herring': a region adjective before a
    lower-case common noun describes that noun; it names no place of its own."""
    # "North-East Atlantic mackerel", "Gulf states": a compass prefix keeps the word a modifier,
    # and "Gulf" before a common noun is the region word (round-22 class A6)
    bare = _COMPASS_LEAD_RE.sub("", cand.text)
    if bare not in REGION_ADJECTIVES and not (bare == "Gulf" and bare == cand.text) \
            and not (cand.source != "gaz" and cand.text in lexicon.words("region_demonyms")):  # "the Tyrolean limits"
        return False
    m = re.match(r"[ -]([a-z]+)\b", state.text[cand.end:cand.end + 30])
    if m is None:
        return False
    span = state.doc.char_span(cand.end + 1, cand.end + 1 + len(m.group(1)))
    return span is not None and (span[0].pos_ in {"NOUN", "ADJ", "PROPN"} or span[0].tag_ == "VBG")  # "herring" read as a verb


_BASED_RE = re.compile(r"((?:[A-Z][\w'’.]*[ -])*[A-Z][\w'’.]*)-based\s+(?=[A-Z])")
_DEMONYM_HEADS = frozenset("Ministry Ministries Department Secretariat Directorate".split())


def _strip_org_prefix(cand: Candidate, state: State) -> list[Candidate]:
    """Words before an organisation's name that are not part of it:
    'the Lima-based Institute for Andean Studies' -> the institute (and Lima);
    'the Peruvian Ministry of Foreign Trade' -> 'Ministry of Foreign Trade' (the
    demonym form stays an alias). A demonym inside a name stays ('Royal Thai
    Customs Department')."""
    if cand.type not in {"Organization", "GovernmentAgency", "MediaOrganization"} or cand.source == "gaz":
        return [cand]
    based = _BASED_RE.match(cand.text)
    if based:
        start = cand.start + based.end()
        org_text = state.text[start:cand.end]
        out = [Candidate(start, cand.end, org_text, classify_org(org_text), cand.source, state.gaz.lookup(org_text))]
        place = based.group(1)
        entry = state.gaz.lookup(place)
        out.append(Candidate(cand.start, cand.start + len(place), place, entry.type if entry else "Place",
                             "gaz" if entry else cand.source, entry))
        return out
    words = cand.text.split()
    if len(words) >= 3 and words[1] in _DEMONYM_HEADS and state.gaz.demonyms.get(words[0].lower()) is not None \
            and state.gaz.lookup(cand.text) is None:
        start = cand.start + len(words[0]) + 1
        org_text = state.text[start:cand.end]
        owners = {state.gaz.country_of_demonym(o) for o in re.findall(
            rf"([A-Z][\w.]*)(?:['’]s)?\s+{re.escape(org_text)}\b", state.text)} - {None}
        if len(owners) > 1:
            return [cand]  # "the Peruvian Ministry of X ... the Bolivian Ministry of X": two ministries
        return [Candidate(start, cand.end, org_text, cand.type, cand.source, state.gaz.lookup(org_text),
                          alias=" ".join(cand.text.split()))]
    return [cand]


def _split_apposition(cand: Candidate, state: State) -> list[Candidate]:
    """'Ministry of Energy, Camila Soto' / 'Ministry of X, Accra.': an organisation
    name followed by an apposed person (or the town of a letterhead) is two names."""
    if cand.type == "Person" or ", " not in cand.text:
        return [cand]
    head, _, tail = cand.text.rpartition(", ")
    tail = tail.rstrip(".")
    words = tail.split()
    if not head or not words or not all(w[:1].isupper() for w in words):
        return [cand]
    entry = state.gaz.lookup(tail)
    after = state.text[cand.end:cand.end + 3]
    if entry is not None and entry.type != "Person":
        type_ = entry.type
    elif 2 <= len(words) <= 4 and (words[0] in lexicon.given_names() or after.startswith(",")) \
            and not set(words) & lexicon.words("org_heads") and not any(w.lower() in lexicon.words("portfolio_words") for w in words):
        type_ = "Person"
    else:
        return [cand]
    hs, he = cand.start, cand.start + len(head)
    ts = cand.start + len(head) + 2
    te = ts + len(tail)
    head_type = cand.type
    if head_type == "Person":
        head_type = classify_org(head)
    out = [Candidate(ts, te, state.text[ts:te], type_, cand.source if type_ != "Person" else "rule",
                     entry if entry is not None and entry.type != "Person" else None)]
    head_entry = state.gaz.lookup(head)
    out.append(Candidate(hs, he, state.text[hs:he], head_entry.type if head_entry else head_type, cand.source, head_entry))
    return out


_TRUST = {"gaz": 3, "rule": 2, "ner": 1}


def _resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping set: longer spans win, then the more trusted source.

    A gazetteer match shorter than an NER span that contains it wins only when
    the NER span is the gazetteer name plus a possessive or title (handled in
    ``from_ner``), so plain containment keeps the longer name ("US Border
    Patrol" over "US").
    """
    # among equals, one the words around labelled ("the A and B crossings") says the most
    cands.sort(key=lambda c: (-c.length, -_TRUST[c.source], c.label is None, c.start))
    kept: list[Candidate] = []
    for c in cands:
        if any(c.start < k.end and k.start < c.end for k in kept):
            continue
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept
