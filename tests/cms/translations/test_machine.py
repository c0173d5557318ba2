"""Machine translation: absent without a key; with one, DeepL's API is spoken (to a local
stand-in here, never the network) and a failing service translates nothing, calmly."""

from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import pytest

from cms.core.factories import StandardPageFactory
from tests.standins import deepl_standin

pytestmark = pytest.mark.django_db


@pytest.fixture
def deepl(settings):
    with deepl_standin(settings) as standin:
        yield standin


@pytest.fixture
def translation(sites, locale_en):
    page = StandardPageFactory(
        parent=sites["meissen"].root_page, title="Werkstatt", slug="werkstatt", intro="Guten Tag"
    )
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale_en)
    translation.save_target(publish=False)  # what "Translate this page" does: an English draft
    return translation


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("redaktion", "r@example.org", "x"))
    return client


def test_without_a_key_there_is_no_machine_translation(settings, admin_client, translation):
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    assert get_machine_translator() is None
    response = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/", follow=True
    )
    assert response.status_code == 404


def test_the_environment_key_switches_deepl_on():
    import os
    import subprocess
    import sys

    env = {**os.environ, "DEEPL_API_KEY": "abc:fx", "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    code = "import django; django.setup(); from django.conf import settings; print(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR['CLASS'])"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)  # noqa: S603
    assert result.stdout.strip() == "cms.translations.machine.DeepLTranslator"


def test_deepl_translates_the_strings_in_the_editor(deepl, admin_client, translation):
    response = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/", {"next": "/admin/"}
    )
    assert response.status_code == 302
    texts = set(
        StringTranslation.objects.filter(locale=translation.target_locale).values_list("data", flat=True)
    )
    assert {"WERKSTATT", "GUTEN TAG"} <= texts
    [request] = deepl.requests
    assert request["auth"] == "DeepL-Auth-Key test-key"
    assert request["form"]["target_lang"] == ["EN-GB"]
    assert request["form"]["source_lang"] == ["DE"]


def test_a_failing_service_translates_nothing_and_does_not_break_the_editor(deepl, admin_client, translation):
    deepl.fail = True
    response = admin_client.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/", {"next": "/admin/"}
    )
    assert response.status_code == 302
    assert not StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type="machine"
    ).exists()
