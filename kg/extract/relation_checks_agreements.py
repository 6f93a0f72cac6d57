"""Agreements by status, after the agreement rules have run.

* Unsigned: "could delay the signing of X until next year", "X will be concluded
  by March", "X, which is expected to be signed in 2025", "the text is eighty
  percent agreed" (and no past signing anywhere): its actors negotiate it; no
  partyTo, no dateSigned.
* "the 2010 intergovernmental agreement", "a 1996 bilateral treaty": a signed
  agreement between governments, with no parties named, binds the two sides the
  report is about.
* "the 1890 Anglo-German Agreement": a treaty the name says other powers made
  binds neither of today's two sides.
"""

from __future__ import annotations

import re

from kg.extract import agreement_history
from kg.extract.agreement_status import agreement_status, not_yet_signed, signed_agreement
from kg.extract.evidence import body_mentions, country_key, evidence_for
from kg.extract.sides import main_sides
from kg.extract.state import State

# The signing (or conclusion) of the agreement is still ahead.
_PENDING_BEFORE_RE = re.compile(
    r"\b(?:delay\w*|postpon\w*|put\s+off|hold\s+up|held\s+up|holding\s+up|stall\w*|block\w*|await\w*|ahead\s+of|"
    r"prepar\w*\s+for|expected|pending|before)\s+(?:the\s+)?(?:formal\s+|final\s+|eventual\s+)?"
    r"(?:signing|signature|conclusion|ratification)\s+of\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_PENDING_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were|has|have)\s+)?(?:still\s+|now\s+)?"
    r"(?:(?:expected|due|scheduled|set|likely|yet|meant|hoped|planned)\s+to\s+be|will\s+be|would\s+be|should\s+be|"
    r"could\s+be|is\s+to\s+be|are\s+to\s+be|must\s+be|not\s+yet(?:\s+been)?|never\s+been)\s+"
    r"(?:formally\s+|finally\s+)?(?:signed|concluded|finali[sz]ed|ratified|completed|agreed)\b", re.I)
_PERCENT_AGREED_RE = re.compile(r"\b(?:\w+|\d+)\s*(?:per\s*cent|percent|%)\s+(?:agreed|complete|completed|finished|done)\b",
                                re.I)
# "have initialled the X Protocol", "agreed in principle on the X": a text settled but not signed
_INITIALLED_BEFORE_RE = re.compile(
    r"\b(?:initial(?:l)?ed|initial(?:l)?ing|agreed\s+in\s+principle(?:\s+(?:on|to))?)\s+(?:the\s+|a\s+|an\s+|their\s+)?"
    r"(?:(?:new|draft|revised)\s+)?$", re.I)
# "the protocol that the two ministers agreed in principle", "The text, ..., has been under negotiation"
_INITIALLED_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+[^.;]{0,60}?\b(?:initial(?:l)?ed|agreed\s+in\s+principle)\b"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:initial(?:l)?ed|agreed\s+in\s+principle)\b"
    r"|(?:[^.;,]{0,60},\s*)?(?:has|have)\s+been\s+under\s+(?:negotiation|discussion)\b"
    r"|,?\s*(?:would|will)\s+(?:replace|supersede)\b)", re.I)
# "It is due to be signed by the two presidents next month": the text spoken of just before
_PRONOUN_PENDING_RE = re.compile(
    r"\s*(?:It|The\s+(?:text|draft|document|protocol|agreement|accord|treaty|memorandum|deal|pact))\s+"
    r"(?:(?:is|was)\s+(?:due|expected|scheduled|set|meant)\s+to\s+be|would\s+be|will\s+be|is\s+to\s+be)\s+"
    r"(?:formally\s+|finally\s+)?signed\b")
_SIGN_LEMMAS = frozenset("sign ink ratify".split())
_MODALS = frozenset("will would could may might should must shall".split())

# "Anglo-German", "Franco-Siamese": the first parts of compound demonyms, by country
_COMBINING_FORMS = {
    "Anglo": "United Kingdom", "Franco": "France", "Sino": "China", "Russo": "Russia", "Indo": "India",
    "Luso": "Portugal", "Hispano": "Spain", "Italo": "Italy", "Austro": "Austria", "Germano": "Germany",
    "Dutch": "Netherlands", "Turco": "Turkey", "Greco": "Greece", "Belgo": "Belgium", "Nippo": "Japan",
    "Thai": "Thailand", "Lao": "Laos", "Afro": "", "Euro": "",
}
_COMPOUND_RE = re.compile(r"\b([A-Z][a-z]+)[-–]([A-Z][a-z]+)(?:[-–]([A-Z][a-z]+))?\b")
_GOVERNMENT_CUE_RE = re.compile(r"\b(?:bilateral|intergovernmental|inter-governmental|government-to-government|"
                                r"state-to-state)\b", re.I)


def apply(state: State) -> None:
    sides = [s for s in main_sides(state) if state.entity_type(s) == "Country"]
    agreement_history.dates_back_to(state)
    _drop_years_ahead(state)
    for key, entity in list(state.entities.items()):
        if entity.type != "Agreement" or not body_mentions(state, key):
            continue
        _compound_parties(state, key)  # "the 1963 Sino-Pakistan boundary agreement": China and Pakistan
        if _historic_between_others(state, key, sides):
            continue
        if _unsigned(state, key):
            _make_negotiated(state, key, sides)
        elif len(sides) == 2:
            _government_agreement_parties(state, key, sides)
            agreement_history.old_text_parties(state, key, sides)
            agreement_history.draft_negotiators(state, key, sides)


def _drop_years_ahead(state: State) -> None:
    """'the 2027 quota arrangement', 'Agreed Record 2027' (a report of 2026): a year in the name after the
    report's year is the season the text is for, never its signing date."""
    report = (state.document.date or "")[:4]
    if not report.isdigit():
        return
    for r in [r for r in state.relations if r.predicate == "dateSigned" and r.literal and r.subject in state.entities]:
        year = r.literal[:4]
        if not year.isdigit() or int(year) <= int(report):
            continue
        names = [state.entities[r.subject].label, *state.entities[r.subject].aliases]
        if any(re.search(rf"(?<![\d-]){year}(?![\d-])", n) for n in names):
            state.remove_relation(r)


# -- unsigned --------------------------------------------------------------------
def _unsigned(state: State, key: str) -> bool:
    """A pending-signature cue beside a mention, and no signing in the past."""
    pending = False
    label = state.entities[key].label
    if re.search(r"\b(?:1[89]|20)\d{2}\b", label):
        return False  # "the 2010 agreement": dated by its name
    for m in body_mentions(state, key):
        sent = state.sentence_of(m.start)
        if re.match(r"\s+of\s+(?:1[89]|20)\d{2}\b", state.text[m.end:m.end + 10]):
            return False  # "the Lake Treaty of 1971"
        if _signed_in_sentence(state, sent, m):
            return False
        before = state.text[max(sent.start_char, m.start - 80):m.start]
        after = state.text[m.end:sent.end_char]
        if _PENDING_BEFORE_RE.search(before) or _PENDING_AFTER_RE.match(after) \
                or _PERCENT_AGREED_RE.search(sent.text) or _INITIALLED_BEFORE_RE.search(before) \
                or _INITIALLED_AFTER_RE.match(after) or _pending_next(state, sent, m):
            pending = True
    return pending


def _pending_next(state: State, sent, m) -> bool:
    """'The ministers have initialled X. It is due to be signed next month': the next
    sentence speaks of the agreement named last in this one as not yet signed."""
    later = state.mentions_in(m.end, sent.end_char, {"Agreement"})
    if any(x.key != m.key for x in later):
        return False  # another agreement is the one spoken of last
    return _PRONOUN_PENDING_RE.match(state.text, sent.end_char) is not None


def _signed_in_sentence(state: State, sent, m) -> bool:
    """'signed in 1996', 'which both countries signed', 'the two signed X': a past signing."""
    for tok in sent:
        if tok.lemma_.lower() not in _SIGN_LEMMAS or tok.tag_ not in {"VBD", "VBN"} or abs(tok.idx - m.start) > 120:
            continue
        if any(c.dep_ in {"aux", "auxpass"} and c.lemma_.lower() in _MODALS for c in tok.children):
            continue
        if not_yet_signed(state, tok) or any(c.dep_ == "neg" for c in tok.children):
            continue
        if tok.tag_ == "VBN" and re.search(r"\b(?:to\s+be|be)\s+$", state.text[max(0, tok.idx - 12):tok.idx]):
            continue
        named = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        if len({x.key for x in named}) > 1 and signed_agreement(state, tok, named).key != m.key:
            continue  # "would replace the X signed in 2008": X was signed, not this one
        return True
    return False


def _make_negotiated(state: State, key: str, sides: list[str]) -> None:
    """Parties become negotiators; a signing date read for it goes."""
    actors: list[str] = []
    for r in list(state.relations):
        if r.object == key and r.predicate == "partyTo":
            state.remove_relation(r)
            state.add_relation(r.subject, "negotiates", r.evidence, obj=key)
            actors.append(r.subject)
        elif r.subject == key and r.predicate == "dateSigned":
            state.remove_relation(r)
    if any(r.predicate == "negotiates" and r.object == key for r in state.relations) or len(sides) != 2:
        return
    first = body_mentions(state, key)[0]
    evidence = state.sentence_span(state.sentence_of(first.start))
    for side in sides:
        state.add_relation(side, "negotiates", evidence, obj=key)


# -- signed between governments ----------------------------------------------------
def _government_agreement_parties(state: State, key: str, sides: list[str]) -> None:
    if any(r.predicate == "partyTo" and r.object == key for r in state.relations):
        return  # the text named the parties already
    if agreement_status(state, key) != "existing":
        return
    entry = state.gaz.lookup(state.entities[key].label)
    if entry is not None and entry.parties:
        return
    for m in body_mentions(state, key):
        sent = state.sentence_of(m.start)
        before = state.text[max(sent.start_char, m.start - 40):m.end]
        if not _GOVERNMENT_CUE_RE.search(before):
            continue
        evidence = state.sentence_span(sent)
        for side in sides:
            state.add_relation(side, "partyTo", evidence, obj=key)
        return


# -- treaties of other powers --------------------------------------------------------
def _compound_countries(state: State, text: str) -> set[str] | None:
    """'Anglo-German' -> {United Kingdom, Germany}; None when a part is no country word."""
    hit = _COMPOUND_RE.search(text)
    if hit is None:
        return None
    found = set()
    for part in filter(None, hit.groups()):
        label = _COMBINING_FORMS.get(part)
        if label is None:
            c = state.gaz.country_of_demonym(part)
            label = c.label if c is not None else None
        if not label:
            return None
        found.add(label)
    return found


def _compound_parties(state: State, key: str) -> None:
    """'the 1963 Sino-Pakistan boundary agreement', 'the Franco-Siamese treaty': a text named after
    two countries (a combining form or a name) binds both, when the report names each country
    and does not speak of the text as one still to come."""
    if agreement_status(state, key) == "prospective":
        return
    hit = _COMPOUND_RE.search(state.entities[key].label)
    if hit is None:
        return
    labels = []
    for part in filter(None, hit.groups()):
        label = _COMBINING_FORMS.get(part)
        if label is None:
            c = state.gaz.country_of_demonym(part)
            entry = state.gaz.lookup(part) if c is None else None
            label = c.label if c is not None else (entry.label if entry is not None and entry.type == "Country" else "")
        labels.append(label)
    if len(set(labels)) < 2:
        return
    keys = [country_key(state, label) for label in labels]
    if any(k is None or state.entity_type(k) != "Country" for k in keys):
        return
    body = body_mentions(state, key)
    for k in keys:
        if not state.has_relation(k, "partyTo", key):
            state.add_relation(k, "partyTo", evidence_for(state, body[0]), obj=key)


def _historic_between_others(state: State, key: str, sides: list[str]) -> bool:
    """An agreement named after other powers ("Anglo-German") binds neither side
    it does not name: their partyTo goes."""
    entity = state.entities[key]
    names = [entity.label] + [state.text[max(0, m.start - 30):m.end] for m in body_mentions(state, key)[:1]]
    countries = None
    for name in names:
        countries = _compound_countries(state, name)
        if countries:
            break
    if not countries:
        return False
    side_labels = {s: state.entities[s].label for s in sides}
    strangers = [s for s, label in side_labels.items() if label not in countries]
    if not strangers:
        return False
    for r in list(state.relations):
        if r.predicate == "partyTo" and r.object == key and r.subject in strangers:
            state.remove_relation(r)
    return True
