"""Mail delivery of contact messages, from the task queue.

The visitor's request only stores the message; once its transaction commits, a delivery is
queued on the "api" task backend (django-tasks with its database backend, the one the publish
webhooks use), queue "mail", worked off by
``manage.py db_worker --backend api --queue-name webhooks,mail``. Whatever the mail server
does, the message stays stored and its delivery is recorded on it: ``pending`` while attempts
remain, ``sent`` with the time, ``failed`` after the last attempt, with the last error. A
failed attempt queues the next one with exponential back-off
(``CONTACT_MAIL_RETRY_DELAY`` × 2ⁿ seconds) up to ``CONTACT_MAIL_MAX_ATTEMPTS``.

Each attempt first claims the message (a conditional update of its attempt count), so two
workers, or a delivery queued twice, never send it twice; a message already sent is skipped.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from django_tasks import task

from cms.core.models import SiteSettings
from sites.hubs.models import ContactSubmission

logger = logging.getLogger(__name__)

Delivery = ContactSubmission.Delivery


class ContactMailFailed(Exception):
    """One attempt to mail a contact message failed (a retry is queued while attempts remain)."""


def build_message(submission: ContactSubmission, recipient: str) -> EmailMessage:
    with translation.override(settings.LANGUAGE_CODE):
        subject = f"[{submission.site_name}] {submission.subject or _('Contact form')}"
    return EmailMessage(
        # Messages stored before header fields were checked may hold line breaks.
        subject=" ".join(subject.split()),
        body=f"{submission.name} <{submission.email}>\n\n{submission.message}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient],
        reply_to=[submission.email],
        # The same for every attempt, so a receiving server can recognise a repeat.
        headers={"Message-ID": f"<contact-{submission.pk}-{submission.created_at:%Y%m%d%H%M%S}@{DNS_NAME}>"},
    )


@task(backend="api", queue_name="mail")
def deliver_contact_message(submission_id: int):
    """Mail one stored contact message to its hub; on failure queue the next attempt and
    fail this one."""
    submission = ContactSubmission.objects.select_related("site").filter(pk=submission_id).first()
    if submission is None or submission.delivery_status != Delivery.PENDING:
        return {"status": submission.delivery_status if submission else "deleted"}
    attempt = submission.delivery_attempts + 1
    claimed = ContactSubmission.objects.filter(
        pk=submission.pk, delivery_status=Delivery.PENDING, delivery_attempts=attempt - 1
    ).update(delivery_attempts=attempt)
    if not claimed:
        return {"status": "claimed by another attempt"}
    recipient = SiteSettings.for_site(submission.site).contact_email if submission.site else ""
    if not recipient:
        ContactSubmission.objects.filter(pk=submission.pk).update(delivery_status=Delivery.NO_RECIPIENT)
        logger.warning(
            "Contact message %s is stored but not mailed: its site has no contact e-mail", submission.pk
        )
        return {"status": Delivery.NO_RECIPIENT}
    try:
        build_message(submission, recipient).send(fail_silently=False)
    except Exception as error:  # every backend raises its own errors (SMTPException, OSError, …)
        problem = f"{type(error).__name__}: {error}"[:1000]
        last = attempt >= settings.CONTACT_MAIL_MAX_ATTEMPTS
        ContactSubmission.objects.filter(pk=submission.pk).update(
            delivery_status=Delivery.FAILED if last else Delivery.PENDING, delivery_error=problem
        )
        if not last:
            delay = settings.CONTACT_MAIL_RETRY_DELAY * 2 ** (attempt - 1)
            deliver_contact_message.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
                submission.pk
            )
        raise ContactMailFailed(
            f"contact message {submission.pk}: {problem} "
            f"(attempt {attempt} of {settings.CONTACT_MAIL_MAX_ATTEMPTS})"
        ) from error
    ContactSubmission.objects.filter(pk=submission.pk).update(
        delivery_status=Delivery.SENT, delivered_at=timezone.now(), delivery_error=""
    )
    return {"status": Delivery.SENT, "attempt": attempt}


def queue_delivery(submission: ContactSubmission) -> None:
    """Queue the mail once the visitor's transaction commits. Never raises: the message is
    stored either way, and stays ``pending`` if the queue cannot take it."""

    def enqueue():
        try:
            deliver_contact_message.enqueue(submission.pk)
        except Exception:
            logger.exception("Could not queue the mail of contact message %s", submission.pk)

    transaction.on_commit(enqueue)
