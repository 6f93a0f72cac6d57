"""The one Jinja environment for the server's HTML pages (``api/templates/``).

Autoescaping is on for every template: labels, quotes and titles are text from
documents.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from kg import ontology

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)
# Relation names as people read them, from the ontology's labels ("holds position").
TEMPLATES.filters["property_label"] = ontology.property_label
# Evidence sentences often open or close with the quotation's own marks.
TEMPLATES.filters["unquote"] = lambda text: text.strip().strip("\"\u201c\u201d")
