"""People whose given name is an English word, people after an occupation noun,
and outlets in a speaking slot (round-34 classes A1, A2).

* '"...," Given Mwila Banda, chairman of the hauliers' association, told ...',
  "Precious Moyo said", "Lovemore Ncube and Memory Chanda": a given name that
  is also an English word (``lexicon`` "word_given_names") before one or two
  title-case words nothing else names is the person's whole name; the model
  drops the first word or reads the whole as nothing.
* "Driver Amanullah Khan, who had waited ...", "Farmer Jose Cruz said": an
  occupation noun opening a sentence before a name is no part of the name
  (the office step may give the occupation as a position).
* "told the broadcaster rbb", "told the Cusco daily El Sol", "Speaking to
  TOLOnews, he said": the name after a medium's noun in a speaking slot, or
  in "speaking to X," before a pronoun, is an outlet, whatever its case.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import ORG_TAIL_WORDS, Candidate
from kg.extract.state import State

_SURNAME = rf"{CAP_CLASS}[a-zà-ÿ'’]+(?:-{CAP_CLASS}[a-zà-ÿ'’]+)?"
_OCCUPATION_LEADS = frozenset("Driver Farmer Fisherman Fisherwoman Trader Teacher Shopkeeper Herder Herdsman Shepherd "
                              "Mechanic Merchant Vendor Labourer Laborer Boatman Welder Haulier Trucker Smallholder "
                              "Rancher Pensioner Housewife Student Nurse Midwife Hawker Stallholder Docker".split())


def _not_name_word(word: str, state: State) -> bool:
    return state.gaz.lookup(word) is not None or state.gaz.demonyms.get(word.lower()) is not None \
        or word in lexicon.words("org_heads") or word.lower() in lexicon.words("place_nouns") \
        or word.lower() in lexicon.words("title_heads") or word.lower() in lexicon.words("portfolio_words") \
        or word in ORG_TAIL_WORDS or word in {"Corps", "Aid", "Act", "Fund", "Drinks", "Park", "Day"}


def word_given_people(found: list[Candidate], state: State) -> list[Candidate]:
    """'Given Mwila Banda', 'Precious Moyo': the whole name, a Person (the readings across it go)."""
    givens = lexicon.words("word_given_names")
    if not givens:
        return found
    text = state.text
    alt = "|".join(sorted(givens, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w'’.-])(?:{alt})((?:\s+{_SURNAME}){{1,2}})(?![\w'’-]|\s+{CAP_CLASS})", text):
        if state.is_skipped(m.start(), m.end()) or re.match(r"['’]s\b", text[m.end():m.end() + 2]):
            continue  # "Given Zambia's position": an owner, no name
        if any(_not_name_word(w, state) for w in m.group(1).split()):
            continue
        if any(c.source == "gaz" and c.start < m.end() and m.start() < c.end for c in found):
            continue
        if any(c.type != "Person" and c.start <= m.start() and m.end() <= c.end and c.length > m.end() - m.start()
               for c in found):
            continue  # inside a longer body's name
        out.append(Candidate(m.start(), m.end(), m.group(0), "Person", "rule"))
    if not out:
        return found
    kept = [c for c in found if not any(c.start < o.end and o.start < c.end for o in out)]
    return kept + out


def cut_occupation_leads(found: list[Candidate], state: State) -> list[Candidate]:
    """'Driver Amanullah Khan' -> 'Amanullah Khan' (in place)."""
    for c in found:
        if c.type != "Person" or c.source == "gaz":
            continue
        words = c.text.split()
        if len(words) < 3 or words[0] not in _OCCUPATION_LEADS:
            continue
        c.start += re.match(r"\S+\s+", c.text).end()
        c.text = state.text[c.start:c.end]
    return found


_MEDIA_NOUN = r"(?:public\s+|state\s+|local\s+|regional\s+|private\s+)?(?:broadcaster|daily|newspaper|weekly|" \
              r"channel|TV\s+channel|radio\s+station|radio|news\s+site|news\s+portal|news\s+agency|outlet|magazine)"
# a lower-case outlet ("rbb") is one word of its own, never a function word ("told the broadcaster on Monday")
_LOWER_OUTLET = (r"(?!(?:on|in|at|of|the|a|an|that|this|last|when|as|about|by|for|from|with|to|during|after|before|"
                 r"and|or|but|which|who|he|she|they|it|its|their|his|her|there|here|earlier|later|late|early|"
                 r"yesterday|today|tonight|recently|previously|also|then|not|no|all|both|over|under|"
                 # "told the weekly briefing", "the daily news show": what a daily or weekly is, no outlet's name
                 r"briefings?|bulletins?|news|press|meetings?|conferences?|sessions?|programmes?|programs?|shows?|"
                 r"podcasts?|editions?|columns?|updates?|reports?|papers?|newspapers?|magazines?|digests?|"
                 r"newsletters?|roundups?|debates?|hearings?|audiences?|gatherings?|cabinet|council|parliament)\b)"
                 r"[a-z][a-z0-9]{1,11}")
_OUTLET = rf"(?:{_LOWER_OUTLET}(?![\w'’-]|\s+{CAP_CLASS})|{CAP_CLASS}[\w'’-]*(?:\s+(?:&\s+)?(?:{CAP_CLASS}[\w'’.-]*|\d{{1,3}}(?:\.\d)?|la|le|de|del|di)){{0,3}})"
# "told the broadcaster rbb", "told the Cusco daily El Sol", "in an interview with the newspaper Die Welt"
_NOUN_SLOT_RE = re.compile(rf"\b(?:told|tells|telling|interview\s+with|speaking\s+to|spoke\s+to|quoted\s+by|"
                           rf"said\s+to|writing\s+in)\s+the\s+(?:(?P<home>{CAP_CLASS}[\w'’-]*(?:\s+{CAP_CLASS}[\w'’-]*)?)\s+)?"
                           rf"{_MEDIA_NOUN}\s+(?P<name>{_OUTLET})(?=\s*[,.;:]|\s+(?:that|on|in|about|last|this|when|as)\b)")
# "Speaking to TOLOnews, he said", "In an interview with France Culture on Tuesday, she said"
_PRONOUN_SLOT_RE = re.compile(rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?:[Ss]peaking\s+to|[Tt]alking\s+to|[Ii]n\s+an?\s+(?:\w+\s+)?"
                              rf"interview\s+with)\s+(?P<name>{CAP_CLASS}[\w'’-]*(?:\s+{CAP_CLASS}[\w'’-]*){{0,2}})"
                              rf"(?:\s+(?:on|last|this)\s+\w+)?,\s+(?:he|she|they|the\s+[a-z]+)\s+(?:said|told|added|says|called|"
                              rf"described|urged|warned|argued|insisted|accused|rejected|dismissed|denied|confirmed|"
                              rf"stressed|admitted|conceded|suggested|acknowledged|complained|criticised|criticized|"
                              rf"praised|welcomed|defended|repeated|explained)\b",
                              re.M)


def slot_outlets(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with the outlets of speaking slots, the readings across them gone."""
    text = state.text
    given = lexicon.given_names()
    out = []
    for m in _NOUN_SLOT_RE.finditer(text):
        name = m.group("name").rstrip(".")
        out.append(Candidate(m.start("name"), m.start("name") + len(name), name, "MediaOrganization", "rule"))
    for m in _PRONOUN_SLOT_RE.finditer(text):
        name = m.group("name")
        entry = state.gaz.lookup(name)
        if entry is not None and entry.type != "MediaOrganization" or name.split()[0] in given:
            continue  # "speaking to Kenya's ...", "speaking to Anna Berg, he said": no outlet
        if any(c.type == "Person" and c.text == name for c in found if c.start != m.start("name")):
            continue
        out.append(Candidate(m.start("name"), m.end("name"), name, "MediaOrganization", "rule"))
    out = [o for o in out if not state.is_skipped(o.start, o.end)
           and not any(c.start <= o.start and o.end <= c.end and c.length > o.length for c in found)]
    if not out:
        return found
    kept = [c for c in found if not any(c.start < o.end and o.start < c.end for o in out)]
    return kept + out


_PLATFORM_WORDS = frozenset("Twitter Facebook Instagram YouTube TikTok Telegram WhatsApp LinkedIn Weibo WeChat "
                            "Threads Bluesky Signal Snapchat Reddit Douyin VKontakte Viber X".split())


def drop_currency_and_platforms(found: list[Candidate], state: State) -> list[Candidate]:
    """'at US$19 a kilowatt', 'about NZ$300': a currency's country prefix names no country; 'in a post on
    its Telegram channel': a platform's channel or page is no place (round-34 A9)."""
    text = state.text
    out = []
    for c in found:
        if re.match(r"\s?\$", text[c.end:c.end + 2]) and re.fullmatch(r"[A-Z]{1,3}\.?", c.text.replace(".", "")):
            continue  # "US$", "A$", "HK$", "U.S.$"
        words = c.text.split()
        if c.source != "gaz" and words and words[0] in _PLATFORM_WORDS and c.type in {"Place", "Organization", "Person"} \
                and (len(words) == 1 or words[-1].lower() in {"channel", "channels", "account", "page", "group", "feed"}):
            continue
        out.append(c)
    return out


_LIST_WORD = rf"{CAP_CLASS}[\w'’-]*"
_LIST_HEADS = r"(?:Union|union|Unions|Workers|Federation|Confederation|Association|Alliance|Council|Guild|Syndicate|" \
              r"Chamber|Society|Cooperative|Co-operative|Committee|Forum|Network|Institute)"
# "the Fish, Food and Allied Workers union (FFAW)", "the Food, Beverages and Tobacco Workers Union": a comma
# list of title-case words closed by "and" and an organisation head is one body's name (round-34 A4)
_LIST_ORG_RE = re.compile(rf"(?<![\w'’-])(?!The\s|A\s|An\s)(?P<name>(?:{_LIST_WORD}\s+){{0,3}}?(?:(?:of|for)\s+(?:the\s+)?)?{_LIST_WORD}(?:\s+{_LIST_WORD})?(?:,\s+{_LIST_WORD}(?:\s+{_LIST_WORD})?)+,?"
                          rf"\s+(?:and|&)\s+(?:{_LIST_WORD}\s+){{0,3}}{_LIST_HEADS}"
                          rf"(?:\s+(?:Union|union))?)(?![\w'’-])")


def comma_list_orgs(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with the comma-list bodies above whole (no "Allied Workers" of them)."""
    text = state.text
    out = []
    for m in _LIST_ORG_RE.finditer(text):
        name = m.group("name")
        if state.is_skipped(m.start(), m.end()):
            continue
        words = re.findall(r"[\w'’-]+", name)
        if any(state.gaz.lookup(w) is not None and state.gaz.lookup(w).type in {"Country", "Place"} for w in words):
            continue  # "Kenya, Uganda and Tanzania Workers' Federation": a list of places, left to others
        out.append(Candidate(m.start("name"), m.end("name"), name, "Organization", "rule"))
    if not out:
        return found
    kept = [c for c in found if not any(c.start < o.end and o.start < c.end for o in out)]
    return kept + out


# words that may lead a title without being one ("Special Representative", "Acting High Commissioner")
_TITLE_LEADS = frozenset("special senior deputy chief high acting vice principal permanent".split())


def title_only_person(cand: Candidate) -> bool:
    """A 'person' made only of title words ("the EU Special Representative for the Dialogue"):
    the model read the office as a name; the office rules keep it as the post of the named holder."""
    words = cand.text.split()
    if cand.type != "Person" or cand.source == "gaz" or len(words) < 2:
        return False
    titles = lexicon.words("title_heads") | lexicon.words("title_core") | lexicon.words("role_nouns")
    return words[-1].lower() in titles and all(w.lower() in titles or w.lower() in _TITLE_LEADS for w in words)


# the national adjective a Spanish, Portuguese, French or Italian state body's name ends in
_NATIONAL_TAILS = frozenset("Nacional Nacionales Naval Nationale Nazionale Federal Federales".split())
_ENGLISH_LEADS = frozenset("Customs Immigration Police Revenue Statistics".split())


def state_body_people(found: list[Candidate], state: State) -> list[Candidate]:
    """'Argentina's Vialidad Nacional said', 'the Gendarmería Nacional': a foreign state
    service the model took for a person ("Vialidad" is no given name) is a government agency."""
    leads = lexicon.words("state_service_leads") - _ENGLISH_LEADS
    given = lexicon.given_names()
    for c in found:
        words = c.text.split()
        if c.type != "Person" or c.source == "gaz" or not 2 <= len(words) <= 4 or words[0] in given:
            continue
        if words[0] in leads or words[-1] in _NATIONAL_TAILS:
            c.type = "GovernmentAgency"
    return found


_OWNER_RE = re.compile(r"(?:(?P<owner>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})['’]s|(?P<demonym>[A-Z][a-z]+))\s+(?:the\s+)?$")


def foreign_generic_agencies(found: list[Candidate], state: State) -> list[Candidate]:
    """'Pakistan's Foreign Office', or 'Foreign Office spokesperson X' in an article whose
    countries do not include the UK: a generic agency name the gazetteer knows as another
    country's body ("Foreign Office" of the UK) names this country's body, not that one."""
    countries = {c.gaz.label for c in found if c.type == "Country" and c.gaz is not None}
    out = []
    for c in found:
        entry = c.gaz
        if c.source != "gaz" or entry is None or entry.type != "GovernmentAgency" or not entry.country \
                or c.text == entry.label or state.gaz.lookup(c.text) is not entry:
            out.append(c)
            continue
        owner = _OWNER_RE.search(state.text, max(0, c.start - 40), c.start)
        owner_country = None
        if owner is not None:
            named = state.gaz.lookup(owner.group("owner")) if owner.group("owner") else None
            by_demonym = state.gaz.country_of_demonym(owner.group("demonym")) if owner.group("demonym") else None
            found_country = named if named is not None and named.type == "Country" else by_demonym
            owner_country = getattr(found_country, "label", found_country)
        if (owner_country is not None and owner_country != entry.country) or (
                owner_country is None and countries and entry.country not in countries):
            out.append(Candidate(c.start, c.end, c.text, "GovernmentAgency", "rule", label=" ".join(c.text.split())))
        else:
            out.append(c)
    return out
