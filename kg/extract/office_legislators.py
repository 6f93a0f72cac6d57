"""Legislators named by their party in a parliament's debate (round-31 O3).

"In the Commons, a Liberal Democrat, Fiona Hale, asked whether ..." / "Labour MP Tom
Reid said" / "Tom Reid, a Conservative member, asked" / "the Green lawmaker Ana Ruz":
a party word (with or without "MP", "member", "lawmaker") right before or after the
name, in a text that names a country's legislature. The person sits in that
legislature: they act for its country (``represents``); "MP", "member of
parliament", "lawmaker" give the office "Member of Parliament". The party itself is
no actor here (a label, not an organisation of the story).
"""

from __future__ import annotations

import re

from kg.extract.office_base import Office, sentence_bounds, token_at
from kg.extract.office_sides import dateline_country, ensure_country
from kg.extract.state import MentionRef, State

_PARTIES = (r"Labour|Conservative|Tory|Liberal\s+Democrat|Lib\s+Dem|Liberal|Green|SNP|Plaid\s+Cymru|Reform|DUP|"
            r"Sinn\s+F[ée]in|Social\s+Democrat(?:ic)?|Christian\s+Democrat(?:ic)?|Socialist|Republican|Democrat(?:ic)?|"
            r"Centre|Center|Progressive|Nationalist|Independent|opposition|backbench")
_ROLES = r"MP|member(?:\s+of\s+parliament)?|lawmaker|legislator|deputy|senator|peer|backbencher|congress(?:wo)?man"
_MP_ROLES = re.compile(r"MP|member\s+of\s+parliament|lawmaker|legislator", re.I)
# "a Liberal Democrat, NAME" / "Labour MP NAME" / "the Conservative member NAME"
_BEFORE_RE = re.compile(rf"(?:^|(?<=\s))(?:(?:a|an|the)\s+)?(?P<party>{_PARTIES})(?:\s+(?P<role>{_ROLES}))?(?:\s+for\s+"
                        rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?\s*(?P<comma>,)?\s*$")
# "a Liberal Democrat, NAME": the party word alone as a noun, with its article (no "the Centre, X")
_ARTICLE_PARTY_RE = re.compile(r"(?:a|an|the|A|An|The)\s+(?:Labour|Conservative|Tory|Liberal\s+Democrat|Lib\s+Dem|SNP|"
                               r"Republican|Democrat|Social\s+Democrat|Christian\s+Democrat|Socialist|Green)\s*,$")
# "NAME, a Labour MP," / "NAME, the Conservative member for Bath,"
_AFTER_RE = re.compile(rf",\s+(?:a|an|the)\s+(?P<party>{_PARTIES})\s+(?P<role>{_ROLES})\b")
# A country's legislature named in the text, and the country it gives
_WESTMINSTER = re.compile(r"\b(?:House\s+of\s+Commons|House\s+of\s+Lords|the\s+Commons|the\s+Lords|Westminster)\b")
_HOUSES = re.compile(r"\b(?:Parliament|parliament|Assembly|Congress|Senate|Sejm|Storting|Riksdag|Bundestag|Folketing|"
                     r"Eduskunta|Knesset|Lok\s+Sabha|Rajya\s+Sabha|Dáil|Oireachtas|Saeima|Seimas|Riigikogu|Verkhovna\s+Rada)\b")


def legislator_title(state: State, mention: MentionRef) -> Office | None:
    """The party-labelled legislator's office (or only side) and their country."""
    first = token_at(state, mention.start)
    if first is None:
        return None
    sent_start = first.sent.start_char
    lead = state.text[sent_start:mention.start]
    hit = _BEFORE_RE.search(lead)
    span = None
    if hit is not None and (hit.group("role") or hit.group("comma") and _ARTICLE_PARTY_RE.match(hit.group(0).strip()) is not None):
        span = (sent_start + hit.start("party"), sent_start + hit.end("role" if hit.group("role") else "party"))
    else:
        hit = _AFTER_RE.match(state.text, mention.end)
        if hit is None:
            return None
        span = (hit.start("party"), hit.end("role"))
    if hit.group("party") in {"Independent", "opposition", "backbench"} and not hit.group("role"):
        return None  # "an independent, X": no party word alone
    country = _legislature_country(state)
    if country is None:
        return None
    role = hit.group("role") or ""
    evidence = sentence_bounds(state, first)
    if _MP_ROLES.fullmatch(" ".join(role.split())):
        return Office(mention.key, "Member of Parliament", span, country, evidence, country=country)
    # "a Liberal Democrat, X": a seat, no office the text names; the side only
    state.add_relation(mention.key, "represents", state.span(*evidence), obj=country)
    return None


def _legislature_country(state: State) -> str | None:
    """The country whose legislature the text names ("the Commons": the United Kingdom; "the
    Polish Sejm", "Ghana's Parliament"), else the dateline's country when a house is named."""
    text = state.text
    if _WESTMINSTER.search(text):
        uk = ensure_country(state, "United Kingdom")
        if uk is not None:
            return uk
    house = _HOUSES.search(text, state.body_start)
    if house is None:
        return None
    around = text[max(0, house.start() - 40):house.end() + 40]
    for word in re.findall(r"[A-Z][\w'’-]+", around):
        word = re.sub(r"['’]s?$", "", word)
        entry = state.gaz.country_of_demonym(word) or state.gaz.country(word)
        if entry is not None and entry.type == "Country":
            key = ensure_country(state, entry.label)
            if key is not None:
                return key
    return dateline_country(state)
