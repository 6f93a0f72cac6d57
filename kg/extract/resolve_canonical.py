"""Canonical labels for single candidates during resolution: a lone surname joins
the full name it shortens, a given name its owner, an acronym the name it
abbreviates, a bare head word ("the Authority") the organisation it heads."""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import UPPER
from kg.extract.entity_acronyms import MIXED_ACRONYM
from kg.extract.entity_or_aliases import or_name_after
from kg.extract.entities import Candidate
from kg.extract.entity_types import classify_org
from kg.extract.resolve_naming import AGREEMENT_WORDS
from kg.extract.resolve_types import place_context
from kg.extract.resolve_variants import REGION_WORDS
from kg.extract.state import State
from kg.model import ORG_TYPES


def norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def bare_head(cand: Candidate) -> bool:
    """'the Commission said', 'Authority spokesman ...': a lone generic head word."""
    return cand.gaz is None and norm(cand.text) in lexicon.words("bare_org_heads")


def bare_head_referent(state: State, cand: Candidate, body: list[Candidate]) -> tuple[str | None, str, list[str]]:
    """A bare head word names the one organisation named before it whose name
    ends with that word ("the Canal Authority ... the Authority") or is headed by
    it ("the Ministry of Water ... the Ministry"). With none, or several, it
    names no entity of its own (label None): a word like "Commission" alone is
    no name."""
    head = norm(cand.text)
    found: dict[str, tuple[str, list[str]]] = {}
    for c in body:
        if c.start >= cand.start:
            break
        if c.type not in ORG_TYPES | {"MediaOrganization"} or bare_head(c):
            continue
        label = c.gaz.label if c.gaz is not None else norm(c.text)
        names = {label, norm(c.text)} | (set(c.gaz.names) if c.gaz is not None else set())
        if any(n != head and (n.endswith(" " + head) or re.match(rf"{re.escape(head)} (?:of|for|on)\b", n)) for n in names):
            found[label] = (c.gaz.type if c.gaz is not None else c.type, c.gaz.same_as if c.gaz is not None else [])
    if len(found) != 1:
        return None, cand.type, []
    label, (type_, same_as) = next(iter(found.items()))
    return label, type_, same_as


def merge_described_agreements(cands: list[Candidate]) -> None:
    """'the Teesta water-sharing agreement' ... 'the Teesta accord': one agreement,
    named by its first description."""
    first_by_name: dict[str, str] = {}
    full = [c.text for c in cands if c.type == "Agreement" and all(
        w[:1].isupper() or w in {"of", "on", "the", "and", "in", "for"} for w in c.text.split())]
    for c in cands:
        if c.type != "Agreement" or c.gaz is not None:
            continue
        words = c.text.split()
        # "Protocol No. 2" and "Protocol No. 4" are two texts: a number after a capitalised word
        # is part of the name
        caps = [w for i, w in enumerate(words)
                if w[:1].isupper() or w[:1].isdigit() and i > 0 and words[i - 1][:1].isupper()]
        if not caps or len(caps) == len(words):
            continue  # fully capitalised names stand on their own
        name = " ".join(caps)
        containing = [f for f in full if f" {name} " in f" {f} " and f != c.text]
        if containing:  # "the Barents Sea treaty" -> "Treaty on ... in the Barents Sea ..."
            c.text = containing[0]
        elif name in first_by_name:
            c.text = first_by_name[name]
        else:
            first_by_name[name] = c.text


def full_person_names(cands: list[Candidate]) -> list[tuple[int, str]]:
    """(position, full name) of person names with two or more words."""
    out = []
    for c in cands:
        if c.type == "Person":
            name = norm(c.gaz.label if c.gaz else c.text)
            if len(name.split()) >= 2:
                out.append((c.start, name))
    return out


# "Keretapi Tosa Berhad (KTB)": a legal form cut off the label stands between the name and its acronym.
_LEGAL_AFTER = re.compile(r",? (?:Sdn\.? Bhd\.?|Berhad|Bhd\.?|Tbk|Oyj|ASA|SpA|S\.p\.A\.|AG|GmbH|Ltd\.?|Limited|"
                          r"S\.A\.|SA|AS|PLC|plc|Inc\.?|LLC|S\.C\.|Corp\.?|Co\.)(?![\w/])")


def acronym_labels(state: State, cands: list[Candidate]) -> dict[str, str]:
    """'Department of Homeland Security (DHS)' -> {'DHS': label}."""
    out: dict[str, str] = {}
    for c in cands:
        # "(DSİ)", "(ČEZ)": an acronym's capitals may be of any Latin script
        after = c.end
        legal = _LEGAL_AFTER.match(state.text, c.end)
        if legal is not None:
            after = legal.end()  # "Keretapi Tosa Berhad (KTB)": the form, cut off the label, stands between
        m = re.match(rf"\s*\(([{UPPER}][{UPPER}.&]{{1,9}}|(?=\w{{3,10}}\)){MIXED_ACRONYM})\)|,\s+(?:also\s+)?known\s+"
                     # "known in Greece by its Greek initials ADMIE", "known by its Spanish initials, PMT" (round-36 A4)
                     r"(?:(?:in|to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:by\s+(?:its|the)\s+(?:[A-Z][a-z]+\s+)?(?:acronym|abbreviation|"
                     r"initials),?|as)\s+([A-Z]{2,8})\b|,\s+or\s+([A-Z]{2,8})\b(?=\s*[,.;)])",
                     state.text[after: after + 90])  # "X, known by its acronym XB,", "X, or XB,"
        # "NW (Name Words)": the acronym before the bracketed name
        lead = re.search(r"(?<![\w'’-])([A-Z]{2,8}) \($", state.text[max(0, c.start - 12):c.start])
        if lead and c.type != "Person" and state.text[c.end:c.end + 1] == ")" \
                and _initials(norm(c.text)).upper() == lead.group(1):
            out[lead.group(1)] = c.gaz.label if c.gaz else norm(c.text)
        if m and c.type != "Person" and not _dateline_bracket(state, c):
            out[(m.group(1) or m.group(2) or m.group(3)).replace(".", "")] = c.gaz.label if c.gaz else norm(c.text)
        other = or_name_after(state, c)  # "the Swedish Transport Administration, or Trafikverket," (round-28 A2)
        if other is not None and norm(other) not in out:
            out[norm(other)] = c.gaz.label if c.gaz else norm(c.text)
    return out


def _dateline_bracket(state: State, c: Candidate) -> bool:
    """'ISLAMABAD (APP) -': the bracket after a dateline's town names the wire, no acronym of the town
    (round-28: the town took the wire's name as an alias and its type)."""
    if c.type not in {"Place", "Country"} or not (c.start == 0 or state.text[c.start - 1] == "\n"):
        return False
    return re.match(r"[ \t]*\([^()\n]{1,40}\)[ \t]*(?:[-–—:]|,?[ \t]+[A-Z][a-z]+\.?[ \t]+\d)", state.text[c.end:c.end + 60]) is not None


def _content_words(label: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", label.lower()) if w not in {"the", "and", "for"}}


def _initials(label: str) -> str:
    return "".join(w[0] for w in label.split() if w[:1].isupper())


# Capitalised unit words a region's full name ends in ("Ida-Viru County").
_UNIT_WORDS = ("County", "Region", "Province", "Oblast", "District", "Municipality", "Prefecture", "Governorate",
               "Voivodeship", "Department", "Canton", "Raion", "Rayon", "Krai", "Parish")


def _written_unit_form(state: State, entry) -> str | None:
    """The full form "<X> County" of a gazetteer place labelled bare "X", when
    the gazetteer lists that form among X's names and the body writes it. Only
    the mention written so takes it: a bare "X" may be the town of that name
    ("Tacna, in Peru's Tacna Region"), and where both name one region the
    variants step keeps the bare name, as for "the Teesta river"."""
    if entry.type != "Place" or entry.label.split()[-1] in _UNIT_WORDS:
        return None
    for unit in _UNIT_WORDS:
        full = f"{entry.label} {unit}"
        if full in entry.aliases and re.search(rf"(?<![\w'’-]){re.escape(full)}(?![\w'’-])", state.text[state.body_start:]):
            return full
    return None


def _written_case(state: State, caps: str) -> str | None:
    """How the text writes a capitalised dateline name elsewhere ("DAR ES SALAAM" ->
    "Dar es Salaam"): title case would get its particles wrong ("Dar Es Salaam"),
    and another document naming the place would give the same IRI a second label."""
    pattern = r"(?<![\w'’-])" + r"\s+".join(re.escape(w) for w in caps.split()) + r"(?![\w'’-])"
    for m in re.finditer(pattern, state.text, re.I):
        if not m.group(0).isupper():
            return " ".join(m.group(0).split())
    return None


def canonical_label(
    state: State,
    cand: Candidate,
    full_names: list[tuple[int, str]],
    acronyms: dict[str, str],
    org_labels: list[str],
) -> tuple[str | None, str, list[str]]:
    if cand.label is not None:
        if cand.type == "Person" and len(cand.label.split()) <= 3:
            # "DE WIT:" of a transcript, written "de Wit": the surname of "Sanne de Wit" named before (round-30 S1)
            person = _person_for_tail(cand.label, cand.start, full_names)
            if person is not None:
                entry = state.gaz.lookup(person)
                return person, "Person", entry.same_as if entry else []
        return cand.label, cand.type, []  # the words around named it ("the A and B crossings")
    text = norm(cand.text)
    defined = acronyms.get(text)
    if cand.gaz is not None and defined is not None and defined != cand.gaz.label and text.isupper() \
            and not _content_words(defined) & _content_words(cand.gaz.label):  # "Organisation for Security ..." spelled apart
        # "the Australian Federal Police (AFP) ... the AFP's trainers": an acronym the text defines is that
        # body, whatever the gazetteer reads it as (Agence France-Presse) (round-36 A3)
        entry = state.gaz.lookup(defined)
        return defined, entry.type if entry else classify_org(defined), entry.same_as if entry else []
    if text.isupper() and len(text) > 3 and cand.type == "Place" and cand.source == "rule" \
            and (" " in text or cand.start == 0 or state.text[cand.start - 1] in "\n/"):  # not an acronym ("TOCFA");
        # "SOFIA/BUCHAREST, May 3": the second town of a slash dateline too (round-27 A6)
        text = _written_case(state, text) or text.title()  # dateline "NEW DELHI" -> "New Delhi"
        entry = state.gaz.lookup(text)
        if entry is not None:
            return entry.label, entry.type, entry.same_as
    person = _given_name_owner(state, cand, text, full_names)
    if person is not None:  # "Aisha was more cautious": the Aisha named in full before
        entry = state.gaz.lookup(person)
        return person, "Person", entry.same_as if entry else []
    if _region_beside_town(state, cand, text):
        return text, "Place", []  # "Puno, in Peru's Puno region": the region is not the town
    if cand.gaz is not None and not (cand.gaz.type == "Person" and " " not in text):
        written = _written_unit_form(state, cand.gaz)
        if written is not None and written == text:  # "Ida-Viru County" as the text writes it, "Ida-Viru" an alias
            cand.alias = cand.gaz.label
            return written, _known_type(cand, cand.gaz), cand.gaz.same_as
        return cand.gaz.label, _known_type(cand, cand.gaz), cand.gaz.same_as
    entry = state.gaz.lookup(text)
    if entry is not None and entry.type != "Person":
        return entry.label, _known_type(cand, entry), entry.same_as
    rep = re.fullmatch(r"(?:the\s+)?(?:(?:Federal|Islamic|People's|Democratic|United|Plurinational|Bolivarian|Socialist|Arab|Oriental)\s+)*"
                       r"(?:Republic|Kingdom|State|Sultanate|Principality|Commonwealth)\s+of\s+(?:the\s+)?(.+)", text)
    if rep and cand.type in ORG_TYPES | {"Place"}:
        country = state.gaz.country(rep.group(1))
        if country is not None:  # "the Republic of Honduras" is Honduras
            return country.label, country.type, country.same_as
    # "the Slovak Republic", "the Hellenic Republic", "the Swiss Confederation": a long official name made
    # of the country's adjective (round-25 A5)
    adj = re.fullmatch(r"(?:the\s+)?([A-Z][\w-]+)\s+(?:Arab\s+)?(?:Republic|Confederation)", text)
    if adj and cand.type in ORG_TYPES | {"Place"}:
        country = state.gaz.demonyms.get(adj.group(1).lower())
        if country is not None and country.type == "Country":
            return country.label, country.type, country.same_as
    gov = re.fullmatch(r"(?:the\s+)?(?:Federal\s+|National\s+|Transitional\s+|Royal\s+)?Governments?\s+of\s+(?:the\s+)?"
                       r"(?:(?:(?:Federal|Islamic|People's|Democratic|United|Plurinational|Bolivarian|Socialist|Arab|"
                       r"Oriental|Cooperative|Hashemite)\s+)*(?:Republic|Kingdom|State|Sultanate|Principality)\s+of\s+(?:the\s+)?)?(.+)", text)
    if gov and cand.type in ORG_TYPES:
        country = state.gaz.country(gov.group(1))
        if country is not None:  # "the Federal Government of Somalia" acts as Somalia
            return country.label, country.type, country.same_as
    words = text.split()
    if len(words) == 1:
        # A lone word that is the surname (or given name) of a full name in the text.
        person = _person_for_word(text, cand.start, full_names)
        if person is not None and cand.type in {"Person", "Organization", "Place", "GovernmentAgency"}:
            entry = state.gaz.lookup(person)
            return person, "Person", entry.same_as if entry else []
        if cand.type == "Person":
            known = state.gaz.by_surname.get(text, [])
            if len(known) == 1:
                return known[0].label, "Person", known[0].same_as
            if cand.gaz is not None:
                return cand.gaz.label, "Person", cand.gaz.same_as
    if 2 <= len(words) <= 3 and cand.type in {"Person", "Organization", "Place", "GovernmentAgency"}:
        # "Ruiz Montalbán" of "Elena Ruiz Montalbán", "El Amrani" of "Youssef El Amrani":
        # a compound surname is the tail of a longer full name in the text.
        person = _person_for_tail(text, cand.start, full_names)
        if person is not None:
            entry = state.gaz.lookup(person)
            return person, "Person", entry.same_as if entry else []
    if len(words) == 2 and cand.type == "Person":
        # "Colonel Saad Al-Zawi" after "Saad Mabrouk Al-Zawi": a given name and a surname of a longer
        # full name are that person, the middle names left out (round-30 S4)
        person = _person_for_first_last(words, full_names)
        if person is not None:
            entry = state.gaz.lookup(person)
            return person, "Person", entry.same_as if entry else []
    dated = re.match(r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
                     r"(?:1[89]|20)\d\d (?=[A-Z])", text)
    if cand.type == "Agreement" and dated:
        text = text[dated.end():]  # "1984 Treaty of Peace and Friendship", "the May 2014 X Agreement": the date is not the name
        entry = state.gaz.lookup(text)
        if entry is not None:
            return entry.label, entry.type, entry.same_as
    short = re.fullmatch(r"([A-Z][A-Z.&-]{1,9})\s+([A-Za-z]+)", text)
    if cand.type == "Agreement" and short and short.group(1).replace(".", "") in acronyms \
            and re.fullmatch(AGREEMENT_WORDS, short.group(2).lower()):
        target = acronyms[short.group(1).replace(".", "")]  # "the JDZ agreement": the agreement "(JDZ)" named
        if any(re.fullmatch(AGREEMENT_WORDS, w.lower()) for w in target.split()):
            entry = state.gaz.lookup(target)
            return target, entry.type if entry else "Agreement", entry.same_as if entry else []
    if cand.type in ORG_TYPES:
        key = text.replace(".", "")
        if key in acronyms:
            target = acronyms[key]
            # "Uganda's Revenue Service (URS) ... the Uganda Revenue Service ... the URS": the fuller name
            target = next((o for o in org_labels if o != target and o.endswith(" " + target)
                           and len(o.split()) <= len(target.split()) + 2), target)
            entry = state.gaz.lookup(target)
            return target, entry.type if entry else cand.type, entry.same_as if entry else []
        owner = _possessive_owner(state, cand.start)
        for other in org_labels:
            if other != text and other.endswith(" " + text) and len(other.split()) <= len(words) + 2:
                if not _same_owner(state, owner, other[:-len(text)].strip()) or not _same_owner_in_text(state, owner, other):
                    continue  # "Zambia's Revenue Authority" is not the "Kenya Revenue Authority"
                entry = state.gaz.lookup(other)
                return other, entry.type if entry else cand.type, entry.same_as if entry else []
            if other != text and text.isupper() and _initials(other) == text:
                return other, cand.type, []
    return text, cand.type, []


def _possessive_owner(state: State, start: int) -> str | None:
    """The country a possessive right before ``start`` names ("Zambia's Revenue
    Authority" -> Zambia), if the gazetteer knows it as a country."""
    m = re.search(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s\s+(?:the\s+)?$", state.text[max(0, start - 40):start])
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(1, len(words) + 1):
        # "Monday. Lithuania's Ministry": the owner is the last words, never across a full stop
        entry = state.gaz.country(" ".join(words[-k:]))
        if entry is not None:
            return entry.label
    return None


def _same_owner(state: State, owner: str | None, prefix: str) -> bool:
    """May a name owned by ``owner`` join a longer name led by ``prefix``? Not
    when the prefix names another country ("Kenya", "Kenyan")."""
    if owner is None:
        return True
    entry = state.gaz.country(prefix) or state.gaz.country_of_demonym(prefix)
    return entry is None or entry.label == owner


def _same_owner_in_text(state: State, owner: str | None, other: str) -> bool:
    """"Eswatini's Revenue Service" is not "Botswana's Unified Revenue Service":
    a longer name the text always gives another country's possessive is that
    country's body."""
    if owner is None:
        return True
    owners = {_possessive_owner(state, m.start())
              for m in re.finditer(rf"(?<![\w-]){re.escape(other)}(?![\w-])", state.text)}
    return not owners or None in owners or owner in owners


def _region_beside_town(state: State, cand: Candidate, text: str) -> bool:
    """'<Name> region/department/...' while the bare name is also used in the
    text (a town of that name): two places, not one."""
    m = re.fullmatch(rf"(?:the\s+)?(.+?)\s+{REGION_WORDS}", text)
    if m is None or cand.type not in {"Place", "Country"}:
        return False
    name = re.escape(m.group(1))
    body = state.text[state.body_start:]
    return any(not cand.start <= state.body_start + x.start() < cand.end
               for x in re.finditer(rf"(?<![\w-]){name}(?![\w-])(?!\s+{REGION_WORDS}\b)", body))


def _given_name_owner(state: State, cand: Candidate, text: str, full_names: list[tuple[int, str]]) -> str | None:
    """The one full person name in the text that has ``text`` as one of its
    words: a lone given name ("Aisha", "Victoria") names that person, whatever
    type the model or the gazetteer gave the word. Countries, agreements and
    words used as places ("in Victoria") keep their reading."""
    if " " in text or cand.type == "Agreement" or len(text) < 3 or not text[:1].isupper():
        return None
    country = cand.gaz is not None and cand.gaz.type == "Country"
    if cand.gaz is not None and cand.gaz.type != "Place" and not country:
        return None
    owners = {name for _, name in full_names if text in name.split()[:-1] or text == name.split()[-1]}
    if len(owners) != 1:
        return None
    if country:
        # "Mark Jordan ... Jordan told reporters": a country's name is the person's
        # surname only as a person writes it (after an honorific, or as a clause's
        # subject) once the full name has come before; "Jordan's king" stays the country.
        before = any(pos < cand.start and name == next(iter(owners)) for pos, name in full_names)
        if not (before and text == next(iter(owners)).split()[-1] and _surname_slot(state, cand)):
            return None
    if cand.gaz is not None and place_context(state, cand):
        return None
    return owners.pop()


def _surname_slot(state: State, cand: Candidate) -> bool:
    """Is ``cand`` written as a person is: after an honorific ("Mr Jordan") or as
    the subject of a verb ("Jordan told reporters", "Jordan is more cautious")?"""
    prev = state.text[max(0, cand.start - 6):cand.start].split()
    if prev and prev[-1].lower().rstrip(".") in lexicon.words("honorifics"):
        return True
    span = state.doc.char_span(cand.start, cand.end)
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.dep_ in {"nsubj", "nsubjpass"} and nxt is not None and nxt.pos_ in {"VERB", "AUX"}


def same_surname(tail: str, written: str) -> bool:
    """Is ``written`` the surname ``tail`` of a full name? A lower-case particle
    the surname opens with is capitalised at a sentence's start ("Karim
    el-Hadidi ... El-Hadidi said", "Ana de la Cruz ... De la Cruz said")."""
    if tail == written:
        return True
    if tail[:1].islower() and written[:1].isupper() and tail[:1].upper() + tail[1:] == written:
        return True
    # "Khalid al-Mutairi ... Mutairi told reporters", "Al-Mutairi ... al-Mutairi": an Arabic article
    # glued to the surname is left off or written in the other case (round-32 A1)
    bare = _ARTICLE.fullmatch(tail)
    if bare is None:
        return False
    other = _ARTICLE.fullmatch(written)
    return written == bare.group(2) or (other is not None and other.group(1).lower() == bare.group(1).lower()
                                        and other.group(2) == bare.group(2))


# The Arabic article in its assimilated spellings, hyphened to a surname ("al-Mutairi", "El-Sayed", "ash-Shami").
_ARTICLE = re.compile(r"((?i:al|el|ad|ed|as|es|ash|esh|ar|er|an|en|at|et|az|ez|ul|ud))-([A-Z][\w'-]+)")


def _person_for_tail(text: str, pos: int, full_names: list[tuple[int, str]]) -> str | None:
    """The full name (with more words) whose last words are ``text``, nearest before ``pos``."""
    n = len(text.split())
    matches = [(p, name) for p, name in full_names
               if len(name.split()) > n and same_surname(" ".join(name.split()[-n:]), text)]
    if not matches:
        return None
    before = [m for m in matches if m[0] <= pos]
    return (before[-1] if before else matches[0])[1]


def _person_for_first_last(words: list[str], full_names: list[tuple[int, str]]) -> str | None:
    """The one longer full name that opens with ``words[0]`` and ends with ``words[1]``."""
    owners = {name for _, name in full_names
              if len(name.split()) >= 3 and name.split()[0] == words[0] and same_surname(name.split()[-1], words[1])}
    return owners.pop() if len(owners) == 1 else None


def _person_for_word(word: str, pos: int, full_names: list[tuple[int, str]]) -> str | None:
    matches = [(p, n) for p, n in full_names if same_surname(n.split()[-1], word)]
    if not matches:  # "Ibarra" of "Raquel Ibarra Lozano", "Tesfaye" of "Tesfaye Alemu"
        matches = [(p, n) for p, n in full_names if word in n.split()[1:-1]]
    if not matches:
        matches = [(p, n) for p, n in full_names if n.split()[0] == word]
    if not matches:
        return None
    before = [m for m in matches if m[0] <= pos]
    return (before[-1] if before else matches[0])[1]


def _known_type(cand, entry) -> str:
    """The gazetteer's type, except that a company the text calls state-owned stays the
    government agency the context made it ("Pemex, the state oil company,")."""
    if cand.type == "GovernmentAgency" and entry.type == "Organization":
        return cand.type
    return entry.type
