import hashlib
from datetime import timedelta

from django import forms
from django.db import IntegrityError, models, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Site
from wagtail_localize.fields import TranslatableField

from cms.core.blocks.content import RICH_TEXT_FEATURES
from cms.core.client_ip import client_ip
from cms.core.models import BasePage
from sites.hubs.forms import ContactForm
from sites.hubs.ratelimit import allow_contact, client_key

# A message identical to one stored on the same hub this recently is a resubmitted form.
DUPLICATE_WINDOW = timedelta(minutes=10)


class ContactPage(BasePage):
    """A hub's contact details and a contact form whose messages are stored for the hub and
    forwarded by mail from the task queue (sites.hubs.mail)."""

    body = RichTextField(_("text above the form"), blank=True, features=RICH_TEXT_FEATURES)
    thank_you = models.CharField(
        _("thank-you message"), max_length=255, default="Vielen Dank! Wir melden uns bald bei Ihnen."
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("thank_you")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("body"),
        TranslatableField("thank_you"),
    ]
    api_fields = [*BasePage.api_fields, APIField("body"), APIField("thank_you")]
    parent_page_types = ["hubs.HubHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            form = ContactForm(request.POST)
            if form.is_valid():
                site = self.get_site() or Site.find_for_request(request)
                address = client_ip(request)
                if ContactSubmission.objects.recent_duplicate(site, form.cleaned_data).exists():
                    return self.sent_redirect(request)  # a double submit: stored once already
                if allow_contact(site, address):
                    self.store(form.cleaned_data, site, address)
                    return self.sent_redirect(request)
                form.add_error(
                    None,
                    forms.ValidationError(
                        _("Too many messages from your address. Please try again later."), code="rate"
                    ),
                )
        else:
            form = ContactForm()
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        context["sent"] = request.GET.get("sent") == "1"
        status = 400 if request.method == "POST" else 200
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def sent_redirect(self, request):
        return HttpResponseRedirect(self.get_url(request) + "?sent=1")

    def store(self, data, site, address):
        """Store the message, then (after commit) queue its delivery. A concurrent double
        submit of the same form stores nothing and returns None."""
        from sites.hubs.mail import queue_delivery  # sites.hubs.mail imports the models

        dedupe_key = ContactSubmission.dedupe_key_for(site, data)
        try:
            with transaction.atomic():
                submission = ContactSubmission.objects.create(
                    site=site,
                    site_name=(site.site_name or site.hostname) if site else "",
                    page=self,
                    page_title=self.title,
                    name=data["name"],
                    email=data["email"],
                    subject=data.get("subject", ""),
                    message=data["message"],
                    client_key=client_key(site, address),
                    dedupe_key=dedupe_key,
                )
        except IntegrityError:
            if ContactSubmission.objects.filter(dedupe_key=dedupe_key).exists():
                return None  # the same form, sent twice at once: the other request stored it
            raise
        queue_delivery(submission)
        return submission


class ContactSubmissionQuerySet(models.QuerySet):
    def recent_duplicate(self, site, data):
        """The same message on the same hub within ``DUPLICATE_WINDOW``: a resubmitted form."""
        return self.filter(
            site=site,
            created_at__gte=timezone.now() - DUPLICATE_WINDOW,
            name=data["name"],
            email=data["email"],
            subject=data.get("subject", ""),
            message=data["message"],
        )


class ContactSubmission(models.Model):
    """A message sent through a hub's contact form. It belongs to the hub (site) and outlives
    the contact page it was sent from; its mail delivery is recorded on it."""

    class Delivery(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        NO_RECIPIENT = "no_recipient", _("not sent: the site has no contact e-mail address")
        UNKNOWN = "unknown", _("unknown (received before deliveries were recorded)")

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_submissions",
    )
    site_name = models.CharField(_("site name"), max_length=255, blank=True)
    page = models.ForeignKey(
        ContactPage,
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    page_title = models.CharField(_("contact page title"), max_length=255, blank=True)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    message = models.TextField(_("message"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    delivery_status = models.CharField(
        _("delivery"), max_length=20, choices=Delivery.choices, default=Delivery.PENDING
    )
    delivery_attempts = models.PositiveSmallIntegerField(_("delivery attempts"), default=0)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)
    delivery_error = models.TextField(_("last delivery error"), blank=True)
    # A keyed hash of (site, visitor address), for the rate limit's database fallback
    # (sites.hubs.ratelimit); the address itself is not stored.
    client_key = models.CharField(max_length=40, blank=True, editable=False)
    # A hash of the form token and the content: a form sent twice at once is stored once.
    dedupe_key = models.CharField(max_length=64, null=True, unique=True, editable=False)

    objects = ContactSubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        indexes = [models.Index(fields=["site", "client_key", "created_at"], name="hubs_contact_rate_idx")]

    def __str__(self):
        return f"{self.name}: {self.subject or self.message[:40]}"

    @staticmethod
    def dedupe_key_for(site, data) -> str:
        parts = [
            str(site.pk if site else ""),
            data["issued"],
            data["name"],
            data["email"],
            data.get("subject", ""),
            data["message"],
        ]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()
