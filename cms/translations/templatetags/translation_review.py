import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder

from cms.translations.review import editor_actions

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context):
    """The translation editor's props, adjusted to what the user may do, and the review
    actions (``cms.translations.review.editor_actions``)."""
    props = json.loads(context["props"])
    review = editor_actions(context["request"].user, context["translation"], context["instance"], props)
    review["props"] = json.dumps(props, cls=DjangoJSONEncoder)
    return review
