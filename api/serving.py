"""Running the server: one process, or several sharing one port.

One server process answers HTTP on one event loop, and on small queries that
loop (parsing, socket reads and writes, the hop to a query worker) is what caps
throughput: it uses about one core however many there are. With
``processes > 1`` the parent starts that many full server processes (uvicorn's
own supervisor; each child builds the app from :func:`api.app.factory`, reading
the settings from ``BNKG_*`` variables), each listening on its own socket bound
to the same port (``SO_REUSEPORT``), and the kernel hands each new connection
to one of them. Each child has its own query worker pool, answer cache and
start-up warm-up, so a runaway query is stopped by its own process's time limit
exactly as with one process.

The parent only supervises: it pings each child every half second, replaces a
child that dies (with a warning on the log) and exits with a clear message if a
child fails to start (the store cannot be opened: every replacement would fail
the same way). SIGINT/SIGTERM to the parent stop every child, and each child
stops its query workers on the way out (see :mod:`api.sparql.workers`; workers
of a child killed outright die with its forkserver).

Trade-offs: every process opens the store, keeps its own answer cache and runs
its own start-up scans (actor index, viewer layout): on a graph of a million
triples that is about a minute of one core and its memory again per process
(``/health`` says ``warm`` only once every process is done). On a machine with
two cores the extra processes compete with the query workers for the same
cores; see ``benchmarks/results_sparql.md`` for what they bring.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

import uvicorn
from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors.multiprocess import Multiprocess, Process

from kg.errors import BnkgError
from kg.settings import Settings

# uvicorn's own logger: its messages share the format and level of the server's.
log = logging.getLogger("uvicorn.error")

HEALTHCHECK_TIMEOUT = 30  # seconds a child may take to answer the supervisor
# Where the children of one ``serve`` leave their start-up markers (see :class:`SiblingsWarm`).
RUN_DIR_ENV = "BNKG_SERVE_RUN_DIR"
EXPECTED_ENV = "BNKG_SERVE_EXPECTED"


class ServerFailed(BnkgError):
    """A server process could not start (the store, the port): the server stopped."""

    code = "E304"
    exit_code = 3


def settings_environment(settings: Settings) -> dict[str, str]:
    """``settings`` as the ``BNKG_*`` variables :class:`Settings` reads (the children build their own)."""
    env = {}
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        env[f"BNKG_{f.name.upper()}"] = str(Path(value).resolve()) if isinstance(value, Path) else str(value)
    return env


def _listener(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` that other ``SO_REUSEPORT`` sockets of this user may share."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    return sock


class _Child(Process):
    """One server process; it exits with uvicorn's start-up failure code if it never started serving.

    uvicorn's child exits normally when the app's start-up fails (the store
    cannot be opened, the query workers do not come up), and its supervisor
    would start another one the same way, forever. The code tells it to stop.
    """

    def target(self, sockets: list[socket.socket] | None = None) -> None:  # pragma: no cover - in the child
        super().target(sockets)
        if not self.server.started:
            sys.exit(STARTUP_FAILURE)


class _Supervisor(Multiprocess):
    """uvicorn's supervisor, with one listening socket per child and the failure cases on the log.

    Sockets: one shared socket has one accept queue, and the first process to
    wake up takes every connection waiting in it; keep-alive clients that
    connect together (a connection pool, a load test) then all land on one
    process and the others idle. Each child gets its own socket on the same
    port (``SO_REUSEPORT``) instead, and the kernel spreads new connections
    over them. A child that dies takes its socket with it (connections not yet
    accepted are reset); its replacement gets a new one.

    Failures: a child that dies is replaced (a warning names the new process).
    A child that could not start (see :class:`_Child`) would fail the same way
    on every restart: the whole server stops instead (``failed``).
    """

    failed = False

    def __init__(self, config: uvicorn.Config, host: str, port: int) -> None:
        super().__init__(config, sockets=[])
        self.host, self.port = host, port
        self._sockets: dict[int, socket.socket] = {}  # id(process) -> its listening socket

    def _new_process(self) -> Process:
        sock = _listener(self.host, self.port)
        if self.port == 0:  # the first socket picked the port; the others share it
            self.port = sock.getsockname()[1]
        process = _Child(self.config, [sock])
        self._sockets[id(process)] = sock
        process.start()
        return process

    def _retire(self, process: Process) -> None:
        sock = self._sockets.pop(id(process), None)
        if sock is not None:
            sock.close()

    def init_processes(self) -> None:
        for _ in range(self.processes_num):  # one by one: a failure stops those already started
            self.processes.append(self._new_process())

    def keep_subprocess_alive(self) -> None:
        if self.should_exit.is_set():
            return
        timeout = self.config.timeout_worker_healthcheck
        for idx, process in enumerate(self.processes):
            if process.is_alive(timeout=timeout):
                continue
            process.kill()  # dead or hung
            process.join()
            self._retire(process)
            if process.exitcode == STARTUP_FAILURE:
                log.error("server process %s stopped before it was ready; stopping the server", process.pid)
                self.failed = True
                self.should_exit.set()
                return
            self.processes[idx] = replacement = self._new_process()
            log.warning(
                "server process %s died (exit code %s); started process %s in its place",
                process.pid, process.exitcode, replacement.pid,
            )

    def close(self) -> None:
        for process in list(self.processes):
            self._retire(process)

    # Restarting all children (SIGHUP) and changing their number (SIGTTIN/SIGTTOU)
    # would need sockets handed out differently: not offered; restart the server.
    def handle_hup(self) -> None:
        log.warning("SIGHUP ignored: restart bnkg serve to restart its processes")

    def handle_ttin(self) -> None:
        log.warning("SIGTTIN ignored: the number of processes is fixed (--processes)")

    def handle_ttou(self) -> None:
        log.warning("SIGTTOU ignored: the number of processes is fixed (--processes)")


def serve(settings: Settings, host: str, port: int, processes: int) -> None:
    """Serve until interrupted: one process (``processes <= 1``) or ``processes`` sharing the port."""
    from api.app import create_app

    if processes <= 1:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
        return
    run_dir = tempfile.mkdtemp(prefix="bnkg-serve-")
    os.environ.update(settings_environment(settings))
    os.environ[RUN_DIR_ENV] = run_dir
    os.environ[EXPECTED_ENV] = str(processes)
    config = uvicorn.Config(
        "api.app:factory", factory=True, host=host, port=port, workers=processes,
        log_level="warning",
        # A child answers the supervisor's pings from a thread that starts only
        # once it has imported the app; on a busy machine that took over the
        # default 5 s, and the child was killed as hung.
        timeout_worker_healthcheck=HEALTHCHECK_TIMEOUT,
    )
    supervisor = _Supervisor(config, host, port)
    try:
        supervisor.run()
    except OSError as exc:  # the port is taken
        supervisor.terminate_all()
        supervisor.join_all()
        raise ServerFailed(f"cannot listen on {host}:{port}: {exc}") from None
    finally:
        supervisor.close()
        shutil.rmtree(run_dir, ignore_errors=True)
    if supervisor.failed:
        raise ServerFailed("a server process failed to start (see the messages above); the server stopped")


class SiblingsWarm:
    """``is_set()`` once this process and every live sibling of the same ``serve`` are warm.

    ``/health`` says ``warm`` from whichever process answers; a client waiting
    for the start-up scans to finish (a benchmark) must not be told so while
    another process is still scanning. Each process leaves ``<pid>.up`` in the
    run directory at start-up and ``<pid>.warm`` when its scans are done; a
    marker of a process that has died is ignored (its replacement leaves its own).
    """

    def __init__(self, local, run_dir: Path, expected: int) -> None:
        self.local = local  # this process's threading.Event
        self.run_dir = run_dir
        self.expected = expected
        self._pid = os.getpid()
        (run_dir / f"{self._pid}.up").touch()

    def mark_when_warm(self) -> None:
        """Wait for this process's warm-up (call in a thread), then leave the marker."""
        self.local.wait()
        (self.run_dir / f"{self._pid}.warm").touch()

    def is_set(self) -> bool:
        if not self.local.is_set():
            return False
        alive = [p for p in self.run_dir.glob("*.up") if _alive(int(p.stem))]
        if len(alive) < self.expected:
            return False
        return all((self.run_dir / f"{p.stem}.warm").exists() for p in alive)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
