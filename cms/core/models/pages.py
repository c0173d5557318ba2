from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.core.blocks import blocks_for
from cms.core.blocks.content import RICH_TEXT_FEATURES
from cms.core.chooser_rules import ChooserRulesPageForm
from cms.core.page_protection import SiteRootPermissionTester


class BasePage(Page):
    """What every page type of every site shares: a short intro and a hero image, and the
    declared list of fields that wagtail-localize translates."""

    intro = models.TextField(_("intro"), blank=True, help_text=_("One or two sentences under the title."))
    hero_image = models.ForeignKey(
        "core.CMSImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("hero_image")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        SynchronizedField("hero_image"),
        SynchronizedField("show_in_menus"),
    ]
    api_fields = [APIField("intro"), APIField("hero_image")]
    # Checks on the server what the choosers offer (cms.core.chooser_rules).
    base_form_class = ChooserRulesPageForm

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        from cms.core import request_memo

        # The site's settings from the one query that reads every site's (the network, the
        # cards' regions): Wagtail's settings context processor then answers from it.
        request_memo.site_settings_for_request(request)
        return super().get_context(request, *args, **kwargs)

    def permissions_for_user(self, user):
        return SiteRootPermissionTester(user, self)


class StandardPage(BasePage):
    """A general content page, on any site."""

    body = StreamField(blocks_for("body"), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class LegalPage(BasePage):
    """Imprint, privacy policy or accessibility statement: every site has all three."""

    class Kind(models.TextChoices):
        IMPRINT = "imprint", _("Imprint")
        PRIVACY = "privacy", _("Privacy policy")
        ACCESSIBILITY = "accessibility", _("Accessibility statement")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("body"),
        SynchronizedField("kind"),
        SynchronizedField("last_reviewed"),
    ]
    api_fields = [*BasePage.api_fields, APIField("kind"), APIField("body"), APIField("last_reviewed")]
    subpage_types = []

    class Meta:
        verbose_name = _("legal page")
        verbose_name_plural = _("legal pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.kind == self.Kind.ACCESSIBILITY:
            context["barrier_contact"] = self.barrier_contact()
        if self.kind == self.Kind.IMPRINT:
            context["imprint"] = self.imprint()
        return context

    def imprint(self):
        """The provider's details from the site settings, with a placeholder for each missing
        one (cms.core.imprint); None for a page outside any site."""
        from cms.core import request_memo
        from cms.core.imprint import imprint_details

        site_settings = request_memo.site_settings_of(request_memo.site_id_of(self))
        return imprint_details(site_settings) if site_settings else None

    def barrier_contact(self) -> str:
        """Where to report a barrier: this site's contact address, else the default site's, so
        the statement always names a way to write when any site has one."""
        from cms.core import request_memo

        own = request_memo.site_settings_of(request_memo.site_id_of(self))
        if own and own.contact_email:
            return own.contact_email
        default = Site.objects.filter(is_default_site=True).first()
        return request_memo.site_settings_of(default).contact_email if default else ""
