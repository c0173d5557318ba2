from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from sites.hubs.mail import deliver_contact_message
from sites.hubs.models import ContactSubmission

Delivery = ContactSubmission.Delivery


class Command(BaseCommand):
    """Queue the mail of contact messages that were not delivered, with fresh attempts."""

    help = (
        "Queue again the mail of contact messages whose delivery failed, and of those still "
        "pending after --older-than minutes (e.g. the queue could not take them). A message "
        "already sent is never sent again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--older-than", type=int, default=60, help="minutes (default: 60)")

    def handle(self, *args, older_than, **options):
        stale = timezone.now() - timedelta(minutes=older_than)
        failed = ContactSubmission.objects.filter(delivery_status=Delivery.FAILED)
        pending = ContactSubmission.objects.filter(delivery_status=Delivery.PENDING, created_at__lt=stale)
        ids = sorted(set(failed.values_list("pk", flat=True)) | set(pending.values_list("pk", flat=True)))
        # A fresh set of attempts; the claim in deliver_contact_message keeps it to one mail.
        ContactSubmission.objects.filter(pk__in=ids).update(
            delivery_status=Delivery.PENDING, delivery_attempts=0
        )
        for pk in ids:
            deliver_contact_message.enqueue(pk)
        self.stdout.write(f"queued {len(ids)} contact message(s)")
