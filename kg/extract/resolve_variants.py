"""Label variants during resolution: one entity for two ways of naming it
("the Torkham crossing" / "Torkham", "Treaty of Itaipu" / "Itaipu Treaty"),
except a region kept apart from the town it is named after."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.cities import is_city
from kg.extract.entities import Candidate
from kg.extract.resolve_naming import AGREEMENT_WORDS
from kg.extract.state import State

Canon = tuple[Candidate, str, str, list[str]]


_FACILITY_HEADS = frozenset("bridge crossing dam reservoir plant tunnel port checkpoint barrage canal highway "
                            "railway pipeline terminal station airport post".split())
# "the Seme-Kraké joint border post", "one-stop border post", "new bridge": modifiers name no other
# facility (round-30 A11)
_FACILITY_GENERIC = frozenset("international national binational joint one-stop new main old".split())


def regions_after_towns(state: State, cands: list[Candidate]) -> set[int]:
    """Starts of '<Name> region' candidates placed right after a town of that
    name: 'Puno, in Peru's Puno region' (the town is in the region, not it)."""
    out = set()
    for c in cands:
        m = re.fullmatch(rf"(.+?)\s+{REGION_WORDS}", c.text)
        if m and c.type == "Place" and re.search(
                rf"(?<![\w-]){re.escape(m.group(1))},\s+in\s+(?:the\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?$",
                state.text[max(0, c.start - 80):c.start]):
            out.add(c.start)
        elif m and c.type == "Place" and re.search(
                rf"\b(?:town|city|village|port|municipality)\s+of\s+{re.escape(m.group(1))}(?![\w-])", state.text):
            out.add(c.start)  # "Peru's Tumbes region ... the town of Tumbes": two places
        elif m and c.type == "Place" and _known_apart(state, c.text, m.group(1)):
            out.add(c.start)
        elif c.type == "Place" and (f := re.fullmatch(rf"(.+?)\s+{_NATURAL_FEATURES}", c.text)) and (_called_town(state, f.group(1)) or town_named_alone(state, f.group(1))):
            out.add(c.start)  # "the border town of Ondo ... the Ondo river": the town is no name of the river
    return out


# Natural features a town may share its name with (round-21 class A1).
_NATURAL_FEATURES = r"(?:river|lake|valley|gap|bay|delta|lagoon|plateau|hills|mountains|basin|oasis|island|islands)"


def _called_town(state: State, bare: str) -> bool:
    """Does the text call ``bare`` a town ("the border town of X", "X, a fishing village")?"""
    name = re.escape(bare)
    return re.search(rf"\b(?:town|city|village|port|municipality|settlement|hamlet)\s+of\s+{name}(?![\w'’-])"
                     rf"|(?<![\w'’-]){name},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:town|city|village|port|"
                     rf"settlement|hamlet)\b", state.text) is not None


def _known_apart(state: State, region: str, bare: str) -> bool:
    """The data knows '<Name> province' and '<Name>' as two places: the region's
    entry does not list the bare name ("Kisumu County" is not the town of
    Kisumu; "Tavush province" is Tavush), or the bare name is a known town."""
    entry = state.gaz.lookup(region)
    if entry is not None and entry.type == "Place" and bare not in entry.names:
        return True
    town = state.gaz.lookup(bare)
    if town is not None and town.section == "places" and town.country is not None:
        return True
    return town_named_alone(state, bare)


def town_named_alone(state: State, bare: str) -> bool:
    """Is ``bare`` a known town that the text names on its own ("talks in Orenburg"), or the town
    of the dateline? Then "Orenburg region" is the region around it, a place of its own.
    "Neuquén's energy minister" speaks of the province, and "Kirundo Province" or
    "the Kirundo Traders' Cooperative" hold the name inside a longer one."""
    if not is_city(bare):
        # "ZHUABAD, Kyrgyzstan -": a report is filed from a town, not from a region
        return re.search(rf"(?m)^[ \t]*{re.escape(bare.upper())}(?:,[ \t]|[ \t]+[—–-][ \t])", state.text) is not None
    pattern = _alone_re(bare)
    text = state.text
    return any(not _ends_longer_name(text, m.start()) for m in pattern.finditer(text, state.body_start))


def _ends_longer_name(text: str, start: int) -> bool:
    """Is the word before ``start`` part of the same name ("Santa Rosa de Loreto")? A capitalised
    word that opens its sentence ("In Orenburg") is not."""
    before = _NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return before.group("lower") is not None or _SENTENCE_OPEN_RE.search(text, max(0, before.start() - 4), before.start()) is None


_NAME_BEFORE_RE = re.compile(rf"(?:{CAP_CLASS}[\w'’.-]*|(?<![\w'’-])(?P<lower>de|del|la|el|al))[ \t]+$")
_SENTENCE_OPEN_RE = re.compile(r"(?:^|[.!?:;\"“”\n(]\s*)$")


@lru_cache(maxsize=4096)  # bounded: a long-running server meets ever new names
def _alone_re(bare: str) -> re.Pattern[str]:
    """``bare`` standing alone: no "the" before it, no capitalised word, unit word or "<noun> of" after it."""
    return re.compile(
        rf"(?<![\w'’-])(?<!\b[Tt]he\s){re.escape(bare)}(?![\w'’-])(?!\s+(?:{CAP_CLASS}|{REGION_WORDS}\b|[a-z]+\s+of\b))")


# Administrative units named after their main town: "<Name> province" and
# "<Name>" are two places (the town lies in the unit).
ADMIN_UNITS = frozenset("region province county district oblast governorate prefecture department voivodeship "
                         "canton municipality emirate territory division state".split())


# Abbreviated kind words of agreements and the words they stand for.
_ABBREVIATED = {"mou": ("memorandum", "understanding"), "mous": ("memorandum", "understanding"),
                "moa": ("memorandum", "agreement")}


def merge_variants(canon: list[Canon], keep_apart: set[int] = frozenset()) -> list[Canon]:
    """One entity for two ways of naming it in one text: 'the Torkham crossing'
    and 'Torkham', 'the Teesta river' and 'Teesta' (a place plus its kind word);
    'Treaty of Itaipu' and 'Itaipu Treaty' (the same words around 'of')."""
    kinds = set(lexicon.mapping("place_nouns")) | set(lexicon.words("locality_nouns"))
    labels = {label: type_ for _, label, type_, _ in canon}
    first_agreement: dict[frozenset[str], str] = {}
    first_facility: dict[tuple[str, ...], str] = {}
    out = []
    for cand, label, type_, same_as in canon:
        words = label.split()
        if type_ == "Place" and len(words) >= 2 and words[-1] in kinds and not same_as and cand.start not in keep_apart:
            short = " ".join(words[:-1])
            # "the Vasa border crossing ... officials in Vasa": a two-word kind goes too
            double = " ".join(words[:-2]) if len(words) >= 3 and " ".join(words[-2:]) in kinds else None
            if labels.get(short) in {"Place", "Organization", "Person"}:
                label = short  # the name alone; the longer form stays an alias
            elif double and labels.get(double) in {"Place", "Organization", "Person"}:
                label = double
        if type_ == "Place" and len(words) >= 2 and words[-1].lower() in _FACILITY_HEADS and not same_as:
            # "San Martín International Bridge" ... "the San Martín bridge": one bridge
            key = tuple(w.lower() for w in words if w.lower() not in _FACILITY_GENERIC)
            if len(key) >= 2:
                label = first_facility.setdefault(key, label)
        elif (type_ == "Agreement" or words[-1] in {"MoU", "MOU"} and len(words) >= 2) and not same_as:
            # "the Luanda MoU" after "the Luanda Memorandum of Understanding": the abbreviation is the
            # same words (round-30 A10)
            key = frozenset(x for w in words for x in _ABBREVIATED.get(w.lower(), (w.lower(),))
                            if x not in {"of", "the", "on", "for"})
            if key not in first_agreement:
                label = _formal_title_of(label, list(first_agreement.values())) or label
            label = first_agreement.setdefault(key, label)
        out.append((cand, label, type_, same_as))
    return out


def _formal_title_of(short: str, earlier: list[str]) -> str | None:
    """'the Common Land Boundary Treaty' after 'the Treaty between X and Y
    Establishing their Common Land Boundary': a short name made of a run of the
    long title's words plus its kind word is that agreement, not a new one."""
    words = short.split()
    head, name = words[-1].lower(), [w.lower() for w in words[:-1]]
    if len(name) < 2 or not re.fullmatch(AGREEMENT_WORDS, head):
        return None
    for label in earlier:
        long_words = [w.lower() for w in label.split()]
        if head not in long_words or len(long_words) < len(words) + 2:
            continue
        if any(long_words[i:i + len(name)] == name for i in range(len(long_words) - len(name) + 1)):
            return label
    return None


REGION_WORDS = r"(?:[Rr]egion|[Dd]epartment|[Pp]rovince|[Ss]tate|[Oo]blast|[Dd]istrict|[Cc]ounty|[Gg]overnorate|[Pp]refecture|[Mm]unicipality)"
