"""Shared helpers of the API tests: requests through the Django test client."""

from urllib.parse import urlencode

API = "/api/v2/"


def api_get(client, endpoint, params=None, **headers):
    """GET /api/v2/<endpoint> with query parameters; returns the response."""
    query = f"?{urlencode(params, doseq=True)}" if params else ""
    return client.get(f"{API}{endpoint}{query}", **headers)


def items(response):
    assert response.status_code == 200, response.content
    return response.json()["items"]


def ids(response):
    return [item["id"] for item in items(response)]
