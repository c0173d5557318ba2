"""Query parameters: Wagtail API v2's filters and pagination, made strict. Every value is
checked before it reaches the database (stock v2 lets a NUL byte, an integer past the column's
range or a date that is not a date through, where they fail as server errors), so bad input
is a 400 with a message, never a 500 or a 404."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from django.utils.translation import gettext as _

from taggit.managers import TaggableManager
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.index import FilterField

from rest_framework.filters import BaseFilterBackend

from cms.search.query import search_words

from .queries import locale_for_code

#: Largest id or offset accepted: 2**31 − 1, the top of a signed 32-bit integer (the id
#: column of Wagtail's own tables); an offset past it would never find anything anyway.
MAX_INTEGER = 2**31 - 1
DEFAULT_LIMIT = 20
SEARCH_OPERATORS = ("and", "or")
#: Longest search query accepted.
SEARCH_MAX_LENGTH = 255


def limit_max() -> int:
    return getattr(settings, "WAGTAILAPI_LIMIT_MAX", 100)


def reject_nul_bytes(query_dict) -> None:
    """NUL bytes cannot be stored or searched in PostgreSQL and break SQLite's full-text
    search: refuse them in every parameter, names included."""
    for name, values in query_dict.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            raise BadRequestError(_("null characters are not allowed (parameter '%s')") % name.strip("\x00"))


def parse_integer(value: str, name: str, *, minimum: int = 0, maximum: int = MAX_INTEGER) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError) as error:
        raise BadRequestError(_("%(name)s must be an integer") % {"name": name}) from error
    if not minimum <= number <= maximum:
        raise BadRequestError(
            _("%(name)s must be between %(minimum)d and %(maximum)d")
            % {"name": name, "minimum": minimum, "maximum": maximum}
        )
    return number


def parse_field_value(field, value: str, name: str):
    """A filter value converted by the model field itself (dates, numbers, booleans …)."""
    if isinstance(field, models.BooleanField):
        lowered = value.lower()
        if lowered in {"true", "1"}:
            return True
        if lowered in {"false", "0"}:
            return False
        raise BadRequestError(_("%(name)s must be true or false") % {"name": name})
    if isinstance(field, models.ForeignKey):
        return parse_integer(value, name, minimum=0)
    if isinstance(field, (models.IntegerField, models.AutoField)):
        return parse_integer(value, name, minimum=-MAX_INTEGER)
    try:
        converted = field.to_python(value)
        if field.choices and converted not in {choice for choice, _label in field.flatchoices}:
            raise ValidationError("not a choice")
    except ValidationError as error:
        raise BadRequestError(
            _("'%(value)s' is not a valid value for %(name)s") % {"value": value, "name": name}
        ) from error
    return converted


class BoundedPagination(WagtailPagination):
    """``limit``/``offset`` as in Wagtail API v2, both bounded."""

    def paginate_queryset(self, queryset, request, view=None):
        maximum = limit_max()
        offset = parse_integer(request.GET.get("offset", "0"), "offset")
        limit = parse_integer(request.GET.get("limit", str(min(DEFAULT_LIMIT, maximum))), "limit")
        if limit > maximum:
            raise BadRequestError(_("limit cannot be higher than %d") % maximum)
        self.view = view
        try:
            self.total_count = queryset.count()
            return list(queryset[offset : offset + limit])
        except DatabaseError as error:
            if not getattr(view, "searching", False):
                raise
            # A search query some database's full-text syntax still refuses.
            raise BadRequestError(_("the search query could not be understood")) from error


def declared_filter_fields(model) -> set[str]:
    """The names of the model's ``index.FilterField``s."""
    return {
        field.field_name for field in getattr(model, "search_fields", []) if isinstance(field, FilterField)
    }


class FieldsFilter(BaseFilterBackend):
    """``?<field>=<value>`` on the endpoint's filterable fields, each value converted by its
    model field. A foreign key to a site also takes the host name (``region=lausitz.localhost``)."""

    def filter_queryset(self, request, queryset, view):
        fields = view.get_filterable_fields(queryset.model)
        for name, value in request.GET.items():
            if name not in fields:
                continue
            field = queryset.model._meta.get_field(name)
            if isinstance(field, TaggableManager):
                for tag in value.split(","):
                    queryset = queryset.filter(**{f"{name}__name": tag})
                view.filtered_by_tag = True
            elif isinstance(field, models.ForeignKey):
                if issubclass(field.related_model, Site) and not value.isdigit():
                    site = Site.objects.filter(hostname=value.lower()).first()
                    if site is None:
                        raise BadRequestError(_("unknown site '%s'") % value)
                    value = str(site.pk)
                queryset = queryset.filter(**{field.attname: parse_field_value(field, value, name)})
            else:
                queryset = queryset.filter(**{name: parse_field_value(field, value, name)})
        return queryset


class SearchFilter(BaseFilterBackend):
    """``?search=`` with ``search_operator=and|or``; must run last (results cannot be
    filtered further)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            self.operator(request)
            return queryset
        if getattr(view, "filtered_by_tag", False):
            raise BadRequestError(_("filtering by tag with a search query is not supported"))
        query = request.GET["search"]
        if len(query) > SEARCH_MAX_LENGTH:
            raise BadRequestError(_("search must be at most %d characters") % SEARCH_MAX_LENGTH)
        if query.count('"') % 2:
            raise BadRequestError(_("search has an unpaired quotation mark"))
        operator = self.operator(request)
        query = search_words(query)
        if not query:
            return queryset.none()
        try:
            results = get_search_backend().search(
                query, queryset, operator=operator, order_by_relevance="order" not in request.GET
            )
        except FilterFieldError as error:
            raise BadRequestError(
                _("cannot filter by '%s' while searching (field is not indexed)") % error.field_name
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                _("cannot order by '%s' while searching (field is not indexed)") % error.field_name
            ) from error
        view.searching = True
        return results

    @staticmethod
    def operator(request):
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in SEARCH_OPERATORS:
            raise BadRequestError(_("search_operator must be 'and' or 'or'"))
        return operator


class PageRelationFilter(BaseFilterBackend):
    """``child_of``, ``descendant_of``, ``ancestor_of`` and ``translation_of``: a public page
    of the site by id, or ``root`` (the site's root in the requested language)."""

    relations = ("child_of", "descendant_of", "ancestor_of", "translation_of")

    def filter_queryset(self, request, queryset, view):
        for name in self.relations:
            if name not in request.GET:
                continue
            if name == "descendant_of" and "child_of" in request.GET:
                raise BadRequestError(_("filtering by descendant_of with child_of is not supported"))
            queryset = getattr(queryset, name)(self.page(request, view, name))
        return queryset

    @staticmethod
    def page(request, view, name):
        value = request.GET[name]
        if value == "root" and name != "ancestor_of":
            return view.get_root_page()
        pk = parse_integer(value, name, minimum=1)
        try:
            return view.get_base_queryset().get(pk=pk)
        except Page.DoesNotExist as error:
            raise BadRequestError(
                _("%(name)s: no public page %(id)d on this site") % {"name": name, "id": pk}
            ) from error


class LocaleFilter(BaseFilterBackend):
    """``?locale=de|en``: pages of that language's tree; library items by
    ``LibraryQuerySet.localized`` (untranslated items in the source language in their place)."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        locale = locale_for_code(request.GET["locale"])
        if issubclass(queryset.model, Page):
            return queryset.filter(locale=locale)
        return queryset.localized(locale)


class OrderingFilter(BaseFilterBackend):
    """``?order=field,-other`` on the endpoint's orderable fields, or ``order=random``."""

    def filter_queryset(self, request, queryset, view):
        value = request.GET.get("order")
        if value is None:
            return queryset
        if not value:
            raise BadRequestError(_("order must name at least one field"))
        names = value.split(",")
        if "random" in names:
            if len(names) > 1:
                raise BadRequestError(_("random ordering cannot be combined with other fields"))
            if "offset" in request.GET:
                raise BadRequestError(_("random ordering with offset is not supported"))
            return queryset.order_by("?")
        allowed = view.get_orderable_fields(queryset.model)
        for name in names:
            if name.removeprefix("-") not in allowed:
                raise BadRequestError(_("cannot order by '%s' (unknown field)") % name)
        return queryset.order_by(*names, "pk")
