// Prints the coverage of the law data as Markdown: for each jurisdiction and channel, whether
// the law has it, and how many of the provisions it rests on are verified / secondary /
// unverified (basis, conditions, figures and authorities, each provision counted once).
//   node tools/coverage.mjs            (after make pkg)
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const pp = require("../pkg/node.cjs");

const channels = [
  ["reflection-period", "reflection"],
  ["victim-permit", "victim permit (either ground)"],
  ["victim-permit-cooperation", "permit: cooperation"],
  ["victim-permit-personal-situation", "permit: personal situation"],
  ["national-status", "national status"],
  ["refugee-status", "refugee"],
  ["subsidiary-protection", "subsidiary"],
  ["child-protection", "child"],
  ["eu-citizen", "EU citizen"],
  ["long-term-residence", "long-term"],
  ["safe-return", "safe return"],
];
const codes = pp.jurisdictions().map((j) => j.code);
const cell = (profile, channel) => {
  const pathways = profile.pathways.filter((p) => p.channel === channel);
  if (pathways.length === 0) return "·";
  if (pathways.every((p) => !p.inLaw)) return "none in law";
  const seen = new Map();
  for (const p of pathways) {
    for (const key of [p.basis, ...p.conditions.map((x) => x.provision), ...p.parameters.map((x) => x.provision), ...p.decidedBy.map((x) => x.provision)]) {
      const c = profile.provisions[key];
      seen.set(`${c.instrument}|${c.article}`, c.status);
    }
  }
  const n = (s) => [...seen.values()].filter((v) => v === s).length;
  return `${n("verified")} / ${n("secondary")} / ${n("unverified")}`;
};
console.log(`| channel | ${codes.join(" | ")} |`);
console.log(`|---|${codes.map(() => "---").join("|")}|`);
for (const [channel, label] of channels) {
  const row = codes.map((code) => cell(pp.jurisdiction(code, { asOf: "2026-11-27" }), channel));
  if (row.every((c) => c === "·")) continue;
  console.log(`| ${label} | ${row.join(" | ")} |`);
}
console.log("\nEach cell: provisions verified / secondary / unverified, as in force on 2026-11-27; '·': not in the profile; 'none in law': the jurisdiction has no such channel (with the reason in the data).");
