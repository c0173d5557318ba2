"""The accounts of every role, signed in, and what the role declaration says each may do.

Expectations are read from the declaration (``cms.core.roles``) rather than written out case
by case; ``test_roles.py`` pins the declaration itself to the table of DESIGN §4."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

import pytest

from cms.core.demo import DEMO_ACCOUNTS
from cms.core.roles import (
    REGIONAL_LIBRARY,
    SHARED_COLLECTION_ACTIONS,
    SHARED_COLLECTION_SITE_KIND,
    group_name,
    role_for,
)
from cms.core.sites import site_config

#: Every role, by the account that holds it. "platform-editor" has no demo account (DESIGN §4
#: has none); the tests make one.
ACCOUNTS = {username: role for username, _superuser, role in DEMO_ACCOUNTS}
ACCOUNTS["platform-editor"] = ("platform", "editors")
USERNAMES = list(ACCOUNTS)
SITE_KEYS = ["platform", "meissen", "lausitz", "erzgebirge"]
HUB_KEYS = ["meissen", "lausitz", "erzgebirge"]


def matrix(targets, ids=str):
    """Every role against every target, as pytest parameters (username, target). The
    administrator, a superuser whom Wagtail lets through before any rule, is tried against
    the first target only: the rules are what the matrix is for."""
    return [
        pytest.param(username, target, id=f"{username}-{ids(target)}")
        for username in USERNAMES
        for index, target in enumerate(targets)
        if username != "admin" or index == 0
    ]


def role_of(username):
    """The declared Role of an account, or None for the administrator (a superuser)."""
    held = ACCOUNTS[username]
    return role_for(*held) if held else None


def is_admin(username) -> bool:
    return ACCOUNTS[username] is None


def on_site(username, site_key) -> bool:
    role = role_of(username)
    return role is None or role.site.key == site_key


def page_action(username, site_key, action) -> bool:
    role = role_of(username)
    return role is None or (role.site.key == site_key and action in role.kind.page_actions)


def media_action(username, site_key, action) -> bool:
    """On the images and documents of ``site_key``'s collection."""
    role = role_of(username)
    if role is None:
        return True
    if role.site.key == site_key:
        return action in role.kind.media_actions
    if site_config(site_key).kind == SHARED_COLLECTION_SITE_KIND:
        return action in SHARED_COLLECTION_ACTIONS
    return False


def library_action(username, model_label, region_key, action) -> bool:
    """On an item of a library (of ``region_key``'s region, for a regional library)."""
    role = role_of(username)
    if role is None:
        return True
    if model_label not in role.libraries or action not in role.kind.library_actions:
        return False
    return model_label not in REGIONAL_LIBRARY or role.site.key == region_key


def denied(response) -> bool:
    """Wagtail's admin answers a refusal with a redirect to the dashboard (and a message);
    a refusal outside its views (a middleware) is a plain 403; a hidden object a 404, which
    Django's LocaleMiddleware turns into a redirect to the same path under /de/ (the site's
    pages are under i18n_patterns, so every unknown path may be a page)."""
    if response.status_code in (403, 404):
        return True
    if response.status_code == 302:
        location = response["Location"]
        if location == reverse("wagtailadmin_home") or location.startswith(("/de/admin/", "/en/admin/")):
            return True
    assert response.status_code in (200, 302), (response.status_code, response.get("Location"))
    return False


def allowed(response) -> bool:
    return not denied(response)


@pytest.fixture
def login(db, settings):
    """A signed-in admin client for an account of ``ACCOUNTS``."""
    settings.DEBUG = True  # demo accounts sign in only with DEBUG on
    clients = {}

    def client_for(username) -> Client:
        if username not in clients:
            user = get_user_model().objects.filter(username=username).first()
            if user is None:  # the platform editor
                user = get_user_model().objects.create_user(username, f"{username}@example.org")
                user.groups.set([Group.objects.get(name=group_name(*ACCOUNTS[username]))])
            client = Client(HTTP_HOST="lernplattform.localhost")
            client.force_login(user)
            clients[username] = client
        return clients[username]

    return client_for
