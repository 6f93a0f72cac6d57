"""Generic agreement mentions during resolution: "the agreement", "the 2002 pact",
"the asylum deal" join the agreement named nearest to them."""

from __future__ import annotations

import re

from kg.extract import agreement_list_titles, agreement_part_titles, agreement_status, agreement_supplements, dates, lexicon
from kg.extract.agreement_facilities import facility_agreements
from kg.extract.agreement_exchanges import exchange_agreements
from kg.extract.agreement_instruments import instrument_agreements
from kg.extract.entity_years import (
    YEAR_RE,
    agreement_of_year,
    agreement_years,
    formally_named,
    may_be_of_year,
    old_agreement,
    old_year,
)
from kg.extract.state import MentionRef, State, slugify

GENERIC_MODIFIER_STOP = lexicon.words("untopical_modifiers")


def join_generic_agreements(state: State) -> None:
    """Attach "the agreement" / "the 2002 pact" to the agreement named nearest."""
    agreement_list_titles.listed_titles(state)  # "the agreement on joint customs, immigration and quarantine (CIQ) facilities"
    agreement_part_titles.apply(state)  # "the Addendum on X", "Roll-on/Roll-off Protocol", "Protocolo de Tránsito"
    facility_agreements(state)  # "the A-B interconnector agreement" is an agreement, not a place
    instrument_agreements(state)  # "Decision 612", "ECOWAS Protocol A/P1/5/79": numbered instruments
    exchange_agreements(state)  # "a 1965 exchange of notes between A and B"
    nouns = "|".join(sorted(lexicon.words("generic_agreement_nouns"), key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:the|this|that|a|an|their|its|our|his|her|both countries'|the two countries')\s+"
        rf"((?:[\w’'-]+\s+){{0,3}}?)({nouns})s?\b",
        re.IGNORECASE,
    )
    named = [m for m in state.mentions if state.entity_type(m.key) == "Agreement"]
    years = agreement_years(state)
    generic: dict[str, str] = {}
    generic_mentions: list[MentionRef] = []
    apart_keys: set[str] = set()  # texts introduced as "a separate ...", "a second ..."
    described: list[MentionRef] = []  # "an agreement on gas transit": texts described by their topic
    # "an additional protocol to the 2012 treaty": a supplement is a text of its own (read first)
    generic_mentions.extend(agreement_supplements.supplements(state))
    for m in pattern.finditer(state.text):
        if m.start() < state.body_start or state.is_skipped(m.start(), m.end()):
            continue
        if state.mention_at(m.start(), m.end()) is not None:
            continue
        if m.end() > m.end(2):
            # "the existing protocols", "both accords": several texts are none of the agreements, only
            # a title that is itself plural ("the Kessa Accords ... the accords") is referred back to
            _join_plural(state, m, named)
            continue
        mods = [w for w in m.group(1).split()]
        inner = _inner_determiner(m.group(1))
        if inner is not None:
            # "complain that the 1995 agreement on road transport": a dated noun phrase with a topic
            # starts at the last determiner ("that the treaty", "that the 1995 accord" stay unread, as
            # before: the nearest agreement may be the wrong one)
            again = pattern.match(state.text, m.start(1) + inner)
            if again is not None and again.end() == m.end() and YEAR_RE.search(again.group(1)) \
                    and re.match(r"\s+on\s+[a-z]", state.text[m.end():m.end() + 12]) and not set(
                    w.lower() for w in again.group(1).split()) & _NOT_MODIFIERS:
                m, mods = again, again.group(1).split()
        if inner is not None and _TEXT_OF_RE.match(m.group(1)):
            # "reopen the text of the accord", "the terms of the deal": the reference is the inner one
            again = pattern.match(state.text, m.start(1) + inner)
            if again is not None and again.end() == m.end():
                m, mods = again, again.group(1).split()
        if set(w.lower() for w in mods) & _NOT_MODIFIERS:
            # "The two signed a memorandum on X": not one noun phrase, but the
            # bare indefinite at its end is ("a memorandum on X").
            bare = re.search(r"\b(?:a|an)\s+$", m.group(1), re.IGNORECASE)
            m = pattern.match(state.text, m.start(1) + bare.start()) if bare else None
            if m is None or m.group(1):
                continue  # "the department said the arrangement": not one noun phrase
            mods = []
        if any(w.endswith(("'s", "’s", "s'", "s’")) for w in mods):
            continue  # "the association's statute": a document of something else
        if any(w[:1].isupper() for w in mods):
            continue  # a capitalised modifier is a name the candidates step saw (or not a reference)
        content = [w for w in mods if w.lower() not in _NO_CONTENT and not _NUMBER_WORD_RE.fullmatch(w)]
        year = next((w for w in mods if YEAR_RE.fullmatch(w)), None)
        start = m.start(1) if mods else m.start(2)
        if year is not None and mods and mods[0].lower() in _NO_CONTENT:
            start = m.start(1) + m.group(1).index(year)  # "A separate 1976 agreement": the mention is "1976 agreement"
        end = m.end()
        if year is not None:
            end = agreement_supplements.of_understanding_end(state, end, m.group(2))  # "2015 memorandum of understanding"
        indefinite = m.group(0).split()[0].lower() in {"a", "an"}
        # "signed a memorandum on Tuesday": a day is no topic; the mention is a plain one (below)
        dated = re.match(rf"\s+(?:on|in)\s+{_DATE_START}", state.text[m.end():m.end() + 40]) is not None
        if indefinite and not content and year is None and not dated:
            # "a protocol on a single joint border post": the topic names it
            topic_m = _TOPIC_RE.match(state.text[m.end():m.end() + 80])
            sent_lemmas = {t.lemma_.lower() for t in state.sentence_of(m.start())}
            drafted = _DRAFTED_INTO_RE.search(state.text, max(state.body_start, m.start() - 40), m.start()) is not None \
                or bool(sent_lemmas & {"negotiator", "draft", "drafting"})
            if m.start() < state.body_start or not (sent_lemmas & lexicon.words("negotiation_words") or drafted):
                continue  # "without a deal" is no reference to a particular agreement
            if topic_m is None:
                mou = re.match(r"\s+of\s+understanding\b", state.text[m.end():m.end() + 30])
                if mou is not None and m.group(2).lower() == "memorandum" and not named and not generic_mentions \
                        and _signed_object(state, m.start(2)):
                    # "signing a memorandum of understanding at the end of talks": no fuller name
                    key = state.add_entity("memorandum of understanding", "Agreement").key
                    state.add_mention(key, m.start(2), m.end() + mou.end(), alias=False)
                    generic_mentions.append(MentionRef(m.start(2), m.end() + mou.end(), key))
                continue
            topic_end = m.end() + topic_m.end()
            verb = re.search(rf"\s(?:{_CLAUSE_VERBS})\b", topic_m.group(2))
            if verb is not None and verb.start() > 0:
                topic_end = m.end() + topic_m.start(2) + verb.start()  # "on waste storage is under ...": the verb ends it
            coord = _COORDINATED_RE.search(state.text, m.end() + topic_m.start(2), topic_end)
            if coord is not None and coord.start() > m.end() + topic_m.start(2):
                topic_end = coord.start()  # "a protocol for low-water years and a memorandum": two texts
            for tok in state.doc.char_span(m.end() + topic_m.start(2), topic_end, alignment_mode="expand") or []:
                nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
                if tok.lower_ in {"and", "but"} and nxt is not None and nxt.tag_ in {"VBD", "VBZ", "VBP", "MD"}:
                    topic_end = tok.idx - 1  # "a protocol on the X channel and hoped to ...": the clause goes on
                    break
            listed_end = agreement_list_titles.list_tail_end(state, m.end() + topic_m.start(2), topic_end)
            if listed_end is not None:
                topic_end = listed_end  # "on the joint customs, immigration and quarantine (CIQ) facilities"
            head = state.text[m.start(2):m.end() + topic_m.start(1)].strip()
            label = " ".join(f"{head.lower()} {topic_m.group(1)} {state.text[m.end() + topic_m.start(2):topic_end]}".split())
            key = state.add_entity(label, "Agreement").key
            state.add_mention(key, m.start(2), topic_end, alias=False)
            if listed_end is not None:
                agreement_list_titles.drop_inner_acronyms(state, m.start(2), topic_end, key)
            generic_mentions.append(MentionRef(m.start(2), topic_end, key))
            described.append(MentionRef(m.start(2), topic_end, key))
            continue
        noun = m.group(2).lower()
        # Descriptions with different content words ("the customs code", "the
        # border regime agreement") are different agreements unless a named one
        # is near; a bare "the agreement" is the one mentioned last.
        topic = f"{content[-1].lower()} {noun}" if content else None
        # "The 1974 accord, formally the Agreement between ...": the formal name follows
        key = formally_named(state, m.end())
        if key is None and year is not None:
            # "the 1974 accord" is the agreement of 1974; else one the text gives no year (below), else a new one
            ordered = sorted([*named, *generic_mentions], key=lambda x: x.start)
            key = agreement_of_year(state, ordered, years, year, content, m.start()) or generic.get(f"{year} {topic or noun}")
            if key is None and not content:
                # "the 1995 agreement on international road transport": a dated text with a topic of its own
                own = _dated_topic(state, m, year, named)
                if own is not None:
                    key, start, end = own
                    years.setdefault(key, set()).add(year)
                    generic.setdefault(f"{year} {noun}", key)
                    generic_mentions.append(MentionRef(start, end, key))
                    state.add_mention(key, start, end, alias=False)
                    continue
            if key is None and not content:
                # "The 2007 memorandum of understanding in which A, B and C first committed to ...":
                # a dated text its own relative clause defines is an agreement of its own
                own_clause = _defined_by_clause(state, m, year)
                if own_clause is not None:
                    key, start, end = own_clause
                    years.setdefault(key, set()).add(year)
                    generic.setdefault(f"{year} {noun}", key)
                    generic_mentions.append(MentionRef(start, end, key))
                    state.add_mention(key, start, end, alias=False)
                    continue
            if key is None and not content:
                # "Does it replace the 1980 treaty? No. The Kessa Treaty stays in force": the one
                # title of that kind the text sets beside the reference is that treaty
                key = _equated_title(state, m, noun, year, years)
        # "Malta signed a separate fisheries agreement with Tunisia in 2004": an indefinite text set apart
        # by "separate", "second", "further" ... is another one than the one of that topic named before
        set_apart = indefinite and bool(set(w.lower() for w in mods) & _SEQUENCE_MODIFIERS)
        if key is None and topic and not set_apart:
            key = generic.get(topic)
            if key is None and not indefinite and year is None:
                # "an agreement on gas transit ... The transit agreement runs for 30 years": the text
                # described before whose topic holds the content word
                key = _described_sharing(state, described, content[-1], m.start())
        # "signed a fisheries protocol", "a fisheries protocol between the two countries": an
        # indefinite description with content, signed or given its parties, introduces an agreement
        new_thing = bool(set(w.lower() for w in mods) & (lexicon.words("new_text_words") | _SEQUENCE_MODIFIERS))
        introduced = indefinite and topic is not None and (
            _BETWEEN_PARTIES.match(state.text, m.end()) is not None or _signed_object(state, m.start(2))
            or _signed_long_ago(state, m.end()) or _NAMED_AFTER.match(state.text, m.end()) is not None
            # "under a transmission agreement the two governments signed in 2015": an older text of its own
            or _signed_by_long_ago(state, m.end()) is not None
            # "are negotiating a water-for-energy agreement" beside "the Kessa Treaty": a text under talks
            # whose topic no named agreement shares is a text of its own, not the named one
            or (_UNDER_TALKS_BEFORE.search(state.text, max(0, m.start() - 30), m.start()) is not None
                and not _shares_content(state, content, named))
            # "which both want to replace with a full power trade agreement": what replaces a text is another one
            or (_REPLACED_WITH_BEFORE.search(state.text, max(0, m.start() - 60), m.start()) is not None
                and not _shares_content(state, content, named)))
        # "It replaces the 2003 tax agreement": a year well before the report, a topic shared by
        # no agreement named so far and none of that year: an old text of its own
        old_dated = year is not None and bool(content) and key is None and old_year(state, year) \
            and not _shares_content(state, content, named) and bool(named) and not (new_thing or introduced) \
            and _OTHER_TEXT_BEFORE.search(state.text, max(0, m.start() - 40), m.start()) is not None
        if key is None and not indefinite and year is None and "new" in (w.lower() for w in mods) \
                and m.group(0).split()[0].lower() in {"the", "this"}:
            # "X and Y signed the Nairobi Agreement ... The new transit agreement builds on ...": the new
            # text is the one this report says was signed, not another one
            key = _signed_here(state, named, m.start(), content)
        if key is None and year is not None and not content and old_year(state, year) \
                and _OTHER_TEXT_BEFORE.search(state.text, max(0, m.start() - 40), m.start()) is not None:
            # "builds on a 1995 arrangement": an older text of its own, not the one signed now
            key = generic.get(f"{year} {noun}") or state.add_entity(f"{year} {noun}", "Agreement").key
        if key is None and not indefinite and year is None and not new_thing:
            # "a new supply contract ... The 20-year contract the two companies signed in 1996": the
            # text its signers signed years ago is not the new one under talks
            signed_year = _signed_by_long_ago(state, m.end())
            if signed_year is not None and _nearest_is_new(state, [*named, *generic_mentions], m.start()):
                label = " ".join([*[w for w in mods if w.lower() not in GENERIC_MODIFIER_STOP], noun])
                key = state.add_entity(label, "Agreement").key
                state.entities[key].aliases.add(f"{signed_year} {noun}")
                years.setdefault(key, set()).add(signed_year)
                generic_mentions.append(MentionRef(start, end, key))
                state.add_mention(key, start, end, alias=False)
                continue
        if key is None and not (topic and (new_thing or not named or introduced or old_dated)) \
                and not (year is not None and new_thing):  # "a separate 1976 agreement" is another one
            # "a peace treaty": the named agreement whose name shares its content word, else the nearest
            # ("the 1974 accord": only one the text gives no other year, and no memorandum)
            fits = [x for x in named if year is None or may_be_of_year(state, x.key, years, noun, year)]
            # "negotiating a new X Treaty ... negotiated the 2019 market-access deal": no named text can be
            # that old one, which is then named by its year like an old text set beside the new one
            old_dated = old_dated or (year is not None and bool(content) and bool(named) and not fits
                                      and old_year(state, year))
            sharing = [x for x in fits if set(w.lower() for w in content)
                       & {w.lower() for w in state.entities[x.key].label.split()}]
            # "a one-stop border post agreement" beside the Border Health Services Agreement and the
            # One-Stop Border Post Agreement: the one sharing most content words, not the nearest
            shared = {x.key: len(set(w.lower() for w in content) & {w.lower() for w in state.entities[x.key].label.split()})
                      for x in sharing}
            if shared and len(content) >= 2 and max(shared.values()) >= 2:
                sharing = [x for x in sharing if shared[x.key] == max(shared.values())]
            pool = sharing or [*fits, *[x for x in generic_mentions if year is None
                                        or may_be_of_year(state, x.key, years, noun, year)]]
            if not content and year is None and not indefinite:
                # "The agreement with Libya" after "a separate fisheries agreement with Tunisia": a bare
                # reference means the text of the report, not one set apart from it
                pool = [x for x in pool if x.key not in apart_keys] or pool
            if not content and year is None and not indefinite:
                # "talks on the X Protocol, a side text to the 2022 boundary agreement ... The protocol":
                # a bare specific kind word means a text of that kind, not the nearer one of another
                pool = _same_kind(state, pool, noun)
            if new_thing and year is None:
                # "the new treaty" after "a new river treaty ... the 2004 accord": the new one, not the old
                pool = [x for x in pool if not old_agreement(state, x.key, years)] or pool
            if indefinite and not content and _signed_object(state, m.start(2)):
                # "A and B signed an agreement on Tuesday ... and will reopen talks on the X Convention":
                # what was signed is not the text the clause after it is still to talk about
                pool = [x for x in pool if not _talked_of_after(state, x, m.start(2))]
            # "The first is the 2006 agreement ... The second is a new Customs Protocol": the items
            # of a count are different texts
            pool = _same_list_item(state, pool, m.start())
            if indefinite and year is not None and not content and old_year(state, year):
                # "set up under a 1996 agreement" beside talks on a protocol still to be signed:
                # a text of long ago is not the one under talks
                pool = [x for x in pool if agreement_status.agreement_status(state, x.key) != "prospective"]
            if indefinite and year is not None and not content \
                    and agreement_supplements.own_dated_text(state, pool, named, noun):
                key = None  # "built under a 2015 memorandum of understanding": not the agreement under talks
            else:
                if year is None and {w.lower() for w in mods} & _ORDINALS \
                        and all(w.lower() in _ORDINALS for w in content):
                    # "the Itaipu Treaty ... The first protocol expired": a numbered text of another kind
                    # is a part or sequel of its own, not the treaty (and no entity of its own)
                    pool = [x for x in pool if state.entities[x.key].label.split()[-1].lower() == noun]
                    if not pool:
                        continue
                if year is not None and old_year(state, year):
                    # "would replace parts of the 2009 memorandum. ... a Special Agreement": a text of a
                    # year long past is none of another kind the text only names after it (with no year of
                    # its own), nor one "a 1902 treaty" introduces; but "The 2021 agreement ... Under the RTS
                    # Link Agreement", "the 2023 joint inspection deal ... the X Joint Inspection Agreement"
                    # and "their 2011 trade deal, Partial Scope Agreement No. 28" (in apposition) are one text
                    pool = [x for x in pool if x.start <= m.start() or _in_apposition(state, end, x)
                            or (not indefinite and (_may_be_kind(state, x.key, noun) or x in sharing))]
                if (indefinite and year is not None and not content) or (content and not sharing and noun in _MEMORANDA):
                    # "Under a 2022 memorandum of understanding" beside the X Treaty and Annex B, "the 2019
                    # interconnection memorandum" beside the Agreement on Rail Freight Transit: a dated text
                    # introduced with "a", or a memorandum whose topic no candidate shares, is none of another
                    # specific kind (writers call an agreement a treaty or a deal, but never a memorandum)
                    pool = [x for x in pool if _may_be_kind(state, x.key, noun)]
                    old_dated = old_dated or (not pool and year is not None and bool(content) and old_year(state, year))
                key = _nearest_agreement(state, pool, m.start())
        if key is None:
            if dated and indefinite and not content and year is None and not generic_mentions \
                    and _signed_object(state, m.start(2)):
                key = state.add_entity(m.group(2).lower(), "Agreement").key  # "signed a memorandum on Tuesday"
            elif not content and year is None:
                continue
            else:
                label = " ".join([*[w for w in content if w.lower() != "joint"], noun]) if content else f"{year} {noun}"
                if old_dated:
                    label = " ".join([year, *content, noun])  # "2003 tax agreement": the year is part of its name
                if not content and end > m.end():
                    label = " ".join(state.text[start:end].split()).lower()  # "2015 memorandum of understanding"
                if set_apart and (generic.get(topic) or slugify(label) in state.entities):
                    # the text set apart shares its topic with one already found: its signing year, else
                    # the word that sets it apart, tells the two apart
                    signed = _SIGNED_LATER_IN_YEAR.match(state.text, m.end())
                    apart = next(w for w in mods if w.lower() in _SEQUENCE_MODIFIERS).lower()
                    label = " ".join([signed.group(1) if signed else apart, *content, noun])
                key = state.add_entity(label, "Agreement").key
                if set_apart:
                    apart_keys.add(key)
        if year is not None:
            years.setdefault(key, set()).add(year)  # "the 2010 accord" gives the agreement its year
            generic.setdefault(f"{year} {topic or noun}", key)
            state.entities[key].aliases.add(" ".join([year, *content, noun]))
            if content and end > m.end():
                # "the 2022 trilateral memorandum of understanding": the dated name whole is a name of it too
                state.entities[key].aliases.add(" ".join([year, *content, *state.text[m.start(2):end].lower().split()]))
        if topic:
            generic.setdefault(topic, key)
        generic_mentions.append(MentionRef(start, end, key))
        state.add_mention(key, start, end, alias=False)
        if content:
            alias = " ".join([*content, m.group(2).lower()])
            if not (set_apart and any(e.label == alias for k, e in state.entities.items() if k != key)):
                state.entities[key].aliases.add(alias)  # (a text set apart keeps the other's name off)


_MEMORANDA = frozenset({"memorandum", "mou"})
_REPLACED_WITH_BEFORE = re.compile(r"\breplac(?:e|es|ed|ing)\b[^.;]{0,40}?\bwith\s+$")
_UNDER_TALKS_BEFORE = re.compile(r"\b(?:negotiat(?:e|es|ing)|discuss(?:es|ing)?|draft(?:s|ing)?|finali[sz](?:e|es|ing))\s+$")


# The topic of "a protocol on <topic>": it ends at punctuation, a clause word or a
# time phrase ("... on joint border management on Wednesday afternoon").
_TIME_WORDS = dates.CALENDAR_NAMES + "|yesterday|today|tomorrow|\\d"
# A weekday, a month or a date is no topic ("signed a memorandum on Tuesday"), and a
# topic stops before the verb of its clause ("a protocol on waste storage is under ...").
_CLAUSE_VERBS = r"is|are|was|were|has|have|had|would|will|could|should|might|must|can"
# "an agreement on how the reservoir should be filled": a clause, not a topic
_WH_WORDS = r"(?:how|what|whether|when|where|which|who|why|if)\b"
_DATE_START = rf"(?:the\s+)?(?:(?:{dates.CALENDAR_NAMES}|yesterday|today|tomorrow)\b|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:{dates.CALENDAR_NAMES})\b)"
# "The details will go into a protocol on X", "will be set out in a memorandum on Y": a text being drafted
_DRAFTED_INTO_RE = re.compile(r"\b(?:go|goes|went|gone|going|be\s+(?:put|written|set\s+out|laid\s+down|spelled\s+out|"
                              r"spelt\s+out|included|enshrined|codified|written\s+down|fixed))\s+in(?:to)?\s+$")
_TOPIC_RE = re.compile(
    rf"(?:\s+of\s+understanding)?\s+(on|for|over|covering)\s+(?!{_DATE_START}|{_WH_WORDS})((?:[\w’'-]+\s+){{0,6}}?[\w’'-]+)"
    rf"(?=\s*(?:[,.;:]|\s(?:at|in|with|between|by|that|which|to|from|before|until|within)\b"
    rf"|\s(?:on|last|this|next|early|late)\s+(?:{_TIME_WORDS})"
    r"|\s(?:yesterday|today|earlier|later)\b))")


# "... and a memorandum", "... or another annex": a second noun phrase with its own determiner ends the topic
_COORDINATED_RE = re.compile(r"\s+(?:and|or|as\s+well\s+as)\s+(?:(?:a|an|another|one)\s|(?:the|its|their|our)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:agreement|accord|treaty|pact|deal|protocol|arrangement|memorandum|"
                             r"annex|addendum|amendment|convention|mou)s?\b)")


# "text of the ", "terms of this ": a part of the text, then the text's own determiner
_TEXT_OF_RE = re.compile(r"(?:text|terms|wording|provisions|clauses|draft|annex|annexes)\s+of\s+(?:the|this|their|its)\s+$", re.I)

# definite ones only: an indefinite inside ("that signed a water deal") is handled below
_DETERMINERS = frozenset("the this their its".split())


def _inner_determiner(mods: str) -> int | None:
    """Offset in ``mods`` of the last determiner word ("that the 1995 " -> "the 1995 ")."""
    found = None
    for w in re.finditer(r"[\w’'-]+", mods):
        if w.group(0).lower() in _DETERMINERS:
            found = w.start()
    return found


# "... in which A, B and C first committed", "... under which the two countries share": the clause
# defining the text, with a country (or "the two countries") as its subject
_DEFINING_CLAUSE_RE = re.compile(r"(\s+of\s+understanding)?\s*,?\s+(?:in|under|by|through)\s+which\s+([A-Z][^.;]{0,120}?)\s+"
                                 r"(?:first\s+|jointly\s+|formally\s+)?(?:committed|agreed|pledged|promised|undertook|"
                                 r"set\s+out|laid\s+down|decided|accepted)\b")


def _defined_by_clause(state: State, m: re.Match, year: str) -> tuple[str, int, int] | None:
    """'The 2007 memorandum of understanding in which A, B and C first committed to
    study the canal': a new agreement "<year> <noun>" (with "of understanding"),
    when the clause's subject names at least two countries."""
    hit = _DEFINING_CLAUSE_RE.match(state.text, m.end(), min(len(state.text), m.end() + 200))
    if hit is None:
        return None
    subject_start, subject_end = hit.start(2), hit.end(2)
    if len({x.key for x in state.mentions_in(subject_start, subject_end, {"Country"})}) < 2:
        return None
    end = hit.end(1) if hit.group(1) else m.end()
    start = m.start(1) + m.group(1).index(year)
    label = " ".join(state.text[start:end].split()).lower()
    return state.add_entity(label, "Agreement").key, start, end


def _dated_topic(state: State, m: re.Match, year: str, named: list[MentionRef]) -> tuple[str, int, int] | None:
    """'the 1995 agreement on international road transport', 'a 2008 protocol on
    veterinary checks': a year, a kind word and a topic of its own name an agreement
    labelled as written (no article); None when no topic follows or a named agreement
    shares a topic word (then it is that one, resolved as before)."""
    on = re.match(r"\s+on\s+", state.text[m.end():m.end() + 10])
    if on is None or re.match(_WH_WORDS, state.text[m.end() + on.end():]):
        return None  # "the 2012 treaty on how the cost is shared": a clause, not a topic
    topic_start = topic_end = m.end() + on.end()
    for tok in state.doc.char_span(topic_start, min(len(state.text), topic_start + 80), alignment_mode="expand") or []:
        if tok.idx < topic_start:
            continue
        # the topic is a noun phrase: it ends at a verb, a clause word, a date or punctuation
        if tok.tag_ == "IN" and tok.lower_ in _PLACE_PREPS and topic_end > topic_start:
            # "on free transit through Tosa": the place the topic runs through is part of the name
            topic_end = _place_after(state, tok.idx + len(tok.text), tok.lower_ == "between") or topic_end
            break
        if tok.is_punct or tok.tag_.startswith("VB") or tok.tag_ in {"MD", "WDT", "WP", "RB"} \
                or (tok.tag_ == "IN" and tok.lower_ != "of") or tok.ent_type_ == "DATE" \
                or tok.lower_ in _NOT_MODIFIERS - {"of", "and", "the", "a", "an"}:
            break
        topic_end = tok.idx + len(tok.text)
        if "\n" in tok.whitespace_:
            break
    topic = state.text[topic_start:topic_end]
    if not topic or topic.split()[-1].lower() in _NOT_MODIFIERS:
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]+", topic)} - _NOT_MODIFIERS
    if not words:
        return None
    for x in named:
        entity = state.entities[x.key]
        names = {w.lower() for n in (entity.label, *entity.aliases) for w in re.findall(r"[A-Za-z][\w-]+", n)}
        if len(words & names) * 2 > len(words):
            return None  # "on international rail transport" beside "the rail transit agreement": one shared word is no same topic
    start = m.start(1) + m.group(1).index(year)
    # the year dates the text, it is not part of its name ("a 1990 agreement on free transit"
    # is "agreement on free transit", signed 1990); the dated form stays an alias
    dated = " ".join(state.text[start:topic_end].split())
    label = " ".join(state.text[m.start(2):topic_end].split())
    key = state.add_entity(label, "Agreement").key
    state.entities[key].aliases.update({dated, f"{year} {m.group(2).lower()}"})
    return key, start, topic_end


_PLACE_PREPS = frozenset("through across via between".split())


def _place_after(state: State, pos: int, pair: bool) -> int | None:
    """End of the place (or country) named right after ``pos`` ("through Tosa"; with ``pair``,
    "between Tosa and Bari"), None when none is named there."""
    gap = re.match(r"\s+(?:the\s+)?", state.text[pos:pos + 10])
    at = pos + (gap.end() if gap else 0)
    hit = state.mention_at(at, at + 1, {"Place", "Country"})
    if hit is None or hit.start != at:
        return None
    if pair:
        more = re.match(r"\s+and\s+(?:the\s+)?", state.text[hit.end:hit.end + 12])
        other = state.mention_at(hit.end + more.end(), hit.end + more.end() + 1, {"Place", "Country"}) if more else None
        if other is None or other.start != hit.end + more.end():
            return None
        return other.end
    return hit.end


def _signed_object(state: State, pos: int) -> bool:
    """'signing a memorandum', 'signed a memorandum': the noun at ``pos`` is the
    object of a signing verb."""
    span = state.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    return tok.dep_ in {"dobj", "obj", "nsubjpass"} and tok.head.lemma_.lower() in {"sign", "ink", "conclude"}


# "a road maintenance deal, which officials call the Lumi Road MoU": the text named right after is its own
_NAMED_AFTER = re.compile(r"\s*[,–—-]\s*which\s+(?:[\w'’-]+\s+){0,5}?(?:call|calls|calling|dub|dubs|dubbing|"
                          r"nickname|nicknames|have\s+dubbed|have\s+called)\s+(?:\w+\s+)?the\s+[A-Z\"“]")
_BETWEEN_PARTIES = re.compile(r"\s+(?:between|among)\s+(?:the\s+two\s+(?:countries|sides|governments|neighbours|neighbors|states)"
                              r"|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?:the\s+)?[A-Z])")
# Words that tell one agreement from another without naming it ("a separate 1976 agreement").
_ORDINALS = lexicon.words("ordinal_words")
_SEQUENCE_MODIFIERS = lexicon.words("sequence_modifiers")
# modifiers that tell no topic, and numbers ("1976", "25-year"): no content of a reference
_NO_CONTENT = GENERIC_MODIFIER_STOP | _SEQUENCE_MODIFIERS
_NUMBER_WORD_RE = re.compile(r"\d{4}|[\d-]+|\d+(?:\.\d+)?-(?:year|month|week|day|point|page|article)s?")

# "... with Tunisia in 2004", "... signed in 2004": the year a text set apart was signed, later in its clause
_SIGNED_LATER_IN_YEAR = re.compile(r"[^.;,]{0,60}?\b(?:in|since)\s+((?:1[89]|20)\d\d)(?![\w-])")

_NOT_MODIFIERS = frozenset(
    "the a an this that said says say has have had was is are were would will could should and or to of "
    "with by for in on at as it its".split()
)


# "It replaces the 2003 tax agreement", "sits alongside the 2015 water accord": what an
# agreement replaces or sits beside is another text (what it amends or updates may be the
# named one itself)
_OTHER_TEXT_BEFORE = re.compile(r"\b(?:replace[sd]?|replacing|supersede[sd]?|superseding|succeed(?:s|ed|ing)?|"
                                r"alongside|"
                                # "builds on a 1995 arrangement": an older text
                                r"(?:build|builds|built|building)\s+on|"
                                r"instead\s+of|in\s+place\s+of|take\s+the\s+place\s+of)\s+(?:(?:the|its|their|an?)\s+)?$", re.I)
# "a defence cooperation agreement signed in 2010": a past signing with a year of its own
_SIGNED_IN_YEAR = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:first\s+)?"
                             r"(?:signed|concluded|reached|agreed|inked|ratified)\s+(?:(?:in|at)\s+[A-Z][\w'’-]*\s+)?"
                             r"(?:in|on)\s+(?:[\w ]{0,20}?\s)?((?:1[89]|20)\d\d)(?![\w-])")


def _signed_long_ago(state: State, pos: int) -> bool:
    """'a defence cooperation agreement signed in 2010': an indefinite description signed in
    a year before the report's is an old agreement of its own, not the one named nearest."""
    hit = _SIGNED_IN_YEAR.match(state.text, pos)
    return hit is not None and old_year(state, hit.group(1), gap=1)


# "... the two companies signed in 1996", "..., which Kessa and Tarvia signed in 1996": a signing
# by a named or counted subject in a year
_SIGNED_BY_IN_YEAR = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:the\s+two\s+[a-z]+|both\s+[a-z]+|they|"
                                r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
                                r"(?:first\s+|originally\s+)?(?:signed|concluded|agreed|inked)\s+(?:[\w ]{0,20}?\s)?"
                                r"in\s+((?:1[89]|20)\d\d)(?![\w-])")


def _signed_by_long_ago(state: State, pos: int) -> str | None:
    """The year of 'the contract the two companies signed in 1996' when it lies a year or
    more before the report's, else None."""
    hit = _SIGNED_BY_IN_YEAR.match(state.text, pos)
    return hit.group(1) if hit is not None and old_year(state, hit.group(1), gap=1) else None


def _signed_here(state: State, named: list[MentionRef], pos: int, content: list[str]) -> str | None:
    """The one named agreement before ``pos`` that a sentence of this report says was signed
    (a past signing verb, no year long before the report in that sentence)."""
    found: list[str] = []
    for x in named:
        if x.start >= pos or x.start < state.body_start or x.key in found:
            continue
        sent = state.sentence_of(x.start)
        if not any(t.lemma_.lower() in {"sign", "ink", "conclude"} and t.tag_ in {"VBD", "VBN"}
                   and not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "may", "might", "to"}
                               for c in t.children) for t in sent):
            continue
        if any(old_year(state, y, 1) for y in re.findall(r"\b(?:1[89]|20)\d{2}\b", sent.text)):
            continue  # "which the two signed in 1994": an old text
        found.append(x.key)
    if len(found) > 1 and content:
        found = [k for k in found if {w.lower() for w in content} & {w.lower() for w in state.entities[k].label.split()}]
    return found[0] if len(found) == 1 else None


def _nearest_is_new(state: State, pool: list, pos: int) -> bool:
    """Is the agreement named last before ``pos`` described as new ("a new supply contract")?"""
    before = [x for x in pool if x.start < pos]
    if not before:
        return False
    last = max(before, key=lambda x: x.start)
    words = state.text[max(0, last.start - 30):last.end].lower().split()
    return bool(set(words[-5:]) & lexicon.words("new_text_words"))




def _shares_content(state: State, content: list[str], named: list[MentionRef]) -> bool:
    """Does a named agreement share a content word (or its stem) with ``content``?"""
    words = {w.lower()[:5] for w in content}
    for x in named:
        entity = state.entities.get(x.key)
        if entity is None:
            continue
        names = {w.lower()[:5] for n in (entity.label, *entity.aliases) for w in re.findall(r"[\w'’-]+", n)}
        if words & names:
            return True
    return False


def _equated_title(state: State, m: re.Match, noun: str, year: str, years: dict[str, set[str]]) -> str | None:
    """'Does it replace the 1980 treaty? No. The Kessa Treaty stays in force' / 'the 1980
    treaty, the Kessa Treaty,': a '<year> <noun>' reference is the only capitalised title of
    that kind word in the text when the text sets them side by side: an apposition, or a
    question on the reference answered in the next two sentences that name the title."""
    titles = {k for k, e in state.entities.items() if e.type == "Agreement" and not e.unnamed
              and e.label[:1].isupper() and e.label.split()[-1].lower() == noun
              and not (years.get(k, set()) - {year})}
    if len(titles) != 1:
        return None
    (key,) = titles
    apposed = re.match(r"\s*,\s*(?:the\s+)?", state.text[m.end():m.end() + 8])
    if apposed is not None and any(x.key == key and x.start == m.end() + apposed.end() for x in state.mentions):
        return key
    sent = state.sentence_of(m.start())
    if not state.text[sent.start_char:sent.end_char].rstrip().endswith("?"):
        return None
    window_end = sent.end_char
    for _ in range(2):
        if window_end < len(state.text) - 1:
            window_end = state.sentence_of(min(window_end + 1, len(state.text) - 1)).end_char
    if any(x.key == key and sent.end_char <= x.start < window_end for x in state.mentions):
        return key
    return None


# "... will reopen talks on the", "to renegotiate the", "a review of the": a text spoken of as one still to talk about
_TALKS_BEFORE_RE = re.compile(r"\b(?:talks|negotiations?|discussions|consultations)\s+(?:\w+\s+){0,2}(?:on|over|about)\s+"
                              r"(?:the\s+)?(?:\w+\s+){0,2}$|\b(?:renegotiate|renegotiating|revise|revising|review|reviewing|"
                              r"review\s+of|renewal\s+of|revision\s+of|update|updating|amend|amending)\s+(?:the\s+)?$", re.I)


def _talked_of_after(state: State, x, pos: int) -> bool:
    """Is named mention ``x``, after ``pos`` in the same sentence, the object of talks still to come?"""
    sent = state.sentence_of(pos)
    if not (pos <= x.start < sent.end_char):
        return False
    return _TALKS_BEFORE_RE.search(state.text, max(sent.start_char, x.start - 50), x.start) is not None


def _described_sharing(state: State, described: list[MentionRef], word: str, pos: int) -> str | None:
    """The one agreement described before ``pos`` ("an agreement on gas transit") whose label
    holds ``word`` ("transit"), None when none or several do."""
    keys = {x.key for x in described if x.start < pos and x.key in state.entities
            and word.lower() in {w.lower() for w in re.findall(r"[\w'’-]+", state.entities[x.key].label)}}
    return next(iter(keys)) if len(keys) == 1 else None


# "The first is the", "the second one is a", "The other text is the": a list item's opening
_LIST_ITEM_RE = re.compile(r"\b(?:[Tt]he\s+)(first|second|third|other|last)\s+(?:one\s+|text\s+|instrument\s+|document\s+)?"
                           r"(?:is|was)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+|draft\s+|proposed\s+)?$")


def _list_item(state: State, pos: int) -> str | None:
    hit = _LIST_ITEM_RE.search(state.text, max(0, pos - 40), pos)
    return hit.group(1).lower() if hit is not None else None


def _same_list_item(state: State, pool: list, pos: int) -> list:
    """Leave out the agreements a different list item introduces (when this one is an item)."""
    own = _list_item(state, pos)
    if own is None:
        return pool
    other = {x.key for x in pool if (item := _list_item(state, x.start)) is not None and item != own}
    return [x for x in pool if x.key not in other]


# ", NAME", " - NAME", " (NAME": what joins a reference to a name set beside it
_APPOSITION_RE = re.compile(r"\s*(?:,|\(|:|\s[-\u2013\u2014]|[\u2013\u2014])\s*(?:the\s+)?")


def _in_apposition(state: State, end: int, x: MentionRef) -> bool:
    """Does mention ``x`` stand in apposition right after a reference ending at ``end``?"""
    hit = _APPOSITION_RE.match(state.text, end)
    return hit is not None and hit.end() == x.start


def _of_kind(state: State, key: str, noun: str) -> bool:
    """Does a name of agreement ``key`` hold the kind word ``noun``?"""
    entity = state.entities.get(key)
    return entity is not None and noun in {w.lower() for n in (entity.label, *entity.aliases) for w in n.split()}


def _may_be_kind(state: State, key: str, noun: str) -> bool:
    """May a reference with kind word ``noun`` name agreement ``key``? A specific kind ("memorandum",
    "treaty") only one whose name holds it; a general one ("accord", "deal") one named by no specific kind."""
    if _of_kind(state, key, noun):
        return True
    specific = lexicon.words("specific_agreement_kinds")
    entity = state.entities.get(key)
    return noun not in specific and entity is not None and not {w.lower() for w in entity.label.split()} & specific


def _same_kind(state: State, pool: list, noun: str) -> list:
    """The candidates whose names hold ``noun`` when it is a specific kind word ("protocol")
    and some do; else the pool as it is."""
    if noun not in lexicon.words("specific_agreement_kinds"):
        return pool
    kind = [x for x in pool if _of_kind(state, x.key, noun)]
    return kind or pool


def _join_plural(state: State, m: re.Match, named: list[MentionRef]) -> None:
    """A plural reference joins the nearest agreement before it whose title ends
    in the same plural kind word ("the Kessa Accords ... the accords"), else none."""
    plural = state.text[m.start(2):m.end()].lower()
    fits = [x for x in named if x.start < m.start()
            and state.entities[x.key].label.split()[-1].lower() == plural]
    if fits:
        x = max(fits, key=lambda x: x.start)
        state.add_mention(x.key, m.start(2), m.end(), alias=False)


def _nearest_agreement(state: State, named: list, pos: int) -> str | None:
    if not named:
        return None
    # the candidates are named ones then generic ones, each in text order: the nearest is by position
    before = [m for m in named if m.start <= pos]
    return (max(before, key=lambda m: m.start) if before else min(named, key=lambda m: m.start)).key
