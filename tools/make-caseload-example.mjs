// Writes demo/caseload-example.csv: invented HTCDS 2.0 records for the caseload page, with the
// columns a host adds for what HTCDS has no field for (named by the case path: the asylum
// dates, the referral, a reflection period). No real person is in it; no names at all.
//
//   node tools/make-caseload-example.mjs [rows] [out]     (default 300, demo/caseload-example.csv)
//
// Deterministic (a fixed seed), and dated around the demo's assessment date, 2026-12-07.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const rows = Number(process.argv[2] ?? 300);
const out = process.argv[3] ?? join(root, "demo/caseload-example.csv");

let seed = 20261207;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const day = (offset) => {
  const d = new Date(Date.UTC(2026, 11, 7));
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

const columns = [
  "Id", "jurisdiction", "prs_Birthdate", "prs_Gender", "prs_Citizenship", "vic_TraffickingStatus", "vic_TraffickingStatusDecisionMakingOrg",
  "vic_TypeOfExploitation", "vic_TypeOfSexExploitation", "hte_Type", "hte_Country", "hte_Date", "identification.referralDate", "reflection.startDate",
  "stay.status", "stay.asylum.lodgedDate", "stay.asylum.procedure", "stay.asylum.decision", "stay.asylum.decisionNotifiedDate",
];
const jurisdictions = ["AT", "AT", "NL", "FR", "ES", "DE", "BE", "IT"];
const citizenships = ["NG", "RO", "VN", "UA", "MD", "BG", "CN", "BR", "ER", "AL", "NG; GH", "MA"];
const forms = ["SexualExploitation", "ForcedLabour", "ForcedBegging", "Servitude", "ForcedMarriage", "ForcedLabour; SexualExploitation"];

const quote = (v) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lines = [columns.join(",")];
for (let i = 0; i < rows; i++) {
  const r = Object.fromEntries(columns.map((c) => [c, ""]));
  r.Id = `CASE-${String(1001 + i)}`;
  r.jurisdiction = pick(jurisdictions);
  r.prs_Birthdate = day(-Math.floor(365 * (15 + random() * 30)));
  r.prs_Gender = pick(["Feminine", "Feminine", "Masculine", "NonSpecifiedUnknown", "TransgenderFeminine"]);
  r.prs_Citizenship = pick(citizenships);
  r.vic_TraffickingStatus = pick(["PossibleVictimOfTrafficking", "PossibleVictimOfTrafficking", "ActualVictimOfTrafficking"]);
  r.vic_TraffickingStatusDecisionMakingOrg = pick(["NGO", "Police", "NGO"]);
  r.vic_TypeOfExploitation = pick(forms);
  if (r.vic_TypeOfExploitation.includes("Sexual")) r.vic_TypeOfSexExploitation = pick(["Prostitution", "PrivateSexualServices", ""]);
  r.hte_Type = "Exploitation";
  r.hte_Country = r.jurisdiction;
  r.hte_Date = day(-Math.floor(30 + random() * 700));
  // Most were referred to identification in the last months; some have a reflection period.
  if (random() < 0.8) r["identification.referralDate"] = day(-Math.floor(random() * 120));
  if (r["identification.referralDate"] && random() < 0.4) r["reflection.startDate"] = r["identification.referralDate"];
  // About half claimed asylum; some were refused, recently notified (appeal dates ahead or past).
  if (random() < 0.5) {
    r["stay.status"] = "asylum-applicant";
    r["stay.asylum.lodgedDate"] = day(-Math.floor(20 + random() * 400));
    r["stay.asylum.procedure"] = pick(["regular", "regular", "accelerated"]);
    if (random() < 0.45) {
      r["stay.asylum.decision"] = "rejected";
      r["stay.status"] = "rejected-asylum-applicant";
      r["stay.asylum.decisionNotifiedDate"] = day(-Math.floor(random() * 40));
    } else r["stay.asylum.decision"] = "pending";
  } else r["stay.status"] = pick(["irregular", "irregular", "visa"]);
  lines.push(columns.map((c) => quote(r[c])).join(","));
}
writeFileSync(out, `${lines.join("\r\n")}\r\n`);
console.log(`${out}: ${rows} invented records`);
