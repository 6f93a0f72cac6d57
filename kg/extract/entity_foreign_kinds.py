"""Foreign-language names whose first word gives their kind (round-33 A4).

* forces and services of a state: "Senegal's Gendarmerie Nationale", "Spain's
  Guardia Civil", "the Guarda Nacional Republicana", "the Polizia di Stato":
  a GovernmentAgency (the model reads "Gendarmerie Nationale" as a person);
* venues: "Libreville's Palais des Sports", "the Palacio de Congresos", "the
  Stade de l'Amitié": a Place, not an organisation;
* broadcasters: "a statement read on Télé Gabon", "Radio Tele Ginen": a media
  organisation, not the place inside its name.

The name runs from the head word over capitalised words and the connectors of
those languages (de, des, di, du, l', la ...), ending at its last capitalised word.
"""

from __future__ import annotations

import re

from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_FORCES = ("Gendarmerie|Guardia|Garde|Guarda|Policía|Polícia|Polizia|Police|Carabinieri|Douane|Douanes|Aduana|Aduanas|"
           "Armée|Armada|Marinha|Marina|Bundespolizei|Politie|Policija|Policie|Polisi|Sûreté|Surete|Gardaí|Garda")
_VENUES = ("Palais|Palacio|Palácio|Palazzo|Stade|Estadio|Estádio|Stadio|Château|Castello|Castillo|Plaza|Piazza|Praça|"
           "Hôtel|Centre|Centro|Parc|Parque|Parco|Maison|Casa|Salle|Sala|Auditorio|Teatro|Théâtre")
_MEDIA = "Télé|Tele|Télévision|Televisión|Televisão|Radiodiffusion|Rádio"
_CONN = r"(?:de|des|du|di|del|della|do|da|dos|das|la|le|les|el|y|et|e|l['’]|d['’])"
_CAPW = rf"{CAP_CLASS}[\w'’-]*"
_NAME_TAIL = rf"(?:(?:[ \t]+{_CONN}[ \t]*|[ \t]+(?:{_CONN}[ \t]+)?)(?:{_CONN}[ \t]*)?{_CAPW}){{1,4}}"
# French, Spanish and Portuguese institutions (state firms, port boards, régies): an organisation,
# never the place inside the name ("the Port Autonome de Cotonou", round-35 A3)
_INSTITUTIONS = ("Port Autonome|Société|Régie|Compagnie|Caisse|Banque|Entreprise|Établissement|Empresa|Companhia|"
                 "Compañía|Sociedade|Sociedad|Autorité|Autoridad|Autoridade")
_RE = re.compile(rf"(?<![\w'’-])(?P<head>{_FORCES}|{_VENUES}|{_MEDIA}|{_INSTITUTIONS}){_NAME_TAIL}(?![\w'’-])")
# "the Police nationale", "the Gendarmerie nationale", "the Douane française": a force named with a
# lower-case adjective is the force, whole (round-35 A5)
_LOWER_ADJ = (r"(?:nationale|nationales|national|nacional|nazionale|française|français|fédérale|federal|municipale|"
              r"municipal|royale|real|civile|civil|maritime|marítima|territoriale|républicaine|republicana)")
_LOWER_RE = re.compile(rf"(?<![\w'’-])(?P<head>{_FORCES})[ \t]+{_LOWER_ADJ}(?![\w'’-])")


def foreign_kind_names(state: State) -> list[Candidate]:
    text = state.text
    out = []
    for m in [*_RE.finditer(text), *_LOWER_RE.finditer(text)]:
        head = m.group("head")
        name = m.group(0)
        if "\n" in name or state.is_skipped(m.start(), m.end()):
            continue
        second = name.split()[1] if len(name.split()) > 1 else ""
        if head in {"Police", "Centre", "Centro", "Casa", "Sala", "Plaza", "Marina", "Tele"} and not re.match(
                rf"(?:{_CONN}|Nationale|National|Nacional|Municipale|Federal|Fédérale|{_LOWER_ADJ})\b", second):
            continue  # "Police Chief ...", "Centre Party", "Casa Rosada": English or a name of another kind
        if head in re.split(r"\|", _FORCES):
            kind = "GovernmentAgency"
        elif head in re.split(r"\|", _INSTITUTIONS):
            kind = "Organization"
        elif head in re.split(r"\|", _VENUES):
            kind = "Place"
        else:
            kind = "MediaOrganization"
        out.append(Candidate(m.start(), m.end(), name, kind, "rule"))
    return out
