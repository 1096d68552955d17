// Prints the coverage of the law data as Markdown: for each jurisdiction (with its depth) and channel, whether
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
const list = pp.jurisdictions();
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
// One row per jurisdiction (50 of them), a column per channel that any profile has.
const views = list.map((j) => [j, pp.jurisdiction(j.code, { asOf: "2026-11-27" })]);
const used = channels.filter(([channel]) => views.some(([, v]) => cell(v, channel) !== "·"));
const depth = (j) => (j.kind === "baseline" ? "instrument" : j.depth);
console.log(`| jurisdiction | depth | ${used.map(([, label]) => label).join(" | ")} |`);
console.log(`|---|---|${used.map(() => "---").join("|")}|`);
for (const [j, v] of views) {
  console.log(`| ${j.code} ${j.code === "COE" ? "Council of Europe Convention (CETS 197)" : j.name} | ${depth(j)} | ${used.map(([channel]) => cell(v, channel)).join(" | ")} |`);
}
console.log("\nEach cell: provisions verified / secondary / unverified, as in force on 2026-12-07; '·': not in the profile; 'none in law': the jurisdiction has no such channel (with the reason in the data). Depth: full (the national law read provision by provision), baseline (the Convention's and, in the EU, EU law's rights, with a few sourced national facts), instrument (the COE and EU baselines themselves).");
