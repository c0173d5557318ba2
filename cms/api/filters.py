"""Filter backends. Wagtail API v2's, made strict: every value is checked before it reaches
the database, so bad input is a 400 with a message, never a 500 or a 404."""

import re

from django.db import models
from django.utils.translation import gettext as _

from taggit.managers import TaggableManager
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.index import FilterField

from rest_framework.filters import BaseFilterBackend

from .params import parse_field_value, parse_id
from .queries import locale_for_code

SEARCH_OPERATORS = ("and", "or")
#: Longest search query accepted.
SEARCH_MAX_LENGTH = 255
# Characters with a meaning in SQLite's FTS5 or PostgreSQL's tsquery syntax; Wagtail's
# database backend passes some of them through, so a stray quote was a server error.
_SEARCH_SYNTAX = re.compile(r"['`^*:()\[\]{}<>|&!~\\+;]")


def clean_search_query(query: str) -> str:
    """The search words, without characters a database's full-text syntax would choke on.
    Double quotes mark phrases (Wagtail's query syntax) and must come in pairs."""
    if len(query) > SEARCH_MAX_LENGTH:
        raise BadRequestError(_("search must be at most %d characters") % SEARCH_MAX_LENGTH)
    if query.count('"') % 2:
        raise BadRequestError(_("search has an unpaired quotation mark"))
    query = re.sub(r'"\s*"', " ", query)  # empty phrases
    return " ".join(_SEARCH_SYNTAX.sub(" ", query).split())


class FieldsFilter(BaseFilterBackend):
    """``?<field>=<value>`` on the endpoint's filterable fields (``view.get_filterable_fields``),
    each value converted by its model field (``first_published_at=notadate`` is a 400, not a
    500). A foreign key to a site also takes the site's host name (``region=lausitz.localhost``)."""

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


def declared_filter_fields(model) -> set[str]:
    """The names of the model's ``index.FilterField``s."""
    return {
        field.field_name for field in getattr(model, "search_fields", []) if isinstance(field, FilterField)
    }


class SearchFilter(BaseFilterBackend):
    """``?search=`` with ``search_operator=and|or``; must run last (results cannot be
    filtered further)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            if "search_operator" in request.GET:
                self.operator(request)
            return queryset
        if getattr(view, "filtered_by_tag", False):
            raise BadRequestError(_("filtering by tag with a search query is not supported"))
        query = clean_search_query(request.GET["search"])
        operator = self.operator(request)
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


def _page_parameter(request, view, name, *, allow_root=True):
    """The public page named by ``?<name>=<id>`` (or ``root``: the site's root in the
    requested language)."""
    value = request.GET[name]
    if allow_root and value == "root":
        return view.get_root_page()
    pk = parse_id(value, name)
    try:
        return view.get_base_queryset().get(pk=pk)
    except Page.DoesNotExist as error:
        raise BadRequestError(
            _("%(name)s: no public page %(id)d on this site") % {"name": name, "id": pk}
        ) from error


class ChildOfFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        if "child_of" in request.GET:
            queryset = queryset.child_of(_page_parameter(request, view, "child_of"))
        return queryset


class AncestorOfFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        if "ancestor_of" in request.GET:
            queryset = queryset.ancestor_of(_page_parameter(request, view, "ancestor_of", allow_root=False))
        return queryset


class DescendantOfFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        if "descendant_of" in request.GET:
            if "child_of" in request.GET:
                raise BadRequestError(_("filtering by descendant_of with child_of is not supported"))
            queryset = queryset.descendant_of(_page_parameter(request, view, "descendant_of"))
        return queryset


class TranslationOfFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        if "translation_of" in request.GET:
            queryset = queryset.translation_of(_page_parameter(request, view, "translation_of"))
        return queryset


class LocaleFilter(BaseFilterBackend):
    """``?locale=de|en`` on pages: the pages of that language's tree."""

    def filter_queryset(self, request, queryset, view):
        if "locale" in request.GET:
            queryset = queryset.filter(locale=locale_for_code(request, request.GET["locale"]))
        return queryset


class SnippetLocaleFilter(BaseFilterBackend):
    """``?locale=`` on library endpoints: ``LibraryQuerySet.localized``, the rule the pages
    use too — items in that language, and where an item has no live translation into it yet,
    the source-language (German) item in its place, with its real ``meta.locale``. An app gets
    a complete catalogue in every language and can tell which entries are not translated yet."""

    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        return queryset.localized(locale_for_code(request, request.GET["locale"]))


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
