from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from cms.core.blocks import blocks_for
from cms.core.chooser_rules import SiteSettingsForm
from cms.core.colours import validate_brand_colour
from cms.core.imprint import ImprintStatusPanel

FUNDING_NOTICE_DE = (
    "Diese Maßnahme wird mitfinanziert mit Steuermitteln auf Grundlage des vom "
    "Sächsischen Landtag beschlossenen Haushaltes."
)
FUNDING_NOTICE_EN = (
    "This measure is co-financed with tax funds on the basis of the budget passed by the "
    "Saxon State Parliament."
)


class RegisterKind(models.TextChoices):
    ASSOCIATION = "association", _("Register of associations (Vereinsregister)")
    COMMERCIAL = "commercial", _("Commercial register (Handelsregister)")
    COOPERATIVE = "cooperative", _("Register of cooperatives (Genossenschaftsregister)")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs a site and how it looks: one row per Wagtail Site, owned by its editors."""

    key = models.SlugField(
        _("key"),
        unique=True,
        null=True,
        editable=False,
        help_text=_("The site's key in the CIMIS_SITES configuration."),
    )
    display_name = models.CharField(_("display name"), max_length=120)
    display_name_en = models.CharField(
        _("display name (English)"),
        max_length=120,
        blank=True,
        help_text=_("Shown on the English pages; empty: the display name is used in both languages."),
    )
    partner_name = models.CharField(_("running partner"), max_length=120, blank=True)
    partner_url = models.URLField(_("partner website"), blank=True)
    logo = models.ForeignKey(
        "core.CMSImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_colour = models.CharField(
        _("brand colour"),
        max_length=7,
        default="#1f4e79",
        validators=[validate_brand_colour],
        help_text=_("Header and buttons, with white text: needs at least 4.5:1 contrast to white."),
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("media collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where this site's images and documents are kept."),
    )

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_address = models.TextField(_("postal address"), blank=True)
    social_links = StreamField(blocks_for("social_links"), blank=True, verbose_name=_("social links"))

    # The imprint (§ 5 DDG, § 18 MStV) is made from these and the contact details above; a
    # required one left empty is a warning in the admin and a placeholder on the page
    # (cms.core.imprint).
    representative = models.CharField(
        _("represented by"),
        max_length=255,
        blank=True,
        help_text=_("Who may act for the organisation, e.g. the board of an association: names and roles."),
    )
    register_kind = models.CharField(
        _("register"),
        max_length=20,
        blank=True,
        choices=RegisterKind.choices,
        help_text=_("Where the organisation is registered; a registered association (e.V.) must say so."),
    )
    register_court = models.CharField(
        _("register court"), max_length=120, blank=True, help_text=_("E.g. “Amtsgericht Dresden”.")
    )
    register_number = models.CharField(
        _("register number"), max_length=60, blank=True, help_text=_("E.g. “VR 1234”.")
    )
    vat_id = models.CharField(
        _("VAT identification number"),
        max_length=40,
        blank=True,
        help_text=_("Only if the organisation has one."),
    )
    content_responsible = models.TextField(
        _("responsible for the content"),
        blank=True,
        help_text=_(
            "Under § 18 (2) MStV: the name and address of the person responsible for the editorial content."
        ),
    )

    funding_notice = models.TextField(_("funding notice (German)"), default=FUNDING_NOTICE_DE)
    funding_notice_en = models.TextField(_("funding notice (English)"), default=FUNDING_NOTICE_EN)
    footer_logos = StreamField(
        blocks_for("logos"),
        blank=True,
        verbose_name=_("footer logos"),
        help_text=_("Partner and funder logos shown in the footer."),
    )
    imprint_page = models.ForeignKey(
        "core.LegalPage",
        verbose_name=_("imprint"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "core.LegalPage",
        verbose_name=_("privacy policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "core.LegalPage",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Page links only to this site's pages, media only as the choosers offer them.
    base_form_class = SiteSettingsForm
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("display_name"),
                    FieldPanel("display_name_en"),
                    MultiFieldPanel(
                        [FieldPanel("partner_name"), FieldPanel("partner_url")],
                        heading=_("Running partner"),
                    ),
                    FieldPanel("logo"),
                    FieldPanel("primary_colour"),
                    # Which collection is the site's decides who may edit which media
                    # (cms.core.roles): only those who manage collections may change it.
                    FieldPanel("collection", permission="wagtailcore.change_collection"),
                ],
                heading=_("Identity"),
            ),
            ObjectList(
                [
                    FieldPanel("contact_email"),
                    FieldPanel("contact_phone"),
                    FieldPanel("contact_address"),
                    FieldPanel("social_links"),
                ],
                heading=_("Contact"),
            ),
            ObjectList(
                [
                    ImprintStatusPanel(),
                    FieldPanel("representative"),
                    MultiFieldPanel(
                        [
                            FieldPanel("register_kind"),
                            FieldPanel("register_court"),
                            FieldPanel("register_number"),
                        ],
                        heading=_("Register entry"),
                    ),
                    FieldPanel("vat_id"),
                    FieldPanel("content_responsible"),
                ],
                heading=_("Imprint"),
            ),
            ObjectList(
                [
                    FieldPanel("funding_notice"),
                    FieldPanel("funding_notice_en"),
                    FieldPanel("footer_logos"),
                    FieldPanel("imprint_page"),
                    FieldPanel("privacy_page"),
                    FieldPanel("accessibility_page"),
                ],
                heading=_("Footer"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return self.display_name or str(self.site)

    @property
    def localized_display_name(self) -> str:
        """The site's name in the active language (German is the source)."""
        if translation.get_language() == "en" and self.display_name_en:
            return self.display_name_en
        return self.display_name

    @property
    def localized_funding_notice(self) -> str:
        """The funding notice in the active language (German is the source)."""
        if translation.get_language() == "en" and self.funding_notice_en:
            return self.funding_notice_en
        return self.funding_notice

    @property
    def legal_pages(self) -> list:
        """The live legal pages in the active language, in footer order."""
        from cms.core import request_memo

        ids = [pk for pk in (self.imprint_page_id, self.privacy_page_id, self.accessibility_page_id) if pk]
        if not ids:
            return []
        locale = request_memo.active_locale()

        def read():
            # The chosen pages and their versions in the active language: one query.
            return list(
                Page.objects.filter(
                    models.Q(pk__in=ids)
                    | models.Q(
                        translation_key__in=Page.objects.filter(pk__in=ids).values("translation_key"),
                        locale=locale,
                    )
                )
            )

        rows = request_memo.remember(
            ("legal_pages", tuple(ids), getattr(locale, "pk", None)), read, across_requests=True
        )
        pages = []
        for pk in ids:
            page = next((row for row in rows if row.pk == pk), None)
            if page is None:
                continue
            localized = next(
                (
                    row
                    for row in rows
                    if locale and row.translation_key == page.translation_key and row.locale_id == locale.pk
                ),
                page,
            )
            if not localized.live:
                localized = page
            if localized.live:
                pages.append(localized)
        return pages
