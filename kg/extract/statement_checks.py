"""Last checks on statements (a pass after the statement step, before relations).

Each check reads what the statement step found and corrects it where the
words around it show a generic mistake:

* a dateline ("ACCRA, March 3 (Reuters) -") is where the report was filed,
  not part of the reported words;
* a title-only speaker with a multi-word demonym ("the South African
  minister said") is the person holding that title for that country, as it
  already is for one-word demonyms ("the Peruvian minister");
* the speakers that need the rest of the text ("an Eskom engineer said", "the
  joint communiqué said", "<clause>, diplomats familiar with the talks said",
  a quote right after a sentence about a named person, "the Peruvian foreign
  ministry said" when "Peru's Ministry of Foreign Affairs" is named) are fixed
  in :mod:`kg.extract.statement_checks_speakers`;
* a body's words in a press release have the medium 'press release'
  (:mod:`kg.extract.statement_checks_releases`);
* a quoted term after a present 'say'/'call' ('people call it "the road
  paper"') is no statement (:mod:`kg.extract.statement_checks_terms`), nor is a
  later unquoted echo of a quote ('A bridge, Grindeanu says, is ...').

Court rulings ("the court ruled that ...") stay statements: the tuning gold
annotates them so, whatever a later gold says.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract import lexicon
from kg.extract.office_sides import ensure_country
from kg.extract.speakers import forget_entity
from kg.extract.state import State
from kg.extract.statement_checks_courts import judges_to_court
from kg.extract.statement_checks_forward_titles import forward_holders
from kg.extract.statement_checks_habitual import drop_habitual
from kg.extract.statement_checks_headings import drop_heading_copies
from kg.extract.statement_checks_joint_pairs import split_joint_pairs
from kg.extract.statement_checks_releases import release_media
from kg.extract.statement_checks_speakers import fix_speakers
from kg.extract.statement_checks_terms import drop_terms
from kg.extract.statement_checks_time_fragments import drop_time_fragments
from kg.model import Statement

# "ACCRA, March 3 -", "LOME, Togo, March 3 (Reuters) -", "NAIROBI (AP) —", "Paris, 3 March 2024 –":
# the place in capitals (or a capitalised place followed by a date), then a dash.
_DATELINE_RE = re.compile(
    r"(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}"               # CITY in capitals
    r"(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?"           # , Country
    r"(?:,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)(?:,?\s+\d{4})?)?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?"
    r",\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)(?:,?\s+\d{4})?)"  # City, March 3
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]+\s+")


def apply(state: State) -> None:
    """Correct the statements the statement step found (see the module doc)."""
    _strip_datelines(state)
    drop_habitual(state)
    drop_terms(state)  # 'people simply call it "the road paper"': a name, not a statement
    _demonym_titles(state)
    fix_speakers(state)
    forward_holders(state)  # 'Namibia's energy minister said' in the lead, the minister named later
    judges_to_court(state)  # 'the judges wrote that ...': the court whose ruling it is
    split_joint_pairs(state)  # 'According to a joint statement, they agreed ...': each of the two who met
    _pull_quotes(state)
    state.statements.sort(key=lambda s: s.quote_span.start)
    _repeated_words(state)
    _repeated_as_reported(state)
    release_media(state)
    drop_time_fragments(state)  # 'hoped it could be signed "before the end of the year"': one statement
    drop_heading_copies(state)  # '17:40 - Somsak: "a good start"' heading a live-blog entry that quotes it


def _repeated_words(state: State) -> None:
    """The same words quoted twice (a social post embedded and then quoted again,
    a line repeated) are one statement: the first, whoever the later copy was
    given to. Copies at the same place (several speakers of one quote) stay."""
    seen: dict[str, Statement] = {}
    keep = []
    for st in state.statements:
        words = _words(st.quote)
        first = seen.get(words) if len(words.split()) >= 4 else None
        if first is not None and first.kind == st.kind and (
                st.quote_span.start >= first.quote_span.end or first.quote_span.start >= st.quote_span.end):
            continue
        seen.setdefault(words, st)
        keep.append(st)
    state.statements[:] = keep


def _repeated_as_reported(state: State) -> None:
    """'"A bridge is a promise made in steel," Grindeanu said.' and later 'A bridge,
    Grindeanu says, is a promise made in steel.': the later words repeat the quote
    (a closing echo of it, no new statement, whoever the echo was given to: "as the
    minister says"); the quote stays, the repetition goes."""
    direct = [s for s in state.statements if s.kind == "direct"]
    keep = []
    for st in state.statements:
        words = _words(st.quote)
        if st.kind == "reported" and len(words.split()) >= 4 and any(
                d.quote_span.end <= st.quote_span.start and words in _words(d.quote)
                for d in direct):
            continue
        keep.append(st)
    state.statements[:] = keep


# -- pull quotes ----------------------------------------------------------------------
def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+(?:['’]\w+)*", text.lower()))


def _pull_quotes(state: State) -> None:
    """A paragraph that only repeats words quoted elsewhere in the text (a pull
    quote set off by the layout) is no statement of its own, whoever the
    continuation rules gave it to."""
    drop = []
    for st in state.statements:
        if st.kind != "direct" or len(_words(st.quote).split()) < 4:
            continue
        line_start = state.text.rfind("\n", 0, st.quote_span.start) + 1
        line_end = state.text.find("\n", st.quote_span.end)
        line = state.text[line_start:line_end if line_end >= 0 else len(state.text)]
        if _words(line) != _words(st.quote):
            continue  # not a paragraph of its own
        if state.text[:line_start].rstrip().endswith(":"):
            continue  # introduced by the paragraph before ('... in a post on X:'): no pull quote
        words = _words(st.quote)
        if any(other is not st and other.kind == "direct" and words in _words(other.quote)
               and not (other.quote_span.start <= st.quote_span.start < other.quote_span.end)
               and other not in drop for other in state.statements) \
                or _joins_adjacent_quotes(state, st, words, drop):
            drop.append(st)
    for st in drop:
        state.statements.remove(st)


def _joins_adjacent_quotes(state: State, pulled: Statement, words: str, drop: list[Statement]) -> bool:
    """'“A,” X said. “B.”' in the body and a pull quote '“A. B.”': the pull quote's
    words are those of two to four quotes of one speaker that follow each other."""
    body = sorted((o for o in state.statements if o is not pulled and o.kind == "direct" and o not in drop
                   and not (o.quote_span.start <= pulled.quote_span.start < o.quote_span.end)
                   and not (pulled.quote_span.start <= o.quote_span.start < pulled.quote_span.end)),
                  key=lambda o: o.quote_span.start)
    for i, first in enumerate(body):
        joined = _words(first.quote)
        for nxt in body[i + 1:i + 4]:
            if nxt.speaker != first.speaker or nxt.quote_span.start - body[body.index(nxt) - 1].quote_span.end > 300:
                break
            joined = f"{joined} {_words(nxt.quote)}"
            if words in joined:
                return True
    return False


# -- datelines ----------------------------------------------------------------------
def dateline_end(text: str, start: int) -> int | None:
    """Where the words begin when a dateline opens ``text`` at ``start`` (a
    paragraph's first words); None when there is no dateline there."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None  # not the paragraph's first words: a dateline only opens a paragraph
    m = _DATELINE_RE.match(text, start)
    if m is None or m.end() >= len(text) or not text[m.end()].isalnum():
        return None
    return m.end()


def _strip_datelines(state: State) -> None:
    """'ACCRA, March 3 - Ghana and Togo have agreed ..., officials said': the
    reported words start after the dateline."""
    for i, statement in enumerate(state.statements):
        if statement.kind != "reported":
            continue
        start, end = statement.quote_span.start, statement.quote_span.end
        cut = dateline_end(state.text, start)
        if cut is None or cut >= end or len(state.text[cut:end].split()) < 3:
            continue
        quote = " ".join(re.sub(r'["“”]', "", state.text[cut:end]).split())
        dropped = {m.key for m in state.mentions_in(start, cut)}
        kept = {m.key for m in state.mentions_in(cut, end)}
        about = [k for k in statement.about if k not in dropped or k in kept]
        state.statements[i] = dataclasses.replace(statement, quote=quote, quote_span=state.span(cut, end), about=about)


# -- "the South African minister said" ------------------------------------------------
def _demonym_titles(state: State) -> None:
    """An unnamed speaker labelled '<demonym> <title>' whose demonym has more
    than one word ('South African minister', 'Sri Lankan ambassador', 'New
    Zealand envoy') is the person holding that title for that country."""
    replaced: set[str] = set()
    for i, statement in enumerate(state.statements):
        entity = state.entities.get(statement.speaker)
        if entity is None or not entity.unnamed or entity.type != "Person":
            continue
        holder = _titled_holder(state, entity.label, statement)
        if holder is None:
            continue
        replaced.add(statement.speaker)
        state.statements[i] = _with_speaker(statement, holder)
    for key in replaced:
        if not state.voiced(key):
            forget_entity(state, key)


def _titled_holder(state: State, label: str, statement: Statement) -> str | None:
    words = label.split()
    for n in (3, 2):  # one-word demonyms are the statement step's own
        if len(words) <= n:
            continue
        entry = state.gaz.country_of_demonym(" ".join(words[:n]))
        if entry is None or entry.type != "Country":
            continue
        country = ensure_country(state, entry.label)
        title = [w.lower() for w in words[n:]]
        if country is None or " ".join(title) not in lexicon.words("title_core") and title[-1] not in lexicon.words("title_core"):
            return None
        return _holder_for(state, country, title, statement.quote_span.start)
    return None


# Titles a text uses for one another ("the New Zealand envoy" after "New Zealand's ambassador").
_SAME_TITLE = {"envoy": ("ambassador", "high commissioner", "envoy")}


def _holder_for(state: State, country: str, title: list[str], before: int) -> str | None:
    """The named person holding ``title`` for ``country`` (the one named last
    before ``before`` when several do)."""
    country_label = state.entities[country].label.lower()
    found = []
    for person, position in state.positions.items():
        if state.entities[person].unnamed or state.entities[person].type != "Person":
            continue
        label = state.entities[position].label.lower()
        if not all(w in label or any(s in label for s in _SAME_TITLE.get(w, ())) for w in title):
            continue
        if state.has_relation(person, "represents", country) or state.has_relation(position, "positionIn", country) \
                or country_label in label:
            found.append(person)
    if len(found) <= 1:
        return found[0] if found else None
    last = {p: max((m.start for m in state.entities[p].mentions if m.start < before), default=-1) for p in found}
    return max(found, key=lambda p: last[p])


def _with_speaker(statement: Statement, speaker: str) -> Statement:
    return dataclasses.replace(statement, speaker=speaker, about=[k for k in statement.about if k != speaker])
