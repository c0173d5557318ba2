"""The answer to a locked-out sign-in (django-axes' ``AXES_LOCKOUT_CALLABLE``): a page in the
visitor's language that says what happened, when to try again and whom to ask."""

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone

from wagtail.models import Site

from cms.core.models import SiteSettings


def contact_email(request) -> str:
    """The requesting site's contact address, else the default (platform) site's."""
    for site in (Site.find_for_request(request), Site.objects.filter(is_default_site=True).first()):
        if site is not None and (address := SiteSettings.for_site(site).contact_email):
            return address
    return ""


def lockout_response(request, original_response=None, credentials=None):
    cool_off = settings.AXES_COOLOFF_TIME
    context = {
        "minutes": int(cool_off.total_seconds() // 60),
        "retry_at": timezone.localtime(timezone.now() + cool_off),
        "contact_email": contact_email(request),
    }
    response = render(request, "core/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
