"""What the API does when content changes: publish webhooks and front-end cache purges."""

from django.db.models.signals import post_delete

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, published, unpublished

from .purge import purge_api_answers
from .webhooks import queue_deliveries


def _is_library_item(instance) -> bool:
    from cms.api.endpoints import SnippetEndpoint
    from cms.api.router import api_router

    endpoint = api_router.get_model_endpoint(type(instance))
    return endpoint is not None and issubclass(endpoint[1], SnippetEndpoint)


def changed(event, instance) -> None:
    queue_deliveries(event, instance)
    purge_api_answers(instance)


def on_page_published(sender, instance, **kwargs):
    changed("published", instance)


def on_page_unpublished(sender, instance, **kwargs):
    changed("unpublished", instance)


def on_page_deleted(sender, instance, **kwargs):
    changed("deleted", instance)


def on_published(sender, instance, **kwargs):
    if not isinstance(instance, Page) and _is_library_item(instance):
        changed("published", instance)


def on_unpublished(sender, instance, **kwargs):
    if not isinstance(instance, Page) and _is_library_item(instance):
        changed("unpublished", instance)


def on_deleted(sender, instance, **kwargs):
    if not isinstance(instance, Page) and _is_library_item(instance):
        changed("deleted", instance)


def connect() -> None:
    page_published.connect(on_page_published, dispatch_uid="api_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="api_page_unpublished")
    # The base Page row goes with every page, so one event per deleted page.
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="api_page_deleted")
    published.connect(on_published, dispatch_uid="api_published")
    unpublished.connect(on_unpublished, dispatch_uid="api_unpublished")
    post_delete.connect(on_deleted, dispatch_uid="api_deleted")
