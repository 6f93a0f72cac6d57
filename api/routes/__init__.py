"""One router per resource; the app includes them in this order."""

from api.routes import (
    actors,
    agreements,
    analytics,
    documents,
    graph,
    health,
    home,
    linked_data,
    sparql,
    statements,
)

ROUTERS = [
    home.router,
    health.router,
    sparql.router,
    actors.router,
    statements.router,
    agreements.router,
    documents.router,
    analytics.router,
    graph.router,
    linked_data.router,  # last: it serves the catch-all entity paths under /id/
]
