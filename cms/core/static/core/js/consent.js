// Two-click consent for embedded videos: the provider's player is only inserted after the
// visitor presses the button. Without JavaScript the "watch on …" link remains.
document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-video-consent-button]");
    if (!button) return;
    const figure = button.closest("[data-video-consent]");
    const iframe = document.createElement("iframe");
    iframe.src = figure.dataset.embedUrl + (figure.dataset.embedUrl.includes("?") ? "&" : "?") + "autoplay=1";
    iframe.title = figure.querySelector("figcaption").textContent.trim();
    iframe.allow = "autoplay; fullscreen; picture-in-picture";
    iframe.allowFullscreen = true;
    iframe.loading = "lazy";
    const frame = figure.querySelector(".block-video__frame");
    frame.replaceChildren(iframe);
    iframe.focus();
});
