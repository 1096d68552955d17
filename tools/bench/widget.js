// Time from navigation start to the widget's first rendered result (its first pathways-change,
// when the cards are in its shadow root), nothing cached.
import "/pkg/define.js";

const w = document.getElementById("w");
w.addEventListener("pathways-change", () => {
  const cards = w.shadowRoot.querySelectorAll("[part=card]").length;
  document.getElementById("out").textContent = JSON.stringify({ firstRender: performance.now(), cards });
}, { once: true });
