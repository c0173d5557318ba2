"""The endpoints of ``/api/v2/``: Wagtail API v2 viewsets, each declaring its fields,
filters, queryset and the parameters of its OpenAPI operations; strict, cacheable and
constant in their number of queries."""

from functools import cached_property
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.translation import gettext as _

from wagtail.api.conf import APIField
from wagtail.api.v2.utils import BadRequestError, page_models_from_string
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import TranslatableMixin

from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import APIException, NotFound
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from . import filters
from .content import absolute_url
from .errors import translated_wagtail_message
from .filters import MAX_INTEGER, BoundedPagination, parse_integer, reject_nul_bytes
from .queries import locale_for_code, public_pages, publicly_used_q, site_for_parameter, visible
from .resolver import Resolver
from .serializers import ApiDocumentSerializer, ApiImageSerializer, ApiPageSerializer, ApiSerializer

CACHEABLE_STATUSES = {200, 301, 302, 404}


class JSONOnly(BaseContentNegotiation):
    """Always JSON: the browsable documentation is /api/docs/, so neither ``Accept`` nor
    ``?format=`` can turn an answer into a 404 or 406."""

    def select_parser(self, request, parsers):
        return parsers[0] if parsers else None

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class EndpointMixin:
    """What every endpoint shares: JSON only, anonymous by design, strict parameters, JSON
    errors with a ``message``, bulk look-ups, ETag and Cache-Control."""

    renderer_classes = [JSONRenderer]
    content_negotiation_class = JSONOnly
    # Only to know that a response goes to a signed-in user (then Cache-Control: private);
    # nothing the API answers depends on who asks.
    authentication_classes = [SessionAuthentication]
    permission_classes = [AllowAny]
    pagination_class = BoundedPagination
    http_method_names = ["get", "head", "options"]
    # What the OpenAPI document (``cms.api.schema``) lists besides the common parameters.
    schema_listing_parameters = schema_detail_parameters = schema_find_parameters = ()
    schema_description = ""
    locale_description = "Items in this language, and untranslated German items in their place."

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        reject_nul_bytes(request.GET)

    def handle_exception(self, exc):
        if isinstance(exc, (Http404, NotFound, ObjectDoesNotExist)):
            message = str(exc) if isinstance(exc, Http404) and str(exc) else _("not found")
            return Response({"message": message}, status=status.HTTP_404_NOT_FOUND)
        if isinstance(exc, BadRequestError):
            return Response(
                {"message": translated_wagtail_message(str(exc))}, status=status.HTTP_400_BAD_REQUEST
            )
        if isinstance(exc, DjangoValidationError):
            return Response({"message": "; ".join(exc.messages)}, status=status.HTTP_400_BAD_REQUEST)
        response = super().handle_exception(exc)
        if isinstance(exc, APIException) and isinstance(response.data, dict) and "detail" in response.data:
            response.data = {"message": str(response.data["detail"])}
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        """``Cache-Control`` (public for everyone, private for a signed-in user, whose answer
        a shared cache must not keep; ``no-store`` for errors), an ``ETag`` from the body and
        ``304 Not Modified`` on a matching ``If-None-Match``, by Django's own utilities."""
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD"):
            return response
        if "Cache-Control" in response:
            del response["Cache-Control"]
        if response.status_code not in CACHEABLE_STATUSES:
            patch_cache_control(response, no_store=True)
        elif request.user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_MAX_AGE)
        if response.status_code != 200:
            return response
        response.render()
        set_response_etag(response)
        return get_conditional_response(request, etag=response["ETag"], response=response)

    @cached_property
    def resolver(self):
        return Resolver(self.request, self.request.wagtailapi_router)

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["resolver"] = self.resolver
        context["rich_text_format"] = self.resolve_rich_text_format()
        return context

    # --- fields ---------------------------------------------------------------------------

    def get_filterable_fields(self, model) -> set[str]:
        fields = set(self.get_available_fields(model, db_fields_only=True))
        fields.discard("locale")
        return fields

    def get_orderable_fields(self, model) -> set[str]:
        return set(self.get_available_fields(model, db_fields_only=True))

    def check_query_parameters(self, queryset, extra=()):
        allowed = self.get_filterable_fields(queryset.model) | set(self.known_query_parameters) | set(extra)
        unknown = set(self.request.GET.keys()) - allowed
        if unknown:
            raise BadRequestError(
                _("query parameter is not an operation or a recognised field: %s")
                % ", ".join(sorted(unknown))
            )

    # --- views: Wagtail's, with the look-ups made in bulk ---------------------------------

    def filter_queryset(self, queryset):
        return super().filter_queryset(self.resolver.optimise(queryset, self.get_serializer_class()))

    def get_serializer(self, instance, many=False):
        """Every reference of the items is fetched first, in bulk (``Resolver.prepare``)."""
        serializer_class = self.get_serializer_class()
        self.resolver.prepare(instance if many else [instance], serializer_class)
        return serializer_class(instance, many=many, context=self.get_serializer_context())

    def detail_view(self, request, pk):
        self.check_query_parameters(self.model.objects.none())
        return super().detail_view(request, pk)

    def find_view(self, request):
        self.check_query_parameters(self.get_queryset(), extra=self.find_query_parameters)
        obj = self.find_object(self.get_queryset(), request)
        if obj is None:
            raise Http404(_("not found"))
        url = absolute_url(request, request.wagtailapi_router.get_object_detail_urlpath(self.model, obj.pk))
        query = request.GET.copy()
        for name in self.find_query_parameters:
            query.pop(name, None)
        return redirect(f"{url}?{query.urlencode()}" if query else url)

    def find_object(self, queryset, request):
        if "id" in request.GET:
            return queryset.filter(pk=parse_integer(request.GET["id"], "id", minimum=1)).first()
        return None

    def object_pk(self) -> int:
        pk = int(self.kwargs["pk"])
        if pk > MAX_INTEGER:
            raise Http404(_("not found"))
        return pk

    def get_object(self):
        if getattr(self, "found_object", None) is None:
            obj = self.get_queryset().filter(pk=self.object_pk()).first()
            if obj is None:
                raise Http404(self.not_found_message())
            self.found_object = obj
        return self.found_object

    def not_found_message(self) -> str:
        return _("No %s matches the given query.") % self.model._meta.verbose_name


class PagesEndpoint(EndpointMixin, PagesAPIViewSet):
    base_serializer_class = ApiPageSerializer
    filter_backends = [
        filters.FieldsFilter,
        filters.PageRelationFilter,
        filters.OrderingFilter,
        filters.LocaleFilter,
        filters.SearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"format"}
    meta_fields = [*PagesAPIViewSet.meta_fields, "translations"]
    nested_default_fields = ["id", "type", "detail_url", "html_url", "locale", "title"]
    schema_listing_parameters = ("site", "locale", "type", *filters.PageRelationFilter.relations)
    schema_detail_parameters = ("site", "type")
    schema_find_parameters = ("html_path", "site")
    locale_description = "Pages of one language."

    def get_base_queryset(self):
        """Public pages of the requested site (``?site=``, else the request's), in every
        language. A detail takes a page of any site unless ``?site=`` narrows it: a
        ``detail_url`` works whichever host the listing was asked on."""
        if self.action == "detail_view" and "site" not in self.request.GET:
            return public_pages()
        return public_pages(site_for_parameter(self.request))

    def get_serializer_context(self):
        context = super().get_serializer_context()
        # What "parent" may show: public pages of any site (a detail is not tied to a host).
        context["base_queryset"] = public_pages()
        return context

    def get_root_page(self):
        """``child_of=root``: the site's root page in ``?locale=`` (German without it)."""
        root = site_for_parameter(self.request).root_page
        if "locale" in self.request.GET:
            locale = locale_for_code(self.request.GET["locale"])
            root = root.get_translation_or_none(locale) or root
        return root

    def requested_page_types(self):
        """The page models of ``?type=`` (every page without it), or a 400 that says so."""
        try:
            return page_models_from_string(self.request.GET.get("type", "wagtailcore.Page"))
        except (LookupError, ValueError):
            raise BadRequestError(_("type doesn't exist or is not a page type")) from None

    def get_queryset(self):
        # Wagtail's own check of ``type`` says only "type doesn't exist"; the other checks
        # (site, locale, filters) raise their own messages and must keep them.
        self.requested_page_types()
        return super().get_queryset()

    def get_object(self):
        return super().get_object().specific

    def not_found_message(self) -> str:
        return _("No page matches the given query.")

    def find_object(self, queryset, request):
        if "html_path" in request.GET:
            return self.find_by_html_path(queryset, request.GET["html_path"])
        return super().find_object(queryset, request)

    def find_by_html_path(self, queryset, html_path: str):
        """The page at ``html_path`` on ``?site=``, in the language of the path's prefix
        (``/en/…``), routed from that language's root — stock v2 routes every path from the
        German root, so English paths were not found (Wagtail issue 6679)."""
        site = site_for_parameter(self.request)
        path = urlsplit(html_path).path if "://" in html_path else html_path
        components = [component for component in path.split("/") if component]
        languages = {code for code, _name in settings.LANGUAGES}
        language = settings.LANGUAGE_CODE
        if components and components[0] in languages:
            language = components.pop(0)
        root = site.root_page
        locale = locale_for_code(language)
        if root.locale_id != locale.pk:
            root = root.get_translation_or_none(locale)
            if root is None:
                return None
        try:
            page = root.specific.route(self.request, components).page
        except Http404:
            return None
        return page if queryset.filter(pk=page.pk).exists() else None


class ImagesEndpoint(EndpointMixin, ImagesAPIViewSet):
    base_serializer_class = ApiImageSerializer
    filter_backends = [filters.FieldsFilter, filters.OrderingFilter, filters.SearchFilter]
    known_query_parameters = (ImagesAPIViewSet.known_query_parameters - {"format"}) | {"locale"}
    schema_listing_parameters = ("locale",)
    locale_description = "Alt texts in this language."
    body_fields = ["id", "title", "width", "height", "alt", "credit", "licence", "renditions"]
    meta_fields = ["type", "detail_url", "tags", "download_url"]
    listing_default_fields = ["id", "type", "detail_url", "download_url", "title", "alt", "credit"]
    nested_default_fields = [*listing_default_fields, "width", "height", "renditions"]

    def get_queryset(self):
        return visible(self.model, self.model.objects.order_by("id"))

    def get_serializer_context(self):
        context = super().get_serializer_context()
        # Alt text in ?locale= (the images themselves have no language).
        code = self.request.GET.get("locale")
        context["item_locale_id"] = locale_for_code(code).pk if code else None
        return context

    def get_filterable_fields(self, model):
        return super().get_filterable_fields(model) - {"alt", "renditions"}


class DocumentsEndpoint(EndpointMixin, DocumentsAPIViewSet):
    base_serializer_class = ApiDocumentSerializer
    filter_backends = [filters.FieldsFilter, filters.OrderingFilter, filters.SearchFilter]
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters - {"format"}
    body_fields = ["id", "title", "description", "language"]
    listing_default_fields = ["id", "type", "detail_url", "download_url", "title"]
    schema_description = (
        "Only public documents: in a collection without a view restriction and used by at least "
        "one live, public page or live library item (Wagtail's reference index). An upload nothing "
        "published uses is not listed, and its detail answers 404."
    )

    def get_queryset(self):
        """Public documents: in a collection without a view restriction, and used by a live,
        public page or a live library item (``queries.publicly_used_q``)."""
        queryset = self.model.objects.filter(publicly_used_q(self.model)).order_by("id")
        return visible(self.model, queryset)


class SnippetEndpoint(EndpointMixin, BaseAPIViewSet):
    """A read endpoint for a snippet model: live items only; ``locale`` with fallback to the
    source language; ``fields``, ``order``, ``search``; filters on the model's API fields that
    are also ``index.FilterField``. Subclass with ``model`` and ``name`` (see ``for_model``)."""

    base_serializer_class = ApiSerializer
    filter_backends = [
        filters.FieldsFilter,
        filters.OrderingFilter,
        filters.LocaleFilter,
        filters.SearchFilter,
    ]
    known_query_parameters = (BaseAPIViewSet.known_query_parameters - {"format"}) | {"locale"}
    schema_listing_parameters = ("locale",)
    meta_fields = ["type", "detail_url", "locale", "translations"]
    #: A queryset method that annotates computed, orderable fields (e.g. an overall score).
    queryset_method: str | None = None
    #: Annotated fields that ``order`` accepts besides the database fields.
    extra_order_fields: tuple[str, ...] = ()

    @classmethod
    def for_model(cls, name, model, **attributes):
        return type(f"{model.__name__}Endpoint", (cls,), {"name": name, "model": model, **attributes})

    @classmethod
    def get_meta_fields(cls, model):
        fields = cls.meta_fields if issubclass(model, TranslatableMixin) else ["type", "detail_url"]
        fields = fields + list(getattr(model, "api_meta_fields", ()))
        return [field if isinstance(field, APIField) else APIField(field) for field in fields]

    @classmethod
    def get_listing_default_fields(cls, model):
        names = cls.get_body_fields_names(model)
        title = next((name for name in ("title", "name", "quote") if name in names), None)
        defaults = ["id", "type", "detail_url"]
        if issubclass(model, TranslatableMixin):
            defaults.append("locale")
        return defaults + ([title] if title else [])

    @classmethod
    def get_nested_default_fields(cls, model):
        return cls.get_listing_default_fields(model)

    def get_queryset(self):
        queryset = self.model._default_manager.all()
        if self.queryset_method:
            queryset = getattr(queryset, self.queryset_method)()
        ordering = list(self.model._meta.ordering or [])
        return visible(self.model, queryset).order_by(*ordering, "pk")

    def get_filterable_fields(self, model):
        """The API fields the model declares as ``index.FilterField``: the same filters then
        work with and without ``search``."""
        return super().get_filterable_fields(model) & filters.declared_filter_fields(model)

    def get_orderable_fields(self, model):
        return super().get_orderable_fields(model) | set(self.extra_order_fields)
