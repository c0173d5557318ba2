"""The contact form, with spam protection that costs visitors nothing: a honeypot field and
a signed time stamp (a form sent within seconds of loading is a bot). The rate limit is the
page's (``sites.hubs.ratelimit``): it needs the hub and the visitor's address.

Name, e-mail address and subject end up in mail headers, so they refuse control characters
and line separators (a line break there is header injection, and Django's mail refuses it
with ``BadHeaderError``)."""

import secrets
import time
import unicodedata

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

MIN_SECONDS = 3
MAX_AGE_SECONDS = 60 * 60 * 6
SALT = "cimis.contact"
# Unicode categories that must not reach a mail header: controls (CR, LF, ESC, …) and the
# line and paragraph separators Python's str.splitlines() breaks lines at.
FORBIDDEN_IN_HEADERS = {"Cc", "Zl", "Zp"}


def single_line(value: str) -> str:
    if any(unicodedata.category(char) in FORBIDDEN_IN_HEADERS for char in value):
        raise forms.ValidationError(
            _("Please use a single line without control characters."), code="control_characters"
        )
    return value


class ContactForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120, validators=[single_line])
    email = forms.EmailField(label=_("Your e-mail address"), validators=[single_line])
    subject = forms.CharField(label=_("Subject"), max_length=200, required=False, validators=[single_line])
    message = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 6}), max_length=5000)
    privacy = forms.BooleanField(
        label=_("I agree that my details are used to answer my message, as described in the privacy policy."),
        error_messages={"required": _("Please agree so that we may answer you.")},
    )
    # A field people never see or fill in; bots do.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    issued = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            # The time it was issued, and a nonce: the token also tells a double submit of
            # this form (sites.hubs.models.contact) from a second message.
            self.initial["issued"] = signing.dumps([time.time(), secrets.token_hex(8)], salt=SALT)
        for name in ("name", "email"):
            self.fields[name].widget.attrs["autocomplete"] = {"name": "name", "email": "email"}[name]

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This form could not be sent. Please try again."), code="spam")
        return ""

    def clean_issued(self):
        """The signed token as sent (forms issued before the nonce carry a bare time)."""
        token = self.cleaned_data["issued"]
        try:
            issued = signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
            issued = float(issued[0] if isinstance(issued, list) else issued)
        except (signing.BadSignature, TypeError, ValueError, IndexError) as error:
            raise forms.ValidationError(
                _("The form has expired. Please reload the page and send it again."), code="expired"
            ) from error
        if time.time() - issued < MIN_SECONDS:
            raise forms.ValidationError(
                _("That was very fast. Please check your message and send it again."), code="fast"
            )
        return token
