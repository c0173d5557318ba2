from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail_localize.fields import TranslatableField

from cms.core.blocks.content import RICH_TEXT_FEATURES
from cms.core.models import BasePage, SiteSettings
from sites.hubs.forms import ContactForm


class ContactPage(BasePage):
    """A hub's contact details and a contact form whose messages are stored for the hub."""

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
        address = request.META.get("REMOTE_ADDR", "")
        if request.method == "POST":
            form = ContactForm(request.POST, client_address=address)
            if form.is_valid():
                self.store(form.cleaned_data, request)
                return HttpResponseRedirect(self.get_url(request) + "?sent=1")
        else:
            form = ContactForm()
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        context["sent"] = request.GET.get("sent") == "1"
        status = 400 if request.method == "POST" else 200
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def store(self, data, request):
        submission = ContactSubmission.objects.create(
            page=self,
            name=data["name"],
            email=data["email"],
            subject=data.get("subject", ""),
            message=data["message"],
        )
        recipient = SiteSettings.for_request(request).contact_email
        if recipient:
            send_mail(
                subject=f"[{self.get_site().site_name}] {submission.subject or _('Contact form')}",
                message=f"{submission.name} <{submission.email}>\n\n{submission.message}",
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[recipient],
                fail_silently=True,
            )
        return submission


class ContactSubmission(models.Model):
    """A message sent through a hub's contact form."""

    page = models.ForeignKey(ContactPage, on_delete=models.CASCADE, related_name="submissions")
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    subject = models.CharField(_("subject"), max_length=200, blank=True)
    message = models.TextField(_("message"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return f"{self.name}: {self.subject or self.message[:40]}"
