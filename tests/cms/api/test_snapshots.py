"""The API's public contract, pinned: the OpenAPI document and one representative answer of
every endpoint are stored under ``tests/cms/api/snapshots/`` and any difference fails.

The snapshots are the contract, not a by-product of the code: renaming a field changes the
responses and the generated document alike, so only a stored copy notices (Wagtail 8's API
v3 pins its document the same way, ``test_openapi_snapshot``).

To change the contract on purpose, rewrite the files and review the diff before committing::

    UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/cms/api/test_snapshots.py -n 0

What differs between runs is normalised before comparing: date-times (publication and
preview times), block ids (random UUIDs), preview tokens, and the order of search results
(the databases rank them differently). On a difference, this run's answer is written to
``$TMPDIR/api-snapshots/`` for a diff. The host is the test client's ``testserver``. The
demo gives its objects the same ids in every run on one database, but not the same on SQLite and
PostgreSQL (rolled-back inserts advance PostgreSQL's sequences, and related items then sort
differently), so the responses are stored once per database, ``responses/sqlite/`` and
``responses/postgresql/``; the OpenAPI document is the same on both. Check both::

    .venv/bin/python -m pytest tests/cms/api/test_snapshots.py -n 0
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cimis_api \
        .venv/bin/python -m pytest tests/cms/api/test_snapshots.py -n 0
"""

import json
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from django.db import connection

import pytest

from cms.headless.preview import make_token
from cms.library.models import MethodCard

from .helpers import API

pytestmark = pytest.mark.django_db

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)?$")

PAGE_TYPES = {
    "lausitz.localhost": [
        "core.StandardPage",
        "core.LegalPage",
        "hubs.HubHomePage",
        "hubs.ContactPage",
        "hubs.EventIndexPage",
        "hubs.EventPage",
        "hubs.MatchIndexPage",
        "hubs.MatchPage",
        "hubs.NewsIndexPage",
        "hubs.NewsPage",
        "hubs.InnovationSpacePage",
    ],
    "lernplattform.localhost": [
        "platform.PlatformHomePage",
        "platform.HowToGuidePage",
        "platform.InterviewPage",
        "platform.GuideIndexPage",
        "platform.MethodLibraryPage",
        "platform.ToolCataloguePage",
        "platform.PrototypeGalleryPage",
        "platform.MaterialsPage",
    ],
}
LIBRARIES = ["methods", "tools", "partners", "people", "spaces", "testimonials"]

#: name → (path, query parameters, options). ``detail_of``: also snapshot the detail of the
#: listing's first item; ``unordered``: sort items by id (search ranking differs by database).
REQUESTS = {
    "index": ("/api/", {}, {}),
    "pages_listing": (f"{API}pages/", {"site": "lausitz.localhost"}, {}),
    "pages_listing_en": (f"{API}pages/", {"site": "meissen.localhost", "locale": "en", "limit": 50}, {}),
    "pages_child_of_root": (
        f"{API}pages/",
        {"site": "lernplattform.localhost", "child_of": "root", "locale": "en", "fields": "title,slug"},
        {},
    ),
    **{
        f"pages_{label.replace('.', '_').lower()}": (
            f"{API}pages/",
            {"site": site, "type": label, "fields": "*", "limit": 2},
            {"detail_of": True},
        )
        for site, labels in PAGE_TYPES.items()
        for label in labels
    },
    "pages_search": (
        f"{API}pages/",
        {"site": "lausitz.localhost", "search": "Kick-off", "fields": "title"},
        {"unordered": True},
    ),
    **{
        f"{name}_listing": (f"{API}{name}/", {"fields": "*", "limit": 3}, {"detail_of": True})
        for name in LIBRARIES
    },
    **{f"{name}_listing_en": (f"{API}{name}/", {"locale": "en", "limit": 5}, {}) for name in LIBRARIES},
    "tools_by_score": (f"{API}tools/", {"order": "-overall_score,name", "fields": "name,overall_score"}, {}),
    "methods_search": (f"{API}methods/", {"search": "Workshop"}, {"unordered": True}),
    "images_listing": (f"{API}images/", {"fields": "*", "limit": 3}, {"detail_of": True}),
    "images_listing_en": (f"{API}images/", {"locale": "en", "limit": 3}, {}),
    "documents_listing": (f"{API}documents/", {"fields": "*", "limit": 3}, {"detail_of": True}),
    "find_page_de": (
        f"{API}pages/find/",
        {"site": "lausitz.localhost", "html_path": "/de/"},
        {},
    ),
    "find_page_en": (
        f"{API}pages/find/",
        {"site": "lausitz.localhost", "html_path": "/en/", "fields": "title"},
        {},
    ),
    "find_page_missing": (
        f"{API}pages/find/",
        {"site": "lausitz.localhost", "html_path": "/en/no-such-page/"},
        {},
    ),
    "find_method_by_id": (f"{API}methods/find/", {"id": "__first_method__"}, {}),
    "error_limit_not_a_number": (f"{API}pages/", {"limit": "abc"}, {}),
    "error_limit_too_high": (f"{API}pages/", {"limit": "1000"}, {}),
    "error_unknown_parameter": (f"{API}pages/", {"colour": "red"}, {}),
    "error_unknown_locale": (f"{API}methods/", {"locale": "fr"}, {}),
    "error_unknown_site": (f"{API}pages/", {"site": "nowhere.example"}, {}),
    "error_unknown_field": (f"{API}pages/", {"fields": "no_such_field"}, {}),
    "error_unknown_type": (f"{API}pages/", {"type": "hubs.NoSuchPage"}, {}),
    "error_unpaired_quote": (f"{API}methods/", {"search": 'a "b'}, {}),
    "error_page_not_found": (f"{API}pages/999999/", {}, {}),
    "error_method_not_found": (f"{API}methods/999999/", {}, {}),
    "error_unknown_endpoint": ("/api/v2/nothing/", {}, {}),
    "preview_missing_token": (f"{API}preview/", {}, {}),
    "preview_invalid_token": (f"{API}preview/", {"token": "not-a-token"}, {}),
}


def responses() -> str:
    """The folder of this database's response snapshots."""
    return f"responses/{connection.vendor}"


def normalise(value, *, unordered=False):
    """What may differ between runs and databases, made constant."""
    if isinstance(value, dict):
        result = {key: normalise(item) for key, item in value.items()}
        if unordered and isinstance(result.get("items"), list):
            result["items"] = sorted(result["items"], key=lambda item: item.get("id", 0))
        return result
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str):
        if DATETIME.match(value):
            return "<datetime>"
        if UUID.match(value):
            return "<uuid>"  # a block's id, random in every demo load
        return re.sub(r"token=[^&\"]+", "token=<token>", value)
    return value


def answer(client, path, params, **options) -> dict:
    url = f"{path}?{urlencode(params)}" if params else path
    response = client.get(url)
    body = response.json() if response["Content-Type"].startswith("application/json") else None
    result = {"request": url, "status": response.status_code}
    if response.has_header("Location"):
        result["location"] = response["Location"]
    result["cache_control"] = response.get("Cache-Control")
    result["body"] = body
    return normalise(result, unordered=options.get("unordered", False))


def compare(name: str, actual) -> None:
    path = SNAPSHOTS / name
    text = json.dumps(actual, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path} did not exist and was written: review and commit it")
        return
    expected = normalise(json.loads(path.read_text(encoding="utf-8")))
    if actual != expected:
        written = Path(tempfile.gettempdir()) / "api-snapshots" / name
        written.parent.mkdir(parents=True, exist_ok=True)
        written.write_text(text, encoding="utf-8")
        pytest.fail(
            f"{name} differs from the stored contract (this answer: {written}); if the change is "
            "meant, rerun with UPDATE_SNAPSHOTS=1 and review the diff"
        )


def test_openapi_document_is_unchanged(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    compare("openapi.json", response.json())


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_response_is_unchanged(client, name):
    path, params, options = REQUESTS[name]
    params = dict(params)
    if params.get("id") == "__first_method__":
        params["id"] = str(MethodCard.objects.filter(live=True).order_by("pk").first().pk)
    result = answer(client, path, params, **options)
    assert result["status"] != 500
    snapshots = {f"{responses()}/{name}.json": result}
    if options.get("detail_of"):
        first = result["body"]["items"][0]
        detail_path = first["meta"]["detail_url"].removeprefix("http://testserver")
        detail = answer(client, detail_path, {"fields": "*"} if "fields" in params else {})
        assert detail["status"] == 200
        snapshots[f"{responses()}/{name}_detail.json"] = detail
    for snapshot, actual in snapshots.items():
        compare(snapshot, actual)


@pytest.mark.parametrize("kind", ["page", "method"])
def test_preview_response_is_unchanged(client, sites, kind):
    if kind == "page":
        obj = sites["lausitz"].root_page.specific
    else:
        obj = MethodCard.objects.filter(live=True, locale__language_code="de").order_by("pk").first()
    result = answer(client, f"{API}preview/", {"token": make_token(obj)})
    assert result["status"] == 200
    compare(f"{responses()}/preview_{kind}.json", result)
