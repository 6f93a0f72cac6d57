"""Agreement relations: dateSigned ("signed in 2002", "the 2002 pact"),
partyTo ("the agreement between A and B", "which A and B reached", a signed
agreement in a sentence naming both sides) and negotiates (negotiation words
around an agreement, with countries, organisations or their negotiators as
actors; "X leads for Lima" makes body X a negotiator). An agreement's status
(signed, or still under negotiation) decides between the two. "The 2004 accord"
in a report on talks about "a new X treaty" is another agreement than the new one.

This module runs the steps in order; each lives in an ``agreement_<job>`` module
(dates, status, parties, countries, negotiators, actors, refs, names, ...)."""

from __future__ import annotations

from kg.extract import agreement_speaker_parties, agreement_acronym_tails, agreement_frameworks, agreement_timelines, agreement_aliases, agreement_drafts, agreement_items, agreement_named_countries, agreement_hereinafter, agreement_kinds, agreement_nicknames, agreement_same_day, agreement_plural_titles, agreement_titles, agreement_venues, agreement_year_refs, agreement_pair_names
from kg.extract import agreement_called_titles, agreement_orphans, agreement_kind_nouns, agreement_old_texts, agreement_reached, agreement_synonyms
from kg.extract.agreement_descriptions import join_descriptions
from kg.extract.agreement_formal import formal_names
from kg.extract.agreement_dates import date_signed, signed_before_title, signing_today
from kg.extract.agreement_leads import led_by, leads_for
from kg.extract.agreement_names import trim_field_tails, trim_swallowed_names
from kg.extract.agreement_negotiators import add_negotiates
from kg.extract.agreement_parties import party_to
from kg.extract.agreement_revisions import revised_agreements
from kg.extract.agreement_topics import topic_agreements
from kg.extract.agreement_zones import zone_places
from kg.extract.agreement_refs import (
    drop_generic_of_named,
    give_new_references_to_new,
    split_old_dated_references,
    split_other_kind_references,
    split_other_year_references,
)
from kg.extract.agreement_status import agreement_status
from kg.extract.state import State


def extract_agreements(state: State, sides: list[str]) -> None:
    """dateSigned first: a signed agreement has parties, an unsigned one negotiators
    (names that swallowed a date or place before them are trimmed before all;
    titles cut short are read to their end)."""
    agreement_items.drop_foreign_references(state)  # a digest item's "the agreement" is none of another item's
    agreement_called_titles.apply(state)  # "a text both sides call the Filling and Operation Rules"
    agreement_plural_titles.apply(state)  # "Joint Operating Procedures", "Terms of Reference"
    agreement_titles.apply(state)
    agreement_pair_names.apply(state)  # "the Canada-Jamaica Security and Trade Partnership Agreement": the pair kept
    agreement_kind_nouns.apply(state)  # "the 1996 customs union between A and B", "an operating contract signed with X"
    agreement_acronym_tails.apply(state)  # "Memorandum on the X Y (XY) scheme"
    agreement_frameworks.apply(state)  # "returned to the AUHIP framework": a panel's way of talks, no text
    formal_names(state)  # "X - formally the Y -": Y is another name of X
    agreement_aliases.apply(state)
    agreement_nicknames.apply(state)  # "officials call it simply the crossing memorandum"
    # after the short names: "The Tarvo Treaty worked" is no place; "the 1994 peace treaty" of the one treaty
    agreement_kinds.apply(state)
    agreement_synonyms.apply(state)  # "the 1975 Algiers Agreement ... the Algiers treaty": one text
    agreement_hereinafter.apply(state)  # "(hereinafter: the WMCA)", "refer to it simply as the TFA"
    join_descriptions(state)  # "a memorandum on joint patrols" is the one Memorandum on Patrols
    trim_swallowed_names(state)
    trim_field_tails(state)  # "Treaty of X\nSigned 3 March 1998": the field word is no part of the title
    agreement_venues.apply(state)  # "the Memorandum on X at the Palazzo Y": the title stops at the venue
    split_old_dated_references(state)
    drop_generic_of_named(state)
    split_other_kind_references(state)
    date_signed(state)
    signed_before_title(state)
    signing_today(state)
    agreement_reached.apply(state)  # "the X Consensus, reached on June 18, 2008": settled that day
    agreement_timelines.apply(state)  # "2005, April 8 - The two governments sign the X Agreement"
    agreement_venues.put_names_to(state)  # "put their names to the X"
    agreement_venues.co_signed(state)  # "Sudan co-signed the declaration in Dubai in November 2021"
    agreement_year_refs.apply(state)  # "the Statute of X, signed ... 1980 ... the 1980 statute": the statute
    split_other_year_references(state)
    give_new_references_to_new(state)
    party_to(state, sides)
    agreement_speaker_parties.apply(state)  # "our governments signed X" in a minister's quote; "India said it signed X"
    agreement_named_countries.apply(state)  # "the China–Kyrgyzstan–Uzbekistan Railway" agreement: all three
    agreement_same_day.same_day(state)  # "It was signed on the same day as the X": same date, same parties
    add_negotiates(state, sides)
    agreement_old_texts.apply(state, sides)  # "still point to the 2009 memorandum": a text in force between them
    agreement_drafts.apply(state, sides)  # "will go into a protocol on X, which negotiators hope to finish"
    revised_agreements(state, sides)  # "the two sides met to revise the fee" of a signed text
    topic_agreements(state, sides)  # "... met in Kampala. The subject was the 2019 Framework Agreement"
    leads_for(state, agreement_status)
    zone_places(state)  # "the Agreement on the Establishment of the X Zone": the zone is a place
    led_by(state)  # "Negotiations on X are led by A and B": A and B negotiate X
    agreement_orphans.apply(state, sides)  # a text no rule tied to anyone: "would be signed" (negotiates), "as under the X" (partyTo)
    agreement_items.scope_relations(state)  # a digest's items are separate stories
