"""Names in another language with a lower-case tail and an acronym (round-24 class A9).

"the Administration des contributions directes (ACD)", "the Direction
générale des douanes (DGD)", "la Dirección general de aduanas (DGA)": the
words before the bracket whose initials (particles aside) spell the acronym
are one name, the lower-case words included; an administration word leading
it makes it a GovernmentAgency.
"""

from __future__ import annotations

import re

from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_PARTICLES = frozenset("des de du la le les et d' l' del de la y e di da do dos das der van von of the and for à "
                       "au aux pour en".split())
_ADMIN_LEADS = frozenset("Administration Direction Agence Service Ministère Office Institut Caisse Autorité Inspection "
                         "Dirección Secretaría Superintendencia Servicio Instituto Agencia Administración Autoridad "
                         "Direção Secretaria Agência Serviço Receita Direzione Agenzia Ufficio Amt Bundesamt".split())
_RE = re.compile(r"\(([A-Z]{2,7})\)")


def _initials(words: list[str]) -> str:
    out = []
    for w in words:
        w = re.sub(r"^[dlDL]['’]", "", w)
        if w.lower() in _PARTICLES or not w:
            continue
        out.append(w[0])
    return "".join(out).upper()


def foreign_acronym_names(state: State) -> list[Candidate]:
    """GovernmentAgency/Organization candidates for such names (the name only; the acronym is found elsewhere)."""
    text = state.text
    out = []
    for m in _RE.finditer(text):
        acr = m.group(1)
        before = text[max(0, m.start() - 120):m.start()]
        words = list(re.finditer(r"[\w'’-]+", before))
        if not words or not before.endswith(" ") or re.search(r"[,.;:\n]", before[words[-1].end():]):
            continue
        for i in range(len(words) - 1, max(-1, len(words) - 10), -1):
            chunk = before[words[i].start():words[-1].end()]
            if re.search(r"[,.;:()\n]", chunk):
                break
            names = [w.group(0) for w in words[i:]]
            if not names[0][:1].isupper() or _initials(names) != acr:
                continue
            if not any(w[:1].islower() and w.lower() not in _PARTICLES for w in names):
                break  # all capitalised: the ordinary acronym rules find it
            start = m.start() - len(before) + words[i].start()
            end = m.start() - len(before) + words[-1].end()
            name = text[start:end]
            type_ = "GovernmentAgency" if names[0] in _ADMIN_LEADS else classify_org(name)
            out.append(Candidate(start, end, name, type_, "rule"))
            break
    return out
