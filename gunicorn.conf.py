"""Gunicorn's configuration for production (and the load benchmark, benchmarks/pages.py).

    gunicorn cms.wsgi

reads this file from the working directory (or pass ``-c gunicorn.conf.py``). Every value
can be changed from the environment; these variables are read by gunicorn, before Django
starts, so they are declared here and not in ``cms/settings/base.py``:

- ``GUNICORN_BIND`` (``0.0.0.0:8000``): address and port;
- ``WEB_CONCURRENCY`` (CPU cores): worker processes. One per core, not the 2 × cores + 1
  of gunicorn's sync workers: a page render is Python holding its process's interpreter lock,
  so a third process on two cores only takes turns with the other two. Measured with the
  100-client mix of benchmarks/pages.py on 2 cores: with 3 processes 0, 9 and 80 wrk
  timeouts in three runs, with 2 none in four (README, "Benchmark");
- ``GUNICORN_THREADS`` (4): threads per worker (``gthread``), for requests that wait on the
  database or the cache. Not more: with 16, cached pages took the processor from renders
  (rendered pages timed out in the same mix), and each thread may keep a database connection;
- ``GUNICORN_TIMEOUT`` (30): seconds before a silent worker is killed and restarted;
- ``GUNICORN_GRACEFUL_TIMEOUT`` (30): seconds a worker has to finish on a restart;
- ``GUNICORN_KEEPALIVE`` (5): seconds a keep-alive connection waits for the next request
  (set it above the reverse proxy's idle timeout);
- ``GUNICORN_MAX_REQUESTS`` (50000, 0 = never): a worker is replaced after this many requests
  (with up to 10 % jitter), which caps slow memory growth. Not lower: cached pages are served
  at hundreds of requests per second, and at 2000 a worker was replaced every few seconds
  under load; the connections it held timed out while its successor started.

The application is not preloaded in the master: ``systemctl reload`` (HUP, the rolling deploy
of deploy/systemd/cimis-gunicorn.service) must start workers on the new code.
"""

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = _int("WEB_CONCURRENCY", multiprocessing.cpu_count())
worker_class = "gthread"
threads = _int("GUNICORN_THREADS", 4)
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = _int("GUNICORN_KEEPALIVE", 5)
max_requests = _int("GUNICORN_MAX_REQUESTS", 50000)
max_requests_jitter = max_requests // 10
# Pending connections the kernel queues while every thread is busy.
backlog = 2048
# Logs on stderr; the application's own JSON lines (cms.core.logging) carry the request id.
accesslog = None
errorlog = "-"
# The WSGI application, so that a bare ``gunicorn`` in the project directory starts it.
wsgi_app = "cms.wsgi:application"
