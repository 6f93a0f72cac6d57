"""``bnkg serve --processes 2``: several server processes on one port, each with its own query workers.

Real servers (``bnkg serve`` subprocesses on free loopback ports), real httpx
clients; the process tree is read from ``/proc`` (Linux).
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.test_sparql_protocol import PREFIX, RUNAWAY
from tests.conftest import BNKG, free_port

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")

ENV = {
    "BNKG_QUERY_TIMEOUT": "1",
    "BNKG_QUERY_WORKERS": "2",  # per process: a runaway leaves a worker for the next query
    "BNKG_QUERY_CACHE_MB": "0",  # every request reaches a worker
}
PEOPLE = PREFIX + "SELECT ?name WHERE { ?p a bn:Person ; rdfs:label ?name }"


class Served:
    """A ``bnkg serve --processes 2`` in its own process group (as a terminal would run it)."""

    def __init__(self, store: Path) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [BNKG, "serve", "--store", str(store), "--port", str(port), "--processes", "2"],
            env={**os.environ, **ENV},
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_for(lambda: self.answers() and len(self.fronts()) == 2, "two processes serving")

    def answers(self) -> bool:
        try:
            return httpx.get(self.url + "/health", timeout=5).status_code == 200
        except httpx.TransportError:
            return False

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def wait_for(self, condition, what: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited ({self.proc.returncode}):\n{self.output()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"no {what} within {timeout:.0f} s:\n{self.output()}")
            time.sleep(0.05)  # readiness poll, not a test delay

    def tree(self) -> dict[int, str]:
        return descendants(self.proc.pid)

    def fronts(self) -> list[int]:
        """The server processes (children of the supervisor that run uvicorn)."""
        return [pid for pid, cmd in children(self.proc.pid).items() if "spawn_main" in cmd]

    def stop(self, sig: signal.Signals = signal.SIGTERM, group: bool = False) -> int:
        if group:
            os.killpg(self.proc.pid, sig)
        else:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=60)
        finally:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)


def _stat(pid: int) -> tuple[int, str] | None:
    """(parent pid, state) of a process, None if it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text.rsplit(")", 1)[1].split()
    return int(fields[1]), fields[0]


def children(pid: int) -> dict[int, str]:
    out = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (st := _stat(int(entry.name))) and st[0] == pid:
            try:
                out[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                pass
    return out


def descendants(pid: int) -> dict[int, str]:
    out: dict[int, str] = {}
    todo = [pid]
    while todo:
        for child, cmd in children(todo.pop()).items():
            out[child] = cmd
            todo.append(child)
    return out


def workers_and_forkservers(tree: dict[int, str]) -> int:
    return sum("multiprocessing.forkserver" in cmd for cmd in tree.values())


def alive(pid: int) -> bool:
    st = _stat(pid)
    return st is not None and st[1] != "Z"


def wait_gone(pids: dict[int, str], timeout: float = 30) -> list[str]:
    """The processes of ``pids`` still running after ``timeout`` s (the last ones exit just after the server)."""
    deadline = time.monotonic() + timeout
    while (left := [cmd for pid, cmd in pids.items() if alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.05)  # exit poll, not a test delay
    return left


@pytest.fixture(scope="module")
def served(seed_store_path: Path) -> Iterator[Served]:
    server = Served(seed_store_path)
    yield server
    if server.proc.poll() is None:
        server.stop()


def test_both_processes_answer_queries_and_health(served: Served) -> None:
    tree = served.tree()
    # Each server process has its own forkserver and its two query workers.
    assert workers_and_forkservers(tree) == 2 * 3
    fronts = set(served.fronts())
    # New connections are spread over the processes' sockets; a handful reach both.
    seen = set()
    for _ in range(40):
        with httpx.Client(base_url=served.url, timeout=30) as c:
            r = c.get("/sparql", params={"query": PEOPLE}, headers={"Accept": "application/sparql-results+json"})
            assert r.status_code == 200
            assert {"Justin Trudeau", "Joe Biden"} <= {b["name"]["value"] for b in r.json()["results"]["bindings"]}
            seen |= {pid for pid in fronts if _serves(pid, c)}
        if seen == fronts:
            break
    assert seen == fronts
    health = httpx.get(served.url + "/health", timeout=30).json()
    assert health["status"] == "ok" and health["documents"] == 1


def _serves(pid: int, client: httpx.Client) -> bool:
    """Whether process ``pid`` holds the client's open connection (its local port among the process's sockets)."""
    # The client's connection: the one socket of this test process connected to the server's port.
    port = int(client.base_url.port or 80)
    inodes = {
        os.readlink(f"/proc/{pid}/fd/{fd}")
        for fd in os.listdir(f"/proc/{pid}/fd")
        if os.readlink(f"/proc/{pid}/fd/{fd}").startswith("socket:")
    }
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        cols = line.split()
        local_port = int(cols[1].split(":")[1], 16)
        if local_port == port and cols[3] == "01" and f"socket:[{cols[9]}]" in inodes:
            return True  # an established connection on the server's port, owned by pid
    return False


def test_a_runaway_query_is_stopped_while_another_answers(served: Served) -> None:
    results: dict[str, httpx.Response] = {}
    started = threading.Event()

    def runaway() -> None:
        with httpx.Client(base_url=served.url, timeout=60) as c:
            started.set()
            results["runaway"] = c.get("/sparql", params={"query": RUNAWAY})

    def simple() -> None:
        started.wait()
        with httpx.Client(base_url=served.url, timeout=60) as c:
            results["simple"] = c.get("/sparql", params={"query": PREFIX + "ASK { ?p a bn:Person }"})

    threads = [threading.Thread(target=runaway), threading.Thread(target=simple)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert results["runaway"].status_code == 503
    assert "exceeded the 1 s limit" in results["runaway"].json()["detail"]
    assert results["simple"].status_code == 200 and results["simple"].json()["boolean"] is True


def test_sigterm_stops_every_process(served: Served) -> None:
    """The last test on the shared server: it stops it."""
    tree = served.tree()
    assert served.stop(signal.SIGTERM) == 0
    assert wait_gone(tree) == []


def test_a_dead_process_is_replaced_and_stopping_leaves_nothing_behind(seed_store_path: Path) -> None:
    server = Served(seed_store_path)
    try:
        victim = server.fronts()[0]
        victims_tree = {victim: "killed server process", **descendants(victim)}
        os.kill(victim, signal.SIGKILL)
        server.wait_for(lambda: victim not in server.fronts() and len(server.fronts()) == 2, "replacement")
        # The killed process's forkserver and query workers go with it.
        assert wait_gone(victims_tree) == []
        # Two server processes again, each with a forkserver and two workers.
        server.wait_for(lambda: workers_and_forkservers(server.tree()) == 2 * 3, "replacement's workers")
        r = httpx.get(server.url + "/sparql", params={"query": PEOPLE}, timeout=30)
        assert r.status_code == 200
        tree = server.tree()
        # Ctrl-C in a terminal: SIGINT to the whole process group.
        assert server.stop(signal.SIGINT, group=True) == 0
    finally:
        if server.proc.poll() is None:
            server.stop(signal.SIGKILL, group=True)
    assert wait_gone(tree) == []
    assert "died" in server.output()  # the replacement was reported
