// Type-checked (never run) by `tsc --noEmit`: the generated declarations describe the API.
import init, { assess, assessMany, caseSchema, computeDeadline, holidays, load, loadPack, packsFor, summary, toICalendar, jurisdiction, jurisdictions, version, type Assessment, type Case, type Deadline, type DeadlineRequest, type Decision, type HolidayList, type JurisdictionSummary, type PackFile, type States } from "protection-pathways";
import { ProtectionPathwaysElement } from "protection-pathways/element";
import "protection-pathways/define";

const request: DeadlineRequest = { jurisdiction: "EU", from: "2026-11-27", period: "P1M" };
const deadline: Deadline = computeDeadline(request);
const date: string = deadline.date;
const flagged: boolean = deadline.earliestPossible;
const article: string | undefined = deadline.steps[0]?.citation?.article;
const status: "verified" | "secondary" | "unverified" = deadline.rule.status;
computeDeadline({ jurisdiction: "EU", from: "2026-11-27", period: { workingDays: 10 } });
const list: JurisdictionSummary[] = jurisdictions({});
const all: JurisdictionSummary[] = jurisdictions();
const engine: string = version().engine;
const alternative: string | undefined = deadline.alternative?.date;
const days: HolidayList = holidays({ country: "ES", year: 2026, region: "ES-MD" });
const scope: "public" | "deadlines" | undefined = days.holidays[0]?.scope;
computeDeadline({ jurisdiction: "ES", from: "2026-11-27", period: "P10D", region: "ES-MD", kind: "validity" });
// @ts-expect-error: year is a number
holidays({ country: "AT", year: "2026" });

// @ts-expect-error: from is text, not a number
computeDeadline({ jurisdiction: "EU", from: 20261127, period: "P1M" });
// @ts-expect-error: period is required
computeDeadline({ jurisdiction: "EU", from: "2026-11-27" });
// @ts-expect-error: kind is "time-limit" or "validity"
computeDeadline({ jurisdiction: "EU", from: "2026-11-27", period: "P1M", kind: "deadline" });

const c: Case = { jurisdiction: "AT", person: { citizenships: ["NG"], ageDisputed: "unknown" }, cooperation: { willing: true } };
const assessment: Assessment = assess(c);
const ics: string = toICalendar(assessment, { caseRef: "r", reminderDays: [7] });
const inGerman: Assessment = assess(c, { locale: "de" });
const firstQuestion: string | undefined = inGerman.questions[0]?.text;
const firstStep: string | undefined = inGerman.guidance.steps[0]?.title;
const printable: string = summary(c, { locale: "fr" }).html;
// @ts-expect-error: locale is a language tag (text)
assess(c, { locale: 7 });
const firstKind: "act-by" | "protected-until" | "event" | undefined = assessment.timeline[0]?.kind;
// @ts-expect-error: reminderDays is a list of numbers
toICalendar(assessment, { reminderDays: 7 });
const states: string[] = assessment.pathways.map((p) => p.state);
assessMany([c], { detail: "summary" });
jurisdiction("EU", { asOf: "2026-06-15" });
caseSchema();
// @ts-expect-error: a fact is true, false or "unknown"
assess({ jurisdiction: "EU", cooperation: { willing: "perhaps" } });
// @ts-expect-error: jurisdiction is required
assess({ person: {} });

const el: ProtectionPathwaysElement = document.createElement("protection-pathways");
el.jurisdiction = "EU";

export { date, flagged, article, status, list, all, engine, states, alternative, scope, ics, firstKind, firstQuestion, firstStep, printable };

// Packs: init and load take the jurisdictions and locales; packsFor names the files.
void init({ jurisdictions: ["AT"], locales: ["de"] });
void load({ jurisdictions: ["FR"] });
const files: PackFile[] = packsFor({ jurisdictions: ["AT"] });
const file: string = files[0].file;
loadPack(new Uint8Array(0));
// @ts-expect-error: jurisdictions is a list
void load({ jurisdictions: "AT" });

// assess's detail picks the result's type.
const decided: Decision = assess(c, { detail: "decision" });
const decidedState: "available" | "possible" | "unavailable" | "not_applicable" = decided.pathways[0].state;
const decidedDate: string | undefined = decided.timeline[0]?.alternative;
const bare: States = assess(c, { detail: "states" });
const bareDate: string = bare.timeline[0].date;
const whole: Assessment = assess(c, { detail: "full", locale: "de" });
// @ts-expect-error: a decision carries no texts
decided.pathways[0].explanation;
// @ts-expect-error: detail is full, decision or states
assess(c, { detail: "summary" });

// fromHTCDS: an HTCDS record in, a case and its account out.
import { fromHTCDS, type HtcdsImport } from "protection-pathways";
import initHTCDS, { fromHTCDS as fromHTCDSNow } from "protection-pathways/htcds";
void fromHTCDS({ prs_Birthdate: "2001-03-04", prs_Citizenship: ["NG"] }, { jurisdiction: "AT" }).then((r: HtcdsImport) => {
  const read: Case = r.case;
  const reason: string = r.ignored[0].reason;
  const path: string = r.unknown[0].path;
  void [read, reason, path];
});
void initHTCDS().then(() => fromHTCDSNow({ historicTraffickingEvents: [{ hte_Type: "Transit" }] }, { jurisdiction: "AT", asOf: "2026-12-07" }).case);
// @ts-expect-error: the jurisdiction is required
void fromHTCDS({}, {});
// The same without WebAssembly: synchronous, with the same types.
import { fromHTCDS as fromHTCDSPlain, htcdsSchema as htcdsSchemaPlain, type HtcdsImport as PlainImport } from "protection-pathways/js/htcds";
const plain: PlainImport = fromHTCDSPlain({ prs_Birthdate: "2001-03-04" }, { jurisdiction: "AT" });
const plainCase: Case = plain.case;
void [plainCase, htcdsSchemaPlain()];
// @ts-expect-error: the jurisdiction is required
void fromHTCDSPlain({}, {});
