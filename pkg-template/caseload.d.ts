/** One row of a caseload: a case as the table shows it. */
export interface CaseloadRow {
  /** The row's place among the file's rows (0-based). */
  index: number;
  /** The line of the CSV (or the item of the JSON list, 1-based) it came from. */
  line: number;
  /** The row's reference (its `Id` column), or `row N`. */
  ref: string;
  jurisdiction: string;
  /** Names of the channels available. */
  open?: string[];
  /** How many channels are possible (not decided yet). */
  possible?: number;
  /** The next act-by date not past, with what it is and the days left. */
  next?: { date: string; label: string; days: number | null } | null;
  /** How many act-by dates are past, and the first of them. */
  overdue?: number;
  firstOverdue?: { date: string; label: string; days: number | null } | null;
  /** Every dated entry (act-by and protected-until). */
  entries?: { date: string; kind: string; label: string; days: number | null; overdue: boolean }[];
  /** How many facts the record could not fill. */
  unknown: number;
  /** Why the row could not be assessed: a stable code, the field, a message. */
  error?: { code: string; path: string; message: string };
}

/** `<protection-pathways-caseload>`: a caseload review (see caseload.js). */
export class ProtectionPathwaysCaseloadElement extends HTMLElement {
  /** Reads and assesses a caseload export (CSV or JSON); resolves with the rows. */
  load(file: Blob): Promise<CaseloadRow[]>;
  /** The rows of the last caseload. */
  readonly rows: CaseloadRow[];
}
