// A page that uses the installed package straight from node_modules, with no bundler.
import init, { computeDeadline, version } from "./node_modules/protection-pathways/protection_pathways.js";
import "./node_modules/protection-pathways/define.js";

await init();
const d = computeDeadline({ jurisdiction: "EU", from: "2026-01-31", period: "P1M" });
document.getElementById("result").textContent = `${d.date} ${version().engine}`;
