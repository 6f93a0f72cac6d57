"""Organisation names the model cuts in pieces (round-36 classes A4, A7).

"The Independent Power Transmission Operator, known ...", "the Umoja
Cross-Border Women Traders Union", "South-East Asia Oil Pipeline Co.": a run
of capitalised words ending in an organisation's head word (or a company's
legal form) is one organisation, however the model cut or typed its words
("Independent Power" an outlet, "Transmission Operator" a person, "Pipeline
Co." a place). The run may hold "of"/"for" and, after them, a coordination
("Ministry of Mines and Energy"); a bare "A and B Union" stays apart (two
names may be coordinated before one head).
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_orgs import legal_suffix_end
from kg.extract.entity_types import Candidate, classify_org, overlaid
from kg.extract.state import State

# head words of a company or an operator the shared list does not hold
_EXTRA_HEADS = ("Operator", "Operators", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "Inc", "Union",
                "Cooperative", "Consortium", "Utility", "Railways", "Railway")
_WORD = rf"{CAP_CLASS}[\w'’&-]*"


def _run_re() -> re.Pattern:
    heads = sorted(set(lexicon.words("org_heads")) | set(_EXTRA_HEADS), key=len, reverse=True)
    head = "|".join(re.escape(h) for h in heads if " " not in h)
    return re.compile(rf"(?<![\w'’.&-])(?:The )?(?P<name>{_WORD}(?: (?:{_WORD}|(?:of|for)(?: the)?|and)){{0,9}}?"
                      rf"(?: (?:{head})(?![\w'’-])\.?|(?= \((?P<acr>[A-Z]{{2,8}})\))))")


_RUN_RE: re.Pattern | None = None
_COUNTRY_TAIL_RE = re.compile(rf"\s+of\s+(?:the\s+)?({_WORD}(?:\s+{_WORD})?)(?![\w'’-])(?!\s+{CAP_CLASS})")
# (a national railway stays a company: "Russian Railways" is an Organization in the golds of rounds 17 and 27)
_STATE_HEADS = frozenset(("Customs",))


def org_runs(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with each cut organisation name made whole."""
    global _RUN_RE
    if _RUN_RE is None:
        _RUN_RE = _run_re()
    text = state.text
    out = list(found)
    pos = 0
    while (m := _RUN_RE.search(text, pos)) is not None:
        # a run the checks below reject may hide a shorter one after its first word
        pos = m.start("name") + max(1, len(m.group("name").split(" ")[0]))
        s, e = m.start("name"), m.end("name")
        name = m.group("name")
        if name.startswith("The "):
            continue
        tail = _COUNTRY_TAIL_RE.match(text, e)
        if tail and state.gaz.country(tail.group(1)) is not None:
            e = tail.end()  # "The Roads Department of Armenia said": the country ends the body's name (round-36 A9)
            name = text[s:e]
        words = name.split()
        if m.group("acr") and not _initials_fit(words, m.group("acr")):
            continue  # "(COMESA)" after "Common Market for Eastern and Southern Africa": its initials, in order
        if " and " in name and not re.search(r"\b(?:of|for)\b.*\band\b", name):
            continue  # "Kenya and Uganda Railways": two names before one head, or a list
        if re.search(r"['’]s\b", name) or "\n" in name or state.is_skipped(s, e):
            continue  # "Kenya's Revenue Authority": the owner is a name of its own
        inside = [c for c in out if s <= c.start and c.end <= e]
        # "The Independent" the gazetteer read at the run's article gives way to the whole name
        led = [c for c in out if c.start == m.start() < s < c.end <= e and c.text.startswith("The ")]
        crossing = [c for c in out if c.start < e and s < c.end and not (s <= c.start and c.end <= e) and c not in led]
        if crossing or not (inside or led):
            continue
        whole = [c for c in inside if (c.start, c.end) == (s, e)]
        if m.group("acr") and whole:
            continue  # "the Interconnector Greece-Bulgaria (IGB)": a name read whole keeps its reading
        if whole:
            for one in whole:
                if one.source != "gaz" and one.type in {"Person", "Place"}:
                    one.type = _body_type(one.text, state)  # "Sri Lanka Railway has offered help" (round-36 A9)
            continue
        if words[0].lower() in _titles():
            continue  # "Chairman of the Board of Directors of the X Authority": an office, no body's name
        if any(c.type in {"Place", "Country"} and re.match(r" (?:for|of) ", text[c.end:c.end + 5])
               for c in inside):
            continue  # "who follows Central Asia for the International Crisis Group": a beat, then the body
        first = s + len(words[0])
        if not m.group("acr") and not any(c.start <= s and first <= c.end for c in inside + led):
            continue  # "Members of the X Authority": a run no reading starts with is a common word's
        # cut in two or more, or one piece typed as no body ("Pipeline Co." a place)
        pieces = [c for c in inside if not (c.source == "gaz" and c.type == "Country" and c.start == s)]
        if len(inside) < 2 and not led and not any(c.type in {"Person", "Place", "MediaOrganization"} and c.source != "gaz"
                                                   for c in pieces):
            continue
        bodies = [c for c in inside if c.type in {"Organization", "GovernmentAgency"}]
        if len(bodies) >= 2 and not any(c.type in {"Person", "Place", "MediaOrganization"} and c.source != "gaz"
                                        for c in inside) and re.search(r" (?:of|under|within) ", name):
            continue  # "the Customs Division of the Kenya Revenue Authority": a unit and its parent (round-36 A10)
        if any(c.type == "Person" and " " in c.text and (c.text.split()[0] in lexicon.given_names()
                                                        or re.match(r" (?:of|for) ", text[c.end:c.end + 5]))
               for c in inside):
            continue  # "Paul Kabila of the Ministry", "Orly Ben-David of the X Authority": a person before a body
        if re.search(r"\S-based ", name):
            continue  # "the Addis Ababa-based Horn Policy Centre": the town and the body are apart
        if re.search(rf"(?<![\w'’&-])(?!The ){CAP_CLASS}[\w'’&-]* (?:(?:of|for)(?: the)? )?$", text[max(0, s - 30):s]):
            continue  # the run starts inside a longer one the pattern could not take whole
        end = e
        bare = re.sub(r",?\s+(?:Co|Corp|Ltd|Inc|Limited)\.?$", "", name)
        alias = None
        if bare != name and len(bare.split()) >= 2:
            tail = legal_suffix_end(text, s + len(bare))
            alias = " ".join(text[s:max(e, tail or e)].split()).rstrip(".") + ("." if name.endswith(".") else "")
            end = s + len(bare)
        elif name.endswith("."):
            end -= 1
        label = text[s:end]
        type_ = _body_type(label, state)
        if type_ == "MediaOrganization" and not re.search(r"\b(?:News|Radio|TV|Television|Press|Broadcasting)\b", label):
            type_ = "Organization"  # "Independent Power ... Operator": a word of an outlet's name is no outlet
        out = [c for c in out if not (s <= c.start and c.end <= e) and c not in led]
        out.append(Candidate(s, end, label, type_, "rule", state.gaz.lookup(label), alias=alias))
    return out


_CUSTOM_HOUSE_RE = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}(?: {_WORD}){{0,2}} Customs? House)(?![\w'’-])")


def custom_houses(found: list[Candidate], state: State) -> list[Candidate]:
    """"the Chittagong Custom House", "the Torkham Customs House": a capitalised customs house is
    the state's customs office there, an agency (round-36 A9); a lower-case "customs house" after
    a town stays the facility's place (round 30)."""
    new = []
    for m in _CUSTOM_HOUSE_RE.finditer(state.text):
        s, e = m.span("name")
        words = m.group("name").split()
        while words and words[0] in {"The", "A", "At", "In", "From", "To"}:
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) < 3 or state.is_skipped(s, e) \
                or any(c.start < e and s < c.end and (c.start < s or c.end > e) for c in found):
            continue
        new.append(Candidate(s, e, state.text[s:e], "GovernmentAgency", "rule"))
    return overlaid(found, new)


# ("of the" only: "General Inspectorate of Border Police" is one name)
_UNIT_PARENT_RE = re.compile(
    rf"(?P<unit>(?:{_WORD} ){{1,4}}(?:Directorate|Division|Department|Unit|Service|Section|Bureau|Inspectorate|Office|"
    rf"Administration|Branch|Desk))"
    rf" (?:of the |(?:under|within) (?:the )?)(?P<parent>(?:{_WORD} ){{1,3}}(?:Ministry|Authority|Agency|Service|Police|"
    rf"Administration|Commission|Board|Office))$")


def split_unit_parents(found: list[Candidate], state: State) -> list[Candidate]:
    """"the Border Police Directorate of the Interior Ministry": a unit named with its parent body
    (a head word at each end) is two bodies; the unit's partOf is the offices' step (round-36 A10).
    "the Directorate of the Ministry of X" (the parent's name starting with its head) is that step's too."""
    out = []
    parts: list[tuple[int, int]] = []
    for c in found:
        m = _UNIT_PARENT_RE.fullmatch(c.text) if c.type in {"Organization", "GovernmentAgency"} and c.source != "gaz" else None
        if m is None or m.group("unit").split()[0] in {"The", "A", "An"}:
            out.append(c)
            continue
        (us, ue), (ps, pe) = m.span("unit"), m.span("parent")
        parts += [(c.start + us, c.start + ue), (c.start + ps, c.start + pe)]
        for a, b in ((us, ue), (ps, pe)):
            name = c.text[a:b]
            entry = state.gaz.lookup(name)
            out.append(Candidate(c.start + a, c.start + b, name, entry.type if entry else _body_type(name, state),
                                 "gaz" if entry else c.source, entry))
    # readings across the cut ("Directorate of the Interior Ministry") give way to the two bodies
    return [c for c in out if not any(c.start < pe and ps < c.end and not (ps <= c.start and c.end <= pe)
                                      and any(c.start < b and a < c.end for a, b in parts if (a, b) != (ps, pe))
                                      for ps, pe in parts)]


def _titles() -> frozenset[str]:
    return lexicon.words("title_core") | lexicon.words("title_heads") | lexicon.words("honorifics")


def _body_type(label: str, state: State) -> str:
    """The type of a body's name; a country's customs ("Pakistan Customs") is a state agency."""
    words = label.split()
    if words[-1] in _STATE_HEADS and len(words) >= 2:
        owner = " ".join(words[:-1])
        if state.gaz.country(owner) is not None or state.gaz.demonyms.get(owner.lower()) is not None:
            return "GovernmentAgency"
    return classify_org(label)


def _initials_fit(words: list[str], acronym: str) -> bool:
    """The capitalised words' initials appear in the acronym in order, the first first."""
    initials = [w[0] for w in words if w[:1].isupper()]
    if len(initials) < 2 or initials[0] != acronym[0]:
        return False
    rest = iter(acronym[1:])
    return all(any(ch == i for ch in rest) for i in initials[1:])
