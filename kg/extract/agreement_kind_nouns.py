"""Lower-case agreements named by a kind of arrangement rather than a treaty word.

* "the 1996 customs union between Turkey and the EU": a customs union with a year or its
  parties is an agreement ("customs union"), dated by its year, its parties those after
  "between" (the later steps read both from the mention).
* "an operating contract signed with the Kenya Railways Corporation in 2014", "a 25-year
  concession contract with Tosa Ports": a described contract (a lower-case word before
  "contract") given a year, a signing or a named counterpart is an agreement ("operating
  contract"); the body after "with" is a party to it.
* "the 2011 weir regulation, which engineers call the WBR": a dated regulation of a kind is an
  agreement ("weir regulation").
A bare "a contract" or "the customs union" with neither year nor parties stays unread: it may
be any contract, or the bloc itself.
"""

from __future__ import annotations

import re

from kg.extract.evidence import evidence_for
from kg.extract.state import State

_YEAR = r"(?:1[89]|20)\d\d"
_PARTY_TYPES = {"Country", "Organization", "GovernmentAgency"}
# "the 1996 customs union", "an operating contract", "a 25-year concession contract"
_KIND_RE = re.compile(
    rf"\b(?:the|a|an|its|their)\s+(?:(?:new|old|existing|original|long-term|\d+-year)\s+)?"
    rf"(?:(?P<year>{_YEAR})\s+)?"
    r"(?P<label>customs\s+union|(?P<mod>(?:[a-z][a-z-]+\s+){1,2})contract|(?P<rmod>[a-z][a-z-]+\s+)?regulations?)\b"
    r"(?!\s+(?:of|for)\s+the\s+[A-Z])")
# words before "contract" that do not describe a kind of contract
_NOT_KIND = frozenset("the a an this that new old its their his her our same first second signed lucrative "
                      "big huge major multi-million multimillion million billion".split())
# "two-year", "multi-year", "ten-month": a length, no kind
_LENGTH_RE = re.compile(r"(?:[\w]+-)?(?:year|month|week|day|decade)s?(?:-long|-old)?")
_BETWEEN_RE = re.compile(r"\s+between\s+(?:the\s+)?[A-Z]")
# "signed with the X", "Turkey signed with the EU", "it concluded with X", "with X" (the subject is a party too)
_SUBJECT = r"(?:(?:it|they|he|she|we)\s+|(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+)"
_SIGNED_WITH_RE = re.compile(rf"\s+(?:{_SUBJECT}?(?:signed|agreed|concluded|reached)\s+|(?:awarded\s+)?)with\s+"
                             r"(?P<party>(?:the\s+)?[A-Z])")
_SIGNED_RE = re.compile(rf"\s+(?:{_SUBJECT}?(?:signed|concluded|agreed))\s+(?:with\s+[^.;]{{1,60}}?\s+)?in\s+(?P<year>{_YEAR})\b")


def apply(state: State) -> None:
    for m in _KIND_RE.finditer(state.text, state.body_start):
        if state.is_skipped(m.start(), m.end()) or "\n" in m.group(0):
            continue
        if state.mention_at(m.start("label"), m.end("label")) is not None:
            continue  # part of a name ("the Eurasian Customs Union")
        mods = (m.group("mod") or "").split()
        if mods and (set(mods) & _NOT_KIND or any(w.endswith(("ed",)) for w in mods[-1:])
                     or any(_LENGTH_RE.fullmatch(w) for w in mods)):
            continue  # "the signed contract", "a lucrative contract", "a two-year contract": no kind of contract
        if m.group("label").split()[-1].startswith("regulation") and (
                not m.group("year") or not m.group("rmod") or m.group("rmod").strip() in _NOT_KIND | {"eu", "new"}):
            continue  # "the 2011 weir regulation": a dated kind of regulation, never a bare "regulation"
        after = state.text[m.end():m.end() + 120]
        between = _BETWEEN_RE.match(after)
        with_party = _SIGNED_WITH_RE.match(after)
        signed = _SIGNED_RE.match(after)
        if not (m.group("year") or between or with_party or signed):
            continue
        label = " ".join(m.group("label").split())
        start = m.start("year") if m.group("year") else m.start("label")
        key = state.add_entity(label, "Agreement").key
        state.add_mention(key, start, m.end(), alias=False)
        ev = evidence_for(state, state.mention_at(start, m.end()))
        if signed is not None and not m.group("year"):
            state.add_relation(key, "dateSigned", ev, literal=signed.group("year"))
        if between is not None and m.group("year"):
            # "the 1996 customs union between Turkey and the EU": a dated union is in force between
            # the two named after "between" (whatever the sentence says about reworking it)
            at = m.end() + between.start()
            sent_end = state.sentence_of(m.start()).end_char
            pair = state.mentions_in(at, sent_end, {"Country", "Organization", "GovernmentAgency"})[:2]
            if len(pair) == 2 and re.fullmatch(r"\s*(?:and|&)\s+(?:the\s+)?", state.text[pair[0].end:pair[1].start]):
                for party in pair:
                    state.add_relation(party.key, "partyTo", ev, obj=key)
        if with_party is not None:
            at = m.end() + with_party.start("party")
            party = next((x for x in state.mentions if at <= x.start <= at + 4), None)
            if party is not None and state.entity_type(party.key) in _PARTY_TYPES:
                state.add_relation(party.key, "partyTo", ev, obj=key)
                if with_party.group("subject"):
                    # "the customs union Turkey signed with the EU": the signer is the other party
                    at = m.end() + with_party.start("subject")
                    signer = next((x for x in state.mentions if at <= x.start <= at + 4), None)
                    if signer is not None and state.entity_type(signer.key) in _PARTY_TYPES:
                        state.add_relation(signer.key, "partyTo", ev, obj=key)
