"""Demo content of the core app: images with credits, the demo accounts, site settings
details and an "about" page on every site.

``load_demo`` calls ``load(context)`` of every installed app's ``demo`` module in
INSTALLED_APPS order, so each app builds its own part and core never imports the sites.
"""

import io
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile

from wagtail.models import Locale, Site

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from cms.core import demo_facts as facts
from cms.core.models import CMSImage, DemoAccount, DemoRecord, SiteSettings, StandardPage
from cms.core.roles import group_name
from cms.core.translation import Bilingual, translate

# The credit of every picture the demo generates. The project's photo credit
# ("© WIR GESTALTEN DRESDEN // CIMIS 2 // David Ohl") belongs to its real photos only, and
# the demo has none.
DEMO_CREDIT = "Demo-Grafik (generiert), kein Foto · Generated demo graphic, not a photo"

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
    """What the per-app demo loaders share.

    Every demo object comes into being through :meth:`ensure`, which records it by a stable
    key (:class:`~cms.core.models.DemoRecord`). A later run creates only what was never there:
    an object whose key is recorded but which no longer exists was deleted by an editor and is
    left alone."""

    source_locale: Locale
    targets: list[Locale]
    sites: dict[str, Site]
    stdout: object = None
    images: dict[str, CMSImage] = field(default_factory=dict)
    records: dict[str, DemoRecord] = field(default_factory=dict, init=False)
    page_keys: dict[int, str] = field(default_factory=dict, init=False)

    def __post_init__(self):
        self.records = {record.key: record for record in DemoRecord.objects.select_related("content_type")}
        for key, site in self.sites.items():
            self.page_keys[site.root_page_id] = f"page:{key}:"

    def settings_for(self, key: str) -> SiteSettings:
        return SiteSettings.for_site(self.sites[key])

    def ensure(self, key: str, create, *, find=None, strings=None):
        """The demo object recorded under ``key``; else the one ``find()`` returns (content
        loaded before records were kept); else the one ``create()`` makes. Either of the
        last two is recorded. None if the key is recorded and its object was deleted.

        With ``strings``, the object's translations go through the same door, each under
        ``key#<language>``."""
        item = self._ensure_one(key, create, find)
        if item is not None and strings is not None:
            for locale in self.targets:
                self._ensure_one(
                    f"{key}#{locale.language_code}",
                    lambda locale=locale: translate(item, locale, strings),
                    None,
                )
        return item

    def _ensure_one(self, key, create, find):
        record = self.records.get(key)
        if record is not None:
            return record.get_object()
        item = find() if find is not None else None
        if item is None:
            item = create()
        self.records[key] = DemoRecord.objects.create(
            key=key, content_type=ContentType.objects.get_for_model(item), object_id=str(item.pk)
        )
        return item

    def page_key(self, parent, slug: str) -> str:
        """The stable key of the demo page ``slug`` under ``parent``: the site and the demo's
        own slugs (``page:meissen:matches/match-1``), whatever editors renamed since."""
        parent_key = self.page_keys.get(parent.pk) or f"page:{parent.url_path}"
        return f"{parent_key}{'' if parent_key.endswith(':') else '/'}{slug}"

    def ensure_page(self, parent, model, strings, **values):
        """The demo child of ``parent`` with this slug, or a new live page with its
        translations; None if an editor deleted it (or ``parent`` is None)."""
        if parent is None:
            return None
        slug = values["slug"]

        def create():
            page = model(**values)
            parent.add_child(instance=page)
            page.save_revision().publish()
            return page

        return self.ensure_child_page(parent, slug, create, model=model, strings=strings)

    def ensure_child_page(self, parent, slug, create, *, model, strings):
        """:meth:`ensure` for a page under ``parent`` that ``create()`` adds and publishes."""
        if parent is None:
            return None
        key = self.page_key(parent, slug)
        page = self.ensure(
            key,
            create,
            find=lambda: model.objects.child_of(parent).filter(slug=slug).first(),
            strings=strings,
        )
        if page is not None:
            self.page_keys[page.pk] = key
        return page

    def ensure_snippet(self, model, strings, lookup: dict, **values):
        """The source-language snippet matching ``lookup``, or a new published one with its
        translations; None if an editor deleted it."""

        def create():
            item = model(locale=self.source_locale, **lookup, **values)
            item.save()
            if hasattr(item, "save_revision"):
                item.save_revision().publish()
            return item

        key = f"snippet:{model._meta.label_lower}:" + ",".join(str(value) for value in lookup.values())
        return self.ensure(
            key,
            create,
            find=lambda: model.objects.filter(locale=self.source_locale, **lookup).first(),
            strings=strings,
        )

    def update_page(self, page, strings, **values) -> bool:
        """Set field values on a live page once (the first run); if any changed, publish and
        re-translate it. Later runs leave the page to its editors."""
        page = page.specific
        key = f"update:{self.page_keys.get(page.pk) or 'page:' + page.url_path}"
        if key in self.records:
            return False
        changed = [name for name, value in values.items() if getattr(page, name) != value]
        for name in changed:
            setattr(page, name, values[name])
        if changed:
            page.save_revision().publish()
            self.translate(page, strings, force=True)
        self.ensure(key, lambda: page)
        return bool(changed)

    def translate(self, instance, strings, force=False):
        for locale in self.targets:
            translate(instance, locale, strings, force=force)

    def deleted_items(self) -> int:
        """How many recorded demo items no longer exist (a page and its translation count
        once): what editors deleted and this run left alone."""
        ids_by_type = defaultdict(set)
        for record in self.records.values():
            ids_by_type[record.content_type].add(record.object_id)
        existing = set()
        for content_type, ids in ids_by_type.items():
            model = content_type.model_class()
            if model is None:
                continue
            pks = model._default_manager.filter(pk__in=ids).values_list("pk", flat=True)
            existing.update((content_type.pk, str(pk)) for pk in pks)
        missing = {
            key.partition("#")[0]
            for key, record in self.records.items()
            if (record.content_type_id, record.object_id) not in existing
        }
        return len(missing)

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
        title = f"Logo {name}"
        image = context.ensure(
            f"image:logo:{name}",
            # A generated word mark stands in for the real logo, which editors upload.
            lambda name=name, title=title, colour=colour: CMSImage.objects.create(
                title=title,
                file=ImageFile(io.BytesIO(generated_logo_bytes(name, colour)), name="logo.png"),
                collection=shared,
                description=f"Logo {name}",
                description_en=f"{name} logo",
                credit=DEMO_CREDIT,
            ),
            find=lambda title=title: CMSImage.objects.filter(title=title, collection=shared).first(),
        )
        if image is not None:
            logos[name] = (image, url)
    for key in context.sites:
        site_settings = context.settings_for(key)
        if site_settings.footer_logos or not logos:
            continue
        site_settings.footer_logos = [
            ("logo", {"name": name, "image": image, "url": url}) for name, (image, url) in logos.items()
        ]
        site_settings.save()


def ensure_image(
    context: DemoContext, key: str, *, title, alt_de, alt_en, colour, collection, seed, credit=DEMO_CREDIT
) -> CMSImage | None:
    """Find the demo image (by title in its collection, for content loaded before records were
    kept), or generate it; None if an editor deleted it."""

    def create():
        return CMSImage.objects.create(
            title=title,
            file=ImageFile(io.BytesIO(generated_image_bytes(colour, seed)), name=f"{key}.jpg"),
            collection=collection,
            description=alt_de,
            description_en=alt_en,
            credit=credit,
        )

    image = context.ensure(
        f"image:{key}",
        create,
        find=lambda: CMSImage.objects.filter(title=title, collection=collection).first(),
    )
    context.images[key] = image
    return image


def _ensure_accounts(context: DemoContext) -> None:
    User = get_user_model()
    for username, is_superuser, role in DEMO_ACCOUNTS:
        user = context.ensure(
            f"user:{username}",
            lambda username=username, is_superuser=is_superuser: User.objects.create(
                username=username,
                email=f"{username}@demo.localhost",
                is_superuser=is_superuser,
                is_staff=is_superuser,
            ),
            find=lambda username=username: User.objects.filter(username=username).first(),
        )
        if user is None:  # an administrator deleted the account
            continue
        if not user.check_password(username):
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
            "Cross Innovation Made in Saxony II bringt Kreative mit kleinen Unternehmen, Kommunen "
            "und Vereinen im ländlichen Sachsen zusammen.",
            "Cross Innovation Made in Saxony II pairs creative professionals with small firms, "
            "municipal bodies and associations in rural Saxony.",
        ),
        hero_image=image,
        body=[
            ("text", facts.html(s, facts.AIM)),
            ("text", facts.html(s, facts.WHO)),
            facts.timeline(s),
            ("text", facts.html(s, facts.EVENTS)),
            facts.lead_quote(s, 1),
            (
                "image",
                {
                    "image": image,
                    "caption": s(
                        "Demo-Grafik in den Farben der Website", "Demo graphic in the website's colours"
                    ),
                },
            ),
            ("text", facts.html(s, facts.EXAMPLES_NOTE)),
        ],
    )


def load(context: DemoContext) -> None:
    _ensure_accounts(context)
    _ensure_site_images(context)
    for key in context.sites:
        site_settings = context.settings_for(key)
        changed = False
        if site_settings.logo_id is None and context.images.get(f"{key}-hero"):
            site_settings.logo = context.images[f"{key}-hero"]
            changed = True
        if not site_settings.contact_email:
            site_settings.contact_email = f"hallo@{key}.cimis.localhost"
            changed = True
        if changed:
            site_settings.save()
        _ensure_about_page(context, key)
    _ensure_footer_logos(context)
