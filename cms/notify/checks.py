"""System checks of the API's configuration."""

from django.conf import settings
from django.core.checks import Warning, register


@register()
def webhook_secret(app_configs, **kwargs):
    if settings.API_WEBHOOK_URLS and not settings.API_WEBHOOK_SECRET:
        return [
            Warning(
                "API_WEBHOOK_URLS is set but API_WEBHOOK_SECRET is empty: receivers cannot tell "
                "the deliveries from forgeries.",
                hint="Set API_WEBHOOK_SECRET to a long random value shared with the receivers.",
                id="api.W001",
            )
        ]
    return []
