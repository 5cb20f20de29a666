"""Load on `dsr serve`: 50 clients of short queries, with and without 5 runaway clients, beside a baseline.

Each server is started as a user starts it (``dsr serve --graph FILE --timeout 3``) on the same
graph; the clients run in separate processes on the same machine, each with a keep-alive
connection, sending catalogue queries (parameters bound) and small SELECTs in turn for
``--duration`` seconds. In the second scenario 5 more clients send queries that would run for
hours (a cartesian product), each answered by a 503 at the time limit. Printed per server and
scenario: requests/s of the short queries, their p50/p95/p99 latency, errors (any answer but 200),
how the runaway queries were answered and how long they took at most, and the query workers'
memory (PSS: shared pages counted once).

The baseline is the server of another revision of this repository (``--baseline REV``, by
default the last commit before the worker pool: a process forked per query, at most 8 at once),
installed without its dependencies into a temporary folder and run with this interpreter.

    python scripts/bench_serve.py                     # about 2 minutes
    python scripts/bench_serve.py --duration 30 --baseline none
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BASELINE = "106ef2c"  # the endpoint before the worker pool (fork per query, 8 at once)
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def short_queries() -> list[str]:  # noqa: D401
    """Catalogue queries that take about a millisecond on the default graph, parameters bound, and small SELECTs."""
    from graph.store.queries import bind_with_values, catalogue

    picked = ["partnerships-of-organisation", "sources-of-a-statement", "describe-partnership", "organisation-profile",
              "country-timeline", "government-structure", "forum-activity"]
    out = []
    for name in picked:
        q = catalogue()[name]
        out.append(bind_with_values(q.text, q.bindings()))
    out += ["SELECT ?p ?label WHERE { ?p a dsr:MoU ; rdfs:label ?label } LIMIT 20",
            "SELECT (COUNT(*) AS ?n) WHERE { ?p dsr:technologyArea tech:5g }",
            "ASK { organisation:zte-corporation ?p ?o }"]
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(port: int, proc: subprocess.Popen, log: Path, seconds: float = 120) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text()[-2000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the server did not start")


def start_server(python: str, graph_file: Path, env: dict, cwd: Path, extra: list[str] = ()) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    cmd = [python, "-m", "graph", "serve", "--graph", str(graph_file), "--port", str(port), "--timeout", "3", *extra]
    log = cwd / f"serve-{port}.log"  # the request log: a pipe nobody read would fill and stall the server
    with open(log, "w") as handle:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=handle, stderr=handle)
    _wait_until_up(port, proc, log)
    return proc, port


def install_baseline(rev: str, into: Path) -> Path:
    """The package as it was at ``rev``, installed without dependencies into ``into``; returns the folder."""
    src = into / "src"
    src.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    site = into / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(site), str(src)], check=True, capture_output=True)
    return site


# -- the clients ------------------------------------------------------------------------------------------------

def _request_bytes(port: int, text: str) -> bytes:
    path = "/sparql?" + urllib.parse.urlencode({"query": text})
    return (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Accept: application/sparql-results+json, text/turtle\r\n\r\n").encode()


def _read_response(sock: socket.socket, buffer: bytearray) -> tuple[int, bool]:
    """Read one HTTP/1.1 response (status line, headers, Content-Length body); returns (status, keep-alive)."""
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        buffer += chunk
    head_end = buffer.index(b"\r\n\r\n") + 4
    head = bytes(buffer[:head_end]).decode("latin-1").lower()
    status = int(head.split(" ", 2)[1])
    length = 0
    for line in head.split("\r\n"):
        if line.startswith("content-length:"):
            length = int(line.split(":", 1)[1])
    while len(buffer) < head_end + length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        buffer += chunk
    del buffer[:head_end + length]
    return status, "connection: close" not in head


def _client_thread(port: int, queries: list[str], until: float, offset: int, out: list, runaway: bool,
                   distinct: bool = False) -> None:
    """One client: a keep-alive connection, requests written from prepared bytes (so the clients, which
    share the machine with the server, spend as little CPU as they can). With ``distinct`` every
    request's text is new (a numbered comment line), so nothing the server kept can answer it."""
    prepared = [_request_bytes(port, RUNAWAY)] if runaway else [_request_bytes(port, q) for q in queries]
    sock, buffer, i = None, bytearray(), offset
    while time.time() < until:
        if distinct and not runaway:
            request = _request_bytes(port, f"{queries[i % len(queries)]}\n# request {offset}-{i}")
        else:
            request = prepared[i % len(prepared)]
        i += 1
        wall, started = time.time(), time.perf_counter()
        try:
            if sock is None:
                sock = socket.create_connection(("127.0.0.1", port), timeout=60)
                buffer = bytearray()
            sock.sendall(request)
            status, keep = _read_response(sock, buffer)
            if not keep:
                sock.close()
                sock = None
        except (OSError, ValueError):
            status = 0
            if sock is not None:
                sock.close()
            sock = None
        out.append((wall, time.perf_counter() - started, status))


def _client_process(port: int, queries: list[str], until: float, clients: int, first: int, runaway: bool,
                    results, distinct: bool = False) -> None:
    outs = [[] for _ in range(clients)]
    threads = [threading.Thread(target=_client_thread, args=(port, queries, until, first + k, outs[k], runaway,
                                                             distinct))
               for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results.put([r for out in outs for r in out])


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_scenario(port: int, server_pid: int, queries: list[str], normal: int, runaways: int, duration: float,
                 distinct: bool = False, processes: int = 2) -> dict:
    ctx = mp.get_context("fork")
    results = ctx.Queue()
    start = time.time() + 1.0
    until = start + duration
    procs = []
    per = [normal // processes + (1 if k < normal % processes else 0) for k in range(processes)]
    first = 0
    for k in range(processes):
        procs.append(ctx.Process(target=_client_process, args=(port, queries, until, per[k], first, False, results,
                                                               distinct)))
        first += per[k]
    if runaways:
        procs.append(ctx.Process(target=_client_process, args=(port, queries, until, runaways, 0, True, results)))
    for p in procs:
        p.start()
    peak = []

    def sample():
        while time.time() < until:
            workers = _children(server_pid)
            peak.append((len(workers), sum(_pss_mb(w) for w in workers), max((_pss_mb(w) for w in workers), default=0)))
            time.sleep(1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    gathered = [results.get() for _ in procs]
    for p in procs:
        p.join()
    normal_rows = [r for batch in gathered[:processes] for r in batch if r[0] >= start]
    runaway_rows = [r for batch in gathered[processes:] for r in batch]
    ok = [r for r in normal_rows if r[2] == 200]
    lat = sorted(r[1] * 1000 for r in ok)

    def pct(p):
        return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] if lat else float("nan")

    return {
        "requests_per_s": len(ok) / duration,
        "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99),
        "errors": sum(1 for r in normal_rows if r[2] != 200),
        "error_statuses": dict(sorted(_count(r[2] for r in normal_rows if r[2] != 200).items())),
        "runaway_answers": dict(sorted(_count(r[2] for r in runaway_rows).items())),
        "runaway_max_s": max((r[1] for r in runaway_rows), default=None),
        "workers_max": max((w for w, _, _ in peak), default=0),
        "workers_pss_mb": max((s for _, s, _ in peak), default=0),
        "worker_pss_max_mb": max((m for _, _, m in peak), default=0),
    }


def _count(values) -> dict:
    out: dict = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, help="graph to serve (default: the bundled records, built)")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per scenario")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--runaways", type=int, default=5)
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="revision of the baseline server, or 'none'")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--serve-args", default="", help="more options for this checkout's `dsr serve`, e.g. '--workers 4'")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    try:
        graph_file = args.graph
        if graph_file is None:
            subprocess.run([sys.executable, "-m", "graph", "build", "--out", str(tmp / "out")], cwd=tmp, check=True,
                           stdout=subprocess.DEVNULL)
            graph_file = tmp / "out" / "dsr.trig"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        servers = [("dsr-graph", env, args.serve_args.split())]
        if args.baseline != "none":
            site = install_baseline(args.baseline, tmp / "baseline")
            servers.append((f"baseline {args.baseline}", dict(env, PYTHONPATH=str(site)), []))
        queries = short_queries()
        table = []
        for name, server_env, extra in servers:
            proc, port = start_server(sys.executable, graph_file, server_env, tmp, extra)
            try:
                scenarios = [(f"{args.clients} clients", 0, False), (f"+ {args.runaways} runaway", args.runaways, False),
                             ("every query new", 0, True), (f"new + {args.runaways} runaway", args.runaways, True)]
                for label, runaways, distinct in scenarios:
                    figures = run_scenario(port, proc.pid, queries, args.clients, runaways, args.duration, distinct)
                    table.append({"server": name, "scenario": label, **figures})
                    print(f"{name:22} {label:12} {figures['requests_per_s']:7.0f} req/s  p50 {figures['p50_ms']:7.1f}  "
                          f"p95 {figures['p95_ms']:7.1f}  p99 {figures['p99_ms']:7.1f} ms  errors {figures['error_statuses']}",
                          file=sys.stderr)
            finally:
                proc.terminate()
                proc.wait(30)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"\nQueries: {len(queries)} short ones in turn; runaway: {RUNAWAY}; server timeout 3 s; "
          f"{args.duration:g} s per scenario; machine: {os.cpu_count()} cores.\n")
    print("| server | scenario | requests/s | p50 ms | p95 ms | p99 ms | errors | runaway answers | runaway max s "
          "| workers | workers' PSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in table:
        runaway = ", ".join(f"{k}×{v}" for k, v in r["runaway_answers"].items()) or "–"
        rmax = f"{r['runaway_max_s']:.2f}" if r["runaway_max_s"] is not None else "–"
        print(f"| {r['server']} | {r['scenario']} | {r['requests_per_s']:.0f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
              f"{r['p99_ms']:.1f} | {r['errors']} | {runaway} | {rmax} | {r['workers_max']} | {r['workers_pss_mb']:.0f} |")
    base = {r["scenario"]: r for r in table if r["server"] != "dsr-graph"}
    for r in table:
        if r["server"] == "dsr-graph" and r["scenario"] in base and base[r["scenario"]]["requests_per_s"]:
            b = base[r["scenario"]]
            print(f"\n{r['scenario']}: {r['requests_per_s'] / b['requests_per_s']:.1f}× the baseline's requests/s, "
                  f"p95 {b['p95_ms'] / r['p95_ms']:.1f}× lower")
    if args.json:
        args.json.write_text(json.dumps(table, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
