"""``/health/``: is this node able to serve? Cheap, unauthenticated, and it reveals nothing
of the configuration: each check answers ``ok`` or ``unhealthy``, never a host name, an alias
or an exception's text (those go to the log, logger ``health_check``).

    GET /health/            {"status": "ok", "checks": {"database": "ok", "cache": "ok",
                             "storage": "ok", "tasks": "ok"}}   200, or 503 when one is not ok
    GET /health/<check>/    the same for one check (the load balancer asks for "database")

The checks are django-health-check's (database, cache, storage) and our own task queue
check. Every answer says ``Cache-Control: no-store`` (django-health-check's view adds it), so
neither the page cache nor a proxy keeps it. Results are remembered for ``MEMO_SECONDS`` per
process, so a flood of requests costs the database, the cache and the bucket next to nothing.
"""

import asyncio
import dataclasses
import datetime
import threading
import time

from django.db.models import Q
from django.http import Http404, JsonResponse
from django.utils import timezone

from django_tasks_db.models import DBTaskResult, get_date_max
from health_check.base import HealthCheck
from health_check.checks import Cache, Database, Storage
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

#: Seconds a result is reused by the same process.
MEMO_SECONDS = 2.0
#: A task that has been ready this long with nobody running it means no worker is consuming.
STALLED_AFTER = datetime.timedelta(minutes=15)


@dataclasses.dataclass
class TaskQueue(HealthCheck):
    """The task queue (django-tasks' database backend, ``db_worker``): its table answers, and
    no task has waited for a worker longer than ``STALLED_AFTER``."""

    def run(self):
        waiting_since = timezone.now() - STALLED_AFTER
        stalled = (
            DBTaskResult.objects.ready()
            .filter(enqueued_at__lt=waiting_since)
            .filter(Q(run_after=get_date_max()) | Q(run_after__lt=waiting_since))
            .exists()
        )
        if stalled:
            raise ServiceUnavailable("tasks are waiting for a worker")


CHECKS = {
    "database": Database,
    "cache": Cache,
    "storage": Storage,
    "tasks": TaskQueue,
}

_memo: dict[str, tuple[float, dict]] = {}
_memo_lock = threading.Lock()


class HealthView(HealthCheckView):
    """django-health-check's view (no-store headers, checks run concurrently with their own
    time limits), answering only our plain JSON."""

    http_method_names = ["get", "head"]

    async def get(self, request, *args, check=None, **kwargs):
        names = list(CHECKS) if check is None else [check]
        if check is not None and check not in CHECKS:
            raise Http404
        key = ",".join(names)
        with _memo_lock:
            remembered = _memo.get(key)
        if remembered and time.monotonic() - remembered[0] < MEMO_SECONDS:
            statuses = remembered[1]
        else:
            results = await asyncio.gather(*(CHECKS[name]().get_result() for name in names))
            statuses = {
                name: "unhealthy" if result.error else "ok"
                for name, result in zip(names, results, strict=True)
            }
            with _memo_lock:
                _memo[key] = (time.monotonic(), statuses)
        healthy = all(status == "ok" for status in statuses.values())
        return JsonResponse(
            {"status": "ok" if healthy else "unhealthy", "checks": statuses},
            status=200 if healthy else 503,
        )


def forget() -> None:
    """Drop the remembered results (tests)."""
    with _memo_lock:
        _memo.clear()
