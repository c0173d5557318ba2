"""Two app nodes behind a load balancer, on loopback: proves that the platform runs on more
than one machine (``make cluster``; also ``pytest tests/cluster``, which ``.ci/run`` runs).

It starts, and records the process id of:

- a Redis of its own on a free port (the shared cache, sessions stay in PostgreSQL) — its
  own, so that stopping it for the health proof disturbs nobody else's Redis;
- moto's S3-compatible server (``python -m moto.server``) with a new bucket for the media;
- two nodes, A and B, each a gunicorn (``gunicorn.conf.py``, production settings) and a
  task worker (``manage.py db_worker --backend api --queue-name webhooks,mail``);
- HAProxy (Debian's package) with ``deploy/haproxy.cfg``, which routes by ``/health/``;
- a small receiver for the publish webhooks (a thread of this script).

PostgreSQL is the machine's (127.0.0.1:5432, started with ``pg_ctlcluster`` only if it is
down, and then stopped again); the script makes a new database ``cimis_cluster``
(``CLUSTER_DATABASE_URL``), migrates it and loads the demo, with the media in the bucket.

Then it proves, printing each result:

1. a page published through node A is served fresh through node B at once, and through the
   balancer (the page cache is shared and purged by generation);
2. an image uploaded through A is served from the bucket, with renditions made on B and on
   A (the admin session made on A is valid on B: sessions are shared);
3. one webhook delivery per publish with both workers running, and ``publish_scheduled`` run
   on both nodes at the same moment publishes each page once;
4. under a bounded load through the balancer, stopping node A loses no request and B
   carries on; restarting A brings it back into rotation;
5. both nodes report healthy; a stopped Redis, then a stopped S3 server, show as unhealthy
   on ``/health/`` while the nodes keep serving (no crash, no restart).

Everything it started it stops, by the process ids it recorded, and it drops its database
(``--keep-database`` keeps it). Exit status 0 only when every proof holds.
"""

import argparse
import contextlib
import csv
import http.client
import io
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
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from cms.core.code_version import demo_code_key  # noqa: E402  (standard library only)

PYTHON = sys.executable
DATABASE_URL = os.environ.get("CLUSTER_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/cimis_cluster")
PLATFORM = "lernplattform.localhost"
HUB = "meissen.localhost"
REGION = "eu-central-1"
# Collected once and reused by later runs (collectstatic only copies what changed).
STATIC_ROOT = Path(tempfile.gettempdir()) / "cimis-cluster-static"
# The migrated demo, kept as a backup (manage.py backup) for the next run of the same code:
# restoring it takes seconds, migrating and loading the demo a minute and more.
DEMO_CACHE = Path(tempfile.gettempdir()) / "cimis-cluster-demo"


class ProofFailed(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise ProofFailed(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(predicate, seconds: float, what: str, interval: float = 0.2):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, http.client.HTTPException):
            value = predicate()
            if value:
                return value
        time.sleep(interval)
    raise ProofFailed(f"timed out after {seconds:g} s waiting for {what}")


# --- HTTP -----------------------------------------------------------------------------------


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)


def request(port, path, host=PLATFORM, method="GET", body=None, headers=None, timeout=30) -> Response:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        return Response(response.status, response.headers, response.read())
    finally:
        connection.close()


def fetch_url(url: str) -> Response:
    parts = urllib.parse.urlsplit(url)
    return request(parts.port, parts.path + (f"?{parts.query}" if parts.query else ""), host=parts.netloc)


class AdminSession:
    """A signed-in editor. The production settings make cookies Secure and check CSRF
    origins as for HTTPS, so it says it came through a TLS-terminating proxy."""

    def __init__(self):
        self.cookies = {}

    def headers(self, extra=None):
        return {
            "X-Forwarded-Proto": "https",
            "Origin": f"https://{PLATFORM}",
            "Referer": f"https://{PLATFORM}/admin/",
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            **(extra or {}),
        }

    def call(self, port, path, method="GET", body=None, content_type=None) -> Response:
        extra = {"Content-Type": content_type} if content_type else {}
        response = request(port, path, method=method, body=body, headers=self.headers(extra))
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name.strip()] = value.strip()
        return response

    def csrf_form(self, port, path) -> str:
        page = self.call(port, path)
        check(page.status == 200, f"GET {path} on port {port}: {page.status}")
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)

    def login(self, port, username, password):
        token = self.csrf_form(port, "/admin/login/")
        form = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/admin/"}
        )
        response = self.call(port, "/admin/login/", "POST", form, "application/x-www-form-urlencoded")
        check(response.status == 302 and "sessionid" in self.cookies, f"sign-in failed: {response.status}")

    def bulk_publish(self, port, page_ids):
        query = "&".join(f"id={pk}" for pk in page_ids)
        path = f"/admin/bulk/wagtailcore/page/publish/?{query}&next=/admin/"
        token = self.csrf_form(port, path)
        form = urllib.parse.urlencode({"csrfmiddlewaretoken": token})
        response = self.call(port, path, "POST", form, "application/x-www-form-urlencoded")
        check(response.status == 302, f"bulk publish through port {port}: {response.status}")

    def upload_image(self, port, name: str, data: bytes, collection: str) -> int:
        token = self.csrf_form(port, "/admin/images/multiple/add/")
        boundary = secrets.token_hex(12)
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{token}\r\n'.encode(),
            f'--{boundary}\r\nContent-Disposition: form-data; name="collection"\r\n\r\n{collection}\r\n'.encode(),
            f'--{boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nClusterbild {name}\r\n'.encode(),
            f'--{boundary}\r\nContent-Disposition: form-data; name="files[]"; filename="{name}"\r\n'
            "Content-Type: image/png\r\n\r\n".encode()
            + data
            + b"\r\n",
            f"--{boundary}--\r\n".encode(),
        ]
        response = self.call(
            port,
            "/admin/images/multiple/add/",
            "POST",
            b"".join(parts),
            f"multipart/form-data; boundary={boundary}",
        )
        check(response.status == 200 and "image_id" in response.json(), f"upload: {response.text[:400]}")
        return response.json()["image_id"]


class WebhookReceiver(ThreadingHTTPServer):
    """Records every webhook delivery it receives."""

    def __init__(self):
        self.deliveries = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with receiver.lock:
                    receiver.deliveries.append(
                        (self.headers["X-CIMIS-Delivery"], body["event"], body["object"]["id"])
                    )
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    def snapshot(self):
        with self.lock:
            return list(self.deliveries)


# --- The cluster ----------------------------------------------------------------------------


class Cluster:
    def __init__(self, keep_database=False):
        self.keep_database = keep_database
        self.work = Path(tempfile.mkdtemp(prefix="cimis-cluster-"))
        self.processes: dict[str, subprocess.Popen] = {}
        self.started_postgres = None
        self.ports = {name: free_port() for name in ("redis", "s3", "a", "b", "lb")}
        self.bucket = f"cimis-cluster-{secrets.token_hex(4)}"
        self.password = secrets.token_urlsafe(24)
        self.receiver = WebhookReceiver()
        threading.Thread(target=self.receiver.serve_forever, daemon=True).start()
        s3 = f"http://127.0.0.1:{self.ports['s3']}"
        self.environment = {
            **{
                k: v
                for k, v in os.environ.items()
                if not k.startswith(("DJANGO_", "CIMIS_", "PAGE_CACHE", "MEDIA_"))
            },
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": DATABASE_URL,
            "CACHE_URL": f"rediscache://127.0.0.1:{self.ports['redis']}/0",
            "MEDIA_S3_BUCKET": self.bucket,
            "MEDIA_S3_ENDPOINT_URL": s3,
            "MEDIA_S3_REGION": REGION,
            "AWS_ACCESS_KEY_ID": "cimis-cluster",
            "AWS_SECRET_ACCESS_KEY": secrets.token_hex(16),
            "SECURE_SSL_REDIRECT": "false",
            "WAGTAILADMIN_BASE_URL": f"http://{PLATFORM}",
            "STATIC_ROOT": str(STATIC_ROOT),
            "LOG_LEVEL": "ERROR",
            "API_WEBHOOK_URLS": f"http://127.0.0.1:{self.receiver.server_address[1]}/hook",
            "API_WEBHOOK_SECRET": secrets.token_hex(16),
            "API_WEBHOOK_RETRY_DELAY": "1",
            "WEB_CONCURRENCY": "2",
            "GUNICORN_THREADS": "4",
            "GUNICORN_MAX_REQUESTS": "0",
            "GUNICORN_GRACEFUL_TIMEOUT": "10",
            "GUNICORN_KEEPALIVE": "2",
        }

    # Processes, by recorded id.

    def start(self, name, arguments, environment=None, log=True):
        output = open(self.work / f"{name}.log", "ab") if log else subprocess.DEVNULL  # noqa: SIM115
        self.processes[name] = subprocess.Popen(  # noqa: S603
            arguments,
            cwd=ROOT,
            env=environment or self.environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self.processes[name]

    def stop(self, name, sig=signal.SIGTERM, timeout=20):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def manage(self, *arguments, environment=None, timeout=600) -> str:
        result = subprocess.run(  # noqa: S603
            [PYTHON, "manage.py", *arguments],
            cwd=ROOT,
            env=environment or self.environment,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise ProofFailed(f"manage.py {' '.join(arguments)}: {result.stderr[-3000:]}")
        return result.stdout

    def sql(self, query: str) -> str:
        result = subprocess.run(  # noqa: S603
            ["psql", DATABASE_URL, "-Atc", query],  # noqa: S607
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
        if result.returncode != 0:
            raise ProofFailed(f"psql: {result.stderr.strip()}")
        return result.stdout.strip()

    def shell(self, code: str) -> str:
        return self.manage("shell", "--no-imports", "-c", code).strip()

    # Services.

    def start_services(self):
        if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-p", "5432", "-q"], check=False).returncode:  # noqa: S607
            version = sorted(os.listdir("/etc/postgresql"))[-1]
            subprocess.run(  # noqa: S603
                ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "start"],  # noqa: S607
                check=True,
            )
            self.started_postgres = version
            wait_for(
                lambda: subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"], check=False).returncode == 0,  # noqa: S607
                30,
                "PostgreSQL",
            )
        self.start_redis()
        self.start(
            "s3", [PYTHON, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.ports["s3"])], log=False
        )
        wait_for(lambda: request(self.ports["s3"], "/moto-api/", host="127.0.0.1").status == 200, 30, "moto")
        body = (
            f"<CreateBucketConfiguration><LocationConstraint>{REGION}</LocationConstraint>"
            "</CreateBucketConfiguration>"
        )
        created = request(self.ports["s3"], f"/{self.bucket}", host="127.0.0.1", method="PUT", body=body)
        check(created.status == 200, f"bucket: {created.status} {created.text[:200]}")

    def start_redis(self):
        self.start(
            "redis",
            ["redis-server", "--port", str(self.ports["redis"]), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            log=False,
        )  # fmt: skip
        wait_for(lambda: socket.create_connection(("127.0.0.1", self.ports["redis"]), 1), 10, "Redis")

    def prepare_database(self):
        url = urllib.parse.urlsplit(DATABASE_URL)
        admin = url._replace(path="/postgres").geturl()
        name = url.path.lstrip("/")
        for sql in (f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"'):
            subprocess.run(["psql", admin, "-q", "-c", sql], check=True, capture_output=True)  # noqa: S603, S607
        # Static files are each node's build artefact; collected while the database is made.
        static = self.start("collectstatic", [PYTHON, "manage.py", "collectstatic", "--noinput"])
        # The demo refuses DEBUG off (public passwords): loaded with the development settings.
        loading = {**self.environment, "DJANGO_SETTINGS_MODULE": "cms.settings.dev", "DEBUG": "true",
                   "API_WEBHOOK_URLS": ""}  # fmt: skip
        started = time.monotonic()
        cached = DEMO_CACHE / demo_code_key(ROOT)
        self.backup = None
        if (cached / "manifest.json").exists():
            self.manage("restore", str(cached))
            print(
                f"   database: the demo restored from {cached} in {time.monotonic() - started:.0f} s",
                flush=True,
            )
        else:
            self.manage("migrate", "--noinput", environment=loading)
            migrated = time.monotonic()
            self.manage("load_demo", environment=loading)
            print(
                f"   database: migrate {migrated - started:.0f} s, demo {time.monotonic() - migrated:.0f} s",
                flush=True,
            )
            shutil.rmtree(DEMO_CACHE, ignore_errors=True)
            # Kept for the next run; taken while the nodes start.
            self.backup = self.start("backup", [PYTHON, "manage.py", "backup", str(cached)])
        self.manage(
            "createsuperuser",
            "--noinput",
            "--username",
            "cluster",
            "--email",
            "cluster@example.org",
            environment={**self.environment, "DJANGO_SUPERUSER_PASSWORD": self.password},
        )
        check(static.wait(timeout=600) == 0, "collectstatic failed")
        self.processes.pop("collectstatic", None)

    def finish_backup(self):
        if self.backup is not None:
            if self.backup.wait(timeout=300) != 0:
                shutil.rmtree(DEMO_CACHE, ignore_errors=True)
            self.processes.pop("backup", None)

    def start_node(self, node):
        port = self.ports[node]
        self.start(
            f"gunicorn-{node}",
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi:application"],
            {**self.environment, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        )
        self.start(
            f"worker-{node}",
            [PYTHON, "manage.py", "db_worker", "--backend", "api", "--queue-name", "webhooks,mail",
             "--worker-id", f"node-{node}", "--no-startup-delay"],
        )  # fmt: skip
        wait_for(lambda: request(port, "/health/").status == 200, 90, f"node {node.upper()}")

    def start_balancer(self):
        stats = self.work / "haproxy.sock"
        self.stats_socket = stats
        haproxy = shutil.which("haproxy") or "/usr/sbin/haproxy"
        self.start(
            "haproxy",
            [haproxy, "-f", str(ROOT / "deploy" / "haproxy.cfg"), "-db"],
            {
                **self.environment,
                "CIMIS_LB_BIND": f"127.0.0.1:{self.ports['lb']}",
                "CIMIS_NODE_A": f"127.0.0.1:{self.ports['a']}",
                "CIMIS_NODE_B": f"127.0.0.1:{self.ports['b']}",
                "CIMIS_HEALTH_HOST": PLATFORM,
                "CIMIS_HAPROXY_STATS": str(stats),
            },
        )
        wait_for(
            lambda: self.balancer_state() == {"node-a": "UP", "node-b": "UP"}, 30, "HAProxy: both nodes UP"
        )

    def balancer_state(self) -> dict:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.connect(str(self.stats_socket))
            sock.sendall(b"show stat\n")
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        rows = csv.DictReader(io.StringIO(data.decode().lstrip("# ")))
        return {row["svname"]: row["status"] for row in rows if row["svname"].startswith("node-")}

    def close(self):
        for name in list(self.processes)[::-1]:
            self.stop(name)
        self.receiver.shutdown()
        if not self.keep_database:
            url = urllib.parse.urlsplit(DATABASE_URL)
            subprocess.run(  # noqa: S603
                ["psql", url._replace(path="/postgres").geturl(), "-q", "-c",  # noqa: S607
                 f'DROP DATABASE IF EXISTS "{url.path.lstrip("/")}" WITH (FORCE)'],
                check=False, capture_output=True,
            )  # fmt: skip
        if self.started_postgres:
            subprocess.run(  # noqa: S603
                ["pg_ctlcluster", "--skip-systemctl-redirect", self.started_postgres, "main", "stop"],  # noqa: S607
                check=False,
            )
        shutil.rmtree(self.work, ignore_errors=True)


# --- The proofs -----------------------------------------------------------------------------


def page_fresh(cluster, admin) -> str:
    marker = f"Cluster-{secrets.token_hex(3)}"
    found = cluster.shell(
        "from wagtail.models import Site\n"
        f"site = Site.objects.get(hostname={HUB!r})\n"
        "page = site.root_page.get_children().live().specific().first()\n"
        f"page.title = page.title + ' {marker}'\n"
        "page.save_revision()\n"
        "print(page.pk, page.get_url(current_site=site))"
    )
    page_id, path = found.split()
    a, b, lb = cluster.ports["a"], cluster.ports["b"], cluster.ports["lb"]
    accept = {"Accept": "text/html"}
    for port in (b, b, lb, lb):
        before = request(port, path, HUB, headers=accept)
        check(before.status == 200 and marker not in before.text, f"before publishing: {before.status}")
    check(before.headers.get("X-Cache") == "hit", "the page was not in the shared cache before publishing")
    admin.bulk_publish(a, [page_id])
    on_b = request(b, path, HUB, headers=accept)
    on_lb = request(lb, path, HUB, headers=accept)
    check(on_b.status == 200 and marker in on_b.text, "node B served the old page after publishing on A")
    check(
        on_lb.status == 200 and marker in on_lb.text, "the balancer served the old page after publishing on A"
    )
    return (
        f"page {page_id} ({HUB}{path}) published through node A; node B served the new title at once "
        f"(X-Cache {on_b.headers.get('X-Cache')}, after a hit before), the balancer too "
        f"(via {on_lb.headers.get('X-Served-By')})"
    )


def png(size=(320, 200)) -> bytes:
    # A real PNG, made without Pillow: a flat colour, zlib-compressed rows.
    import struct
    import zlib

    width, height = size
    raw = b"".join(b"\x00" + bytes((30, 80, 140)) * width for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def image_everywhere(cluster, admin) -> str:
    a, b = cluster.ports["a"], cluster.ports["b"]
    name = f"cluster-{secrets.token_hex(4)}"
    data = png()
    collection = cluster.shell(
        "from wagtail.models import Collection\nprint(Collection.get_first_root_node().pk)"
    )
    image_id = admin.upload_image(a, f"{name}.png", data, collection)
    edit = admin.call(b, f"/admin/images/{image_id}/")
    check(edit.status == 200, f"node B's admin did not know the session made on A: {edit.status}")
    bucket_url = rf"http://127\.0\.0\.1:{cluster.ports['s3']}/{cluster.bucket}/"
    on_b = re.search(rf'({bucket_url}images/[^"]+max-800x600[^"]*)"', edit.text)
    check(on_b, "node B made no max-800x600 rendition in the bucket")
    listing = admin.call(a, "/admin/images/?q=Clusterbild")
    on_a = re.search(rf'({bucket_url}images/[^"]+max-165x165[^"]*)"', listing.text)
    check(on_a, "node A made no max-165x165 rendition in the bucket")
    original = re.search(rf'({bucket_url}original_images/{name}[^"]*)"', edit.text)
    served = {label: fetch_url(url.group(1)) for label, url in (("B", on_b), ("A", on_a))}
    for label, response in served.items():
        check(
            response.status == 200 and response.body[:4] == b"\x89PNG",
            f"rendition made on {label}: {response.status}",
        )
    if original:
        check(fetch_url(original.group(1)).body == data, "the original in the bucket differs from the upload")
    return (
        f"image {image_id} uploaded through node A; node B made its max-800x600 rendition and node A its "
        f"max-165x165 one, both served from the bucket (bucket {cluster.bucket}); A's admin session worked on B"
    )


def webhooks_once(cluster, admin) -> str:
    a, b = cluster.ports["a"], cluster.ports["b"]
    ids = cluster.shell(
        "from wagtail.models import Site\n"
        f"site = Site.objects.get(hostname={HUB!r})\n"
        "pages = site.root_page.get_descendants().live().specific().filter(depth__gte=4).order_by('pk')[1:7]\n"
        "print(' '.join(str(p.pk) for p in pages))"
    ).split()

    def settled():
        waiting, done, twice = cluster.sql(
            "SELECT count(*) FILTER (WHERE status NOT IN ('SUCCESSFUL', 'FAILED')),"
            " count(*) FILTER (WHERE status = 'SUCCESSFUL'),"
            " count(*) FILTER (WHERE jsonb_array_length(worker_ids) > 1)"
            " FROM django_tasks_database_dbtaskresult WHERE task_path LIKE '%deliver_webhook'"
        ).split("|")
        if waiting != "0":
            return None
        rows = cluster.sql(
            "SELECT worker, count(*) FROM django_tasks_database_dbtaskresult,"
            " jsonb_array_elements_text(worker_ids) AS worker WHERE task_path LIKE '%deliver_webhook' GROUP BY 1"
        )
        workers = dict(line.split("|") for line in rows.splitlines())
        return {"done": int(done), "claimed_twice": int(twice), "workers": workers}

    wait_for(settled, 60, "the webhook queue to drain", interval=1)
    before = len(cluster.receiver.snapshot())
    admin.bulk_publish(a, ids[:3])
    admin.bulk_publish(b, ids[3:])

    state = wait_for(settled, 60, "the webhook queue to drain", interval=1)
    deliveries = cluster.receiver.snapshot()
    check(
        len({delivery for delivery, _, _ in deliveries}) == len(deliveries),
        "a webhook delivery arrived twice",
    )
    check(len(deliveries) == state["done"], f"{len(deliveries)} received for {state['done']} delivered tasks")
    check(state["claimed_twice"] == 0, f"{state['claimed_twice']} tasks were run by two workers")
    published = Counter(obj for _, event, obj in deliveries[before:] if event == "published")
    check(all(published[int(pk)] == 1 for pk in ids), f"deliveries per page: {dict(published)}")
    workers = state["workers"]
    mark = len(cluster.receiver.snapshot())

    # publish_scheduled on both nodes at the same moment.
    scheduled = cluster.shell(
        "import datetime\nfrom django.utils import timezone\nfrom wagtail.models import Site\n"
        f"site = Site.objects.get(hostname={HUB!r})\n"
        "pages = site.root_page.get_descendants().live().specific().filter(depth__gte=4).order_by('-pk')[:3]\n"
        "for page in pages:\n"
        "    revision = page.save_revision()\n"
        "    revision.approved_go_live_at = timezone.now() - datetime.timedelta(seconds=5)\n"
        "    revision.save()\n"
        "print(' '.join(str(p.pk) for p in pages))"
    ).split()
    moment = time.time() + 4
    code = (
        "import time, django\ndjango.setup()\nfrom django.core.management import call_command\n"
        f"time.sleep(max(0, {moment} - time.time()))\ncall_command('publish_scheduled')"
    )
    runs = [cluster.start(f"publish-scheduled-{node}", [PYTHON, "-c", code]) for node in ("a", "b")]
    check([run.wait(timeout=120) for run in runs] == [0, 0], "publish_scheduled failed")
    for node in ("a", "b"):
        cluster.processes.pop(f"publish-scheduled-{node}", None)
    logged = cluster.sql(
        "SELECT page_id, count(*) FROM wagtailcore_pagelogentry WHERE action = 'wagtail.publish.scheduled'"  # noqa: S608
        f" AND page_id IN ({', '.join(str(int(pk)) for pk in scheduled)}) GROUP BY page_id"
    )
    per_page = dict(line.split("|") for line in logged.splitlines())
    counts = [per_page.get(pk, "0") for pk in scheduled]
    check(counts == ["1"] * len(scheduled), f"scheduled publications per page: {counts}")
    wait_for(settled, 60, "the webhook queue to drain", interval=1)
    after = Counter(obj for _, event, obj in cluster.receiver.snapshot()[mark:] if event == "published")
    check(all(after[int(pk)] == 1 for pk in scheduled), f"webhooks per scheduled page: {dict(after)}")
    return (
        f"{len(ids)} pages published (3 through A, 3 through B): {len(deliveries) - before} deliveries, each "
        f"delivery id once, one 'published' per page; tasks run by {dict(workers)}; publish_scheduled on "
        f"both nodes at the same moment published pages {' '.join(scheduled)} once each (one webhook each)"
    )


def rolling_stop(cluster) -> str:
    lb = cluster.ports["lb"]
    targets = [(HUB, "/de/"), (PLATFORM, "/de/"), (HUB, "/en/"), (PLATFORM, "/api/v2/pages/?limit=5")]
    results, stop_at = [], threading.Event()
    phase = {"name": "both"}

    def client(number):
        while not stop_at.is_set():
            host, path = targets[number % len(targets)]
            try:
                response = request(lb, path, host, headers={"Accept": "text/html"}, timeout=20)
                results.append((phase["name"], response.status, response.headers.get("X-Served-By")))
            except OSError as error:
                results.append((phase["name"], repr(error), None))
            number += 1

    with ThreadPoolExecutor(4) as pool:
        for number in range(4):
            pool.submit(client, number)
        time.sleep(2)
        phase["name"] = "stopping A"
        cluster.stop("worker-a")
        cluster.stop("gunicorn-a")  # SIGTERM: gunicorn finishes the requests it holds
        wait_for(lambda: cluster.balancer_state()["node-a"].startswith("DOWN"), 20, "HAProxy: node A DOWN")
        phase["name"] = "A down"
        time.sleep(2)
        phase["name"] = "restarting A"
        cluster.start_node("a")
        wait_for(lambda: cluster.balancer_state()["node-a"] == "UP", 30, "HAProxy: node A UP again")
        phase["name"] = "A back"
        time.sleep(2)
        stop_at.set()
    failed = [r for r in results if r[1] != 200]
    by_phase = {}
    for name, _, node in results:
        by_phase.setdefault(name, Counter())[node] += 1
    check(not failed, f"{len(failed)} of {len(results)} requests failed: {failed[:5]}")
    check(by_phase.get("A down", Counter()).get("node-a", 0) == 0, "node A answered while it was down")
    check(by_phase.get("A back", Counter()).get("node-a", 0) > 0, "node A did not come back into rotation")
    summary = "; ".join(f"{name}: {dict(counts)}" for name, counts in by_phase.items())
    return f"{len(results)} requests through the balancer, 0 failed ({summary})"


def health(cluster) -> str:
    a, b, lb = cluster.ports["a"], cluster.ports["b"], cluster.ports["lb"]
    everything = {"database": "ok", "cache": "ok", "storage": "ok", "tasks": "ok"}
    for port in (a, b):
        answer = request(port, "/health/")
        check(
            answer.status == 200 and answer.json()["checks"] == everything, f"node on {port}: {answer.text}"
        )
    pids = {node: cluster.processes[f"gunicorn-{node}"].pid for node in ("a", "b")}

    def unhealthy(check_name):
        answers = [request(port, "/health/") for port in (a, b)]
        return (
            all(x.status == 503 and x.json()["checks"][check_name] == "unhealthy" for x in answers)
            and answers
        )

    lines = ["both nodes healthy (database, cache, storage, tasks ok)"]
    cluster.stop("redis")
    answers = wait_for(lambda: unhealthy("cache"), 20, "cache unhealthy on both nodes", interval=0.5)
    page = request(lb, "/de/", HUB)
    check(page.status == 200, f"with Redis stopped the balancer answered {page.status}")
    check(cluster.balancer_state() == {"node-a": "UP", "node-b": "UP"}, "a node left rotation without Redis")
    lines.append(
        f"Redis stopped: /health/ {answers[0].status} {answers[0].json()['checks']} on both; pages still 200"
    )
    cluster.start_redis()
    wait_for(lambda: all(request(p, "/health/").status == 200 for p in (a, b)), 20, "healthy again")
    lines.append("Redis back: both nodes 200 again")
    cluster.stop("s3")
    answers = wait_for(lambda: unhealthy("storage"), 30, "storage unhealthy on both nodes", interval=0.5)
    page = request(lb, "/de/", HUB)
    check(page.status == 200, f"with S3 stopped the balancer answered {page.status}")
    lines.append(
        f"S3 stopped: /health/ {answers[0].status} {answers[0].json()['checks']} on both; pages still 200"
    )
    for node, pid in pids.items():
        process = cluster.processes[f"gunicorn-{node}"]
        check(process.pid == pid and process.poll() is None, f"node {node.upper()} crashed")
    body = answers[0].text
    check(
        not re.search(r"127\.0\.0\.1|redis|cimis-cluster|postgres", body),
        "the health answer shows configuration",
    )
    lines.append("neither node crashed or restarted; the answers name no host, port or bucket")
    return "; ".join(lines)


PROOFS = [
    (1, "a page published through A is fresh on B and the balancer", page_fresh),
    (2, "an image uploaded through A is served, renditions made on either node", image_everywhere),
    (3, "one webhook delivery per publish with two workers; publish_scheduled once", webhooks_once),
    (4, "stopping node A under load loses no request; A comes back", rolling_stop),
    (5, "health: both healthy; a stopped Redis or S3 is unhealthy, no crash", health),
]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--keep-database", action="store_true", help="leave cimis_cluster behind")
    options = parser.parse_args()
    for tool in ("haproxy", "redis-server", "psql", "pg_isready"):
        if not (shutil.which(tool) or os.path.exists(f"/usr/sbin/{tool}")):
            print(f"make cluster: {tool} is not installed (apt-get install haproxy redis-server postgresql)")
            return 2
    began = time.monotonic()
    outcomes = []
    cluster = Cluster(keep_database=options.keep_database)
    try:
        print("== starting: Redis, S3 (moto), a new database with the demo, two nodes, HAProxy", flush=True)
        cluster.start_services()
        cluster.prepare_database()
        for node in ("a", "b"):
            cluster.start_node(node)
        cluster.start_balancer()
        cluster.finish_backup()
        ports = cluster.ports
        print(
            f"   node A :{ports['a']}, node B :{ports['b']}, balancer :{ports['lb']}, S3 :{ports['s3']}, "
            f"Redis :{ports['redis']} (ready after {time.monotonic() - began:.0f} s)",
            flush=True,
        )
        admin = AdminSession()
        admin.login(ports["a"], "cluster", cluster.password)
        for number, title, proof in PROOFS:
            started = time.monotonic()
            try:
                arguments = (cluster, admin) if number in (1, 2, 3) else (cluster,)
                detail = proof(*arguments)
                outcomes.append(True)
                print(f"{number}. PASS {title} ({time.monotonic() - started:.1f} s)\n   {detail}", flush=True)
            except Exception as error:  # noqa: BLE001 — a broken proof is a failed proof, not a crash
                outcomes.append(False)
                print(f"{number}. FAIL {title}: {error}", flush=True)
    except (ProofFailed, OSError, subprocess.SubprocessError) as error:
        print(f"make cluster: could not start the cluster: {error}", flush=True)
        for name in ("gunicorn-a", "gunicorn-b", "worker-a", "haproxy"):
            log = cluster.work / f"{name}.log"
            if log.exists():
                print(f"--- {name}.log (end)\n{log.read_text(errors='replace')[-1500:]}")
        outcomes.append(False)
    finally:
        cluster.close()
    passed = sum(outcomes)
    print(
        f"== cluster: {passed} of {len(PROOFS)} proofs passed in {time.monotonic() - began:.0f} s; everything stopped"
    )
    return 0 if outcomes and all(outcomes) and len(outcomes) == len(PROOFS) else 1


if __name__ == "__main__":
    sys.exit(main())
