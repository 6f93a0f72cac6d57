"""bnkg: the bilateral negotiation knowledge graph.

Data flows one way: documents -> extract -> rdf -> store -> queries / analytics / viz.
"""

__version__ = "0.1.0"
