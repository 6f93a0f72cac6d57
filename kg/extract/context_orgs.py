"""Organisations named by their context (round-12 class U1).

* a descriptor right before an unknown name makes it an organisation: "the
  freight operator X", "the Chilean port operator X", "Kenya's pipeline
  operator X", "the dockers' union X", "the think tank X";
* an unknown one-word name that "said it would ..." is an organisation (the
  pronoun "it" refers back to it); an acronym that "said in a statement" too;
* multi-word company names in Romance languages are organisations, whole,
  connectors included ("Estradas de X", "Ecologistas en Y", "Z Mercancías").
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.cities import is_city
from kg.extract.context_edit import alternation, known, personal_name, rename_span, retype, words
from kg.extract.dates import CALENDAR_NAMES
from kg.extract.entity_types import classify_org
from kg.extract.state import State
from kg.model import ORG_TYPES

_RETYPABLE = {"Person", "Place"}


def _descriptor_before() -> re.Pattern[str]:
    # "the [Portuguese] [rail infrastructure] manager " / "Kenya's pipeline operator ":
    # a determiner or possessive, up to four words without punctuation, then the noun.
    return re.compile(
        rf"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)|{CAP_CLASS}[\w.-]*['’]s)\s+"
        rf"(?:(?!(?:and|or|of|by|to|for|with|from|at|in|on|said|says|who|which|that)\s)[\w'’-]+\s+){{0,4}}?"
        rf"(?:{alternation('org_descriptor_nouns')})\s+$", re.I)


def apply(state: State) -> None:
    _descriptors(state)
    _missed_after_descriptor(state)
    _missed_before_descriptor(state)
    _said_it(state)
    _occupation_employers(state)
    _its_antecedents(state)
    _romance_names(state)


def _candidates(state: State):
    """Entities this module may retype: unknown people and places."""
    for key, entity in list(state.entities.items()):
        if entity.type in _RETYPABLE and not entity.unnamed and not known(state, entity.label):
            yield key, entity


def _descriptors(state: State) -> None:
    pattern = _descriptor_before()
    for key, entity in _candidates(state):
        words_ = entity.label.split()
        if entity.type == "Person" and (personal_name(entity.label) or len(words_) > 3):
            continue  # "the union leader's ally Maria Lopez": a person stays a person
        for span in entity.mentions:
            lead = state.text[max(0, span.start - 80):span.start].rsplit("\n", 1)[-1]
            m = pattern.search(lead)
            if m is None:
                continue
            head = m.group(0).split()[-1].lower()
            if head in {"group", "party", "network", "chain", "platform", "giant", "maker", "lobby"} \
                    and entity.type == "Place" and " " not in entity.label:
                continue  # "the Asia group Japan": weak nouns leave a place alone
            retype(state, key, classify_org(entity.label))
            break


# Verbs after a dummy "it" ("it would be difficult", "it had become clear"): no organisation.
_NAME = rf"{CAP_CLASS}[\w&'’.-]*"
_WORD = rf"{CAP_CLASS}[\w&'’-]*"  # no dot: "Monday. Ferrolux" is no name
# Capitalised words that start clauses or are titles: never a name found here.
_NOT_NAME = frozenset("The A An This That These Those Its It Their Our His Her He She They We I But And Or In On At "
                      "For With After Before When If Under Since During While As Mr Mrs Ms Dr".split())


_TIME_WORD = re.compile(rf"(?:{CALENDAR_NAMES})")


def _free(state: State, start: int, end: int) -> bool:
    """No entity is named anywhere in ``start:end`` yet."""
    return not any(m.start < end and start < m.end for m in state.mentions)


def _add_org(state: State, start: int, end: int) -> None:
    label = " ".join(state.text[start:end].split())
    if label.split()[0] in _NOT_NAME or known(state, label) or personal_name(label) or state.is_skipped(start, end):
        return
    if _TIME_WORD.fullmatch(label.split()[0]):
        return  # "signed by the company Friday": a day or month, not a name
    entity = state.add_entity(label, classify_org(label))
    state.add_mention(entity.key, start, end)


def _missed_after_descriptor(state: State) -> None:
    """'The environmental group Quercol objected': a name the model missed
    after a descriptor."""
    pattern = re.compile("(?i:" + _descriptor_before().pattern[:-1] + rf")({_NAME}(?: {_NAME}){{0,2}})(?![\w'’-])")
    for m in pattern.finditer(state.text, state.body_start):
        start, end = m.start(1), m.end(1)
        stop = re.search(r"(?<=[\w]{3})\.(?:\s|$)", state.text[start:end])
        if stop is not None:
            end = start + stop.start()  # "the state importer SONAPET. The ministry": the sentence ends the name (round-35 A4)
        if not state.text[start].isupper() or "\n" in m.group(0) or not _free(state, start, end):
            continue
        _add_org(state, start, end)


def _missed_before_descriptor(state: State) -> None:
    """'Ferrovia, the largest private rail freight operator in Spain, said':
    a name apposed to an organisation descriptor, model-missed or a person."""
    nouns = alternation("org_descriptor_nouns")
    pattern = re.compile(
        rf"(?<![\w'’.-])({_WORD}(?: {_WORD}){{0,2}}),\s+(?:the|a|an|{CAP_CLASS}[\w.-]*['’]s)\s+(?:[\w'’-]+\s+){{0,5}}?(?:{nouns})"
        rf"(?:\s+(?:in|of|for|on|at|from)\s+(?:the\s+)?{_NAME}(?:\s+{_NAME})*)?\s*,")
    for m in pattern.finditer(state.text, state.body_start):
        start, end = m.start(1), m.end(1)
        if "\n" in m.group(0):
            continue
        hits = [x for x in state.mentions if x.start < end and start < x.end]
        if not hits:
            _add_org(state, start, end)
        elif len(hits) == 1 and hits[0].start == start and hits[0].end == end:
            entity = state.entities[hits[0].key]
            if entity.type in _RETYPABLE and not known(state, entity.label) and not personal_name(entity.label) \
                    and " " not in entity.label:
                retype(state, hits[0].key, classify_org(entity.label))


_DUMMY_VERBS = (r"(?:be|been|become|take|takes|seem|appear|depend|help|mean|cost|require|need|make|remain|happen|"
                r"matter|work|hurt|change|get|prove|come|go|look|feel|turn|last|lead|leave|allow|have|not)\b")


# Past tenses of a body's own acts ("said it welcomed the agreement", "said it had hired"); an "it"
# that is the deal ("said it offered hope", "said it marked a turning point") takes other verbs.
_AGENT_PAST = (r"(?:welcomed|supported|backed|rejected|opposed|regretted|planned|intended|expected|hoped|wanted|"
               r"agreed|decided|received|submitted|applied|filed|complied|invested|hired|acquired|reported|"
               r"recorded|posted|delivered|launched|completed|operated|employed|owned|objected|appealed|"
               r"condemned|denied|declined|refused|accepted|disputed)\b")
# Passives only a body or a person undergoes ("said it had been consulted"), never a dummy "it".
_PASSIVE_ACTS = (r"(?:consulted|informed|told|asked|invited|notified|approached|contacted|awarded|selected|chosen|"
                 r"granted|hired|commissioned|excluded|fined|sanctioned)\b")
# A name after one of these opens a clause ("Norske Tog said ...", "but Vestrail said ...").
_CLAUSE_OPEN_RE = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|\b(?:and|but|while|whereas|although|though|as|when)\s+|[\"“]\s*)$")
# Words before a name that make it a person ("spokeswoman Nguyen Thi Lan", "Mr", "Dr").
_PERSON_CUE_RE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Hon|Sir)\.?|,)\s+$")


def _clause_subject(state: State, entity) -> bool:
    """A multi-word name always opening a clause and never titled or apposed:
    "Norske Tog said it welcomed the agreement" names a company (a person who
    said "it" speaks of another body: "the spokeswoman, Tran Lan, said it ...").
    A name the text also calls "he"/"she" right after it is a person's."""
    for span in entity.mentions:
        before = state.text[max(0, span.start - 40):span.start]
        if _PERSON_CUE_RE.search(before) or not _CLAUSE_OPEN_RE.search(before):
            return False
        if re.match(r",\s+(?:a|an|the|who)\b|,?\s+(?:he|she|his|her)\b", state.text[span.end:span.end + 12]):
            return False
    return True


_PLACE_OBJECT_RE = re.compile(r"\b(?:in|at|from|near|outside)\s+$")


def _said_it(state: State) -> None:
    verbs = "|".join(sorted(words("org_say_verbs"), key=len, reverse=True))
    # "it would run trains" refers back to the name; "it would be hard", "it would take years" is a dummy "it"
    it_re = re.compile(rf"\s+(?:{verbs})(?:\s+(?:on\s+[A-Z]\w+|in\s+a\s+(?:written\s+)?statement|on\s+its\s+website)){{0,2}},?"
                       rf"(?:\s+that)?\s+it\s+(?:(?:would|will|could|planned to|plans to|"
                       rf"intends to|intended to|expects to|expected to|hoped to|wanted to|had|has)\s+(?:also\s+|not\s+|soon\s+)?"
                       rf"(?!{_DUMMY_VERBS})[a-z]+\b"
                       # "Norske Tog said it welcomed the agreement": a past-tense act of the name (round-23 A3)
                       rf"|{_AGENT_PAST}"
                       rf"|(?:had|has|have|was|is)\s+(?:been\s+)?{_PASSIVE_ACTS})")
    statement_re = re.compile(rf"\s+(?:{verbs})\s+in\s+a\s+(?:written\s+)?statement\b")
    for key, entity in _candidates(state):
        if personal_name(entity.label):
            continue
        if " " in entity.label and not _clause_subject(state, entity):
            continue
        for span in entity.mentions:
            if entity.type == "Place" and _PLACE_OBJECT_RE.search(state.text, max(0, span.start - 20), span.start):
                continue  # "officials in Vasa said it would reopen": the people in the place speak
            if it_re.match(state.text, span.end) or (
                    entity.label.isupper() and len(entity.label) >= 2 and statement_re.match(state.text, span.end)):
                retype(state, key, classify_org(entity.label))
                break


# People whose job is at a firm or an institute ("an analyst at X", "a senior economist at the X").
_OCCUPATION_AT_RE = re.compile(
    r"\b(?:analysts?|economists?|traders?|researchers?|strategists?|fellows?|lecturers?|professors?|consultants?|"
    r"bankers?|brokers?|scientists?|academics?|experts?|specialists?|partners?|associates?)\s+(?:at|with)\s+(?:the\s+)?$")
# Company jobs before "at/of" ("operations manager at X", "managing director of X", round-25 A2): a
# place never has a manager, an owner or a chief executive.
_JOB_OF_RE = re.compile(
    r"\b(?:managers?|managing\s+directors?|chief\s+executives?|chief\s+\w+\s+officers?|CEO|CFO|COO|owners?|"
    r"founders?|co-founders?|chairman|chairwoman|chairperson|analysts?)\s+(?:at|of|with)\s+(?:the\s+)?$")
_PLACE_USE_RE = re.compile(r"\b(?:in|into|from|near|to|outside|across|around)\s+$")


def _occupation_employers(state: State) -> None:
    """'an analyst at Minh Phat Securities', 'an economist at Baltic Capital
    Partners', 'a trader at Kessa Commodities': the name after an occupation and
    "at" is the employer, an organisation, even when its first word is a given
    name ("an economist at Morgan Vance"). A place stays a place when the text
    uses it as one elsewhere (the model or the gazetteer said Place)."""
    for key, entity in list(state.entities.items()):
        if entity.type not in {"Person", "Place"} or entity.unnamed or known(state, entity.label):
            continue
        if entity.type == "Place" and entity.label.split()[-1].lower() in set(lexicon.mapping("place_nouns")) | {"market", "bazaar"}:
            continue  # "a trader at Chor Bazaar": a place
        job = any(_JOB_OF_RE.search(state.text, max(0, span.start - 40), span.start) for span in entity.mentions)
        job = job and (entity.type != "Place" or _unplaced(state, entity))
        if entity.type == "Place" and " " not in entity.label and not job:
            continue  # "a lecturer at Cambridge": a place
        if job or any(_OCCUPATION_AT_RE.search(state.text, max(0, span.start - 40), span.start)
                      for span in entity.mentions):
            retype(state, key, classify_org(entity.label))


def _unplaced(state: State, entity) -> bool:
    """A one-word name no town list knows and the text never uses as a place
    ("in X", "from X"): "a credit analyst at Nordbanken" names the bank."""
    return not is_city(entity.label) and not any(
        _PLACE_USE_RE.search(state.text, max(0, span.start - 12), span.start) for span in entity.mentions)


def _romance_pattern() -> re.Pattern[str]:
    name = rf"{CAP_CLASS}[\w'’-]+"
    conn = alternation("romance_connectors")
    leads = alternation("romance_org_leads")
    tails = alternation("romance_org_tails")
    return re.compile(
        rf"(?<![\w'’-])(?:(?:{leads})(?:\s+(?:(?:{conn})\s+){{0,2}}{name})*?\s+(?:(?:{conn})\s+){{1,2}}{name}"
        rf"(?:\s+(?:(?:{conn})\s+){{0,2}}{name})*"
        rf"|{name}\s+(?:{tails}))(?![\w'’-])")


def _romance_names(state: State) -> None:
    """'Estradas de X', 'Aguas del Y', 'Z Mercancías': one organisation, whole."""
    for m in _romance_pattern().finditer(state.text, state.body_start):
        start, end = m.start(), m.end()
        label = " ".join(m.group(0).split())
        if "\n" in m.group(0) or state.is_skipped(start, end):
            continue
        # Trailing English words are not part of the name ("Aguas de Valencia Said ...")
        entry = state.gaz.lookup(label)
        if entry is not None:
            continue
        inside = [x for x in state.mentions if x.start < end and start < x.end]
        if any(x.start < start or x.end > end for x in inside):
            continue  # a longer name already covers it
        if any(state.entities[x.key].type in ORG_TYPES and x.start == start and x.end == end for x in inside):
            continue  # found whole already
        rename_span(state, start, end, label, classify_org(label))


# "Its chief executive", "Its new managing director", "Its spokeswoman": a body's officer.
_ITS_JOB_RE = re.compile(
    r"\s*Its\s+(?:[a-z-]+\s+){0,2}?(?:chief executive|managing director|general manager|director|manager|"
    r"owner|founder|chairman|chairwoman|chair|president|spokesman|spokeswoman|spokesperson|boss|CEO)\b")


def _its_antecedents(state: State) -> None:
    """'Stena Line runs the route. Its chief executive, X, said': the subject of a
    sentence whose officer the next sentence opens with ("Its chief executive")
    is a body, never a person (people are "his" or "her"). Only names not led by a known given name (round-25 A3/O1)."""
    sents = list(state.doc.sents)
    for i, sent in enumerate(sents[:-1]):
        if not _ITS_JOB_RE.match(sents[i + 1].text):
            continue  # "Its findings ...", "Its first round ...": "Its" may be the object's
        subject = next((t for t in sent if t.dep_ in {"nsubj", "nsubjpass"} and t.head == sent.root), None)
        if subject is None or any(t.lower_ in {"he", "she", "his", "her"} for t in sent):
            continue
        hit = next((m for m in state.mentions if m.start <= subject.idx < m.end
                    and m.start == sent.start_char), None)
        if hit is None:
            continue
        entity = state.entities.get(hit.key)
        if entity is None or entity.type != "Person" or entity.unnamed or known(state, entity.label) \
                or personal_name(entity.label):
            continue
        retype(state, hit.key, classify_org(entity.label))
