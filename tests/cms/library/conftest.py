"""Fixtures of the library tests: a curator of our own (demo accounts cannot sign in with DEBUG
off)."""

from django.contrib.auth import get_user_model

import pytest


@pytest.fixture
def curator(db):
    return get_user_model().objects.create_superuser(
        "kuratorin", "kuratorin@example.org", "a-long-real-passphrase"
    )


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client
