export { ProtectionPathwaysElement } from "./element.js";

declare global {
  interface HTMLElementTagNameMap {
    "protection-pathways": import("./element.js").ProtectionPathwaysElement;
  }
}
