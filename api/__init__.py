"""The HTTP face of bnkg: SPARQL endpoint, REST API, Linked Data pages, viewer."""

from api.app import create_app

__all__ = ["create_app"]
