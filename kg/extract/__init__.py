"""Extraction: ``Document`` -> ``Extraction`` (entities, relations, statements, events).

>>> from kg.extract import extract  # doctest: +SKIP
"""

from kg.extract.pipeline import extract

__all__ = ["extract"]
