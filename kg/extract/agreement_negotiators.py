"""negotiates of agreements: negotiation words around an agreement, with
countries, organisations, negotiator groups ("the delegations") or pronouns
for the two sides as actors."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract import lexicon
from kg.extract.agreement_actors import BOTH, acting_actor
from kg.extract.agreement_parties import main_agreement, two_named_orgs
from kg.extract.agreement_status import RENEGOTIATION, agreement_status
from kg.extract.sides import country_key_for_word
from kg.extract.state import State
from kg.model import ORG_TYPES


def _negotiation_sentences(state: State):
    """Sentences naming an agreement, and (for the main agreement) sentences
    that speak of negotiating without naming it."""
    main = main_agreement(state)
    for sent in state.doc.sents:
        if sent.start_char < state.body_start or state.is_skipped(sent.start_char, sent.end_char):
            continue
        agreements = state.mentions_in(sent.start_char, sent.end_char, {"Agreement"})
        pronoun = re.search(r"\b(?:renew|renewing|renegotiat\w*|revis\w*|amend\w*|updat\w*|extend\w*|negotiat\w*|modernis\w*|moderniz\w*)\s+(?:it\b|its\s+(?:terms|text|wording|details|provisions|clauses|conditions|annexes)\b)", sent.text)
        earlier = [m for m in state.mentions if m.start < sent.start_char and sent.start_char - m.start < 300
                   and state.entity_type(m.key) == "Agreement"]
        if pronoun and earlier:
            # "That treaty expires in 2026. Bangladesh has asked for talks on renewing it"
            # ("... have been negotiating its terms": the text named before, by its parts)
            yield sent, [*earlier[-1:], *agreements], True
        elif agreements:
            yield sent, agreements, True
        elif main is not None:
            yield sent, [m for m in state.mentions if m.key == main][:1], False


def add_negotiates(state: State, sides: list[str]) -> None:
    # initialling a text is the end of negotiating it, not signing ("initialled the text of an Agreement")
    words = lexicon.words("negotiation_words") | lexicon.words("initialling_words")
    for sent, agreements, named_here in _negotiation_sentences(state):
        lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
        if any(t.lemma_.lower() == "draft" and t.pos_ == "VERB" for t in sent):
            lemmas.add("negotiate")  # "which negotiators have been drafting since June": writing it is negotiating
        if _wished_new(state, sent, agreements):
            lemmas.add("negotiate")  # "want to replace the old rules with a new Agreement on X by December"
        if _item_on_the_table(state, sent):
            lemmas.add("negotiate")  # "Two instruments are on the table. ... The second is a new X"
        if not lemmas & words:
            continue
        actors: list[str] = []
        if BOTH.search(sent.text):
            actors.extend(sides)
        for tok in sent:
            if tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "pobj" and tok.head.lower_ == "between"):
                negotiating = tok.dep_ == "pobj" or _negotiating_head(tok, words)
                # "held talks in Astana with Kazakhstan's minister": the "with" may hang lower in the clause
                own = {t.i for t in tok.subtree}
                partners = [p for prep in tok.head.subtree if prep.dep_ == "prep" and prep.lower_ == "with"
                            and prep.i not in own
                            for p in prep.children if p.dep_ == "pobj"] if negotiating else []
                antecedent = [tok.head.head] if tok.lower_ in {"which", "who", "that"} and tok.head.dep_ == "relcl" else []
                apposed = [a for c in tok.conjuncts for a in c.children if a.dep_ == "appos"] \
                    + [a for c in tok.conjuncts if (a := _name_after(state, c)) is not None]
                for t in (tok, *tok.conjuncts, *apposed, *partners, *antecedent):
                    # "X and the state utility, Y, have been negotiating": the apposed name acts
                    # "The European Commission, which negotiated the agreement": the antecedent acts
                    key = acting_actor(state, t) or (_person_side(state, t) if negotiating else None)
                    # a side's subject counts anywhere in the sentence; anyone else's only as
                    # the subject of negotiating ("the court settled ..., Chile and Bolivia negotiate")
                    if key is not None and (key in sides or negotiating):
                        actors.append(key)
                    elif key is None and negotiating and t is tok:
                        actors.extend(_apposition_subject(state, tok, sides) or _two_bodies(state, tok, sent)
                                      or _group_actors(state, tok, sent, sides) or _pronoun_sides(state, tok, sides))
        talks_on = named_here and _talks_subject(sent, agreements, words)
        if not actors and len(sides) == 2 and talks_on:
            actors.extend(sides)  # "Talks on the transit convention will continue in May"
        for a in dict.fromkeys(m.key for m in agreements):
            status = agreement_status(state, a)
            # talks that are themselves the subject ("Talks on the convention will continue") are
            # (re)negotiation of a signed agreement; "held talks on the 1979 protocol" only a topic
            # "negotiating an X that would replace the 1997 Y, which both signed": the talks are on X
            beside_new = any(agreement_status(state, o.key) == "prospective" for o in agreements if o.key != a)
            finishing = _told_to_finish(state, sent, agreements, a)
            if finishing and len(sides) == 2:
                actors = [*actors, *sides]  # "told negotiators to finish the X agreement by June": still under talks
            if status == "existing" and not talks_on and not finishing and not _reopened_talks(state, sent, agreements, a) \
                    and not lemmas & (RENEGOTIATION if named_here and not beside_new else RENEGOTIATION - {"negotiate"}):
                continue  # "talks on the 1979 protocol, which both signed": parties, not negotiators
            if (status == "prospective" or _annex_talks(state, agreements, a)) and len(sides) == 2:
                actors = [*actors, *sides]  # "is negotiating an annex to the 2019 protocol": the two sides' text
            for actor in dict.fromkeys(actors):
                state.add_relation(actor, "negotiates", state.sentence_span(sent), obj=a)


# "will reopen talks on the", "agreed to reopen negotiations over the": talks on a signed text start again
_REOPEN_TALKS_RE = re.compile(r"\breopen(?:s|ed|ing)?\s+(?:the\s+)?(?:talks|negotiations|discussions)\s+(?:on|over|about)\s+"
                              r"(?:the\s+)?$")


def _named_after(state: State, sent, agreements: list, key: str, lead: re.Pattern, reach: int) -> bool:
    """Is agreement ``key`` named in the sentence right after words ``lead`` matches (within
    ``reach`` characters before the name)?"""
    return any(m.key == key and lead.search(state.text, max(sent.start_char, m.start - reach), m.start)
               for m in agreements)


def _reopened_talks(state: State, sent, agreements: list, key: str) -> bool:
    """Is agreement ``key`` named right after "reopen talks on" in the sentence?"""
    return _named_after(state, sent, agreements, key, _REOPEN_TALKS_RE, 50)


# "told negotiators to finish a", "instructed officials to complete the": work on the text still to end
_TOLD_TO_FINISH_RE = re.compile(r"\b(?:told|instructed|asked|ordered|directed|urged)\s+(?:their\s+|the\s+|both\s+)?"
                                r"(?:negotiators|officials|teams|delegations|experts)\s+to\s+(?:finish|finali[sz]e|complete|"
                                r"conclude|wrap\s+up)\s+(?:work\s+on\s+|talks\s+on\s+)?(?:the\s+|a\s+|an\s+)?$")


def _told_to_finish(state: State, sent, agreements: list, key: str) -> bool:
    return _named_after(state, sent, agreements, key, _TOLD_TO_FINISH_RE, 90)


# "Two instruments are on the table", "three texts are under negotiation": a count of texts under talks
_ON_THE_TABLE_RE = re.compile(r"\b(?:two|three|four|several)\s+(?:[a-z]+\s+)?(?:instruments|texts|agreements|documents|"
                              r"accords|treaties|protocols)\s+(?:are|were)\s+(?:now\s+|still\s+)?(?:on\s+the\s+table|"
                              r"under\s+negotiation|being\s+negotiated|under\s+discussion)\b", re.I)
_ITEM_OPENING_RE = re.compile(r"\s*(?:The|the)\s+(?:first|second|third|other|last)\s+(?:one\s+)?(?:is|was)\b")


def _item_on_the_table(state: State, sent) -> bool:
    """Is the sentence an item ("The second is a new X") of a count of texts said to be under talks?"""
    if not _ITEM_OPENING_RE.match(sent.text):
        return False
    return _ON_THE_TABLE_RE.search(state.text, max(state.body_start, sent.start_char - 400), sent.start_char) is not None


_WISHING = frozenset("want wish hope aim plan intend seek expect".split())


def _wished_new(state: State, sent, agreements: list) -> bool:
    """'A and B want to replace the old arrangements with a new Agreement on X': a wish
    (a verb of wanting with an infinitive) about a text not signed yet is working towards it."""
    if not any(t.lemma_.lower() in _WISHING and any(c.dep_ == "xcomp" for c in t.children) for t in sent) \
            and not re.search(r"\b(?:ready|awaiting|pending)\s+(?:for\s+)?(?:formal\s+|final\s+)?signature\b", sent.text):
        return False  # (or "is still not ready for signature": the text is still being worked on)
    return any(agreement_status(state, m.key) == "prospective" for m in agreements)


# "the two regulators": the kind of body a plural back-reference names (label words it may carry;
# an empty set takes any organisation)
_BODY_KINDS = {
    "regulators": {"authority", "regulator", "regulatory", "commission", "agency", "board", "office", "council"},
    "boards": {"board"}, "ministries": {"ministry", "department"}, "authorities": {"authority"},
    "agencies": {"agency", "authority"}, "councils": {"council"}, "commissions": {"commission"},
    "departments": {"department", "ministry"}, "utilities": set(), "operators": set(), "companies": set(),
    "bodies": set(), "organisations": set(), "organizations": set(),
}


# "The two governments and Meridian Fund, the fund leading the financing, have been negotiating":
# the parse may take the apposition's noun for the subject; the coordinated names before it act
_APPOSED_SUBJECT_RE = re.compile(r"(?:^|[.;:]\s+|\n)(?P<lead>(?:[Tt]he\s+)?(?:[Tt]wo|[Bb]oth)\s+(?:governments|countries|sides|states|"
                                 r"nations|neighbou?rs)|[A-Z][^,.;]{1,60}?)\s+and\s+(?:the\s+)?(?P<name>[A-Z][^,.;]{0,60}?),\s+"
                                 r"(?:the|a|an|its|their)\s+$")


def _apposition_subject(state: State, tok: Token, sides: list[str]) -> list[str]:
    """The actors coordinated before the apposition the parse took for the subject."""
    left = tok.left_edge
    hit = _APPOSED_SUBJECT_RE.search(state.text, max(state.body_start, left.sent.start_char - 2), left.idx + len(left.text) + 1) \
        if left.lower_ in {"the", "a", "an", "its", "their"} else None
    if hit is None:
        return []
    named = state.mention_at(hit.start("name"), hit.end("name"), ORG_TYPES | {"Country"})
    if named is None or named.start != hit.start("name") or state.entity_type(named.key) == "MediaOrganization":
        return []
    found = [named.key]
    lead = hit.group("lead")
    if re.match(r"(?:[Tt]he\s+)?(?:[Tt]wo|[Bb]oth)\s", lead):
        found = [*sides, *found] if len(sides) == 2 else []
    else:
        first = state.mention_at(hit.start("lead"), hit.end("lead"), ORG_TYPES | {"Country"})
        if first is None or first.end != hit.end("lead"):
            return []
        found.insert(0, first.key)
    return found


def _two_bodies(state: State, tok: Token, sent) -> list[str]:
    """'The two regulators are now negotiating a Protocol on X': the two bodies of
    that kind named before (the coordinated subject of the sentence before, else the
    last two organisations whose names carry the kind's word)."""
    kind = _BODY_KINDS.get(tok.lower_)
    if kind is None or not any(c.lower_ in {"two", "both"} for c in tok.children):
        return []
    found = two_named_orgs(state, sent)
    if len(found) == 2:
        return found
    seen: list[str] = []
    for m in sorted(state.mentions, key=lambda m: m.start, reverse=True):
        if m.start >= sent.start_char or m.start < state.body_start or sent.start_char - m.start > 1500:
            continue
        entity = state.entities.get(m.key)
        if entity is None or entity.type not in ORG_TYPES - {"MediaOrganization"} or entity.unnamed:
            continue
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", entity.label)}
        if (not kind or words & kind) and m.key not in seen:
            seen.append(m.key)
        if len(seen) == 2:
            return seen
    return []


_GROUP_NOUNS = frozenset("negotiators officials delegations delegates governments sides diplomats ministers "
                         "teams representatives envoys authorities".split())


_BARE_GROUPS = frozenset("delegations negotiators delegates".split())
# "the ministers", "the governments", "the delegations": in a two-country report, both sides
_BOTH_SIDES_GROUPS = frozenset("delegations negotiators delegates ministers governments sides".split())


def _group_actors(state: State, tok: Token, sent, sides: list[str]) -> list[str]:
    """Who a group subject of negotiating stands for: "Chilean and Argentine
    officials", "negotiators from Lima and La Paz" (the countries named), or plain
    "officials ... their 2011 deal" (the two sides the article is about)."""
    if tok.lemma_.lower() not in _GROUP_NOUNS and tok.lower_ not in _GROUP_NOUNS:
        return []
    found: list[str] = []
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "nmod"}:
            for t in (child, *child.conjuncts):
                key = country_key_for_word(state, t.idx, t.idx + len(t.text)) if t.text[:1].isupper() else None
                if key is not None:
                    found.append(key)
        elif child.dep_ == "prep" and child.lower_ in {"from", "of", "for"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found += [k for t in (pobj, *pobj.conjuncts) if (k := acting_actor(state, t)) is not None]
    if not found and len(sides) == 2 and re.search(r"\b(?:their|both|the two)\b", sent.text, re.I):
        found = list(sides)
    if not found and len(sides) == 2 and tok.lower_ in _BARE_GROUPS and not list(tok.children):
        found = list(sides)  # "Delegations met to negotiate ...": a bare plural means the two sides
    if not found and len(sides) == 2 and tok.lower_ in _BOTH_SIDES_GROUPS \
            and all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        found = list(sides)  # "The ministers agreed to revise ...": the two sides' ministers
    return [k for k in found if state.entity_type(k) == "Country"]


_TALK_SUBJECTS = frozenset("talks negotiations discussions consultations".split())


def _talks_subject(sent, agreements: list, words: frozenset[str]) -> bool:
    """'Talks on the X Convention will continue in May': the subject is the talks
    themselves, about an agreement the sentence names (no one else acts)."""
    for tok in sent:
        if tok.dep_ != "nsubj" or tok.lower_ not in _TALK_SUBJECTS:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in {"on", "over", "about", "for", "to"}:
                sub = list(prep.subtree)
                start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                if any(start <= m.start < end for m in agreements):
                    return True
    return False


def _pronoun_sides(state: State, tok: Token, sides: list[str]) -> list[str]:
    """'They agreed to revise ...': "they" is the two sides when the sentence
    before has both of them as its coordinated subject."""
    if tok.lower_ != "they" or len(sides) != 2:
        return []
    first = tok.sent[0]
    if first.i == 0:
        return []
    prev = state.doc[first.i - 1].sent
    for t in prev:
        if t.dep_ in {"nsubj", "nsubjpass"}:
            named = {k for c in (t, *t.conjuncts) if (k := acting_actor(state, c)) is not None}
            if set(sides) <= named:
                return list(sides)
    return []


def _person_side(state: State, tok: Token) -> str | None:
    """The country a named negotiator represents ("Minister X held talks on ...")."""
    m = state.mention_at(tok.idx, tok.idx + len(tok.text), {"Person"})
    if m is None:
        for child in tok.children:  # "Afghanistan's acting Minister ..., Y": the apposed name
            if child.dep_ == "appos":
                m = state.mention_at(child.idx, child.idx + len(child.text), {"Person"})
                if m is not None:
                    break
    if m is None or state.entities[m.key].unnamed:
        return None
    return next((o for o in state.objects(m.key, "represents") if state.entity_type(o) == "Country"), None)


def _name_after(state: State, tok: Token) -> Token | None:
    """'the state utility, Sonabel,': the name set off by commas right after a
    description (the parser may not hang it on the noun)."""
    if tok.pos_ != "NOUN":
        return None
    end = tok.idx + len(tok.text)
    gap = re.match(r",\s+", state.text[end:end + 4])
    if gap is None:
        return None
    m = state.mention_at(end + gap.end(), end + gap.end() + 1, ORG_TYPES)
    if m is None or m.start != end + gap.end() or not re.match(r"\s*[,)]", state.text[m.end:m.end + 3]):
        return None
    span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else None


def _negotiating_head(tok: Token, words: frozenset[str]) -> bool:
    """Is ``tok`` the subject of negotiating ("X negotiates", "X held talks",
    "X agreed to renegotiate")?"""
    head = tok.head
    cands = [head, *[c for c in head.children if c.dep_ in {"xcomp", "dobj", "attr"}]]
    # "Delegations met in Lima to negotiate amendments": a purpose infinitive
    cands += [c for c in head.children if c.dep_ == "advcl"
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # "Delegations spent Tuesday in Tumbes, a city in northern Peru, negotiating ...": a participle
    cands += [c for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
              and not any(a.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for a in c.children)]
    cands += [g for c in list(cands) for g in c.children if g.dep_ in {"xcomp", "dobj", "pobj", "prep"}]
    # "made little headway on updating the convention": the gerund after the preposition
    cands += [g for c in list(cands) if c.dep_ == "prep" for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    return any(c.lemma_.lower() in words or c.lower_ in words for c in cands)


def _annex_talks(state: State, agreements: list, key: str) -> bool:
    """Is agreement ``key`` named here as the base of an annex, addendum or amendment under talks
    ("negotiating an annex to the 2019 protocol", kg.extract.agreement_year_refs)?"""
    from kg.extract.agreement_year_refs import PART_RE

    return any(m.key == key and PART_RE.match(state.text, m.start, m.end) for m in agreements)
