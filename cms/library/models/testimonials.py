from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PublishingPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .base import LibraryQuerySet, LibrarySnippet
from .people import Person, example_field


class Testimonial(LibrarySnippet):
    """A quote from someone in the project, by a person of the library or by name."""

    quote = models.TextField(_("quote"))
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="testimonials",
        help_text=_("Who said it. Or give a name and role below if the person is not in the library."),
    )
    author_name = models.CharField(_("author's name"), max_length=255, blank=True)
    author_role = models.CharField(
        _("author's role"),
        max_length=255,
        blank=True,
        help_text=_('E.g. "Head of the main office, Bautzen".'),
    )
    image = models.ForeignKey(
        "core.CMSImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_example = example_field()

    objects = LibraryQuerySet.as_manager()

    preview_template = "library/testimonial.html"
    context_object_name = "testimonial"

    panels = [
        FieldPanel("quote"),
        FieldPanel("person"),
        MultiFieldPanel([FieldPanel("author_name"), FieldPanel("author_role")], heading=_("Or by name")),
        FieldPanel("image"),
        FieldPanel("is_example"),
        PublishingPanel(),
    ]
    search_fields = [
        *LibrarySnippet.search_fields,
        index.SearchField("quote", boost=2),
        index.SearchField("author_name"),
        index.SearchField("author_role"),
        index.FilterField("person"),
        index.FilterField("is_example"),
    ]
    translatable_fields = [
        TranslatableField("quote"),
        TranslatableField("author_role"),
        TranslatableField("person"),
        SynchronizedField("author_name"),
        SynchronizedField("image"),
        SynchronizedField("is_example"),
    ]
    api_fields = [
        APIField("quote"),
        APIField("person"),
        APIField("author"),
        APIField("role"),
        APIField("image"),
        APIField("is_example"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")

    def __str__(self):
        quote = Truncator(self.quote).words(8)
        return f"{quote} – {self.author}" if self.author else quote

    @property
    def author(self) -> str:
        """Who said it: the person's name, else the name given."""
        if self.person_id and self.person:
            return self.person.name
        return self.author_name

    @property
    def role(self) -> str:
        """The author's role or organisation, as shown under the quote."""
        if self.author_role:
            return self.author_role
        if self.person_id and self.person:
            parts = [self.person.job_title, self.person.organisation.name if self.person.organisation else ""]
            return ", ".join(part for part in parts if part)
        return ""

    @property
    def shows_example(self) -> bool:
        """Whether the quote is invented: marked itself, or said by an invented person."""
        return self.is_example or bool(self.person_id and self.person and self.person.is_example)

    @property
    def picture(self):
        """The testimonial's own image, else the person's portrait."""
        if self.image_id:
            return self.image
        if self.person_id and self.person:
            return self.person.portrait
        return None

    def clean(self):
        super().clean()
        if not self.person_id and not self.author_name.strip():
            raise ValidationError({"author_name": _("Choose a person or give the author's name.")})
        if self.person_id and self.person.locale_id != self.locale_id:
            raise ValidationError(
                {"person": _("Choose the person in the same language as this testimonial.")}
            )
