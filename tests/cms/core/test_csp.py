"""Content-Security-Policy: every page type of the sites sends the enforced site policy (own
scripts and styles only, frames only from the two video players the consent button loads) and
carries nothing that policy would block; the admin sends its own, looser policy."""

import pytest
from bs4 import BeautifulSoup

from cms.core.sites import site_config
from tests.e2e.pages import PAGE_TYPES

pytestmark = pytest.mark.django_db

HEADER = "Content-Security-Policy"


def directives(response) -> dict[str, list[str]]:
    assert HEADER in response, f"no {HEADER} on {response.request['PATH_INFO']}"
    assert "Content-Security-Policy-Report-Only" not in response
    policy = {}
    for part in response[HEADER].split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


def open_page_type(client, page_type):
    host = site_config(page_type.site).hostname
    response = client.get(page_type.path, HTTP_HOST=host)
    if page_type.follow:
        soup = BeautifulSoup(response.content, "html.parser")
        target = soup.select_one(page_type.follow)
        if target.name == "a":
            response = client.get(target["href"], HTTP_HOST=host)
        else:  # a form's submit button: send the form empty
            form = target.find_parent("form")
            response = client.post(form.get("action") or page_type.path, {}, HTTP_HOST=host)
    return response


def executable(script) -> bool:
    """Whether the browser runs a <script>: data blocks (JSON, JSON-LD) are not run, so no policy
    applies to them."""
    kind = (script.get("type") or "").split(";")[0].strip().lower()
    return kind in ("", "module", "text/javascript", "application/javascript")


def inline_code(html: str) -> list[str]:
    """What an enforced 'self'-only policy would block: inline scripts, styles, handlers."""
    soup = BeautifulSoup(html, "html.parser")
    found = [str(tag)[:80] for tag in soup.find_all("script") if not tag.get("src") and executable(tag)]
    found += [str(tag)[:80] for tag in soup.find_all("style")]
    found += [str(tag)[:80] for tag in soup.find_all(style=True)]
    found += [str(tag)[:80] for tag in soup.find_all(lambda t: any(a.startswith("on") for a in t.attrs))]
    return found


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=str)
def test_every_site_page_type_sends_the_site_policy(client, page_type):
    response = open_page_type(client, page_type)
    assert response.status_code in (page_type.status, 400), response.status_code
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert sorted(policy["frame-src"]) == ["https://player.vimeo.com", "https://www.youtube-nocookie.com"]
    assert not any("unsafe" in value for values in policy.values() for value in values)
    assert inline_code(response.content.decode()) == []


def test_the_video_players_the_consent_button_loads_are_the_allowed_frames():
    from cms.core.blocks.media import parse_video_url

    policy_frames = {"https://www.youtube-nocookie.com", "https://player.vimeo.com"}
    for url in ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vimeo.com/76979871"):
        embed = parse_video_url(url).embed_url
        assert any(embed.startswith(origin + "/") for origin in policy_frames), embed


@pytest.mark.parametrize("path", ["/api/v2/pages/?site=meissen.localhost", "/sitemap.xml", "/theme.css"])
def test_other_site_answers_send_the_policy_too(client, path):
    response = client.get(path, HTTP_HOST="meissen.localhost")
    assert response.status_code == 200
    assert directives(response)["default-src"] == ["'self'"]


def test_the_admin_sends_its_own_looser_policy(client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("csp-probe", "c@example.org", "x"))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    client.logout()
    login = directives(client.get("/admin/login/"))
    assert login["form-action"] == ["'self'"]
