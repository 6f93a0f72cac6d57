"""Names read from their words (round-34 classes A1, A9; a round-34 lead fix):
people whose given name is an English word, people after an occupation noun,
"persons" made only of title words, and currency and platform fragments.

* '"...," Given Mwila Banda, chairman of the hauliers' association, told ...',
  "Precious Moyo said", "Lovemore Ncube and Memory Chanda": a given name that
  is also an English word (``lexicon`` "word_given_names") before one or two
  title-case words nothing else names is the person's whole name; the model
  drops the first word or reads the whole as nothing.
* "Driver Amanullah Khan, who had waited ...", "Farmer Jose Cruz said": an
  occupation noun opening a sentence before a name is no part of the name
  (the office step may give the occupation as a position).
* "the EU Special Representative for the Dialogue": a "person" made only of
  title words is the post of the named holder, no person.
* "at US$19 a kilowatt", "its Telegram channel": a currency's country prefix
  names no country, a platform's channel no place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import ORG_TAIL_WORDS, Candidate, overlaid
from kg.extract.state import State

_SURNAME = rf"{CAP_CLASS}[a-zà-ÿ'’]+(?:-{CAP_CLASS}[a-zà-ÿ'’]+)?"
OCCUPATION_LEADS = frozenset("Driver Farmer Fisherman Fisherwoman Trader Teacher Shopkeeper Herder Herdsman Shepherd "
                              "Mechanic Merchant Vendor Labourer Laborer Boatman Welder Haulier Trucker Smallholder "
                              "Rancher Pensioner Housewife Student Nurse Midwife Hawker Stallholder Docker "
                              # "Paramedic Liis Kask said", "Skipper Juraj Novak" (round-37 A7)
                              "Paramedic Firefighter Electrician Plumber Carpenter Bricklayer Miner Logger "
                              "Skipper Deckhand Sailor Seaman Fishmonger Chef "
                              "Waiter Waitress Cleaner Cashier Builder Labourer Farmhand Beekeeper "
                              "Forester Ranger Boatbuilder Ferryman Bargeman Cabbie Busker Artisan "
                              "Craftsman Cobbler Blacksmith Janitor Caretaker Vet Pharmacist Dentist Surgeon Retiree "
                              "Widow Villager Resident Commuter Hairdresser Innkeeper Hotelier Restaurateur "
                              "Grocer Florist Dairyman Cattleman Goatherd Nomad Pilgrim".split())


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
    return overlaid(found, out)


def cut_occupation_leads(found: list[Candidate], state: State) -> list[Candidate]:
    """'Driver Amanullah Khan' -> 'Amanullah Khan' (in place)."""
    for c in found:
        if c.type != "Person" or c.source == "gaz":
            continue
        words = c.text.split()
        if len(words) < 3 or words[0] not in OCCUPATION_LEADS:
            continue
        c.start += re.match(r"\S+\s+", c.text).end()
        c.text = state.text[c.start:c.end]
    return found


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


# words that may lead a title without being one ("Special Representative", "Acting High Commissioner")
_TITLE_LEADS = frozenset("special senior deputy chief high acting vice principal permanent".split())


@lru_cache(maxsize=1)
def _title_vocabulary() -> frozenset[str]:
    return lexicon.words("title_heads") | lexicon.words("title_core") | lexicon.words("role_nouns")


def title_only_person(cand: Candidate) -> bool:
    """A 'person' made only of title words ("the EU Special Representative for the Dialogue"):
    the model read the office as a name; the office rules keep it as the post of the named holder."""
    words = cand.text.split()
    if cand.type != "Person" or cand.source == "gaz" or len(words) < 2:
        return False
    titles = _title_vocabulary()
    return words[-1].lower() in titles and all(w.lower() in titles or w.lower() in _TITLE_LEADS for w in words)
