"""Rich text and StreamField as JSON, with every reference resolved from one bulk look-up.

Stock Wagtail resolves references item by item: a StreamValue fetches its chooser blocks when
first read, rich text fetches its linked pages when expanded, so a listing of 100 pages costs
hundreds of queries. Here the API walks the *raw* stored data of all items first, collects
every referenced page, image, document and snippet (see ``cms.api.resolver``), fetches each
kind once, and then builds the JSON from those look-up tables.
"""

from django.utils.html import escape

from wagtail.api.rich_text import APIRichText
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.formats import get_image_format
from wagtail.models import TranslatableMixin
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

#: The renditions of every image in the API: name → Wagtail filter spec.
RENDITIONS = {
    "thumbnail": "fill-480x320",
    "medium": "max-960x960",
    "large": "max-1920x1920",
}


class InItemLanguage:
    """A serializer field whose rich text, links and alt texts follow the language of the
    nearest translatable object they belong to (the item itself, else the item an inline
    child or a related image belongs to): ``represent(context, value)`` gets the context
    for that language."""

    #: Whether a missing value is represented too (e.g. as ``[]``), not answered ``null``.
    represent_missing = False

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        if value is None and not self.represent_missing:
            return None
        context = self.context
        if isinstance(instance, TranslatableMixin) and context.get("item_locale_id") != instance.locale_id:
            context = {**context, "item_locale_id": instance.locale_id}
        return context, value

    def to_representation(self, pair):
        return self.represent(*pair)


def absolute_url(request, url: str) -> str:
    """``url`` on the scheme and host the request came to (media and API addresses)."""
    if url.startswith(("http://", "https://")):
        return url
    return request.build_absolute_uri(url)


# --- Rich text --------------------------------------------------------------------------


def image_format_spec(format_name: str | None) -> str | None:
    try:
        return get_image_format(format_name).filter_spec
    except Exception:  # an unknown or removed format: Wagtail's own handler fails the same way
        return None


def expand_rich_text(html: str, resolver, locale_id) -> str:
    """Database HTML with links and images turned into real, absolute URLs, from the
    resolver's tables (no queries). Links to pages that are not public become bare ``<a>``."""
    if not html:
        return html

    def pages(attrs_list):
        tags = []
        for attrs in attrs_list:
            page = resolver.page(attrs.get("id"), locale_id)
            tags.append(f'<a href="{escape(page.get_full_url(resolver.request) or "")}">' if page else "<a>")
        return tags

    def documents(attrs_list):
        tags = []
        for attrs in attrs_list:
            document = resolver.get(get_document_model(), attrs.get("id"))
            tags.append(
                f'<a href="{escape(absolute_url(resolver.request, document.url))}">' if document else "<a>"
            )
        return tags

    def images(attrs_list):
        tags = []
        for attrs in attrs_list:
            image = resolver.get(get_image_model(), attrs.get("id"))
            spec = image_format_spec(attrs.get("format"))
            if image is None or spec is None:
                tags.append('<img alt="">')
                continue
            rendition = image.get_rendition(spec)
            classname = getattr(get_image_format(attrs.get("format")), "classname", "")
            tags.append(
                '<img src="{}" width="{}" height="{}" alt="{}"{}>'.format(
                    escape(absolute_url(resolver.request, rendition.url)),
                    rendition.width,
                    rendition.height,
                    escape(attrs.get("alt", "")),
                    f' class="{escape(classname)}"' if classname else "",
                )
            )
        return tags

    rewriter = MultiRuleRewriter(
        [
            LinkRewriter(bulk_rules={"page": pages, "document": documents}),
            EmbedRewriter(bulk_rules={"image": images}),
        ]
    )
    # Other embeds (oEmbed media) keep Wagtail's own handler: they need their stored Embed.
    from wagtail.rich_text import features

    media = features.get_embed_types().get("media")
    if media is not None:
        rewriter.rewriters[1].bulk_rules["media"] = media.expand_db_attributes_many
    return rewriter(html)


def rich_text_representation(html: str, resolver, locale_id, rich_text_format: str):
    if rich_text_format == APIRichText.FORMAT_HTML:
        return expand_rich_text(html, resolver, locale_id)
    return APIRichText.serialize(html, format=rich_text_format)


# --- StreamField ------------------------------------------------------------------------


def stream_raw_data(stream_value) -> list:
    """The stored JSON of a StreamValue, without converting (and so fetching) its blocks."""
    raw = stream_value.raw_data
    return list(raw) if raw is not None else []
