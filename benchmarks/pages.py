"""Load benchmark of the sites as visitors reach them: real HTTP from wrk (Debian's ``wrk``,
``apt-get install wrk``) against gunicorn on loopback, with the production settings,
gunicorn.conf.py, PostgreSQL and Redis.

    make bench          # or: .venv/bin/python benchmarks/pages.py [--duration 10]

It makes a throwaway PostgreSQL database ``cimis_bench`` (``BENCH_DATABASE_URL``, default
``postgres://postgres@127.0.0.1:5432/cimis_bench``; dropped and re-made), loads the demo into
it (images under ``BENCH_MEDIA_ROOT``), collects the static files, and starts two gunicorns: one with the page cache
(``CACHE_URL=rediscache://127.0.0.1:6379/5``, ``BENCH_CACHE_URL`` to change it) and one with
it turned off (``PAGE_CACHE_SECONDS=0``) for the uncached figures. For each target it prints
requests/s, p50, p99, errors and timeouts (wrk's 2 s timeout), and requests/s as a ratio to a
static file (the floor: served by WhiteNoise through the same gunicorn), then a mixed run of
100 clients for 30 s on the production server (the one with the cache): 80 on cached pages and
the API, 20 on pages and API answers it renders for every request (they send a session cookie,
as a signed-in editor's browser does, so the cache steps aside). It asserts nothing about time.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cimis_bench")
CACHE_URL = os.environ.get("BENCH_CACHE_URL", "rediscache://127.0.0.1:6379/5")
# The demo's images live with the database: kept for --keep-database.
MEDIA_ROOT = os.environ.get("BENCH_MEDIA_ROOT", str(Path(tempfile.gettempdir()) / "cimis-bench-media"))
HUB = "meissen.localhost"
PLATFORM = "lernplattform.localhost"
API_LISTING = "/api/v2/pages/?type=hubs.MatchPage&locale=de&fields=title,first_published_at&limit=20"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(*args, env=None):
    subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603


def make_database(work: Path, environment: dict) -> None:
    url = urlsplit(DATABASE_URL)
    admin = url._replace(path="/postgres").geturl()
    name = url.path.lstrip("/")
    for sql in (f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"'):
        run("psql", admin, "-q", "-c", sql)
    # The demo refuses to load with DEBUG off (its accounts have public passwords): load it
    # with the development settings into the throwaway database, then serve in production.
    loading = {**environment, "DJANGO_SETTINGS_MODULE": "cms.settings.dev", "DEBUG": "true"}
    run(PYTHON, "manage.py", "migrate", "--noinput", env=loading)
    run(PYTHON, "manage.py", "load_demo", env=loading)
    run(PYTHON, "manage.py", "collectstatic", "--noinput", env=environment)


def start_gunicorn(port: int, environment: dict) -> subprocess.Popen:
    process = subprocess.Popen(  # noqa: S603
        [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi:application"],
        cwd=ROOT,
        env={**environment, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/static/core/css/main.css", timeout=2)  # noqa: S310
            return process
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"gunicorn did not start on port {port}")


def stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


SCRIPT = """
local targets = {%s}
math.randomseed(os.time())
request = function()
  local target = targets[math.random(#targets)]
  local headers = {["Host"] = target[1], ["Accept"] = "text/html"}
  if target[3] ~= "" then headers["Cookie"] = target[3] end
  return wrk.format("GET", target[2], headers)
end
"""
#: A session cookie makes the page cache step aside (as for a signed-in editor's browser): each
#: request with it is rendered by the production server, cache or not.
RENDERED = "sessionid=bench-rendered-every-time"


def wrk(port: int, targets, clients: int, duration: int, work: Path) -> dict:
    """``targets``: (host, path) or (host, path, cookie); each request picks one at random."""
    script = work / f"wrk-{secrets.token_hex(4)}.lua"
    entries = ", ".join(
        f'{{"{target[0]}", "{target[1]}", "{target[2] if len(target) > 2 else ""}"}}' for target in targets
    )
    script.write_text(SCRIPT % entries)
    result = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk") or "wrk",
            f"-t{min(2, clients)}",
            f"-c{clients}",
            f"-d{duration}s",
            "--timeout",
            "2s",
            "--latency",
            "-s",
            str(script),
            f"http://127.0.0.1:{port}",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse(result.stdout)


def seconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def parse(output: str) -> dict:
    figures = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    figures["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    for percentile in ("50", "99"):
        found = re.search(rf"^\s+{percentile}%\s+(\S+)", output, re.MULTILINE)
        figures[f"p{percentile}"] = seconds(found.group(1)) if found else float("nan")
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    connect, read, write, timeout = (int(n) for n in errors.groups()) if errors else (0, 0, 0, 0)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["errors"] = connect + read + write + (int(non_2xx.group(1)) if non_2xx else 0)
    figures["timeouts"] = timeout
    return figures


def check(port: int, host: str, path: str, expected_cache: str | None, cookie: str = "") -> None:
    """Fetch once; ``expected_cache``: the X-Cache header it must have ("none": no header)."""
    headers = {"Host": host, "Accept": "text/html", **({"Cookie": cookie} if cookie else {})}
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            state = response.headers.get("X-Cache")
    except urllib.error.HTTPError as error:
        raise SystemExit(f"{host}{path} on port {port}: {error}\n{error.read()[:500]!r}") from error
    if expected_cache == "none" and state is not None:
        raise SystemExit(f"{host}{path} on port {port}: X-Cache {state!r}, expected none")
    if expected_cache and expected_cache != "none" and state != expected_cache:
        raise SystemExit(f"{host}{path} on port {port}: X-Cache {state!r}, expected {expected_cache!r}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=int, default=10, help="seconds per single target (default 10)")
    parser.add_argument("--clients", type=int, default=20, help="connections per single target (default 20)")
    parser.add_argument("--mixed-duration", type=int, default=30)
    parser.add_argument("--mixed-clients", type=int, default=100)
    parser.add_argument(
        "--mixed-rendered",
        type=int,
        default=20,
        help="of the mixed clients, how many on rendered pages (default 20)",
    )
    parser.add_argument("--mixed-only", action="store_true", help="only the mixed run")
    parser.add_argument("--keep-database", action="store_true", help="skip re-making cimis_bench")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed (apt-get install wrk)")

    work = Path(tempfile.mkdtemp(prefix="cimis-bench-"))
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CIMIS_", "PAGE_CACHE"))},
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": DATABASE_URL,
        "CACHE_URL": CACHE_URL,
        "SECURE_SSL_REDIRECT": "false",
        "WAGTAILADMIN_BASE_URL": f"http://{PLATFORM}",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": MEDIA_ROOT,
        "LOG_LEVEL": "WARNING",
    }
    if not options.keep_database:
        print("Preparing the database (migrate, demo, collectstatic) …", flush=True)
        make_database(work, environment)
    else:
        run(PYTHON, "manage.py", "collectstatic", "--noinput", env=environment)
    run("redis-cli", "-u", CACHE_URL.replace("rediscache://", "redis://"), "FLUSHDB")

    cached_port, uncached_port = free_port(), free_port()
    servers = [
        start_gunicorn(cached_port, environment),
        start_gunicorn(uncached_port, {**environment, "PAGE_CACHE_SECONDS": "0"}),
    ]
    try:
        # Warm the cache, and check that each server does what its figures claim.
        for host, path in [(HUB, "/de/"), (PLATFORM, "/de/prototypen/"), (HUB, API_LISTING)]:
            check(cached_port, host, path, None)
            check(cached_port, host, path, "hit")
            check(uncached_port, host, path, None)
        targets = [
            ("static file (floor)", cached_port, [(HUB, "/static/core/css/main.css")]),
            ("hub home, cached", cached_port, [(HUB, "/de/")]),
            ("hub home, uncached", uncached_port, [(HUB, "/de/")]),
            ("gallery, cached", cached_port, [(PLATFORM, "/de/prototypen/")]),
            ("gallery, uncached", uncached_port, [(PLATFORM, "/de/prototypen/")]),
            ("API listing, cached", cached_port, [(HUB, API_LISTING)]),
            ("API listing, uncached", uncached_port, [(HUB, API_LISTING)]),
        ]
        # Warm every worker (its URL configuration, Wagtail's hooks and per-process caches are
        # loaded on a worker's first requests): a few seconds of each server's targets, not
        # reported, so that the figures are of the steady state.
        for port in (cached_port, uncached_port):
            wrk(
                port,
                [path for _name, p, paths in targets if p == port for path in paths],
                options.clients,
                3,
                work,
            )
        print(
            f"\n{options.clients} clients, {options.duration} s each, gunicorn on loopback (gunicorn.conf.py)"
        )
        print(
            f"load average before: {' '.join(f'{n:.2f}' for n in os.getloadavg())} ({os.cpu_count()} cores)\n"
        )
        header = f"{'target':24} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'timeouts':>9} {'/floor':>7}"
        print(header)
        print("-" * len(header))
        floor = None
        for name, port, paths in [] if options.mixed_only else targets:
            figures = wrk(port, paths, options.clients, options.duration, work)
            floor = floor or figures["rps"]
            print(
                f"{name:24} {figures['rps']:9.1f} {figures['p50'] * 1000:8.1f} {figures['p99'] * 1000:8.1f} "
                f"{figures['errors']:7d} {figures['timeouts']:9d} {figures['rps'] / floor:7.3f}",
                flush=True,
            )

        # The mix, on the production server as visitors and editors reach it: most clients on
        # cached pages and the API, the rest on pages it renders for each request (a session
        # cookie makes the cache step aside) — two wrk processes at once on one gunicorn.
        cached_share = options.mixed_clients - options.mixed_rendered
        mixed_cached = [
            (HUB, "/de/"),
            (HUB, "/en/"),
            (PLATFORM, "/de/prototypen/"),
            (PLATFORM, "/de/"),
            (HUB, API_LISTING),
        ]
        mixed_rendered = [
            (HUB, "/de/", RENDERED),
            (PLATFORM, "/de/methoden/", RENDERED),
            (HUB, API_LISTING, RENDERED),
        ]
        # The cached side's pages are in the cache before it starts (else all its clients
        # render the same cold pages at once in the first second); the rendered side's never are.
        for host, path in mixed_cached:
            check(cached_port, host, path, None)
            check(cached_port, host, path, "hit")
        for host, path, cookie in mixed_rendered:
            check(cached_port, host, path, "none", cookie)
        print(
            f"\nMixed: {options.mixed_clients} clients for {options.mixed_duration} s on one gunicorn "
            f"({cached_share} on cached pages and the API, {options.mixed_rendered} on pages and API "
            "answers rendered for each request)"
        )
        with tempfile.TemporaryFile("w+") as out_a, tempfile.TemporaryFile("w+") as out_b:
            runs = [
                subprocess.Popen(  # noqa: S603
                    [
                        PYTHON,
                        __file__,
                        "--_wrk",
                        str(port),
                        str(clients),
                        str(options.mixed_duration),
                        json.dumps(paths),
                        str(work),
                    ],
                    stdout=out,
                    text=True,
                )
                for port, clients, paths, out in [
                    (cached_port, cached_share, mixed_cached, out_a),
                    (cached_port, options.mixed_rendered, mixed_rendered, out_b),
                ]
            ]
            for process in runs:
                process.wait()
            totals = {"requests": 0, "errors": 0, "timeouts": 0, "rps": 0.0}
            for label, out in (("cached pages and API", out_a), ("rendered pages and API", out_b)):
                out.seek(0)
                figures = json.loads(out.read())
                print(
                    f"  {label:24} {figures['rps']:9.1f} req/s, p50 {figures['p50'] * 1000:.1f} ms, "
                    f"p99 {figures['p99'] * 1000:.1f} ms, errors {figures['errors']}, timeouts {figures['timeouts']}"
                )
                for key in totals:
                    totals[key] += figures[key]
        print(
            f"requests {totals['requests']}, {totals['rps']:.1f} req/s, "
            f"errors {totals['errors']}, timeouts {totals['timeouts']}"
        )
        print(f"load average after: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    finally:
        for server in servers:
            stop(server)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--_wrk":
        port, clients, duration, paths, work = sys.argv[2:]
        print(json.dumps(wrk(int(port), json.loads(paths), int(clients), int(duration), Path(work))))
    else:
        main()
