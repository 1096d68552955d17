// The widget page: <protection-pathways> as a CRM admin would drop it in, with its events
// recorded on the body for the end-to-end tests (the count of changes and the last error code).
import "/pkg/define.js";

const widget = document.getElementById("widget");
let changes = 0;
widget.addEventListener("pathways-change", () => {
  changes += 1;
  document.body.dataset.changes = String(changes);
});
widget.addEventListener("pathways-error", (event) => {
  document.body.dataset.error = event.detail?.code ?? "";
});
