"""Answers to repeated SPARQL requests, kept in memory.

The server opens its store read-only and the workers see the same snapshot for
the server's lifetime, so the answer to a given job (query text, dataset,
negotiated format, row cap) cannot change while it runs: a repeated request
(a notebook re-run, a dashboard polling, the workbench's example queries) can
be answered without a worker. Only successful answers are kept, never an error
or a timeout, and never the answer of a query whose result is meant to differ
between runs (``NOW()``, ``RAND()``, ``UUID()``, ``STRUUID()``, ``BNODE()``).
Memory is bounded by the bytes of the bodies kept (least recently used first out).

>>> from api.sparql.execution import QueryJob, Reply
>>> cache = ResultCache(max_bytes=1000)
>>> job = QueryJob("SELECT * { ?s ?p ?o } LIMIT 1")
>>> cache.put(job, Reply(200, "application/sparql-results+json", b"{}"))
>>> cache.get(job).body
b'{}'
>>> cache.put(QueryJob("SELECT (RAND() AS ?r) {}"), Reply(200, "text/csv", b"r"))
>>> len(cache)
1
"""

from __future__ import annotations

import re
from collections import OrderedDict

from api.sparql.execution import QueryJob, Reply
from api.sparql.lexical import blank_out

# Functions whose value differs from one evaluation to the next (SPARQL 1.1 §17.4).
_VOLATILE = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID|BNODE)\s*\(", re.IGNORECASE)


def is_cacheable(query: str) -> bool:
    """Whether every run of ``query`` over the same data gives the same answer."""
    return not _VOLATILE.search(blank_out(query))


class ResultCache:
    """An LRU map from :class:`QueryJob` to its successful :class:`Reply`, bounded in bytes."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max(0, max_bytes)
        # One answer may take at most this share, so a single huge result does
        # not push out everything else.
        self.max_entry = self.max_bytes // 8
        self._entries: OrderedDict[QueryJob, Reply] = OrderedDict()
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def size_bytes(self) -> int:
        return self._bytes

    def get(self, job: QueryJob) -> Reply | None:
        reply = self._entries.get(job)
        if reply is None:
            self.misses += 1
            return None
        self._entries.move_to_end(job)
        self.hits += 1
        return reply

    def put(self, job: QueryJob, reply: Reply) -> None:
        size = len(reply.body) + len(job.query)
        if reply.status != 200 or reply.error is not None or size > self.max_entry:
            return
        if job in self._entries or not is_cacheable(job.query):
            return
        self._entries[job] = reply
        self._bytes += size
        while self._bytes > self.max_bytes:
            old_job, old = self._entries.popitem(last=False)
            self._bytes -= len(old.body) + len(old_job.query)
