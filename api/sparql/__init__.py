"""The SPARQL 1.1 Protocol endpoint's machinery (the route in ``api/routes/sparql.py`` is thin).

- :mod:`api.sparql.protocol`: turn an HTTP request into a :class:`QueryJob` or a protocol error;
- :mod:`api.sparql.negotiation`: pick the result media type from ``Accept`` (or ``format=``);
- :mod:`api.sparql.execution`: run one job on a store and serialise the answer (bytes);
- :mod:`api.sparql.serializers`: SELECT writers that respect the result-size cap;
- :mod:`api.sparql.workers`: a pool of worker processes that can be killed at the time limit;
- :mod:`api.sparql.cache`: answers to repeated requests, kept in memory;
- :mod:`api.sparql.answer`: from a parsed operation to the HTTP response (cache, workers, errors);
- :mod:`api.sparql.fastpath`: query requests answered in front of FastAPI's routing;
- :mod:`api.sparql.description`: SPARQL Service Description and VoID.
"""

from api.sparql.execution import QueryJob, Reply, execute
from api.sparql.workers import WorkerPool

__all__ = ["QueryJob", "Reply", "WorkerPool", "execute"]
