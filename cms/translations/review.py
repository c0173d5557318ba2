"""Translations go through the same review as their source.

wagtail-localize 1.14's translation editor offers an editor without publish rights nothing
but "delete", "stop sync" and "convert to alias" (upstream: wagtail-localize #676). Here a
translation is saved as a new *revision* of the translated page or library item, never
written to the live row, and submitted to the workflow that applies to it (each site's
workflow sits on its home page in both languages; library items have theirs by type). The
moderators then approve it (it goes live) or ask for changes, with Wagtail's notifications.

The English slug follows the translated title unless the editor translated the slug too."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation

from cms.core.permissions import may_edit, may_publish
from cms.core.slugs import german_slugify


def target_of(translation: Translation):
    try:
        return translation.get_target_instance()
    except ObjectDoesNotExist as error:
        raise Http404 from error


def edit_url(instance) -> str:
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    meta = instance._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[instance.pk])


def workflow_of(instance):
    get_workflow = getattr(instance, "get_workflow", None)
    return get_workflow() if get_workflow else None


def review_state(instance):
    """The translation's workflow state in progress or waiting for changes, else None."""
    state = getattr(instance, "current_workflow_state", None)
    if state is not None and state.status in (
        WorkflowState.STATUS_IN_PROGRESS,
        WorkflowState.STATUS_NEEDS_CHANGES,
    ):
        return state
    return None


def translated_slug(page, source_page) -> str:
    """The slug a translated page gets: the translator's own, or else one made from the
    translated title; ASCII and unique among its siblings either way."""
    slug = german_slugify(page.slug)  # a machine translation may capitalise or add spaces
    if not slug or slug == source_page.slug:
        slug = german_slugify(page.title) or source_page.slug
    return find_available_slug(page.get_parent(), slug, ignore_page_id=page.pk)


def save_draft(translation: Translation, user):
    """The translation as it stands, saved as a new revision of the target (live content is
    not touched). Untranslated strings fall back to the source text."""
    instance = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    if isinstance(instance, Page):
        instance.slug = translated_slug(instance, translation.source.get_source_instance())
    instance.save_revision(user=user, log_action=True)
    return instance


def submit(translation: Translation, user):
    """Save the translation as a draft and submit it to its workflow (resuming one that asked
    for changes, restarting one in progress). Returns the target instance."""
    instance = target_of(translation)
    workflow = workflow_of(instance)
    if workflow is None:
        raise ValidationError(_("No review applies to this item."))
    instance = save_draft(translation, user)
    state = review_state(instance)
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
    else:
        if state is not None:
            state.cancel(user=user)
        workflow.start(instance, user)
    return instance


@require_POST
def submit_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    instance = target_of(translation)
    if not may_edit(request.user, instance):
        raise PermissionDenied
    try:
        instance = submit(translation, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be submitted for review: %(reason)s")
            % {"reason": " ".join(error.messages)},
        )
        return redirect(edit_url(instance))
    messages.success(
        request,
        _("'%(title)s' (%(language)s) has been submitted for review.")
        % {"title": str(instance), "language": translation.target_locale.get_display_name()},
    )
    return redirect(edit_url(instance))


def editor_actions(user, translation: Translation, instance, props: dict) -> dict:
    """What the translation editor offers this user: publishing and deleting only to those
    who may publish the translation; everyone else gets "submit for review" as the main
    action. ``props`` are the editor's props (changed in place)."""
    can_publish = may_publish(user, instance)
    perms = props.get("perms", {})
    for name in ("canPublish", "canDelete", "canUnpublish"):
        perms[name] = bool(perms.get(name)) and can_publish
    workflow = workflow_of(instance)
    state = review_state(instance)
    return {
        "can_publish": can_publish,
        "workflow": workflow,
        "state": state,
        "moderation": moderation_actions(user, instance, state),
        "submit_url": reverse("cimis_translation_submit_for_review", args=[translation.pk])
        if workflow is not None
        else None,
        "preview_url": (props.get("previewModes") or [{}])[0].get("url"),
    }


def moderation_actions(user, instance, state) -> list[dict]:
    """The current review step's actions open to this user (approve, request changes with a
    comment), each once, posted to Wagtail's own workflow action view; so a moderator can
    compare the translation with its source in the translation editor and decide there."""
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS or state.current_task_state is None:
        return []
    task_state = state.current_task_state
    if isinstance(instance, Page):
        url_name = "wagtailadmin_pages:workflow_action"
    else:
        meta = instance._meta
        url_name = f"wagtailsnippets_{meta.app_label}_{meta.model_name}:workflow_action"
    actions, seen = [], set()
    for name, label, needs_comment in task_state.task.specific.get_actions(instance, user):
        if name in seen:
            continue
        seen.add(name)
        url = reverse(url_name, args=[instance.pk, name, task_state.pk])
        actions.append({"name": name, "label": label, "needs_comment": needs_comment, "url": url})
    return actions
