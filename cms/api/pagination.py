from django.conf import settings
from django.utils.translation import gettext as _

from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

from .params import MAX_INTEGER, parse_integer

DEFAULT_LIMIT = 20


def limit_max() -> int:
    return getattr(settings, "WAGTAILAPI_LIMIT_MAX", 100)


class BoundedPagination(WagtailPagination):
    """``limit``/``offset`` as in Wagtail API v2, with both bounded (a limit above the maximum
    and an offset above ``MAX_INTEGER`` are 400s)."""

    def paginate_queryset(self, queryset, request, view=None):
        maximum = limit_max()
        offset = parse_integer(request.GET.get("offset", "0"), "offset", maximum=MAX_INTEGER)
        limit = parse_integer(
            request.GET.get("limit", str(min(DEFAULT_LIMIT, maximum))), "limit", maximum=MAX_INTEGER
        )
        if limit > maximum:
            raise BadRequestError(_("limit cannot be higher than %d") % maximum)
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]
