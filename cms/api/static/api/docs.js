// Starts Swagger UI on the API's OpenAPI document (kept out of the page: no inline scripts).
(function () {
  "use strict";
  var element = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: element.getAttribute("data-schema-url"),
    domNode: element,
    deepLinking: true,
    tryItOutEnabled: true,
    supportedSubmitMethods: ["get", "head"],
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
})();
