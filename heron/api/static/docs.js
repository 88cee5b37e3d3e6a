/* The OpenAPI page: Swagger UI from the vendored bundle, reading heron's own schema. */
window.addEventListener("DOMContentLoaded", function () {
  "use strict";
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    validatorUrl: null, // the default validator is a remote service
    deepLinking: true,
    tryItOutEnabled: true,
  });
});
