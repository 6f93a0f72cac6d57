"""Company and agency names the NER calls people, and their typing by context.

* a capitalised name ending in an industry word ("Nordic Gas", "Sahel Oil",
  "Kenya Airways") is a company;
* a name apposed to a descriptor is what the descriptor says: "Kresta, the
  Croatian news agency," is a media outlet, "the state oil company Nordpetro"
  a state agency. The descriptor beats the NER's PERSON.
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

# Words that end a company's name ("Andes Power", "Atlas Petroleum", "Kenya Airways", "X Sawmills"):
# the one list of company tails, which other rules read too
INDUSTRY_WORDS = lexicon.ordered("industry_name_tails") + lexicon.ordered("company_name_tails")
# Common modifiers of an industry word: "Natural Gas", "Renewable Energy" name no company.
_COMMON_MODIFIERS = lexicon.words("industry_common_modifiers")
# Nouns after an industry word that make it a sector, not a company ("Caspian Oil fields").
_SECTOR_NOUNS = lexicon.words("sector_nouns")
_NAME_WORD = CAP_CLASS + r"[\w&'’-]*"
_INDUSTRY_RE = re.compile(rf"(?<![\w’'.-])((?:{_NAME_WORD} ){{1,3}})({'|'.join(INDUSTRY_WORDS)})(?![\w’'-])")
# Words that start clauses or are titles: never the first word of a company name.
_NOT_LEAD = frozenset("The A An This That These Those Its Their Our His Her While As But And In On At For With After "
                      "Before When If Under Since During Although Because Meanwhile However Both Last Next What Why "
                      "How From By To Of Or Not No Any Every Each Such Some All Most Many Several Only Even Also".split())


def industry_names(text: str) -> list[Candidate]:
    """'Nordic Gas', 'Atlas Petroleum', 'Kenya Airways': one to three capitalised
    words before an industry word name a company, unless the words are common
    modifiers ("Natural Gas"), a title follows ("the Oil Minister X"), or the
    first word is a person's given name ("Samantha Power")."""
    out = []
    titles = lexicon.words("title_core") | lexicon.words("title_heads")
    for m in _INDUSTRY_RE.finditer(text):
        words = m.group(1).split()
        while words and (words[0] in _NOT_LEAD or words[0].endswith(("'s", "’s"))):
            words = words[1:]
        if not words or "\n" in m.group(0):
            continue
        if any(w.endswith(("'s", "’s")) for w in words):
            words = words[max(i for i, w in enumerate(words) if w.endswith(("'s", "’s"))) + 1:]
            if not words:
                continue
        if all(w in _COMMON_MODIFIERS or w.lower() in titles or w.lower() in lexicon.words("portfolio_words")
               for w in words):
            continue
        if len(words) == 1 and words[0] in lexicon.given_names():
            continue  # "Samantha Power": a person
        end = m.end()
        both = re.match(rf" (?:and|&) (?:{'|'.join(INDUSTRY_WORDS)})(?![\w’'-])", text[end:end + 30])
        if both:
            end += both.end()  # "Caspian Oil and Gas": one name (a company, or a sector if a noun follows)
        after = text[end:end + 30]
        nxt = re.match(r" ([\w-]+)", after)
        if nxt and (nxt.group(1)[:1].isupper() or nxt.group(1).lower() in titles | _SECTOR_NOUNS):
            continue  # "Sahel Oil Minister", "the Energy ministry", "Caspian Oil fields": a title or a sector
        if all(re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text) for w in words):
            continue  # "Cheap Gas" at a sentence start: the words are common ones in this text
        start = m.end(1) - len(" ".join(words)) - 1
        out.append(Candidate(start, end, text[start:end], "Organization", "rule"))
    return out


# Descriptors of a media outlet apposed to its name ("Kresta, the Croatian news agency,").
_MEDIA_HEADS = ("news agency|state news agency|newspaper|daily|weekly|broadcaster|public broadcaster|state broadcaster|"
                "news site|news website|news portal|news outlet|radio station|television station|TV station|"
                "television channel|TV channel|news channel|wire service|magazine|tabloid")
_MEDIA_AFTER = re.compile(rf",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEDIA_HEADS})"
                          rf"(?=\s*[,.;:)]|\s+(?:that|which|said|says|reported|reports|quoted|cited)\b)")
_MEDIA_BEFORE = re.compile(rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEDIA_HEADS}),\s+$")


# "In Kipoi, the local newspaper said": a place before the apposition, not the outlet.
_LOCATIVE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Ii]nside|[Oo]utside|[Aa]cross|[Tt]o)\s+$")


def media_by_apposition(cand: Candidate, state: State) -> bool:
    """'Kresta, the Croatian news agency, reported' / 'told Agerpres, the
    Romanian news agency,' / 'the Lao daily, Vientiane Mai,': a name apposed to
    a media descriptor is a media outlet."""
    if cand.type not in {"Person", "Organization", "Place", "GovernmentAgency"} or cand.source == "gaz":
        return False
    before = state.text[max(0, cand.start - 60):cand.start]
    if _LOCATIVE_BEFORE.search(before):
        return False
    return bool(_MEDIA_AFTER.match(state.text, cand.end) or _MEDIA_BEFORE.search(before))


_APPOSED_NAME = re.compile(rf"(?<![\w’'.-])({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})(?={_MEDIA_AFTER.pattern})")


def apposed_media_names(text: str) -> list[Candidate]:
    """Names the NER missed before a media apposition ('Vestra, the Slovenian
    news agency,'); known places and names after a locative preposition stay out."""
    from kg.extract.gazetteer import load_gazetteer

    out = []
    for m in _APPOSED_NAME.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _NOT_LEAD:
            words = words[1:]
        if not words or any(w.endswith(("'s", "’s")) for w in words):
            continue
        if len(words) > 1 and words[-1] == "Sdn":
            continue  # "Lumi Mining Sdn Bhd": the form is "Sdn Bhd"; the match before "Sdn" is the name
        start = m.end(1) - len(" ".join(words))
        name = text[start:m.end(1)]
        entry = load_gazetteer().lookup(name)
        if entry is not None or _LOCATIVE_BEFORE.search(text[max(0, start - 12):start]):
            continue
        out.append(Candidate(start, m.end(1), name, "MediaOrganization", "rule"))
    return out


# Corporate marks inside a name: "Électricité du Laos", "Empresa Nacional del Petróleo".
_CORPORATE_WORDS = lexicon.words("corporate_words") | frozenset(INDUSTRY_WORDS)


def corporate_name(text: str) -> bool:
    """Does a (multi-word) name carry a company's marks: a corporate or industry
    word, or a Romance particle between capitalised words ('Électricité du X')?"""
    words = text.split()
    return bool(set(words) & _CORPORATE_WORDS) or bool(
        re.search(r"\S \b(?:de|du|des|del|do|da|dos|das|d['’])\s?[A-ZÀ-Ý]", text))


# Legal forms written after a company's name, with or without a comma
# ("Minas Andinas, S.A.", "Baltic Ferries, Ltd.", "Kora Oil, Inc.").
_LEGAL_FORMS = (r"S\.A\.(?:S\.|C\.|B\.)?|S\.A\.R\.L\.|SARL|S\.p\.A\.|SpA|S\.L\.|S\.R\.L\.|SRL|E\.P\.|"
                r"Ltd\.?|Ltda\.?|Limited|Inc\.?|Corp\.|Co\.|plc|PLC|GmbH|AG|N\.V\.|NV|B\.V\.|BV|LLC|L\.L\.C\.|"
                r"A/S|ASA|Oyj|AB|Oy|K\.K\.|Sdn\.? Bhd\.?|Bhd\.?|Berhad|Tbk|Pty\.? Ltd\.?|S\.A\. de C\.V\.|SAC|S\.A\.A\.|"
                r"C\.A\.|EIRL|E\.I\.R\.L\.|"
                # "Ethio-Kenyan Grid Transmission S.C. (EKGT)": a share company, only before its acronym
                # ("Charleston, S.C." is the state) (round-37 A2)
                r"S\.C\.(?= \([A-Z][A-Za-z]{1,7}\))")
LEGAL_SUFFIX_RE = re.compile(rf",? (?:{_LEGAL_FORMS})(?![\w/])")
LEGAL_FORM_RE = re.compile(rf"(?:{_LEGAL_FORMS})")


def legal_suffix_end(text: str, end: int) -> int | None:
    """End of a legal form written right after a name ending at ``end``
    ("Cobre Andino, S.A." -> after "S.A."); None when there is none."""
    m = LEGAL_SUFFIX_RE.match(text, end)
    if m is None:
        return None
    if m.group(0).startswith(",") and m.group(0).endswith("S.C."):
        return None  # "Charleston, S.C. (AP)": the state after a town
    if m.group(0).startswith(" ") and m.group(0).strip() in {"AG", "NV", "BV", "AB", "Oy"} \
            and re.match(r"[\s,.;:)]*(?:$|[a-z,.;:)])", text[m.end():m.end() + 3]):
        return m.end()  # "Nordgrid AG and ...", "Vattenfall AB said": the form ends the name (round-23 A1)
    if m.group(0).startswith(" ") and m.group(0).strip() in {"AG", "NV", "BV", "AB", "Oy", "Co.", "Limited", "SAC", "C.A."}:
        return None  # without a comma these are too often words of the next phrase
    return m.end()


# Descriptors of a non-state organisation apposed to its name ("Ke'ala Watch, a Suva-based watchdog,").
_ORG_DESCRIPTOR = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|with|in|on|to|and|who|which|that)\b)[\w'’-]+\s+){0,3}?"
    r"(?:watchdog|pressure group|campaign group|advocacy group|lobby group|environmental group|rights group|"
    r"activist group|civic group|group|organisation|organization|NGO|non-profit|nonprofit|charity|think tank|"
    r"think-tank|network|forum|coalition|alliance|movement|association|federation|foundation|cooperative|"
    r"co-operative|collective|consortium|company|firm)(?=\s*[,.;:)]|\s+(?:that|which|based|founded|set up|working)\b)")
# The descriptors of that list a person is never called ("X, a non-profit group that campaigns ...").
_GROUP_DESCRIPTOR = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|with|in|on|to|and|who|which|that)\b)[\w'’-]+\s+){0,3}?"
    r"(?:watchdog|pressure group|campaign group|advocacy group|lobby group|environmental group|rights group|"
    r"activist group|civic group|non-profit group|nonprofit group|NGO|non-profit|nonprofit|charity|think tank|"
    r"think-tank)(?=\s*[,.;:)]|\s+(?:that|which|based|founded|set up|working)\b)")
_AFFILIATION_BEFORE = re.compile(r"\b(?:at|with|for|from|of)\s+$")
_AFFILIATED_NAME = re.compile(
    rf"\b(?:at|with|for|from) ({_NAME_WORD}(?: (?:of |for |the |and )?{_NAME_WORD}){{0,4}})(?={_ORG_DESCRIPTOR.pattern})")


def org_by_apposition(cand: Candidate, state: State) -> bool:
    """'Ke'ala Watch, a Suva-based watchdog,': a name apposed to an organisation
    descriptor is an organisation; a two-word name the NER calls a person only
    after 'at'/'with' (a role's affiliation: 'a researcher at X, a ...')."""
    if cand.source == "gaz" or cand.type not in {"Person", "Place", "Organization"}:
        return False
    if not _ORG_DESCRIPTOR.match(state.text, cand.end):
        return False
    if cand.type == "Person" or cand.type == "Place" and " " not in cand.text:
        if bool(_AFFILIATION_BEFORE.search(state.text[max(0, cand.start - 8):cand.start])):
            return True
        # round 24 (A6): "Mekong Watch, a campaign group," -- no given name leads it, and
        # the descriptor is a group noun a person is never called
        return cand.type == "Person" and cand.text.split()[0] not in lexicon.given_names() \
            and bool(_GROUP_DESCRIPTOR.match(state.text, cand.end))
    return True


def affiliated_org_names(text: str) -> list[Candidate]:
    """'a researcher at Ke'ala Watch, a Suva-based watchdog,': the name after
    'at/with/for/from' and before an organisation descriptor (apostrophes
    inside the name are letters of it)."""
    from kg.extract.gazetteer import load_gazetteer

    out = []
    for m in _AFFILIATED_NAME.finditer(text):
        name = m.group(1)
        if "\n" in name or load_gazetteer().lookup(name) is not None or name.split()[0] in _NOT_LEAD:
            continue
        out.append(Candidate(m.start(1), m.end(1), name, "Organization", "rule"))
    return out


_LEGAL_NAME_RE = re.compile(rf"(?<![\w’'.-])((?:{_NAME_WORD} ){{0,3}}{_NAME_WORD})(?=, (?:{_LEGAL_FORMS})(?![\w/])"
                            rf"| (?:S\.A\.|Ltd\.|Inc\.|GmbH|plc|PLC|S\.p\.A\.|LLC)(?![\w/])"
                            rf"| S\.C\.(?= \([A-Z][A-Za-z]{{1,7}}\))"
                            # round 21: forms that end a name without a comma ("Keretapi Tosa Berhad", "Ondo Tbk")
                            rf"| (?:Sdn\.? Bhd\.?|Berhad|Bhd|Tbk|Oyj|ASA|SpA|AG|SA|AS|A/S|AB|Oy)(?=[\s,.;:)]|$))")


def legal_form_names(text: str) -> list[Candidate]:
    """'Nordpetro, S.A.', 'Kivu Freight Ltd.': the capitalised words right
    before a legal form name a company, even where the NER tags only the form
    (a one-word name often goes untagged). The form becomes an alias later."""
    from kg.extract.gazetteer import load_gazetteer

    out = []
    for m in _LEGAL_NAME_RE.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _NOT_LEAD:
            words = words[1:]
        if not words or "\n" in m.group(1) or any(w.endswith(("'s", "’s")) for w in words[:-1]):
            continue
        if len(words) > 1 and words[-1] == "Sdn":
            continue  # "Lumi Mining Sdn Bhd": the form is "Sdn Bhd"; the match before "Sdn" is the name
        start = m.end(1) - len(" ".join(words))
        name = text[start:m.end(1)]
        entry = load_gazetteer().lookup(name)
        if entry is not None and entry.type in {"Country", "Place"}:
            continue  # "Peru, S.A." is no company name: a place before a legal form of another
        out.append(Candidate(start, m.end(1), name, "Organization", "rule"))
    return out
