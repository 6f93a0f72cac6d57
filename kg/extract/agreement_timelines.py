"""dateSigned from timeline entries: a line that starts with a date and a dash or colon.

* "2005, April 8 - The two governments sign the Provisional Agreement on the Land Boundary in
  Dili.": the entry's date is the signing date of the agreement its signing verb takes
  (2005-04-08, not just the year a title or a later sentence gives).
* "12 March 2019: ministers sign the X Arrangement", "March 2019 — A and B sign the Y Treaty":
  the same, to the day or the month the entry gives.
Timelines tell history in the present tense ("sign"), so the verb's tense does not matter; a
future or negated entry ("will sign", "fail to sign") gives no date.
"""

from __future__ import annotations

import re

from kg.extract.state import State

_MONTHS = {m: i + 1 for i, m in enumerate("january february march april may june july august september october "
                                         "november december".split())}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = r"(?:1[89]|20)\d\d"
_DASH = r"\s*(?:[-–—:]|\|)\s+"
# "2005, April 8 -", "2005 April 8:", "12 March 2019:", "March 12, 2019 -", "March 2019 —", "2019 -"
_ENTRY_RE = re.compile(
    rf"^[ \t]*(?:[*•]\s*)?(?:"
    rf"(?P<y1>{_YEAR}),?\s+(?P<m1>{_MONTH})(?:\s+(?P<d1>\d{{1,2}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<m3>{_MONTH})\s+(?:(?P<d3>\d{{1,2}}),?\s+)?(?P<y3>{_YEAR})"
    rf"|(?P<y4>{_YEAR})){_DASH}", re.M)
_SIGN_RE = re.compile(r"\b(?:sign|signs|signed|ink|inks|inked|conclude|concludes|concluded)\b", re.I)
_NOT_SIGNED_RE = re.compile(r"\b(?:will|would|could|may|might|to|not|fail|fails|failed|refuse|refuses|refused|"
                            r"postpone|postpones|postponed|plan|plans|planned|hope|hopes)\s+(?:\w+\s+)?$", re.I)


def _date(m: re.Match) -> str:
    y = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")
    month = m.group("m1") or m.group("m2") or m.group("m3")
    day = m.group("d1") or m.group("d2") or m.group("d3")
    if month is None:
        return y
    if day is None or not 1 <= int(day) <= 31:
        return f"{y}-{_MONTHS[month.lower()]:02d}"
    return f"{y}-{_MONTHS[month.lower()]:02d}-{int(day):02d}"


def apply(state: State) -> None:
    for entry in _ENTRY_RE.finditer(state.text, state.body_start):
        line_end = state.text.find("\n", entry.end())
        line_end = len(state.text) if line_end < 0 else line_end
        verb = _SIGN_RE.search(state.text, entry.end(), line_end)
        if verb is None or _NOT_SIGNED_RE.search(state.text[max(entry.end(), verb.start() - 30):verb.start()]):
            continue
        sent_end = state.sentence_of(verb.start()).end_char
        signed = sorted((m for m in state.mentions_in(verb.end(), min(line_end, sent_end), {"Agreement"})
                         if m.key in state.entities), key=lambda m: m.start)
        if not signed:
            continue
        key, value = signed[0].key, _date(entry)
        old = [r for r in state.relations if r.subject == key and r.predicate == "dateSigned"]
        if any(r.literal and (r.literal == value or r.literal.startswith(value)) for r in old):
            continue  # as precise already
        if any(r.literal and not value.startswith(r.literal) for r in old):
            continue  # another date the text gives: left alone
        for r in old:
            state.remove_relation(r)  # "2005" from the title's year: the entry gives the day
        state.add_relation(key, "dateSigned", state.sentence_span(state.sentence_of(verb.start())), literal=value)
