"""Outlets named with a country prefix, an article or a number (round-30 class A4).

* "Thai PBS will carry it live": a demonym before a broadcaster's acronym is
  part of the outlet's name ("Thai PBS", never "PBS" alone), where the acronym
  has a broadcaster's shape (TV, BC, BS) or a medium's verb follows;
* "told Il Sole 24 Ore that ...", "told La Repubblica": a name with a number
  or opened by a foreign article, in a medium's slot, is an outlet, never a
  person;
* "in an interview with Tempo", "told Tempo in an interview": a one-word name
  in an interview's slot that is no given name and that nothing else reads as
  a person or place is an outlet;
* "told the Extra News channel": the channel is "Extra News" (never a place
  "Extra News channel").
"""

from __future__ import annotations

import re

from kg.extract import lexicon
from kg.extract.chars import CAP_CLASS
from kg.extract.entity_types import Candidate
from kg.extract.state import State

_MEDIA_VERBS = r"(?:will\s+|would\s+|to\s+)?(?:carry|carries|carried|broadcast|broadcasts|air|airs|aired|televise|" \
               r"televised|stream|streams|streamed|reported|reports|report|quoted|quotes|cited|showed|ran)\b"
_ACRONYM_RE = re.compile(rf"(?<![\w’'-])(?P<dem>{CAP_CLASS}[a-zà-ÿ]+)\s+(?P<acr>[A-Z]{{2,5}})(?![\w’'-])")
_BROADCAST_SHAPE = re.compile(r"[A-Z]*(?:TV|BC|BS)[A-Z]?")
# the slot of a medium: "told X that", "in an interview with X", "X reported"
_SLOT_BEFORE = re.compile(r"\b(?:told|tells|telling|interview\s+with|interviewed\s+by|speaking\s+to|spoke\s+to|"
                          r"quoted\s+by|according\s+to|writing\s+in|wrote\s+in|in\s+remarks\s+to)\s+(?:the\s+)?$")
_ARTICLES = frozenset("Il La Le Les El Der Die Das De Het O Al".split())
_W = rf"{CAP_CLASS}[\w'’-]*"
_NAME_RE = re.compile(rf"(?P<name>{_W}(?:\s+(?:{_W}|\d{{1,4}})){{0,4}})")
_CHANNEL_RE = re.compile(rf"\b(?:told|on|to|with)\s+the\s+(?P<name>{_W}(?:\s+{_W}){{0,3}})\s+(?:channel|TV channel|"
                         rf"television channel|news channel|network)\b")
_TAILS = frozenset({"News", "TV", "Television", "Radio", "Newswire", "Channel", "Times", "Post", "Daily", "24", "Today"})
# Broadcast words of a foreign outlet's name, which may join its words with a particle ("Venezolana de
# Televisión", "Rede Globo", "Rádio Renascença"): in a medium's slot the whole name is the outlet (round-32 A5).
_BROADCAST_WORDS = frozenset("Televisión Televisão Television Télévision Televisione Televizija Televizyon Televisi TV "
                             "Radio Rádio Radyo Rede Canal Kanal Noticias Notícias Rundfunk Fernsehen Cadena".split())
_LINKED_NAME_RE = re.compile(rf"(?P<name>{_W}(?:\s+(?:(?:de|do|da|del|di|du|des|la|y|e)\s+)?{_W}|\s+d['’]{_W}"
                             rf"|\s+la\s+1(?:ère|re)){{0,4}})")
# Words that make a name in a medium's slot a newspaper or broadcaster ("Diario Libre", "Le Soir",
# "La Tribune du Sud", "Martinique la 1ère").
_MEDIA_NAME_WORDS = _BROADCAST_WORDS | frozenset(
    "Diario Diário Jornal Journal Gazeta Gazette Gazzetta Periódico Prensa Presse Zeitung Tribune Tribuna Courrier "
    "Correio Correo Corriere Soir Matin Monde Mundo Nación Noticias Notícias Nouvelles Nouvelliste Observateur "
    "Observador Express Expreso Kurier Nachrichten Post Times Herald Daily News 1ère Info FM Online Aktuell "
    "Actualités Hoy Today Nyheder Nyheter Nieuws Uutiset Wiadomości Zprávy Správy Vijesti Novosti Notizie Telegiornale "
    "Dnevnik Aktuality Hírek Haberler".split())


def _demonym_outlets(state: State) -> list[Candidate]:
    out = []
    text = state.text
    for m in _ACRONYM_RE.finditer(text):
        if state.gaz.demonyms.get(m.group("dem").lower()) is None:
            continue
        entry = state.gaz.lookup(m.group("acr"))
        if entry is not None and entry.type != "MediaOrganization":
            continue  # "Kenyan KRA officers": a known body of that acronym
        verb = re.match(rf"\s+{_MEDIA_VERBS}", text[m.end():m.end() + 40])
        if not (_BROADCAST_SHAPE.fullmatch(m.group("acr")) or verb or _SLOT_BEFORE.search(text[max(0, m.start() - 40):m.start()])):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(0), "MediaOrganization", "rule"))
    return out


def _slot_outlets(found: list[Candidate], state: State) -> list[Candidate]:
    out = []
    text = state.text
    given = lexicon.given_names()
    for slot in re.finditer(r"\b(?:told|tells|interview\s+with|speaking\s+to|spoke\s+to|quoted\s+by|writing\s+in)\s+", text):
        m = _NAME_RE.match(text, slot.end())
        if m is None:
            continue
        name = m.group("name")
        words = name.split()
        if re.match(r"\.[a-z]{2,6}(?![\w-])", text[m.end():]):
            continue  # "in an interview with Daryo.uz": a web outlet, whole (dotted_media_names)
        linked = _LINKED_NAME_RE.match(text, slot.end())
        lwords = linked.group("name").split()
        known = state.gaz.lookup(linked.group("name"))
        owner = any(re.search(r"['’]s?$", w) for w in lwords)  # "told El Salvador's congress"
        if len(lwords) >= 2 and not owner and (known is None or known.type == "MediaOrganization") and (
                words[0] in _ARTICLES or set(lwords) & _MEDIA_NAME_WORDS or _BROADCAST_SHAPE.fullmatch(words[0])):
            # "told Le Soir d'Algérie", "told La Tribune du Sud", "told Diario Libre", "told CNBC Africa",
            # "told Martinique la 1ère": a newspaper's or broadcaster's name, whole (round-35 A3)
            whole = m if m.end() > linked.end() else linked  # "told Il Sole 24 Ore": the number too
            out.append(Candidate(whole.start(), whole.end(), whole.group("name"), "MediaOrganization", "rule"))
            continue
        if re.search(r"['’]s?$", name) or any(state.gaz.lookup(" ".join(words[:i])) is not None
                                                for i in range(1, len(words) + 1)):
            continue  # "told El Salvador's congress": an owner, or a name the gazetteer knows
        linked = _LINKED_NAME_RE.match(text, slot.end())
        if linked and set(linked.group("name").split()) & _BROADCAST_WORDS and len(linked.group("name").split()) >= 2:
            out.append(Candidate(linked.start(), linked.end(), linked.group("name"), "MediaOrganization", "rule"))
            continue  # "told Venezolana de Televisión", "told Rede Globo"
        numbered = any(w.isdigit() for w in words) and not words[-1].isdigit() or words[-1].isdigit() and len(words) >= 3
        if len(words) >= 2 and (words[0] in _ARTICLES or numbered):
            out.append(Candidate(m.start(), m.end(), name, "MediaOrganization", "rule"))
            continue
        if len(words) != 1 or name in given or state.gaz.demonyms.get(name.lower()) is not None:
            continue
        if not re.match(r"\s+(?:that|on|about|in|last|this|,|\.)|[,.;]", text[m.end():m.end() + 8]):
            continue
        if not (slot.group(0).startswith("interview") or re.match(r"[^.\n]{0,40}\bin an? (?:\w+ )?interview\b", text[m.end():])):
            continue  # "told Gazprom", "told Parliament": only an interview makes a bare word an outlet
        if name in lexicon.words("org_heads") or name in lexicon.words("bare_org_heads"):
            continue
        # a word read as a person or place elsewhere in the text is that ("told Bassani that")
        others = [c for c in found if c.text == name or name in c.text.split()]
        if any(c.type in {"Person", "Place", "Country", "GovernmentAgency"} for c in others):
            continue
        if any(name in c.text.split() and c.type == "Person" for c in found):
            continue
        out.append(Candidate(m.start(), m.end(), name, "MediaOrganization", "rule"))
    for m in _CHANNEL_RE.finditer(text):
        words = m.group("name").split()
        if words[-1] in _TAILS or _SLOT_BEFORE.search(text[max(0, m.start("name") - 40):m.start("name")]):
            out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "MediaOrganization", "rule"))
    return out


def media_slot_names(found: list[Candidate], state: State) -> list[Candidate]:
    """``found`` with the outlets above, and the readings across them gone."""
    outlets = _demonym_outlets(state) + _slot_outlets(found, state)
    if not outlets:
        return found
    kept = [c for c in found if not any(c.start < o.end and o.start < c.end for o in outlets)
            or c.source == "gaz" and not any(o.start <= c.start and c.end <= o.end for o in outlets)]
    return kept + [o for o in outlets if not any(k.start < o.end and o.start < k.end for k in kept)]
