"""Demo content of the core app: images with credits, the demo accounts, site settings
details and an "about" page on every site.

``load_demo`` calls ``load(context)`` of every installed app's ``demo`` module in
INSTALLED_APPS order, so each app builds its own part and core never imports the sites.
"""

import io
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile

from wagtail.models import Locale, Site

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from cms.core.models import CMSImage, DemoAccount, SiteSettings, StandardPage
from cms.core.roles import group_name
from cms.core.translation import Bilingual, translate

HOUSE_CREDIT = "© WIR GESTALTEN DRESDEN // CIMIS 2 // David Ohl"

# DESIGN §4: user name (also the password), superuser, and the role (site key, role kind) of
# cms.core.roles that the account holds.
DEMO_ACCOUNTS = [
    ("admin", True, None),
    ("platform", False, ("platform", "moderators")),
    ("meissen", False, ("meissen", "moderators")),
    ("lausitz", False, ("lausitz", "moderators")),
    ("erzgebirge", False, ("erzgebirge", "moderators")),
    ("meissen-editor", False, ("meissen", "editors")),
    ("lausitz-editor", False, ("lausitz", "editors")),
    ("erzgebirge-editor", False, ("erzgebirge", "editors")),
]


@dataclass
class DemoContext:
    """What the per-app demo loaders share."""

    source_locale: Locale
    targets: list[Locale]
    sites: dict[str, Site]
    stdout: object = None
    images: dict[str, CMSImage] = field(default_factory=dict)

    def settings_for(self, key: str) -> SiteSettings:
        return SiteSettings.for_site(self.sites[key])

    def translate(self, instance, strings, force=False):
        for locale in self.targets:
            translate(instance, locale, strings, force=force)

    def ensure_page(self, parent, model, strings, **values):
        """The child of ``parent`` with this slug, or a new live page with its translations."""
        page = model.objects.child_of(parent).filter(slug=values["slug"]).first()
        if page is not None:
            return page
        page = model(**values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.translate(page, strings)
        return page

    def ensure_snippet(self, model, strings, lookup: dict, **values):
        """The source-language snippet matching ``lookup``, or a new published one with its
        translations."""
        item = model.objects.filter(locale=self.source_locale, **lookup).first()
        if item is not None:
            return item
        item = model(locale=self.source_locale, **lookup, **values)
        item.save()
        if hasattr(item, "save_revision"):
            item.save_revision().publish()
        self.translate(item, strings)
        return item

    def update_page(self, page, strings, **values) -> bool:
        """Set field values on a live page; if any changed, publish and re-translate it."""
        page = page.specific
        changed = [name for name, value in values.items() if getattr(page, name) != value]
        if not changed:
            return False
        for name in changed:
            setattr(page, name, values[name])
        page.save_revision().publish()
        self.translate(page, strings, force=True)
        return True

    def log(self, message: str) -> None:
        if self.stdout is not None:
            self.stdout.write(message)


def generated_image_bytes(colour: str, seed: int, size=(1600, 900)) -> bytes:
    """A deterministic abstract picture (bands and circles) in the site's colour."""
    width, height = size
    base = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    picture = PILImage.new("RGB", size, (246, 243, 238))
    draw = ImageDraw.Draw(picture)
    for band in range(6):
        shade = tuple(min(255, c + band * 28) for c in base)
        top = int(height * band / 6)
        draw.rectangle([0, top, width, top + height // 6], fill=shade)
    for circle in range(5):
        radius = 60 + ((seed * 37 + circle * 53) % 160)
        cx = (seed * 211 + circle * 331) % width
        cy = (seed * 97 + circle * 173) % height
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=(246, 243, 238))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def generated_logo_bytes(name: str, colour: str) -> bytes:
    """A plain word mark: the organisation's name in its colour on white."""
    font = ImageFont.load_default(size=40)
    left, top, right, bottom = font.getbbox(name)
    picture = PILImage.new("RGB", (right - left + 48, bottom - top + 40), (255, 255, 255))
    ImageDraw.Draw(picture).text((24 - left, 20 - top), name, fill=colour, font=font)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


FOOTER_LOGOS = [
    ("WIR GESTALTEN DRESDEN", "https://wir-gestalten-dresden.de/", "#1f4e79"),
    ("Freistaat Sachsen", "https://www.sachsen.de/", "#006a3b"),
]


def _ensure_footer_logos(context: DemoContext) -> None:
    shared = context.settings_for("platform").collection
    logos = {}
    for name, url, colour in FOOTER_LOGOS:
        image = CMSImage.objects.filter(title=f"Logo {name}", collection=shared).first()
        if image is None:
            image = CMSImage.objects.create(
                title=f"Logo {name}",
                file=ImageFile(io.BytesIO(generated_logo_bytes(name, colour)), name="logo.png"),
                collection=shared,
                description=f"Logo {name}",
                description_en=f"{name} logo",
                credit=f"© {name}",
            )
        logos[name] = (image, url)
    for key in context.sites:
        site_settings = context.settings_for(key)
        if site_settings.footer_logos:
            continue
        site_settings.footer_logos = [
            ("logo", {"name": name, "image": image, "url": url}) for name, (image, url) in logos.items()
        ]
        site_settings.save()


def ensure_image(
    context: DemoContext, key: str, *, title, alt_de, alt_en, colour, collection, seed, credit=HOUSE_CREDIT
) -> CMSImage:
    """Find the demo image by title in its collection, or generate it."""
    image = CMSImage.objects.filter(title=title, collection=collection).first()
    if image is None:
        data = generated_image_bytes(colour, seed)
        image = CMSImage.objects.create(
            title=title,
            file=ImageFile(io.BytesIO(data), name=f"{key}.jpg"),
            collection=collection,
            description=alt_de,
            description_en=alt_en,
            credit=credit,
        )
    context.images[key] = image
    return image


def _ensure_accounts(context: DemoContext) -> None:
    User = get_user_model()
    for username, is_superuser, role in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@demo.localhost",
                "is_superuser": is_superuser,
                "is_staff": is_superuser,
            },
        )
        if created or not user.check_password(username):
            user.set_password(username)
            user.save()
        DemoAccount.objects.get_or_create(user=user)
        groups = [Group.objects.get(name=group_name(*role))] if role else []
        if set(user.groups.all()) != set(groups):
            user.groups.set(groups)


def _ensure_site_images(context: DemoContext) -> None:
    for index, (key, site) in enumerate(sorted(context.sites.items())):
        site_settings = SiteSettings.for_site(site)
        ensure_image(
            context,
            f"{key}-hero",
            title=f"{site_settings.display_name}: Titelbild",
            alt_de=f"Abstrakte Formen in den Farben von {site_settings.display_name}",
            alt_en=f"Abstract shapes in the colours of {site_settings.display_name}",
            colour=site_settings.primary_colour,
            collection=site_settings.collection,
            seed=index + 1,
        )


def _ensure_about_page(context: DemoContext, key: str) -> None:
    site = context.sites[key]
    home = site.root_page.specific
    s = Bilingual()
    title = s("Über CIMIS", "About CIMIS")
    slug = s("ueber-cimis", "about-cimis")
    image = context.images[f"{key}-hero"]
    context.ensure_page(
        home,
        StandardPage,
        s,
        title=title,
        slug=slug,
        show_in_menus=True,
        intro=s(
            "Cross Innovation Made in Saxony bringt Kreative mit kleinen Unternehmen, Kommunen "
            "und Vereinen im ländlichen Sachsen zusammen.",
            "Cross Innovation Made in Saxony pairs creative professionals with small firms, "
            "municipal bodies and associations in rural Saxony.",
        ),
        hero_image=image,
        body=[
            (
                "text",
                s(
                    "In der zweiten Runde entwickelten 28 Tandems in Meißen, der Lausitz und dem "
                    "Erzgebirge gemeinsam digitale Prototypen: Onlineshops, digitalisierte Abläufe, "
                    "bessere Websites und Auftritte in sozialen Medien.",
                    "In the second round, 28 tandems in Meißen, Lusatia and the Ore Mountains built "
                    "digital prototypes together: online shops, digitised processes, better "
                    "websites and social-media presence.",
                ),
            ),
            (
                "image",
                {
                    "image": image,
                    "caption": s("Werkstatt der Kreativwirtschaft", "A creative industries workshop"),
                },
            ),
            (
                "quote",
                {
                    "quote": s(
                        "Wir haben in drei Monaten geschafft, was wir seit Jahren vorhatten.",
                        "In three months we did what we had planned for years.",
                    ),
                    "author": "Ein Match aus dem Erzgebirge",
                    "role": "CIMIS 2",
                },
            ),
        ],
    )


def load(context: DemoContext) -> None:
    _ensure_accounts(context)
    _ensure_site_images(context)
    for key in context.sites:
        site_settings = context.settings_for(key)
        changed = False
        if site_settings.logo_id is None:
            site_settings.logo = context.images[f"{key}-hero"]
            changed = True
        if not site_settings.contact_email:
            site_settings.contact_email = f"hallo@{key}.cimis.localhost"
            changed = True
        if changed:
            site_settings.save()
        _ensure_about_page(context, key)
    _ensure_footer_logos(context)
