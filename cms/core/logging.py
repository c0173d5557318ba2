"""Structured logs: one JSON object a line on stderr, with the request id, site and user of the
request being served (set by ``cms.core.middleware.RequestContextMiddleware``).

What a log line never carries: passwords, tokens, cookies or query strings. Only the request's
method and path (no query string) are taken from it, and values of secret-looking parameters
that other code writes into a message (``?token=…``, ``password=…``, a ``Cookie:`` header)
are replaced by ``[redacted]``.
"""

import contextvars
import json
import logging
import re
from datetime import UTC, datetime
from email.utils import getaddresses

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

#: What the current request's log lines carry: ``request_id``, ``site``, ``user_id``,
#: ``method``, ``path``. ``None`` outside a request.
request_context: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "cimis_request_context", default=None
)

CONTEXT_FIELDS = ("request_id", "site", "user_id", "method", "path")

SECRET_PARAMETER = re.compile(
    r"(?i)\b((?:[a-z0-9_-]*(?:password|passwd|secret|token|signature|api[_-]?key|sessionid|csrf)[a-z0-9_-]*)"
    r"\s*[=:]\s*)([^&\s\"',;]+)"
)
COOKIE_HEADER = re.compile(r"(?i)\b((?:set-)?cookie\s*:\s*)([^\n]+)")


def redact(text: str) -> str:
    """``text`` with the values of secret-looking parameters and cookie headers replaced."""
    text = COOKIE_HEADER.sub(r"\1[redacted]", text)
    return SECRET_PARAMETER.sub(r"\1[redacted]", text)


class RequestContextFilter(logging.Filter):
    """Adds the current request's id, site, user id, method and path to every record."""

    def filter(self, record):
        context = request_context.get() or {}
        for field in CONTEXT_FIELDS:
            if not hasattr(record, field):
                setattr(record, field, context.get(field))
        return True


class JSONFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, message, the request context, the
    response status where Django gives one, and the traceback of an exception."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        for field in CONTEXT_FIELDS:
            value = getattr(record, field, None)
            if value not in (None, ""):
                entry[field] = value
        if (status := getattr(record, "status_code", None)) is not None:
            entry["status"] = status
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        if record.stack_info:
            entry["stack"] = redact(self.formatStack(record.stack_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


class SecretsReporterFilter(SafeExceptionReporterFilter):
    """Django's filter for error reports (the mails to ``ADMINS``), hiding more: the session
    cookie and CSRF token too, and every POST value whose name looks secret (``password``,
    ``token``, …), not only those a view marks with ``@sensitive_post_parameters``."""

    hidden_settings = re.compile("API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|COOKIE|SESSION|CSRF", flags=re.I)

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        for name in ("QUERY_STRING", "RAW_URI", "REQUEST_URI"):
            if isinstance(meta.get(name), str):
                meta[name] = redact(meta[name])
        return meta

    def get_post_parameters(self, request):
        parameters = super().get_post_parameters(request)
        if request is None or not parameters:
            return parameters
        cleansed = parameters.copy()
        for name in parameters:
            if self.hidden_settings.search(name):
                cleansed[name] = self.cleansed_substitute
        return cleansed


class RedactingExceptionReporter(ExceptionReporter):
    """The error report without query-string secrets: secret-looking GET values are hidden and
    the request URL is redacted like a log message."""

    def get_traceback_data(self):
        data = super().get_traceback_data()
        if self.request is not None:
            hidden = SecretsReporterFilter.hidden_settings
            substitute = SecretsReporterFilter.cleansed_substitute
            data["request_GET_items"] = [
                (name, substitute if hidden.search(name) else value)
                for name, value in self.request.GET.items()
            ]
            if data.get("request_insecure_uri"):
                data["request_insecure_uri"] = redact(str(data["request_insecure_uri"]))
        return data


def parse_admins(value: str) -> list[tuple[str, str]]:
    """``"Ops <ops@example.org>, dev@example.org"`` -> ``[("Ops", "ops@example.org"),
    ("dev@example.org", "dev@example.org")]`` (Django 5.2's ``ADMINS`` format)."""
    return [(name or address, address) for name, address in getaddresses([value]) if "@" in address]


def logging_config(level: str = "INFO") -> dict:
    """The ``LOGGING`` setting: JSON lines on stderr for everything; errors of requests and
    security events also by e-mail to ``ADMINS`` (if any) while ``DEBUG`` is off."""
    level = level.upper()
    stderr = ["stderr"]
    with_mail = ["stderr", "mail_admins"]
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_context": {"()": "cms.core.logging.RequestContextFilter"},
            "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        },
        "formatters": {"json": {"()": "cms.core.logging.JSONFormatter"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "json",
                "filters": ["request_context"],
            },
            "mail_admins": {
                "class": "django.utils.log.AdminEmailHandler",
                "level": "ERROR",
                "reporter_class": "cms.core.logging.RedactingExceptionReporter",
                "filters": ["require_debug_false"],
            },
        },
        "root": {"handlers": stderr, "level": level},
        "loggers": {
            "django": {"handlers": stderr, "level": level, "propagate": False},
            "django.request": {"handlers": with_mail, "level": "WARNING", "propagate": False},
            "django.security": {"handlers": with_mail, "level": "WARNING", "propagate": False},
            # A cache outage is served uncached (django-redis IGNORE_EXCEPTIONS) and logged here.
            "django_redis": {"handlers": stderr, "level": "WARNING", "propagate": False},
        },
    }
