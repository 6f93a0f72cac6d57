"""Foreign-language body names led by a known head word run across their lower-case words
(round-29 class A4).

"Železnice Slovenskej republiky", "Hidroelektrane na Trebišnjici", "Agencia
Nacional de Aduanas de México", "Empresa Nacional de Hidrocarbonetos",
"Autoridade Tributária de Moçambique": the model cuts such a name at its first
lower-case word (or reads "Železnice Slovenskej" as a person). A name that
starts with a head word of a body in another language (Agencia, Empresa,
Instituto, Ministerio, Železnice, Elektroprivreda, Société ...) runs on over
capitalised words, the connectors of those languages (de, del, da, na, i, y,
und, für ...) and lower-case words of no English (those with letters English
has not, "republiky", "ceste"); it ends at its last capitalised or foreign
word, never at a connector. A state's body (a ministry, an agency, an
authority, or one that names the country or is "Nacional"/"Federal") is a
GovernmentAgency; a company or other body an Organization.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate, classify_org
from kg.extract.state import State

_HEADS = frozenset(
    "Železnice Železnica Željeznice Koleje Agencia Agência Agenzia Agentura Agencija Agence Empresa Empresas Autoridade "
    "Autoridad Autorità Autorité Instituto Istituto Institut Institutul Ministerio Ministério Ministero Ministerstvo "
    "Ministarstvo Ministère Ministerul Secretaría Secretaria Direção Dirección Direzione Direcção Hidroelektrane "
    "Elektroprivreda Elektrokrajina Companhia Compañía Compagnia Société Office Oficina Servicio Serviço Servizio "
    "Comisión Comissão Commissione Banco Consejo Conselho Fundación Fundação Corporación Superintendencia "
    "Administración Administração Junta Cámara Câmara Federación Confederación Sindicato Asociación Associação "
    "Caisse Bundesamt Bundesanstalt Landesamt Zavod Uprava Direkcija Zarząd Urząd Służba Inspekcja Správa Úrad Ústav "
    "Ente Azienda Petróleos Aeropuertos Puertos Ferrocarriles Comboios Infraestruturas Estradas Portos Aeroportos "
    "Correos Correios Entreprise Régie Javno Javne Putevi Autoceste Hrvatske Srbijagas Elektromreža "
    "Electricidade Electricidad Comisia Compania Regia Administrația".split())
_CONNECTORS = frozenset("de del della delle dello dei degli di da do dos das na nad pod pri za i y e und für der des "
                        "du la las los le et van voor en w we z ze u v na o ob od iz sa a al".split())
# Lower-case words of names in another language with only English letters ("republiky", "ceste").
_FOREIGN_WORDS = frozenset("republiky republike republika republici republic ceste cesty dráhy drahy pošte pošta "
                           "nacional nacionais nacionales federal general generale publica pública público "
                           "autoceste putevi vode voda energetika elektrane elektrárne".split())
_STATE_HEADS = frozenset("Agencia Agência Agenzia Agentura Agencija Agence Autoridade Autoridad Autorità Autorité "
                         "Ministerio Ministério Ministero Ministerstvo Ministarstvo Ministère Ministerul Secretaría "
                         "Secretaria Direção Dirección Direzione Direcção Superintendencia Administración "
                         "Administração Bundesamt Bundesanstalt Landesamt Uprava Direkcija Zarząd Urząd Służba "
                         "Inspekcja Správa Úrad Administrația Comisia".split())
_WORD_RE = re.compile(r"[^\s,.;:()\"“”]+")
_HEAD_RE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(_HEADS, key=len, reverse=True))})(?![\w'’-])")
_CAP_RE = re.compile(rf"{CAP_CLASS}")


def _foreign(word: str) -> bool:
    return word.lower() in _FOREIGN_WORDS or re.search(r"[^\x00-\x7f]", word) is not None


def foreign_headed_orgs(state: State) -> list[Candidate]:
    """Organization/GovernmentAgency candidates of the names described above."""
    text = state.text
    out = []
    for m in _HEAD_RE.finditer(text):
        end = m.end()
        pos = m.end()
        last_good = None
        pending = 0
        while True:
            w = re.match(r"[ \t]+([^\s,.;:()\"“”]+)", text[pos:])
            if w is None:
                break
            word = w.group(1)
            if re.search(r"['’]s$", word):
                if _CAP_RE.match(word):
                    last_good = pos + w.end() - 2
                break
            if _CAP_RE.match(word):
                pending = 0
                pos += w.end()
                last_good = pos
            elif word in _CONNECTORS and pending < 2:
                pending += 1
                pos += w.end()
            elif word.lower() not in STOP_WORDS and _foreign(word) and pending < 2:
                pending = 0
                pos += w.end()
                last_good = pos
            else:
                break
        if last_good is None:
            continue
        end = last_good
        name = text[m.start():end]
        words = name.split()
        if len(words) < 2 or "\n" in name or state.is_skipped(m.start(), end):
            continue
        if all(_CAP_RE.match(x) for x in words) and not any(x in _CONNECTORS for x in words):
            continue  # an all-capitalised name is found by the other rules ("Agence France-Presse")
        if classify_org(name) == "MediaOrganization":
            continue  # "Agencia de Noticias ...": a news agency
        out.append(Candidate(m.start(), end, name, _type(name, state), "rule"))
    return out


def _type(name: str, state: State) -> str:
    words = name.split()
    if words[0] in _STATE_HEADS:
        return "GovernmentAgency"
    if any(w.lower() in {"nacional", "federal", "estatal", "nazionale", "national", "tributária", "tributaria"} for w in words) \
            and words[0] not in {"Empresa", "Empresas", "Companhia", "Compañía", "Compagnia", "Société", "Banco",
                                 "Sindicato", "Asociación", "Associação", "Fundación", "Fundação", "Petróleos"}:
        return "GovernmentAgency"
    return "Organization"
