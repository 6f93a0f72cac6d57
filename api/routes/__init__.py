"""One router per resource; the app includes them in this order."""

from api.routes import actors, documents, graph, health, linked_data, sparql

ROUTERS = [
    health.router,
    sparql.router,
    actors.router,
    documents.router,
    graph.router,
    linked_data.router,  # last: it serves the catch-all entity paths under /id/
]
