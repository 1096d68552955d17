/** The `<protection-pathways>` element's class. */
export declare class ProtectionPathwaysElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The jurisdiction code shown (mirrors the `jurisdiction` attribute; default "EU"). */
  jurisdiction: string;
  connectedCallback(): void;
  attributeChangedCallback(): void;
}
