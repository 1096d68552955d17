// <protection-pathways>: the custom element's class. Import "protection-pathways/define" to
// register it under its tag name; import this module to register it yourself or subclass it.
//
// The element is a thin shell: it owns the shadow root and the styles, mirrors its attributes,
// and hands everything else to the widget compiled from Rust (src/wasm/widget/): the form, the
// re-assessment as the user types, the results and the actions. Styles come through a
// constructed stylesheet, so the element works under a strict Content-Security-Policy (no inline
// <style>, no inline script). Nothing is ever parsed as HTML: all text is set as text.
//
// Attributes: jurisdiction (default "EU"), locale (default: the nearest lang attribute),
// as-of (YYYY-MM-DD; default: today in the page's time zone).
// Properties: case (read and write: the case as a plain object), assessment (read: the last one).
// Events: pathways-change (detail: the assessment), pathways-error (detail: { code, path, message }).
//
// Packs: the element loads the law pack of its jurisdiction (with the baselines it needs) and
// the locale pack of its locale before it first renders, and again when those attributes change.
import init, { Widget, load } from "./protection_pathways.js";

const css = `
:host { display: block; font: inherit; color: var(--pp-color, CanvasText); background: var(--pp-background, Canvas);
  border: var(--pp-border, 1px solid #767676); border-radius: var(--pp-radius, 6px); padding: var(--pp-padding, 1rem);
  --pp-accent: #0b5cad; --pp-ok: #1e6b2f; --pp-warn: #8a5300; --pp-bad: #a40000; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.pp { display: grid; gap: 1rem; }
fieldset { border: 1px solid var(--pp-line, #b5b5b5); border-radius: 4px; margin: 0 0 .75rem; padding: .5rem .75rem; min-inline-size: 0; }
fieldset[hidden] { display: none; }
legend { font-weight: 600; padding: 0 .25rem; }
fieldset.field { border-style: dashed; }
fieldset.field > legend { font-weight: 500; }
label.choice { display: inline-flex; align-items: center; gap: .35rem; margin-inline-end: 1rem; padding: .25rem 0; }
input[type=radio], input[type=checkbox] { inline-size: 24px; block-size: 24px; margin: 0; }
a { display: inline-block; min-block-size: 24px; padding-block: 2px; }
label.inline { display: inline-flex; flex-direction: column; margin-inline-end: 1rem; }
fieldset.permit { display: flex; flex-wrap: wrap; align-items: end; gap: .5rem; border-style: solid; }
fieldset.permit > legend { font-weight: 500; }
input[type=text], input[type=date], input[type=number] { font: inherit; padding: .35rem .5rem; border: 1px solid #767676; border-radius: 4px; min-block-size: 2.25rem; }
input[type=text] { inline-size: min(100%, 24rem); }
:focus-visible { outline: 3px solid var(--pp-focus, #1a56db); outline-offset: 2px; }
[part=actions] { display: flex; flex-wrap: wrap; gap: .5rem; }
button { font: inherit; padding: .4rem .8rem; min-block-size: 2.25rem; border: 1px solid var(--pp-accent); border-radius: 4px;
  background: var(--pp-button-background, Canvas); color: var(--pp-accent); cursor: pointer; }
[part=status] { min-block-size: 1.5em; font-weight: 500; }
:host([data-error]) [part=status] { color: var(--pp-bad); }
.cards { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); }
[part=card] { border: 1px solid #b5b5b5; border-inline-start-width: 6px; border-radius: 4px; padding: .5rem .75rem; }
[part=card][data-state=available] { border-inline-start-color: var(--pp-ok); }
[part=card][data-state=possible] { border-inline-start-color: var(--pp-warn); }
[part=card][data-state=unavailable] { border-inline-start-color: var(--pp-bad); }
[part=card] h3 { margin: 0 0 .25rem; font-size: 1em; }
[part=state] { font-weight: 700; }
.available { color: var(--pp-ok); } .possible { color: var(--pp-warn); } .unavailable { color: var(--pp-bad); }
[part=badge] { display: inline-block; margin-inline-start: .5rem; padding: 0 .4rem; border: 1px solid currentColor; border-radius: 3px; font-size: .85em; }
.note, .cite, .hint { font-size: .9em; color: var(--pp-muted, #4a4a4a); margin: .25rem 0; }
h2 { margin: .5rem 0; font-size: 1.1em; }
ol.timeline li[data-kind=act-by] strong { color: var(--pp-bad); }
svg { max-inline-size: 100%; block-size: auto; font-size: 11px; }
svg .axis { stroke: #767676; } svg .today { stroke: var(--pp-accent); stroke-dasharray: 4 3; }
svg .act-by { fill: var(--pp-bad); } svg .protected-until { fill: var(--pp-ok); } svg .event { fill: #4a4a4a; }
svg text { fill: currentColor; } svg text.act-by { font-weight: 700; fill: var(--pp-bad); } svg .today-label { fill: var(--pp-accent); }
[part=disclaimer] { font-style: italic; }
@media (min-width: 64rem) {
  /* The form spans the three rows; the last takes its extra height, so the actions, the status
     and the results stay together at the top beside it. */
  .pp { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); grid-template-rows: auto auto 1fr; align-items: start; }
  [part=form] { grid-column: 1; grid-row: 1 / span 3; }
  [part=actions], [part=status], [part=results] { grid-column: 2; }
}
@media print { [part=form], [part=actions] { display: none; } :host { border: none; } }
`;

let sheet;
function stylesheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

let ready;
/** Starts the engine once, without packs: each element loads its own. */
function engine() {
  ready ??= init({ jurisdictions: [], locales: [] });
  return ready;
}

/**
 * Loads what `request` names. An unknown jurisdiction or a malformed locale is left for the
 * widget to report in its own words (as before packs); only the locale's words are loaded then.
 */
async function loadFor(request) {
  try {
    await load(request);
  } catch (error) {
    if (error?.code === "unknown_jurisdiction") await load({ jurisdictions: [], locales: request.locales });
    else if (error?.code === "invalid_value") await load({ jurisdictions: request.jurisdictions, locales: ["en"] });
    else throw error;
  }
}

export class ProtectionPathwaysElement extends HTMLElement {
  static get observedAttributes() {
    return ["jurisdiction", "locale", "as-of"];
  }

  #widget = null;
  #pendingCase = undefined;
  #generation = 0;

  constructor() {
    super();
    this.attachShadow({ mode: "open" }).adoptedStyleSheets = [stylesheet()];
  }

  /** The jurisdiction code (mirrors the `jurisdiction` attribute; default "EU"). */
  get jurisdiction() {
    return this.getAttribute("jurisdiction") ?? "EU";
  }
  set jurisdiction(value) {
    this.setAttribute("jurisdiction", String(value));
  }

  /** The locale asked for (mirrors `locale`; default: the nearest `lang` attribute). */
  get locale() {
    return this.getAttribute("locale") ?? this.closest("[lang]")?.getAttribute("lang") ?? "en";
  }
  set locale(value) {
    this.setAttribute("locale", String(value));
  }

  /** The assessment date (mirrors `as-of`; default: today). */
  get asOf() {
    return this.getAttribute("as-of");
  }
  set asOf(value) {
    if (value == null) this.removeAttribute("as-of");
    else this.setAttribute("as-of", String(value));
  }

  /** The case as the form holds it: a plain object, ready to save to a record. */
  get case() {
    return this.#widget ? this.#widget.getCase() : this.#pendingCase;
  }
  /** Prefills the form from a record's case; the widget assesses it at once. */
  set case(value) {
    if (this.#widget) this.#widget.setCase(value);
    else this.#pendingCase = value;
  }

  /** The last assessment, or null before the first. */
  get assessment() {
    return this.#widget ? this.#widget.assessment() : null;
  }

  /** The packs this element's attributes name. */
  #packs() {
    return { jurisdictions: [this.jurisdiction], locales: [this.locale] };
  }

  async connectedCallback() {
    const generation = ++this.#generation;
    try {
      await engine();
      // Attributes may change while the packs load (a host configures the element at once):
      // load until what is loaded is what the attributes name.
      let wanted;
      do {
        wanted = JSON.stringify(this.#packs());
        await loadFor(JSON.parse(wanted));
      } while (wanted !== JSON.stringify(this.#packs()));
    } catch (error) {
      this.#fail(error);
      return;
    }
    if (!this.isConnected || generation !== this.#generation) return;
    if (!this.#widget) this.#widget = new Widget(this, this.shadowRoot);
    this.#configure();
    if (this.#pendingCase !== undefined) {
      const value = this.#pendingCase;
      this.#pendingCase = undefined;
      this.#widget.setCase(value);
    }
  }

  disconnectedCallback() {
    this.#widget?.disconnect();
  }

  async attributeChangedCallback() {
    if (!this.#widget) return;
    const generation = ++this.#generation;
    try {
      await loadFor(this.#packs());
    } catch (error) {
      this.#fail(error);
      return;
    }
    // A later change wins: only the last attributes are shown.
    if (generation === this.#generation && this.#widget) this.#configure();
  }

  #configure() {
    this.#widget.configure(this.getAttribute("jurisdiction") ?? undefined, this.locale, this.getAttribute("as-of") ?? undefined);
  }

  #fail(error) {
    const p = document.createElement("p");
    p.setAttribute("part", "error");
    p.setAttribute("role", "alert");
    p.textContent = `The engine could not start: ${error?.message ?? error}`;
    this.shadowRoot.replaceChildren(p);
    this.dispatchEvent(new CustomEvent("pathways-error", { bubbles: true, composed: true, detail: { code: "internal", path: "", message: p.textContent } }));
  }
}
