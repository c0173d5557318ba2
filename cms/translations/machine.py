"""DeepL for wagtail-localize, switched on only when DEEPL_API_KEY is set.

Differences from wagtail-localize's own DeepL translator: English is asked for as British
English (DeepL no longer takes a plain "EN" target); the address can be configured (a local
stand-in in tests, or DeepL's EU endpoint); and a failing service (no network, quota, bad
key) translates nothing instead of failing the editor's request with a 500."""

import logging

from wagtail_localize.machine_translators.deepl import DeepLTranslator as LocalizeDeepLTranslator
from wagtail_localize.strings import StringValue

import requests

logger = logging.getLogger(__name__)

TARGETS = {"en": "EN-GB"}


class DeepLTranslator(LocalizeDeepLTranslator):
    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        parameters["target_lang"] = TARGETS.get(target_locale.language_code, parameters["target_lang"])
        return parameters

    def translate(self, source_locale, target_locale, strings):
        try:
            response = requests.post(
                self.get_api_endpoint(),
                self.get_parameters(source_locale, target_locale, strings),
                timeout=int(self.options.get("TIMEOUT", 15)),
                headers=self.get_headers(),
            )
            response.raise_for_status()
            translations = response.json()["translations"]
            if len(translations) != len(strings):
                raise ValueError("DeepL answered with a different number of strings")
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            logger.warning("DeepL translation failed, nothing was translated: %s", error)
            return {}
        return {string: StringValue(item["text"]) for string, item in zip(strings, translations, strict=True)}
