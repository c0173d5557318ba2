"""Benchmark of the headless API: latency and queries per request of the main endpoints,
side by side with a baseline of the same requests served by stock Wagtail API v2 viewsets
(plain ``specific()``, no bulk look-ups, no prefetching).

It builds its own data set in a throwaway SQLite database — the demo, plus 1,000 pages across
the four sites (matches, events and news on the hubs, standard pages on the platform), 200
method cards and 100 AI tools — so it runs on a fresh clone:

    make install
    .venv/bin/python benchmarks/api.py            # --requests 30 for steadier figures

It prints figures and asserts nothing about time.

``--against REV`` measures the API of another revision too, side by side in one run: the
revision is checked out in a temporary git worktree, and each tree's API is measured in a
process of its own on the same data set (two versions of ``cms.api`` cannot share one
process). For a refactoring, p50 should stay within noise and query counts equal:

    .venv/bin/python benchmarks/api.py --against 4804aa9 --requests 30
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

# The tree whose API is measured (a worktree of another revision with ``--against``).
ROOT = Path(os.environ.get("CIMIS_BENCHMARK_ROOT") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))
WORK = tempfile.mkdtemp(prefix="cimis-api-benchmark-")
os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{WORK}/benchmark.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import include, path  # noqa: E402

from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter  # noqa: E402
from wagtail.api.v2.router import WagtailAPIRouter  # noqa: E402
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet  # noqa: E402
from wagtail.documents.api.v2.views import DocumentsAPIViewSet  # noqa: E402
from wagtail.images.api.v2.views import ImagesAPIViewSet  # noqa: E402
from wagtail.models import Locale  # noqa: E402

PAGES_PER_SITE = 250
METHODS = 200
TOOLS = 100


# --- the baseline: stock Wagtail API v2 -------------------------------------------------


def baseline_router():
    from cms.api.router import LIBRARY_ENDPOINTS

    router = WagtailAPIRouter("baselineapi")
    router.register_endpoint("pages", PagesAPIViewSet)
    router.register_endpoint("images", ImagesAPIViewSet)
    router.register_endpoint("documents", DocumentsAPIViewSet)
    from django.apps import apps

    for name, (label, _options) in LIBRARY_ENDPOINTS.items():
        model = apps.get_model(label)

        class StockSnippetViewSet(BaseAPIViewSet):
            # What a snippet endpoint on BaseAPIViewSet looks like with the stock filters.
            filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
            known_query_parameters = BaseAPIViewSet.known_query_parameters | {"locale"}

            def get_queryset(self, model=model):
                return model.objects.filter(live=True).order_by("id")

        StockSnippetViewSet.model = model
        StockSnippetViewSet.name = name
        router.register_endpoint(name, StockSnippetViewSet)
    return router


#: The settings of every measurement: the benchmark's URLs, and no page cache (with it, every
#: repeated request is a cache hit, and the API's own work is not measured at all).
MEASURING = {"ROOT_URLCONF": "benchmark_urls", "ALLOWED_HOSTS": ["*"], "PAGE_CACHE_SECONDS": 0}

urlconf = types.ModuleType("benchmark_urls")
sys.modules["benchmark_urls"] = urlconf


# --- the data set -----------------------------------------------------------------------


def build_data_set():
    from cms.core.factories import CMSImageFactory
    from cms.core.models import StandardPage
    from cms.core.sites import site_for_key
    from cms.library.factories import AIToolFactory, MethodCardFactory
    from cms.library.models import MethodCard, Partner, Testimonial
    from sites.hubs.models import (
        EventIndexPage,
        EventPage,
        MatchIndexPage,
        MatchPage,
        NewsIndexPage,
        NewsPage,
    )
    from sites.hubs.models.matches import MatchMethod

    german = Locale.get_default()
    images = [CMSImageFactory(file__width=400, file__height=300) for _ in range(12)]
    for image in images:
        image.get_renditions("fill-480x320", "max-960x960", "max-1920x1920")

    def image(number):
        return images[number % len(images)]

    methods = [MethodCardFactory.build(image=image(n), live=True, locale=german) for n in range(METHODS)]
    MethodCard.objects.bulk_create(methods)
    tools = [AIToolFactory.build(logo=image(n), live=True, locale=german) for n in range(TOOLS)]
    type(tools[0]).objects.bulk_create(tools)

    live = {"live": True, "locale__language_code": "de"}
    # A match may only show a testimonial by its own tandem: the creative partner says it.
    testimonial = Testimonial.objects.filter(**live, person__isnull=False).first()
    creative = testimonial.person
    organisation = Partner.objects.filter(**live).first()
    chosen_methods = list(MethodCard.objects.filter(**live)[:3])

    def body(target, number):
        return [
            ("text", f'<p>Siehe <a linktype="page" id="{target.pk}">hier</a>. Absatz {number}.</p>'),
            ("image", {"image": image(number), "caption": "Bild"}),
            ("call_to_action", {"heading": "Mehr", "link_text": "Weiter", "page": target}),
        ]

    platform = site_for_key("platform").root_page.specific
    for number in range(PAGES_PER_SITE):
        platform.add_child(
            instance=StandardPage(
                title=f"Seite {number}",
                slug=f"b-seite-{number}",
                hero_image=image(number),
                body=body(platform, number),
            )
        )
    for key in ("meissen", "lausitz", "erzgebirge"):
        home = site_for_key(key).root_page.specific
        matches = MatchIndexPage.objects.child_of(home).get()
        events = EventIndexPage.objects.child_of(home).get()
        news = NewsIndexPage.objects.child_of(home).get()
        for number in range(PAGES_PER_SITE):
            if number % 10 < 3:
                match = matches.add_child(
                    instance=MatchPage(
                        title=f"Tandem {number}",
                        slug=f"b-tandem-{number}",
                        hero_image=image(number),
                        organisation=organisation,
                        creative=creative,
                        testimonial=testimonial,
                        category="online_shop",
                        challenge=f'<p>Aufgabe, <a linktype="page" id="{home.pk}">Hub</a></p>',
                        prototype="<p>Prototyp</p>",
                        gallery=[("image", {"image": image(number), "caption": ""})],
                    )
                )
                MatchMethod.objects.bulk_create(
                    [
                        MatchMethod(match=match, method=method, sort_order=i, locale=german)
                        for i, method in enumerate(chosen_methods)
                    ]
                )
            elif number % 10 < 6:
                events.add_child(
                    instance=EventPage(
                        title=f"Termin {number}",
                        slug=f"b-termin-{number}",
                        hero_image=image(number),
                        start="2025-04-16T10:00:00+02:00",
                        body=body(home, number),
                    )
                )
            else:
                news.add_child(
                    instance=NewsPage(
                        title=f"Meldung {number}", slug=f"b-meldung-{number}", hero_image=image(number),
                        body=body(home, number),
                    )
                )  # fmt: skip


# --- measuring --------------------------------------------------------------------------

REQUESTS = [
    ("match pages, fields=*", "pages/", {"site": "lausitz.localhost", "type": "hubs.MatchPage", "fields": "*"}),
    ("news pages, fields=*", "pages/", {"site": "meissen.localhost", "type": "hubs.NewsPage", "fields": "*"}),
    ("standard pages, fields=*", "pages/", {"site": "lernplattform.localhost", "type": "core.StandardPage",
                                             "fields": "*"}),
    ("pages, fields=*", "pages/", {"site": "erzgebirge.localhost", "fields": "*"}),
    ("pages, default fields", "pages/", {"site": "lausitz.localhost"}),
    ("methods, fields=*", "methods/", {"fields": "*"}),
    ("tools by name, fields=*", "tools/", {"fields": "*", "order": "name"}),
    ("images, fields=*", "images/", {"fields": "*"}),
    ("one match page", "pages/{match}/", {"site": "{site}"}),
]  # fmt: skip


def measure(client, prefix, endpoint, params, repeat):
    timings, queries = [], []
    url = f"{prefix}{endpoint}"
    for _ in range(repeat):
        connection.queries_log.clear()  # its 9,000-entry window would hide the count
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, params)
            timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} {params}: {response.status_code} {response.content[:200]!r}")
        queries.append(len(captured))
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return statistics.median(timings), p95, statistics.median(queries)


def run(*command, **options):
    """A command of the developer's own tools (git, this script): no shell, no untrusted input."""
    return subprocess.run(command, check=True, text=True, **options)  # noqa: S603


def against(arguments):
    """This tree's API and the one of ``arguments.against``, each measured in its own process."""
    here = Path(__file__).resolve().parent.parent
    git = shutil.which("git") or "git"
    revision = run(git, "-C", str(here), "rev-parse", "--short", arguments.against, capture_output=True)
    revision = revision.stdout.strip()
    worktree = Path(WORK) / f"tree-{revision}"
    run(git, "-C", str(here), "worktree", "add", "--detach", "--quiet", str(worktree), revision)
    results = {}
    try:
        for name, root in ((revision, worktree), ("this tree", here)):
            print(f"Measuring {name} ({root}) …", flush=True)
            output = Path(WORK) / f"{revision if root == worktree else 'here'}.json"
            run(
                sys.executable, __file__, "--requests", str(arguments.requests), "--limit",
                str(arguments.limit), "--json", str(output),
                cwd=root, env={**os.environ, "CIMIS_BENCHMARK_ROOT": str(root)},
            )  # fmt: skip
            results[name] = json.loads(output.read_text())
    finally:
        run(git, "-C", str(here), "worktree", "remove", "--force", str(worktree))
    header = (
        f"{'request':<28} {revision + ': p50':>14} {'queries':>8}   {'this tree: p50':>14} {'queries':>8}"
        f" {'p50 change':>11}"
    )
    print(f"\n{arguments.requests} requests each, limit={arguments.limit}, times in ms\n")
    print(header)
    print("-" * len(header))
    for name, _endpoint, _params in REQUESTS:
        (old, _old95, old_queries), (new, _new95, new_queries) = (
            results[revision][name],
            results["this tree"][name],
        )
        print(
            f"{name:<28} {old:>14.1f} {old_queries:>8.0f}   {new:>14.1f} {new_queries:>8.0f}"
            f" {(new - old) / old:>+10.1%}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=15, help="requests per endpoint and variant")
    parser.add_argument("--limit", type=int, default=100, help="items per listing")
    parser.add_argument("--against", metavar="REV", help="also measure the API of this git revision")
    parser.add_argument("--json", help=argparse.SUPPRESS)  # used by --against: figures of this tree
    arguments = parser.parse_args()
    if arguments.against:
        return against(arguments)

    started = time.perf_counter()
    print(f"Building the data set in {WORK} …", flush=True)
    call_command("migrate", verbosity=0)
    with override_settings(DEBUG=True):
        call_command("load_demo", verbosity=0)
    build_data_set()
    from wagtail.models import Page

    from sites.hubs.models import MatchPage

    print(
        f"  {Page.objects.count()} pages, "
        f"{sum(m.objects.count() for m in _library_models())} library items "
        f"({time.perf_counter() - started:.0f} s)\n"
    )

    urlconf.urlpatterns = [
        path("api/", include("cms.api.urls")),
        path("baseline/v2/", baseline_router().urls),
    ]
    match = MatchPage.objects.filter(live=True, slug__startswith="b-tandem").first()
    client = Client()
    header = (
        f"{'request':<28} {'optimised: p50':>14} {'p95':>7} {'queries':>8}"
        f"   {'stock v2: p50':>13} {'p95':>7} {'queries':>8}"
    )
    if arguments.json:
        figures = {}
        with override_settings(**MEASURING):
            for name, endpoint, params in requests_for(match, arguments):
                measure(client, "/api/v2/", endpoint, params, 1)  # renditions and caches warm
                figures[name] = measure(client, "/api/v2/", endpoint, params, arguments.requests)
        Path(arguments.json).write_text(json.dumps(figures))
        return None
    with override_settings(**MEASURING):
        print(f"{arguments.requests} requests each, limit={arguments.limit}, times in ms\n")
        print(header)
        print("-" * len(header))
        for name, endpoint, params in requests_for(match, arguments):
            rows = []
            for prefix in ("/api/v2/", "/baseline/v2/"):
                measure(client, prefix, endpoint, params, 1)  # renditions and caches warm
                rows.append(measure(client, prefix, endpoint, params, arguments.requests))
            (p50, p95, queries), (b50, b95, bqueries) = rows
            print(
                f"{name:<28} {p50:>14.1f} {p95:>7.1f} {queries:>8.0f}"
                f"   {b50:>13.1f} {b95:>7.1f} {bqueries:>8.0f}"
            )
    print("\nThe baseline serves the same requests with stock Wagtail API v2 viewsets and a snippet")
    print("viewset on BaseAPIViewSet (live items only); it skips the API's rules on privacy, so its")
    print("work is, if anything, smaller.")


def requests_for(match, arguments):
    """``REQUESTS`` with the benchmark's match page and limit filled in."""
    for name, endpoint, params in REQUESTS:
        endpoint = endpoint.format(match=match.pk)
        params = {key: value.format(site=match.get_site().hostname) for key, value in params.items()}
        if not endpoint.rstrip("/").split("/")[-1].isdigit():
            params = {**params, "limit": arguments.limit}
        yield name, endpoint, params


def _library_models():
    from cms.library.models import AITool, InnovationSpace, MethodCard, Partner, Person, Testimonial

    return [MethodCard, AITool, Partner, Person, Testimonial, InnovationSpace]


if __name__ == "__main__":
    try:
        main()
    finally:
        from django.conf import settings

        shutil.rmtree(WORK, ignore_errors=True)
        if "cimis-test-media-" in str(settings.MEDIA_ROOT):  # the test settings' throwaway media
            shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
