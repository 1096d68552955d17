// Type-checked (never run) by `tsc --noEmit`: the generated declarations describe the API.
import { computeDeadline, jurisdictions, version, type Deadline, type DeadlineRequest, type JurisdictionSummary } from "protection-pathways";
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

// @ts-expect-error: from is text, not a number
computeDeadline({ jurisdiction: "EU", from: 20261127, period: "P1M" });
// @ts-expect-error: period is required
computeDeadline({ jurisdiction: "EU", from: "2026-11-27" });
// @ts-expect-error: kind is "time-limit" or "validity"
computeDeadline({ jurisdiction: "EU", from: "2026-11-27", period: "P1M", kind: "deadline" });

const el: ProtectionPathwaysElement = document.createElement("protection-pathways");
el.jurisdiction = "EU";

export { date, flagged, article, status, list, all, engine };
