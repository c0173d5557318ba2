from django import template

from cms.core import request_memo
from cms.library.links import library_url

register = template.Library()


@register.inclusion_tag("library/includes/link.html", takes_context=True)
def library_link(context, item):
    """The item's name, in the visitor's language, linked to its page on the platform."""
    item = request_memo.localized(item)
    return {"item": item, "url": library_url(item, context.get("request"))}
