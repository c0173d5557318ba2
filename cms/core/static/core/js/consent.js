// Two-click consent for third-party content: nothing is loaded from the provider until the
// visitor presses the button. Without JavaScript the "watch on …" link (videos) or the
// schematic map (the innovation spaces) remains.
//
// Videos: [data-video-consent-button] in [data-video-consent] inserts the provider's player.
// Other content (the spaces map, cms/core/static/core/js/map.js): [data-consent-button] in
// [data-consent] announces the consent with a "consent" event on that element, and the
// content's own script loads it then.
document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-video-consent-button], [data-consent-button]");
    if (!button) return;
    if (!button.matches("[data-video-consent-button]")) {
        button.closest("[data-consent]").dispatchEvent(new CustomEvent("consent", { bubbles: true }));
        return;
    }
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
