"""Agreement status cues: whether an agreement is signed ('existing') or still
under negotiation ('prospective'), whether a signing verb speaks of a future or
conditional signing, and which agreement a signing verb signs."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.evidence import body_mentions
from kg.extract.state import State


def signed_agreement(state: State, verb: Token, agreements: list):
    """The agreement a 'signed' belongs to: the noun phrase the participle follows
    ("the X Agreement, signed in 2019, two months before the Y Treaty" -> X), the
    head it modifies, else the one nearest to the verb (gap between them, not starts)."""
    for m in agreements:
        if m.end <= verb.idx and re.fullmatch(r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
                                             r"|(?:was|were|is|had\s+been|has\s+been)\s+(?:(?:first|formally|finally|originally)\s+)?)?",
                                             state.text[m.end:verb.idx]):
            return m
    if verb.dep_ in {"acl", "relcl"}:
        head = state.mention_at(verb.head.idx, verb.head.idx + len(verb.head.text), {"Agreement"})
        if head is not None:
            return head
    return min(agreements, key=lambda m: verb.idx - m.end if m.end <= verb.idx else m.start - verb.idx)


# "a new code", "the envisaged treaty": words that speak of an agreement as not signed yet
PROSPECTIVE_WORDS = lexicon.words("new_text_words") | lexicon.words("prospective_words")
RENEGOTIATION = frozenset(
    "negotiate renegotiate renegotiation revise revision amend amendment update modernize modernise "
    "overhaul rework tweak reform renew renewal extend changes rewrite rewriting revive revival reactivate".split()
)


def agreement_status(state: State, key: str) -> str | None:
    """'existing' (signed: "signed in 1951", "the 1984 treaty", "which both
    countries signed"), 'prospective' ("a new code", "negotiations on a
    protocol" without a signature) or None when the text does not say.

    Remembered with what it was read from, and read again once that changed: rules that are
    still moving mentions (entity_years, agreement_newness) ask for it between their moves."""
    cache = state.__dict__.setdefault("_agreement_status", {})
    inputs = _status_inputs(state, key)
    hit = cache.get(key)
    if hit is None or hit[0] != inputs:
        hit = cache[key] = (inputs, _agreement_status(state, key))
    return hit[1]


def _status_inputs(state: State, key: str) -> tuple:
    """What a status is read from besides the parse: the mentions of ``key`` and of every
    agreement (another agreement's signing is not this one's), and whether a signing date is known."""
    entities = state.entities
    mentions = tuple(m for m in state.mentions if m.key == key or (
        (e := entities.get(m.key)) is not None and e.type == "Agreement"))
    return mentions, state.body_start, state.has_relation(key, "dateSigned")


_NOT_YET_RE = re.compile(r"\b(?:once|when|until|till|unless|if|after|before|whenever|as\s+soon\s+as|the\s+moment|"
                         r"by\s+the\s+time|provided)\s+(?:(?:it|they|the\s+\w+)\s+)?"
                         r"(?:(?:is|are|was|has\s+been|have\s+been)\s+)?(?:finally\s+|formally\s+|fully\s+)?$", re.I)


def not_yet_signed(state: State, verb: Token) -> bool:
    """'once signed', 'until it is signed', 'when ratified', 'to be signed': a
    signing spoken of as future or conditional, not one that happened."""
    before = state.text[max(verb.sent.start_char, verb.idx - 40):verb.idx]
    if _NOT_YET_RE.search(before) or re.search(r"\b(?:to\s+be|yet\s+to\s+be|not\s+yet(?:\s+been)?)\s+$", before, re.I):
        return True
    if verb.dep_ in {"ccomp", "xcomp", "oprd"} and verb.head.lemma_.lower() in _WISH_VERBS:
        return True  # "China wants the code concluded by 2026": a wish, not a signing
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


_WISH_VERBS = frozenset("want wish expect hope need aim seek press push urge like prefer".split())


def past_governor(verb: Token) -> Token | None:
    """'Peru and Ecuador agreed on Tuesday to ..., signing a memorandum': the
    past-tense verb a bare participle hangs on (the signing happened with it);
    None for "are signing", "will agree ..., signing"."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "conj"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return None
    head = verb.head
    while head.dep_ in {"xcomp", "conj"} and head.head.i != head.i and head.tag_ in {"VB", "VBG"}:
        head = head.head  # "agreed ... to open ..., signing": the agreeing verb
    if head.tag_ != "VBD" or any(c.lemma_ in {"will", "would", "could", "may", "might", "should"} for c in head.children):
        return None
    return head


# "nothing is signed until ...", "none of it was signed": a negative subject of the signing
_NOTHING = frozenset("nothing none nobody neither".split())


def _agreement_status(state: State, key: str) -> str | None:
    if any(r.subject == key and r.predicate == "dateSigned" for r in state.relations):
        return "existing"
    prospective = False
    for m in body_mentions(state, key):
        sent = state.sentence_of(m.start)
        # (punctuation off: "The draft, formally the X Agreement" is a draft)
        words = re.findall(r"[\w'’-]+", state.text[max(sent.start_char, m.start - 40):m.start].lower())
        if set(words[-3:]) & PROSPECTIVE_WORDS:
            prospective = True
        if _AWAITING_SIGNATURE_RE.search(state.text, m.end, min(sent.end_char, m.end + 120)):
            prospective = True  # "the protocol is still not ready for signature": a text not signed yet
        for tok in sent:
            if _still_to_sign(state, tok, m, sent, key):
                prospective = True  # "could be signed at a summit", "which both sides expect to sign in May"
                continue
            if tok.lemma_.lower() in {"sign", "ink", "ratify"} and 0 <= tok.idx - m.end <= 2 \
                    and _WANTED_SIGNED_RE.search(state.text, sent.start_char, m.start):
                prospective = True  # "Egypt wants the X Rules signed by May": a signing wished for
                continue
            if tok.lemma_.lower() in {"sign", "ink", "ratify"} \
                    and (tok.tag_ in {"VBD", "VBN"} or past_governor(tok) is not None) \
                    and not any(c.lemma_ in {"will", "would", "could", "may", "might", "should"} for c in tok.children):
                if abs(tok.idx - m.start) < 120 and not_yet_signed(state, tok):
                    prospective = True  # "expected to run for 29 years once signed"
                    continue
                if abs(tok.idx - m.start) < 120:
                    if any(c.lower_ in {"not", "never", "yet"} for c in tok.children) or any(
                            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _NOTHING for c in tok.children):
                        # "nothing is signed until parliament has seen it": no signing happened
                        prospective = True  # "accepted orally ... but never signed"
                        continue
                    if _signs_another(state, tok, sent, key):
                        continue  # "X would replace the 1997 arrangement, which both sides signed"
                    if signs_other_object(state, tok, m):
                        continue  # "signed an agreement on Tuesday ... and will reopen talks on the X Convention"
                    return "existing"
        if re.match(r"\s*,?\s*(?:which|that)\s+(?:took\s+effect|entered\s+into\s+force|came\s+into\s+force|"
                    r"has\s+been\s+in\s+force)\s+(?:in|on|since)\s+[^.;]{0,20}?\b(?:1[89]|20)\d\d\b",
                    state.text[m.end:sent.end_char]):
            return "existing"  # "the protocol ..., which took effect in 2008": in force, so signed
        head = state.text[max(sent.start_char, m.start - 60):m.start].lower()
        if re.search(r"\b(?:never|not\s+yet|yet\s+to\s+be|not\s+been)\s+(?:been\s+)?(?:signed|ratified)\b",
                     state.text[m.end:min(sent.end_char, m.end + 200)]):
            return "prospective"  # "which their leaders accepted orally ... but never signed"
        if re.match(r"\s*,?\s*(?:which|that)\s+would\s+(?:settle|end|resolve|replace|govern|set|allow|create|open|"
                    r"fix|cover|regulate|establish|define|introduce|cut|ease|let|give|provide|guarantee|"
                    r"simplify|streamline|harmoni[sz]e|reduce|lower|raise|protect)\b",
                    state.text[m.end:sent.end_char]):
            prospective = True  # "the accord, which would settle the dispute": not in force yet
        if _FUTURE_CLAUSE_RE.match(state.text, m.end, sent.end_char):
            prospective = True  # "a Protocol on X that both governments aim to sign in September"
        if _WOULD_AFTER_RE.match(state.text, m.end, sent.end_char) and not re.search(r"\b(?:if|unless)\b", head):
            prospective = True  # "The Border Accord would fix the schedule": a text not in force
        if re.search(r"\bunder (?:negotiation|discussion)\b", head) or re.match(
                r"[^.;]{0,4}(?:,\s*)?(?:which|that)\b[^.;]{0,120}?\b(?:(?:have|has|had)\s+been|are|is|were)\s+"
                r"(?:negotiating|discussing|drafting)\b", state.text[m.end:sent.end_char]):
            prospective = True  # "the text under negotiation", "which X and Y have been negotiating"
        if re.search(r"\b(?:negotiations?|talks|negotiate|negotiating|discussions?)\s+(?:\w+\s+){0,2}(?:on|over|for|about|towards?)\s+(?:\w+\s+){0,3}$", head) \
                or re.search(r"\b(?:negotiate|negotiating|draft|drafting|finalise|finalize|finish|finishing|conclude|reach|reaching|sign|agree\s+on)\s+(?:a|an|the)?\s*$", head) \
                or re.search(r"\b(?:negotiating|drafting|discussing)\s+(?:since|for|over|throughout)\s+[^.;,]{1,30}?\s+(?:a|an|the)\s+$", head) \
                or re.match(r"\s*,?\s*(?:that|which)\s+(?:has|have|had)\s+been\s+under\s+(?:negotiation|discussion)|\s*,?\s*(?:that|which)\s+(?:is|are)\s+(?:being\s+negotiated|under\s+negotiation)",
                             state.text[m.end:m.end + 60]):
            prospective = True  # "talks on a new code", "will negotiate a protocol", "a treaty under negotiation"
        if re.search(r"\b(?:negotiate|negotiating|drafting|discussing)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,2}$", head) \
                or re.search(r"\b(?:review|new\s+(?:text|version|draft))\s+of\s+(?:the\s+)?$", head):
            prospective = True  # "are negotiating a bilateral Agreement on X", "a review of Annex C", "a new text of Annex C"
        if re.search(r"\b(?:replace|replaces|replacing)\b[^.;]{0,40}?\bwith\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}$", head):
            prospective = True  # "want to replace it with a full power trade agreement": the successor is not in force
        if _NEGOTIATING_APPOSITION_RE.search(head):
            prospective = True  # "are still negotiating a second accord, the Solar Export Framework"
        if _TALKS_ON_CALLED_RE.search(state.text, sent.start_char, m.start):
            prospective = True  # "resumed talks on a text both sides call the X Rules": the text under talks
        if _INITIALLED_RE.search(head) or _NEGOTIATOR_ON_RE.search(head):
            prospective = True  # "initialled the text of an Agreement on X", "the chief negotiator on the X Arrangement"
    return "prospective" if prospective else None


# "wants the X signed by May", "hopes to see the X signed": the object of a wish, then "signed"
_WANTED_SIGNED_RE = re.compile(r"\b(?:wants?|wanted|wanting|hopes?|hoped|expects?|expected|would\s+like|needs?|"
                               r"aims?\s+to\s+(?:get|have|see)|(?:hopes?|wants?)\s+to\s+(?:get|have|see))\s+"
                               r"(?:the|a|an|this|that|its|their)\s+$")
# "talks on a text both sides call the X", "discussed what officials call the X": a text named by what
# its negotiators call it, the naming clause right before the name
_TALKS_ON_CALLED_RE = re.compile(
    r"\b(?:negotiat\w*|talks|discuss\w*|draft\w*|work(?:s|ing)?\s+on)\b[^.;]{0,50}?\b(?:text|document|draft|"
    r"framework|what)\s+(?:that\s+|which\s+)?(?:[a-z][\w'’-]*\s+){1,6}?(?:call|calls|dub|dubs)\s+(?:the\s+)?$")


# "negotiating a second accord, the X Framework": the title in apposition to a text under talks
_NEGOTIATING_APPOSITION_RE = re.compile(
    r"\b(?:negotiat(?:e|es|ing)|discuss(?:es|ing)?|draft(?:s|ing)?|finali[sz](?:e|es|ing)|work(?:s|ing)?\s+on)\s+"
    r"(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}(?:agreement|accord|treaty|deal|pact|protocol|memorandum|"
    r"arrangement|convention|framework|text|document)\s*[,:–—-]\s*(?:the\s+|a\s+)?$")


# "..., which both governments aim to sign in September", "that the ministers are expected to sign":
# a signing still to come, spoken of in the agreement's own relative clause
_FUTURE_CLAUSE_RE = re.compile(
    r"\s*,?\s*(?:which|that)\s+[^.;,]{0,60}?\b(?:aims?|plans?|hopes?|intends?|wants?|expects?|seeks?|"
    r"(?:is|are)\s+(?:expected|due|set|scheduled|poised|ready|preparing)|will|would|could|shall)\s+"
    r"(?:to\s+)?(?:formally\s+|finally\s+)?(?:sign|conclude|ink|finali[sz]e|adopt)\b")
# "The proposed X would fix the schedule": the agreement as the subject of a conditional
_WOULD_AFTER_RE = re.compile(r"(?:\s+between\s+[A-Z][^,.;]{0,60}?)?\s*(?:,[^,.;]{0,80},\s*)?would\s+(?:also\s+|then\s+|eventually\s+)?"
                             r"(?!have\b|be\s+(?:signed|replaced))[a-z]+\b")


# "initialled the text of an Agreement on X but left the signature for later": a text agreed, not signed
_INITIALLED_RE = re.compile(r"\binitial(?:l)?(?:ed|ing|s)\s+(?:(?:the|a|an|its|their)\s+(?:\w+\s+)?(?:text|draft)\s+of\s+)?"
                            r"(?:(?:the|a|an|its|their)\s+)?(?:\w+\s+){0,2}$")
# "the chief negotiator on what A calls the X Arrangement": someone negotiates it, so it is not signed
_NEGOTIATOR_ON_RE = re.compile(r"\bnegotiators?\s+(?:on|for)\s+(?:what\s+\w+(?:\s+\w+)?\s+(?:calls?|called|describes?\s+as)\s+)?"
                               r"(?:the|a|an)\s+(?:\w+\s+){0,2}$")


# "is still not ready for signature", "awaits signature", "pending signature": a text before its signing
_AWAITING_SIGNATURE_RE = re.compile(
    r"[^.;]{0,60}?\b(?:(?:not\s+)?(?:yet\s+)?ready\s+for|awaits?|awaiting|pending|up\s+for|due\s+for)\s+"
    r"(?:formal\s+|final\s+)?(?:signature|signing)\b")
_FUTURE_MODALS = frozenset("will would could may might should shall can".split())


def _still_to_sign(state: State, tok: Token, m, sent, key: str) -> bool:
    """'It could be signed at a summit', 'the contract that both sides expect to sign
    in Quito on 3 May', 'will sign the accord on Friday': a signing verb with a modal or
    an infinitive's "to", near the agreement and not another agreement's signing."""
    if tok.lemma_.lower() not in {"sign", "ink"} or tok.pos_ != "VERB" or abs(tok.idx - m.start) >= 120:
        return False
    aux = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    future = any(c.lower_ in _FUTURE_MODALS for c in aux) \
        or (tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)) \
        or re.search(r"\bto\s+be\s+$", state.text[max(sent.start_char, tok.idx - 8):tok.idx]) is not None
    if not future:
        return False
    return not _signs_another(state, tok, sent, key)


def signs_other_object(state: State, verb: Token, m) -> bool:
    """Is the object of a signing verb another text than mention ``m`` ("A and B signed an
    agreement on hours and will reopen talks on the X Convention": the convention was not
    signed there)? Its object is an agreement word or another agreement's mention, and
    ``m`` lies outside the object."""
    nouns = lexicon.words("generic_agreement_nouns") | {"memorandum", "mou", "contract"}
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "nsubjpass"}:
            continue
        lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
        if lo <= m.start < hi:
            return False
        other = state.mention_at(obj.idx, obj.idx + len(obj.text), {"Agreement"})
        if (other is not None and other.key != m.key) or obj.lemma_.lower() in nouns:
            return True
    return False


def _signs_another(state: State, verb: Token, sent, key: str) -> bool:
    """Does a signing verb belong to another agreement of the sentence (the one its
    relative clause or participle hangs on)?"""
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    others = [m for m in state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})]
    if len({m.key for m in others}) < 2:
        return False
    return signed_agreement(state, verb, others).key != key
