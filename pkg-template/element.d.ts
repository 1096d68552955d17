import type { Assessment, Case } from "./protection_pathways.js";

/** `detail` of the `pathways-error` event. */
export interface PathwaysErrorDetail {
  /** A stable error code (`unknown_value`, `invalid_date`, …). */
  code: string;
  /** The field at fault (`person.citizenships`), or "". */
  path: string;
  /** What is wrong, for a case worker. */
  message: string;
}

/**
 * `<protection-pathways>`: the form, the results and the actions, running in the page.
 * Attributes: `jurisdiction` (default "EU"), `locale` (default: the nearest `lang`), `as-of`.
 * Events: `pathways-change` (detail: the assessment), `pathways-error` (detail: { code, path, message }).
 */
export declare class ProtectionPathwaysElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** Mirrors the `jurisdiction` attribute; default "EU". The case's own jurisdiction wins. */
  jurisdiction: string;
  /** Mirrors `locale`; default: the nearest `lang` attribute, else "en". */
  locale: string;
  /** Mirrors `as-of` (YYYY-MM-DD); null: today in the page's time zone. */
  asOf: string | null;
  /** The case as the form holds it; set it to prefill from a record (assessed at once). */
  case: Case | undefined;
  /** The last assessment, or null before the first. */
  readonly assessment: Assessment | null;
  connectedCallback(): Promise<void>;
  disconnectedCallback(): void;
  attributeChangedCallback(): void;
}

declare global {
  interface HTMLElementEventMap {
    "pathways-change": CustomEvent<Assessment>;
    "pathways-error": CustomEvent<PathwaysErrorDetail>;
  }
}
