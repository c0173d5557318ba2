from django.apps import AppConfig


class NotifyConfig(AppConfig):
    """What happens outside when content changes: publish webhooks and purges of the API's
    answers from a front-end cache."""

    name = "cms.notify"
    label = "notify"

    def ready(self):
        from . import checks, signal_handlers  # noqa: F401 - checks register themselves

        signal_handlers.connect()
