"""The contact form, with spam protection that costs visitors nothing: a honeypot field,
a signed time stamp (a form sent within seconds of loading is a bot) and a rate limit."""

import time

from django import forms
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

MIN_SECONDS = 3
MAX_AGE_SECONDS = 60 * 60 * 6
RATE_LIMIT = 5  # messages per address and hour
SALT = "cimis.contact"


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your e-mail address"))
    subject = forms.CharField(label=_("Subject"), max_length=200, required=False)
    message = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 6}), max_length=5000)
    privacy = forms.BooleanField(
        label=_("I agree that my details are used to answer my message, as described in the privacy policy."),
        error_messages={"required": _("Please agree so that we may answer you.")},
    )
    # A field people never see or fill in; bots do.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    issued = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, client_address: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.client_address = client_address
        if not self.is_bound:
            self.initial["issued"] = signing.dumps(time.time(), salt=SALT)
        for name in ("name", "email"):
            self.fields[name].widget.attrs["autocomplete"] = {"name": "name", "email": "email"}[name]

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This form could not be sent. Please try again."), code="spam")
        return ""

    def clean_issued(self):
        try:
            issued = signing.loads(self.cleaned_data["issued"], salt=SALT, max_age=MAX_AGE_SECONDS)
        except signing.BadSignature as error:
            raise forms.ValidationError(
                _("The form has expired. Please reload the page and send it again."), code="expired"
            ) from error
        if time.time() - float(issued) < MIN_SECONDS:
            raise forms.ValidationError(
                _("That was very fast. Please check your message and send it again."), code="fast"
            )
        return issued

    def clean(self):
        cleaned = super().clean()
        if self.errors or not self.client_address:
            return cleaned
        key = f"contact-rate:{self.client_address}"
        count = cache.get(key, 0)
        if count >= RATE_LIMIT:
            raise forms.ValidationError(
                _("Too many messages from your address. Please try again later."), code="rate"
            )
        cache.set(key, count + 1, 60 * 60)
        return cleaned
