// Registers <protection-pathways> (once, even if imported twice).
import { ProtectionPathwaysElement } from "./element.js";

if (!customElements.get("protection-pathways")) {
  customElements.define("protection-pathways", ProtectionPathwaysElement);
}

export { ProtectionPathwaysElement };
