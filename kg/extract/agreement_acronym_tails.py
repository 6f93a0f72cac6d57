"""Titles with a bracketed acronym inside and a lower-case tail.

"a revised Memorandum on the Pacific Labour Mobility (PLM) scheme": the name finder stops
the title before the brackets; the acronym of the title's last capitalised words and the
lower-case kind of thing after it ("scheme", "programme") belong to the title. The acronym
alone names the scheme, not the agreement (no alias of it).
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.agreement_names import rekey_uses
from kg.extract.state import State
from kg.iris import slugify

_TAIL_RE = re.compile(r"\s+\(([A-Z][A-Za-z&]{1,7})\)\s+(scheme|programme|program|project|initiative|facility|"
                      r"mechanism|system|zone|corridor|fund|plan|facilities|complex|checks|"
                      # "the Agreement on Joint Customs, Immigration and Quarantine (CIQ) Facilities"
                      r"Facilities|Facility|Complex|Scheme|Programme|Zone|Corridor)\b")


def apply(state: State) -> None:
    for key in [k for k, e in state.entities.items() if e.type == "Agreement" and not e.same_as]:
        entity = state.entities.get(key)
        if entity is None or not entity.label[:1].isupper():
            continue
        refs = [m for m in state.mentions if m.key == key and m.start >= state.body_start]
        hits = [(m, t) for m in refs if (t := _TAIL_RE.match(state.text, m.end)) is not None]
        if not hits:
            continue
        m, tail = hits[0]
        acronym = tail.group(1)
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", state.text[m.start:m.end]) if w[:1].isupper()]
        initials = "".join(w[0] for w in words).upper()
        if not initials.endswith(acronym.upper()):
            continue  # "(PLM)" must be the initials of the words right before it
        label = " ".join(state.text[m.start:tail.end()].split())
        old = state.entities.pop(key)
        new_key = slugify(label)
        target = state.entities.get(new_key) or dataclasses.replace(old, key=new_key, label=label, mentions=[],
                                                                   aliases=set())
        state.entities[new_key] = target
        state.mentions[:] = [x for x in state.mentions if x.key != key]
        for span in old.mentions:
            end = tail.end() if span.start == m.start else span.end
            state.add_mention(new_key, span.start, end, alias=False)
        target.aliases |= {a for a in old.aliases if a != acronym and a != label}
        for inner in list(state.mentions_in(m.end, tail.end())):
            if inner.key != new_key and inner.key in state.entities and state.entities[inner.key].label == acronym:
                state.mentions.remove(inner)  # "(PLM)": the scheme's acronym inside the title
        rekey_uses(state, key, new_key)
