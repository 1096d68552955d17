// <protection-pathways>: the custom element's class. Import "protection-pathways/define" to
// register it under its tag name; import this module to register it yourself or subclass it.
//
// This version shows what the engine covers (engine and rules versions, the jurisdiction's
// profile); the assessment form arrives with the widget. Styles come through a constructed
// stylesheet so the element works under a strict Content-Security-Policy (no inline <style>).
// All text is set with textContent: nothing from attributes or data is parsed as HTML.
import init, { jurisdictions, version } from "./protection_pathways.js";

const css = `
:host { display: block; font: inherit; color: var(--pp-color, inherit);
  background: var(--pp-background, transparent); border: var(--pp-border, 1px solid #8a8a8a);
  border-radius: var(--pp-radius, 6px); padding: var(--pp-padding, 1rem); }
[part=title] { font-weight: 600; margin: 0 0 .25rem; }
[part=summary], [part=note] { margin: .25rem 0; }
[part=meta] { font-size: .875em; color: var(--pp-muted, #4a4a4a); margin: .5rem 0 0; }
[part=error] { color: var(--pp-error, #a40000); }
`;

let sheet;
function stylesheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

export class ProtectionPathwaysElement extends HTMLElement {
  static get observedAttributes() {
    return ["jurisdiction"];
  }

  constructor() {
    super();
    this.attachShadow({ mode: "open" }).adoptedStyleSheets = [stylesheet()];
  }

  /** The jurisdiction code shown (mirrors the `jurisdiction` attribute; default "EU"). */
  get jurisdiction() {
    return this.getAttribute("jurisdiction") ?? "EU";
  }
  set jurisdiction(value) {
    this.setAttribute("jurisdiction", String(value));
  }

  connectedCallback() {
    this.#render();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  async #render() {
    const root = this.shadowRoot;
    try {
      await init();
      const code = this.jurisdiction;
      const profile = jurisdictions().find((j) => j.code === code);
      const v = version();
      const parts = [];
      if (profile) {
        parts.push(el("p", "title", profile.name), el("p", "summary", profile.summary));
      } else {
        parts.push(el("p", "error", `No profile for "${code}" yet. Covered: ${jurisdictions().map((j) => j.code).join(", ")}.`));
      }
      parts.push(
        el("p", "note", "The assessment form arrives in a coming version. Guidance, not legal advice."),
        el("p", "meta", `Engine ${v.engine} · rules ${v.rules}`),
      );
      root.replaceChildren(...parts);
    } catch (error) {
      root.replaceChildren(el("p", "error", `The engine could not start: ${error?.message ?? error}`));
    }
  }
}

function el(tag, part, text) {
  const node = document.createElement(tag);
  node.setAttribute("part", part);
  node.textContent = text;
  return node;
}
