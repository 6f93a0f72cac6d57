"""A pool of worker processes that run SPARQL queries and can be killed at the time limit.

pyoxigraph evaluates a query in Rust without checking for interruption, so a
thread cannot stop a runaway query. Each worker is a separate process with its
own read-only view of the store; when a query passes the time limit its worker
is killed and a fresh one takes its place, while the other workers go on
answering. Workers are forked from a ``forkserver`` that has already imported
pyoxigraph, so a replacement is ready in about a second.

The event loop never blocks on a worker: it waits for the worker's pipe to
become readable (``loop.add_reader``) with a deadline.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import pickle
import signal
import struct
import threading
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from api.sparql.execution import QueryJob, Reply, execute, has_merged_default_graph
from kg.errors import BnkgError, QueryTimeout

log = logging.getLogger(__name__)

STARTUP_TIMEOUT = 60.0  # opening a large store can take a while


class PoolBusy(BnkgError):
    """Every query worker stayed busy for the whole time limit."""

    code = "E303"
    status = 503


def _worker_main(store_path: str, conn: Connection, die_with_parent: bool = False) -> None:
    """The worker process: open the store read-only, then answer jobs until told to stop."""
    import pyoxigraph as ox

    _detach_from_signals(die_with_parent)

    try:
        store = ox.Store.read_only(store_path)
    except OSError as exc:
        conn.send(("failed", f"cannot open the store at {store_path}: {exc}"))
        return
    merged_default = has_merged_default_graph(store)
    conn.send(("ready", os.getpid()))
    frames = _FrameReader(conn.fileno())
    while True:
        try:
            job = pickle.loads(frames.next())
        except (EOFError, OSError):  # the server went away
            return
        if job is None:
            return
        try:
            reply = execute(store, job, merged_default)
        except Exception as exc:  # a bug or an I/O error: report it, keep serving
            reply = Reply(500, error="internal", message=f"{type(exc).__name__}: {exc}")
        conn.send_bytes(pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL))


def _detach_from_signals(die_with_parent: bool) -> None:
    """Leave stopping to the server, and die with the process that forked this one.

    Ctrl-C reaches every process of the terminal's group: the server stops its
    workers itself (a KeyboardInterrupt here would only print a traceback per
    worker). And if the server is killed outright (SIGKILL, out of memory), its
    forkserver exits; the kernel then kills this worker (Linux), so a runaway
    query does not keep running with nobody to stop it. Only when forked by a
    forkserver: the signal follows the *thread* that forked, and a worker forked
    by the server itself may come from a short-lived respawn thread.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not die_with_parent:
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pipe's end still stops an idle worker
        pass
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(0)


def _take_frame(buf: bytearray) -> bytes | None:
    """The first whole frame in ``buf`` (removed from it), or None if it has not all arrived."""
    if len(buf) < 4:
        return None
    (size,) = struct.unpack_from("!i", buf)
    start = 4
    if size == -1:
        if len(buf) < 12:
            return None
        (size,) = struct.unpack_from("!Q", buf, 4)
        start = 12
    if len(buf) < start + size:
        return None
    payload = bytes(buf[start : start + size])
    del buf[: start + size]
    return payload


class _FrameReader:
    """The worker's end of the pipe, read as :meth:`Connection.recv_bytes` would, in fewer reads.

    ``recv_bytes`` reads a frame's length, then its body: two system calls per
    job. Reading whatever has arrived and cutting frames from it takes one.
    """

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = bytearray()

    def next(self) -> bytes:
        while (frame := _take_frame(self.buffer)) is None:
            data = os.read(self.fd, 1 << 20)
            if not data:
                raise EOFError("the server closed the pipe")
            self.buffer += data
        return frame


def _frame(payload: bytes) -> bytes:
    """``payload`` framed as :meth:`Connection.send_bytes` frames it (what ``recv_bytes`` reads)."""
    if len(payload) > 0x7FFFFFFF:
        return struct.pack("!i", -1) + struct.pack("!Q", len(payload)) + payload
    return struct.pack("!i", len(payload)) + payload


class _Worker:
    """One worker process and the server's end of its pipe.

    After start-up the pipe is driven by the event loop: its descriptor is
    non-blocking and stays registered for reading for the worker's whole life,
    and replies are unframed here as bytes arrive. Registering and unregistering
    the descriptor, switching it between blocking modes and reading header and
    body separately cost five system calls per query, each a chance for the
    scheduler to switch processes: on small queries that was most of the cost
    of the hop to the worker.
    """

    def __init__(self, process: Any, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self._fd = conn.fileno()
        self._buffer = bytearray()
        self._waiter: asyncio.Future[Reply] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Hand the pipe to ``loop`` (call once the worker has said it is ready)."""
        self._loop = loop
        os.set_blocking(self._fd, False)
        loop.add_reader(self._fd, self._on_readable)

    def kill(self) -> None:
        try:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.remove_reader(self._fd)
            self.process.kill()
            self.process.join(timeout=5)
        finally:
            self.conn.close()

    def _on_readable(self) -> None:
        try:
            data = os.read(self._fd, 1 << 20)
        except BlockingIOError:
            return
        except OSError as exc:
            self._fail(exc)
            return
        if not data:  # the worker died
            self._fail(EOFError("the query worker closed its pipe"))
            return
        self._buffer += data
        reply = _take_frame(self._buffer)
        if reply is not None and self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(pickle.loads(reply))

    def _fail(self, exc: BaseException) -> None:
        assert self._loop is not None
        self._loop.remove_reader(self._fd)
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(exc)

    async def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self._fd, view) :]
            except (
                BlockingIOError
            ):  # a long query text fills the pipe: wait until the worker reads
                assert self._loop is not None
                writable: asyncio.Future[None] = self._loop.create_future()
                self._loop.add_writer(self._fd, writable.set_result, None)
                try:
                    await writable
                finally:
                    self._loop.remove_writer(self._fd)

    async def call(self, job: QueryJob, timeout: float) -> Reply:
        """Send ``job``; wait at most ``timeout`` seconds for the reply (TimeoutError if not)."""
        assert self._loop is not None, "the worker was not attached to a loop"
        waiter: asyncio.Future[Reply] = self._loop.create_future()
        self._waiter = waiter
        # A timer on the waiter, not asyncio.wait_for: that wraps every call in
        # extra futures and callbacks, and this runs once per query.
        timer = self._loop.call_later(timeout, _expire, waiter)
        try:
            await self._write(
                _frame(pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL))
            )
            return await waiter
        finally:
            timer.cancel()
            self._waiter = None


def _expire(waiter: asyncio.Future[Reply]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class WorkerPool:
    """``size`` worker processes over the store at ``store_path``; at most one job each at a time."""

    def __init__(
        self,
        store_path: Path | str,
        size: int,
        timeout: float,
        start_method: str = "forkserver",
    ) -> None:
        self.store_path = str(store_path)
        self.size = max(1, size)
        self.timeout = timeout
        self._ctx = multiprocessing.get_context(start_method)
        if start_method == "forkserver":
            # Forked workers inherit the compiled engine already loaded: fast
            # replacement. Only the bare module: our own modules create blank
            # nodes at import, which seeds the engine's random generator, and
            # every worker forked after that would draw the same RAND(),
            # UUID() and blank-node labels.
            self._ctx.set_forkserver_preload(["pyoxigraph"])
        self._idle: asyncio.Queue[_Worker] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.replaced = (
            0  # workers killed at the time limit (for /health-style reporting)
        )

    # -- life cycle ----------------------------------------------------------
    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(
            target=_worker_main,
            args=(self.store_path, child, self._ctx.get_start_method() == "forkserver"),
            daemon=True,
            name="bnkg-sparql",
        )
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def _await_ready(self, worker: _Worker) -> None:
        if not worker.conn.poll(STARTUP_TIMEOUT):
            worker.kill()
            raise RuntimeError(
                f"a SPARQL worker did not start within {STARTUP_TIMEOUT:g} s"
            )
        status, info = worker.conn.recv()
        if status != "ready":
            worker.kill()
            raise RuntimeError(str(info))

    def start(self) -> None:
        """Start every worker and wait until each has opened the store (call inside the event loop)."""
        self._loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        workers = [
            self._spawn() for _ in range(self.size)
        ]  # start all, then wait: in parallel
        for w in workers:
            self._await_ready(w)
            self._all.add(w)
            self._adopt(w)

    def stop(self) -> None:
        """Ask idle workers to exit; kill any that do not (a query still running)."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
        for w in workers:
            w.process.join(timeout=2)
            w.kill()

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start a new one in the background; the pool shrinks meanwhile."""
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        self.replaced += 1
        threading.Thread(
            target=self._replacement, daemon=True, name="bnkg-sparql-respawn"
        ).start()

    def _replacement(self) -> None:
        try:
            w = self._spawn()
            self._await_ready(w)
        except Exception:  # logged; the pool keeps working with one worker fewer
            log.exception("could not replace a SPARQL worker")
            return
        with self._lock:
            if self._closed:
                w.kill()
                return
            self._all.add(w)
        assert self._loop is not None and self._idle is not None
        self._loop.call_soon_threadsafe(self._adopt, w)

    def _adopt(self, worker: _Worker) -> None:
        """Give a ready worker's pipe to the event loop and offer it to queries (loop thread only)."""
        assert self._loop is not None and self._idle is not None
        worker.attach(self._loop)
        self._idle.put_nowait(worker)

    # -- running -------------------------------------------------------------
    async def run(self, job: QueryJob) -> Reply:
        """Run ``job`` on a free worker within the time limit.

        Raises :class:`QueryTimeout` when the query runs too long (its worker is
        killed and replaced) and :class:`PoolBusy` when no worker frees up in time.
        """
        assert self._idle is not None, "WorkerPool.start() was not called"
        try:
            # A free worker is the usual case: take it without wait_for's machinery.
            worker = (
                self._idle.get_nowait()
                if not self._idle.empty()
                else await asyncio.wait_for(self._idle.get(), self.timeout)
            )
        except TimeoutError:
            raise PoolBusy(
                f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again shortly"
            ) from None
        try:
            reply = await worker.call(job, self.timeout)
        except TimeoutError:
            self._replace(worker)
            raise QueryTimeout(
                f"query exceeded the {self.timeout:g} s limit and was stopped (BNKG_QUERY_TIMEOUT); "
                "add a LIMIT or make the patterns more selective"
            ) from None
        except (EOFError, OSError):  # the worker died (out of memory, crash)
            self._replace(worker)
            return Reply(
                500,
                error="internal",
                message="the query worker crashed while running this query",
            )
        except BaseException:  # cancelled mid-query: the worker is in an unknown state
            self._replace(worker)
            raise
        self._idle.put_nowait(worker)
        return reply


class InlineRunner:
    """Runs jobs in a thread of this process, for an in-memory store no worker can open.

    It cannot stop a runaway query (pyoxigraph is not interruptible): the client
    gets the time-limit error, the thread finishes in the background. Serving a
    store on disk always uses :class:`WorkerPool`.
    """

    def __init__(self, store: Any, timeout: float) -> None:
        self.store = store
        self.timeout = timeout
        self.merged_default = has_merged_default_graph(store)

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    async def run(self, job: QueryJob) -> Reply:
        try:
            return await asyncio.wait_for(
                asyncio.to_thread(execute, self.store, job, self.merged_default),
                self.timeout,
            )
        except TimeoutError:
            raise QueryTimeout(
                f"query exceeded the {self.timeout:g} s limit (BNKG_QUERY_TIMEOUT)"
            ) from None
