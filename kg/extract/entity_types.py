"""The candidate record and the typing rules: which ontology class an NER
label or a name's words give (Place / Agreement / Person / the organisation kinds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import lexicon
from kg.extract.gazetteer import GazEntry
from kg.extract.state import State

NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "LAW", "WORK_OF_ART", "NORP", "PRODUCT", "EVENT"}
# Labels kept only when the words around make the name a place ("a bus in Kipoi" tagged PRODUCT).
PLACE_ONLY_LABELS = frozenset({"PRODUCT", "EVENT"})


@dataclass
class Candidate:
    """A stretch of text that names something, with its type guess."""

    start: int
    end: int
    text: str
    type: str
    source: str  # "gaz", "rule" or "ner"
    gaz: GazEntry | None = None
    alias: str | None = None  # a longer surface form to keep as an alias ("Peruvian Ministry of ...")
    label: str | None = None  # a label the words around give ("Narva-Ivangorod crossing" of "the A and B crossings")

    @property
    def length(self) -> int:
        return self.end - self.start


# "Block 7", "Lot 12B": a numbered area of the sea bed or of land (an oil block, a concession) is a place.
NUMBERED_AREA_RE = re.compile(r"(?<![\w’'-])(?:Block|Blocks|Lot|Tract|Concession|Sector)\s+\d{1,4}[A-Z]?\b")


# Landform words of other languages that end a place name ("Amu Darya", "Kızıl
# Irmak", "Yarlung Tsangpo", "Khuvsgul Nuur") or lead it ("Pulau Weh", "Sungai
# Golok", "Wadi Halfa", "Rio Negro").
LANDFORM_TAILS = frozenset("Darya Daryo Rud Rood Nehri Irmak Çayı Su Gol Nuur Nor Köl Kul Ozero Tsangpo Jiang "
                           "He Shan Tau Tagh Dağı Dagh Khola Nadi Ganga".split())
LANDFORM_LEADS = frozenset("Pulau Sungai Danau Selat Teluk Tanjung Gunung Wadi Oued Bahr Jebel Jabal Río Rio "
                           "Lago Laguna Isla Islas Ilha Île Îles Mont Monte Sierra Cordillera Ozero".split())


# words of buildings and sites a given name may lead ("the Kalev Hotel", "Maria Hospital"): no person's name
# holds one (round-37 A7)
BUILDING_WORDS = frozenset("Hotel Hospital Airport Station Stadium Market Bazaar Mall Bridge Square Centre Center "
                            "Palace School College University Cathedral Mosque Port Harbour "
                            "Harbor Dam Lake River Bay Island Islands Street Road Avenue Boulevard Highway "
                            "Crossing Terminal Canal Reservoir Arena Theatre Theater Museum Library".split())

# Organisation words that end a body's name even when it begins with a
# geographic word ("Lake Villages Forum", "River Traders Association"). Kept
# apart from the general org heads: "West Bank", "Hampton Court", "Trade Center"
# end in such a word but name places.
ORG_TAIL_WORDS = frozenset("Forum Network Association Union Council Alliance Coalition Federation Society "
                           "Institute Foundation Committee Chamber League Organisation Organization Party "
                           "Commission Authority Agency Ministry Bureau Secretariat Cooperative Syndicate "
                           "Confederation Consortium Board Directorate Inspectorate".split())
_CAP_RUN_RE = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?: [A-ZÀ-Ý][\w'’.-]*)*")


def overlaid(found: list[Candidate], new: list[Candidate]) -> list[Candidate]:
    """``found`` with ``new`` laid over it: every reading that overlaps a new one gives way."""
    if not new:
        return found
    return [c for c in found if not any(c.start < n.end and n.start < c.end for n in new)] + new


def ends_in_org_word(text: str) -> bool:
    """True when the run of capitalised words at the start of ``text`` has two
    or more words and ends in an organisation word ("Lake Fishers Network")."""
    m = _CAP_RUN_RE.match(text)
    words = m.group(0).split() if m else []
    for i, w in enumerate(words):
        if w.endswith(("'s", "’s")):
            # "Lake Peipsi Commission's Decision 14": the owner's name ends at the possessive
            words = words[:i] + [w[:-2]]
            break
    return len(words) >= 2 and words[-1] in ORG_TAIL_WORDS


# Nouns that head an agreement's name besides the lexicon's ("Gas Supply
# Contract", "Mining Concession"): contracts between states and companies.
_EXTRA_AGREEMENT_NOUNS = frozenset({"Contract", "Contracts", "Concession", "Compact", "Arrangement"})


def agreement_nouns() -> frozenset[str]:
    """Words that head an agreement's name ("Accord", "Treaty", "Contract")."""
    return lexicon.words("agreement_nouns") | _EXTRA_AGREEMENT_NOUNS


def type_of_ner(label: str, text: str, state: State) -> str | None:
    """Ontology type for an NER span; None drops it."""
    entry = state.gaz.lookup(text)
    if entry is not None:
        return entry.type
    last = text.split()[-1] if text.split() else ""
    if any(" " in s and text.endswith(" " + s) for s in lexicon.words("street_suffixes")) \
            and label in {"PERSON", "ORG", "GPE", "FAC", "LOC"}:
        return "Place"  # "Aflao-Lome Joint Border Post": a two-word place kind ends the name
    if last in lexicon.words("street_suffixes") and label in {"PERSON", "ORG", "GPE", "FAC", "LOC"} \
            and not (label == "ORG" and set(text.split()) & lexicon.words("org_heads")):
        return "Place"  # "Roxham Road"; not "International Council for the Exploration of the Sea"
    words = text.split()
    if label in {"PERSON", "ORG"} and len(words) >= 2 and (words[-1] in LANDFORM_TAILS or words[0] in LANDFORM_LEADS):
        return "Place"  # "Oyun Darya", "Sungai Kelam": a river or island named in its own language
    if last in agreement_nouns() and label != "PERSON":
        return "Agreement"
    if label == "PERSON":
        if not re.search(r"[A-Za-zÀ-ÿ]", text) or text.isupper() and len(text) <= 3:
            return None
        return "Person"
    if label == "ORG":
        return classify_org(text)
    if NUMBERED_AREA_RE.fullmatch(text):
        return "Place"  # "Block 7", whatever the model says
    if label in {"GPE", "LOC"} and text.isupper() and 3 <= len(text) <= 7 and " " not in text:
        return "Organization"  # "ATMIS", "KFOR": an unknown all-capitals name is an acronym
    if label in {"GPE", "LOC", "FAC"} and ends_in_org_word(text):
        return classify_org(text)  # "Lake Villages Forum" tagged LOC: the name's head is the body
    if label == "GPE":
        return "Place"
    if label in {"LOC", "FAC"}:
        return "Place"
    return None  # LAW / WORK_OF_ART without an agreement word


# Head words of member bodies (civil society, trade, advocacy): a name ending
# in one is an ordinary organisation whatever its other words ("Coast",
# "Border", "Network" alone would suggest an agency or a broadcaster).
_MEMBER_BODY_HEADS = frozenset("Alliance Association Forum Network Society Foundation Federation Coalition Chamber "
                               "League Cooperative Syndicate Confederation Consortium".split())


# Heads of names that are never state bodies by their words alone: research
# institutes, foundations, associations and companies ("Security" or "Services"
# among their other words does not make them agencies).
_NON_STATE_HEADS = frozenset("Institute Institution Centre Center Foundation Association Enterprise Enterprises "
                             "Company Corporation".split())
HEAD_BREAKS = frozenset({"of", "for", "on", "de", "du", "des", "del", "da", "di", "to", "at", "in"})


def head_word(parts: list[str]) -> str:
    """'Institute for Transport and Logistics' -> Institute; 'Water Services Enterprise' -> Enterprise."""
    for i, w in enumerate(parts):
        if i and w in HEAD_BREAKS:
            return parts[i - 1].strip(",")
    return parts[-1].strip(",.") if parts else ""


def classify_org(text: str) -> str:
    """GovernmentAgency / MediaOrganization / Organization from name words."""
    words = {w.lower().strip(".,") for w in re.split(r"[\s-]+", text)}
    lowered = text.lower()
    parts = text.split()
    if len(parts) >= 3 and parts[-1] in _MEMBER_BODY_HEADS:
        return "Organization"  # "Gulf Coast Fishers Alliance", "Lake Fishers Network": the head word rules
    if words & lexicon.words("media_words") or any(
        " " in w and w in lowered for w in lexicon.words("media_words")
    ):
        # "Greece's Independent Authority for Public Revenue": a state body's head word rules (round-30 A5)
        if not words & {"department", "ministry", "agency", "patrol", "police", "authority", "commission", "revenue",
                        "customs", "guard", "directorate", "inspectorate"} or re.search(r"\b(?:news|press|telegraph|information) agency\b", lowered):
            # "the Kessa Press Agency", "Tarvia News Agency": a wire service, even a state one
            return "MediaOrganization"
    head = head_word(parts)
    if head in _NON_STATE_HEADS and not words & {"national", "state", "federal", "government", "statistics", "public"}:
        return "Organization"  # "Baltic Security Institute", "Water Services Enterprise": a think tank or a company
    if words & lexicon.words("agency_words") or any(
        " " in w and w in lowered for w in lexicon.words("agency_words")
    ):
        return "GovernmentAgency"
    if "institute" in words and words & {"national", "state", "federal", "government", "statistics"}:
        return "GovernmentAgency"  # "National Institute of Statistics"; a plain "X Institute" is a think tank
    return "Organization"


def cut_candidate(cand: Candidate, state: State, length: int) -> bool:
    """Cut ``cand`` to its first ``length`` characters (the gazetteer is asked again and may
    retype it); False when nothing of a name is left."""
    cand.end = cand.start + length
    cand.text = state.text[cand.start:cand.end]
    cand.gaz = state.gaz.lookup(cand.text)
    if cand.gaz is not None:
        cand.type = cand.gaz.type
    return bool(cand.text.strip())
