"""Video with two-click consent: nothing loads from the video provider until the visitor
agrees. Embed addresses are derived from the video URL locally (no oEmbed look-up, which
needs the network), so the block renders the same offline."""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

VIDEO_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")


@dataclass(frozen=True)
class Video:
    provider: str
    provider_name: str
    video_id: str

    @property
    def embed_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube-nocookie.com/embed/{self.video_id}"
        return f"https://player.vimeo.com/video/{self.video_id}?dnt=1"

    @property
    def watch_url(self) -> str:
        if self.provider == "youtube":
            return f"https://www.youtube.com/watch?v={self.video_id}"
        return f"https://vimeo.com/{self.video_id}"


def parse_video_url(url: str) -> Video | None:
    """A YouTube or Vimeo video from its address, or None if it is neither."""
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    candidate = ""
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path == "/watch":
            candidate = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/", "/live/")):
            candidate = parsed.path.split("/")[2]
        provider, name = "youtube", "YouTube"
    elif host == "youtu.be":
        candidate, provider, name = parsed.path.lstrip("/").split("/")[0], "youtube", "YouTube"
    elif host in {"vimeo.com", "player.vimeo.com"}:
        candidate = parsed.path.rstrip("/").split("/")[-1]
        provider, name = "vimeo", "Vimeo"
        if not candidate.isdigit():
            return None
    else:
        return None
    if not VIDEO_ID.match(candidate):
        return None
    return Video(provider, name, candidate)


class VideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video behind a consent button."""

    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("Describes the video for screen readers.")
    )
    poster = ImageChooserBlock(label=_("Preview image"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcript or summary"), required=False, features=["bold", "italic", "link"]
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "core/blocks/video.html"

    def clean(self, value):
        value = super().clean(value)
        if parse_video_url(value.get("url")) is None:
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Enter a YouTube or Vimeo video link."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["video"] = parse_video_url(value.get("url"))
        return context
