"""Demo graphics that stand in for real ones: a partner's logo as a plain word mark.

The image's title and credit mark it as a demo graphic, not the organisation's real logo; its
alt text is the organisation's name, as a logo's should be."""

import io

from django.core.files.images import ImageFile

from cms.core.demo import generated_logo_bytes
from cms.core.models import CMSImage


def ensure_logo(context, key: str, *, name: str, colour: str, collection) -> CMSImage | None:
    """The demo logo of an organisation (generated once; None if an editor deleted it)."""
    title = f"Logo: {name} (Demo-Grafik)"

    def create():
        return CMSImage.objects.create(
            title=title,
            file=ImageFile(io.BytesIO(generated_logo_bytes(name, colour)), name=f"logo-{key}.png"),
            collection=collection,
            description=name,
            description_en=name,
            credit="Demo-Grafik, nicht das Logo der Organisation",
        )

    return context.ensure(
        f"image:logo:{key}",
        create,
        find=lambda: CMSImage.objects.filter(title=title, collection=collection).first(),
    )
