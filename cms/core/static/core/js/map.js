// The interactive map of the innovation spaces: Leaflet (served from our own static files),
// with tiles from the configured tile server. It is made only after the visitor's consent
// (consent.js), as every tile request tells the tile server the visitor's address. Before
// that, and without JavaScript, the schematic SVG map drawn by the server is what there is.
(() => {
    const figure = document.querySelector("[data-spaces-map]");
    const configElement = document.getElementById("spaces-map-config");
    if (!figure || !configElement || !window.L) return;
    const consent = figure.querySelector(".spaces__consent");
    consent.hidden = false;

    function popup(properties) {
        const content = document.createElement("div");
        const name = document.createElement("strong");
        name.textContent = `${properties.number}. ${properties.name}`;
        const details = document.createElement("p");
        details.textContent = `${properties.kind_label} · ${properties.address}`;
        const link = document.createElement("a");
        link.href = `#${properties.anchor}`;
        link.textContent = figure.dataset.mapEntryLabel;
        content.append(name, details, link);
        return content;
    }

    figure.addEventListener("consent", () => {
        const config = JSON.parse(configElement.textContent);
        const container = document.createElement("div");
        container.className = "spaces__leaflet";
        container.setAttribute("role", "region");
        container.setAttribute("aria-label", figure.dataset.mapLabel);
        figure.querySelector(".spaces__frame").append(container);
        figure.classList.add("spaces__map--live");

        const map = L.map(container, { scrollWheelZoom: false });
        L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution, maxZoom: 19 }).addTo(map);
        const places = L.geoJSON(config.spaces, {
            pointToLayer: (feature, latlng) =>
                L.marker(latlng, {
                    icon: L.divIcon({
                        className: "spaces__pin",
                        html: String(feature.properties.number),
                        iconSize: [32, 32],
                        iconAnchor: [16, 16],
                        popupAnchor: [0, -14],
                    }),
                    title: `${feature.properties.number}. ${feature.properties.name}`,
                    alt: feature.properties.name,
                    riseOnHover: true,
                }),
            onEachFeature: (feature, marker) => {
                // Clear of the zoom buttons, and narrow enough for a phone.
                marker.bindPopup(popup(feature.properties), {
                    maxWidth: 240,
                    autoPanPaddingTopLeft: L.point(56, 12),
                    autoPanPaddingBottomRight: L.point(12, 28),
                });
            },
        }).addTo(map);
        // Room for the zoom buttons (top left) and the attribution (bottom right).
        map.fitBounds(places.getBounds(), { paddingTopLeft: [56, 48], paddingBottomRight: [48, 56], maxZoom: 13 });
        consent.remove();
        container.focus();
    });
})();
