from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running on one or several machines: object storage for media, the health endpoint,
    backup and restore, and a ``publish_scheduled`` that is safe on every node."""

    name = "cms.ops"
    label = "ops"
    default_auto_field = "django.db.models.BigAutoField"
