"""Bad input answers 400 with a JSON message, an unknown id 404 JSON; nothing answers 500."""

import pytest

from .helpers import API, api_get

pytestmark = pytest.mark.django_db

LAUSITZ = "lausitz.localhost"

BAD_REQUESTS = [
    ("pages/", {"nonsense": "1"}),
    ("pages/", {"limit": "abc"}),
    ("pages/", {"limit": "101"}),
    ("pages/", {"limit": "-1"}),
    ("pages/", {"offset": "-1"}),
    ("pages/", {"offset": str(2**64)}),
    ("pages/", {"offset": "99999999999999999999999"}),
    ("pages/", {"locale": "xx"}),
    ("pages/", {"site": "nowhere.example"}),
    ("pages/", {"site": "lausitz.localhost:notaport"}),
    ("pages/", {"type": "hubs.Nonsense"}),
    ("pages/", {"type": "auth.User"}),
    ("pages/", {"fields": "nonsense"}),
    ("pages/", {"fields": "title(", "type": "hubs.EventPage"}),
    ("pages/", {"order": "nonsense"}),
    ("pages/", {"order": "random", "offset": "1"}),
    ("pages/", {"search": 'a"b'}),
    ("pages/", {"search": "x", "search_operator": "xor"}),
    ("pages/", {"search_operator": "xor"}),
    ("pages/", {"site": "lausitz\x00.localhost"}),
    ("pages/", {"locale": "de\x00"}),
    ("pages/", {"search": "a\x00b"}),
    ("pages/", {"first_published_at": "notadate"}),
    ("pages/", {"child_of": "abc"}),
    ("pages/", {"child_of": str(2**64)}),
    ("pages/", {"child_of": "999999"}),
    ("pages/", {"descendant_of": "-3"}),
    ("pages/", {"translation_of": "x"}),
    ("pages/", {"rich_text_format": "nonsense"}),
    ("pages/", {"format": "api"}),
    ("pages/find/", {"id": "abc"}),
    ("pages/find/", {"html_path": "/de/\x00"}),
    ("pages/find/", {"html_path": "/de/", "site": "nowhere.example"}),
    ("images/", {"width": "wide"}),
    ("images/", {"locale": "fr"}),
    ("documents/", {"nonsense": "1"}),
    ("methods/", {"phase": "nonsense"}),
    ("methods/", {"locale": "xx"}),
    ("methods/", {"summary": "filtering on a field that is not a FilterField"}),
    ("tools/", {"order": "-nonsense"}),
    ("tools/", {"search": "x", "search_operator": "nand"}),
]


@pytest.mark.parametrize("endpoint, params", BAD_REQUESTS)
def test_bad_input_answers_400_with_a_json_message(client, endpoint, params):
    response = api_get(client, endpoint, params)
    assert response.status_code == 400, (endpoint, params, response.content)
    assert response["Content-Type"] == "application/json"
    assert isinstance(response.json()["message"], str) and response.json()["message"]


@pytest.mark.parametrize("endpoint, params", BAD_REQUESTS)
def test_the_message_names_what_was_wrong(client, endpoint, params):
    """The message points at the parameter at fault, so the reader knows what to fix."""
    message = api_get(client, endpoint, params, HTTP_ACCEPT_LANGUAGE="en").json()["message"].lower()
    named = [name for name in params if name.lower() in message]
    named += [value for value in params.values() if len(value) < 30 and value.lower() in message]
    assert named, (endpoint, params, message)


@pytest.mark.parametrize(
    "params, german",
    [
        ({"fields": "nonsense"}, "unbekannte Felder: nonsense"),
        ({"fields": "title(", "type": "hubs.EventPage"}, "Fehler in fields: "),
        ({"rich_text_format": "nonsense"}, "rich_text_format muss eines von 'db_html'"),
        ({"site": "nowhere.example"}, "unbekannte Website „nowhere.example“"),
    ],
)
def test_wagtails_own_messages_are_given_in_the_requests_language(client, params, german):
    response = api_get(client, "pages/", params, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 400
    assert response.json()["message"].startswith(german)


@pytest.mark.parametrize(
    "path",
    [
        "pages/999999/",
        f"pages/{2**70}/",
        "images/999999/",
        "documents/999999/",
        "methods/999999/",
        "tools/999999/",
        "pages/find/?html_path=/de/nowhere/",
        "pages/find/?id=999999",
        "nonsense/",
        "pages/abc/",
    ],
)
def test_unknown_ids_and_paths_answer_404_json(client, path):
    response = client.get(API + path)
    assert response.status_code == 404, response.content
    assert response.json()["message"]


def test_writing_is_not_allowed(client):
    response = client.post(API + "pages/", {})
    assert response.status_code == 405
    assert response.json()["message"]


def test_search_with_quotes_and_operators_works(client):
    response = api_get(
        client, "pages/", {"site": LAUSITZ, "search": '"Lausitz" OR (kick*', "search_operator": "or"}
    )
    assert response.status_code == 200


def test_the_api_root_lists_the_endpoints_schema_and_docs(client):
    data = client.get("/api/").json()
    assert data["schema"].endswith("/api/schema/") and data["docs"].endswith("/api/docs/")
    assert {"pages", "images", "documents", "methods", "tools"} <= set(data["endpoints"])


def test_a_missing_trailing_slash_is_added(client):
    response = client.get("/api/v2/pages")
    assert response.status_code == 301
    assert response["Location"] == "/api/v2/pages/"
