// The caseload's worker: reads an export (CSV or JSON; HTCDS 2.0 records or cases), assesses
// every row with the engine, and sends back one small row per case, so that the page stays
// responsive. Nothing leaves it: the file arrives as bytes from the page, and the only requests
// are for this package's own files (the engine, its packs, the HTCDS module).
//
// Messages in:  { type: "read", bytes: ArrayBuffer, jurisdiction, asOf, locale }
//               { type: "ics", rows: number[] }  (indexes of rows to put in one calendar)
// Messages out: { type: "progress", done, total } · { type: "rows", rows, notices, columns }
//               { type: "ics", text } · { type: "failed", code, message }
import init, { assess, load, toICalendar } from "./protection_pathways.js";
import initHTCDS, { fromHTCDS } from "./htcds.js";
import { packFile } from "./packs.js";
import { words } from "./caseload-words.js";

/** The largest file read (bytes) and the most rows assessed: beyond them the page says so. */
export const MAX_BYTES = 64 * 1024 * 1024;
export const MAX_ROWS = 100_000;
/** Columns of our own beside HTCDS's: the row's reference, and the case's law and date. */
const REF = ["id", "caseid", "casenumber", "reference", "ref"];

let cases = []; // per row: the case assessed (or null), for the calendar export
let refs = []; // per row: what its events' UIDs are made from
let generation = null; // the read the rows above belong to
let options = {};
let t = words("en");

const folded = (s) => String(s).toLowerCase().replace(/[^a-z0-9]/g, "");

/** Text from bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decode(bytes) {
  const b = new Uint8Array(bytes);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b.subarray(2));
  return new TextDecoder("utf-8").decode(b.subarray(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0));
}

/**
 * CSV (RFC 4180; `,`, `;` or tab, told from the header line) to rows of cells, each with its line
 * number. A row whose quote never closes within 64 lines is an error of its own, and reading goes
 * on from the next line.
 */
export function parseCsv(text) {
  const lines = text.split(/\r\n|\n|\r/);
  const head = lines[0] ?? "";
  const delimiter = [",", ";", "\t"].map((d) => [d, head.split(d).length]).sort((a, b) => b[1] - a[1])[0][0];
  const rows = [];
  let i = 0;
  while (i < lines.length && rows.length <= MAX_ROWS + 1) {
    if (lines[i] === "" && rows.length > 0) {
      i += 1;
      continue;
    }
    const start = i;
    let cells = [];
    let cell = "";
    let quoted = false;
    let line = lines[i];
    let broken = false;
    for (let k = 0; ; k++) {
      if (k === line.length) {
        if (!quoted) break;
        if (i + 1 >= lines.length || i - start >= 64) {
          broken = true;
          break;
        }
        i += 1;
        line = lines[i];
        k = -1;
        cell += "\n";
        continue;
      }
      const c = line[k];
      if (quoted) {
        if (c === '"' && line[k + 1] === '"') {
          cell += '"';
          k += 1;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"' && cell === "") quoted = true;
      else if (c === delimiter) {
        cells.push(cell);
        cell = "";
      } else cell += c;
    }
    cells.push(cell);
    // A quote that closes only lines later, in a row that then has the wrong number of cells, is
    // a quote left open: the lines it swallowed are rows of their own.
    const width = rows[0]?.cells?.length;
    if (!broken && i > start && width !== undefined && cells.length !== width) broken = true;
    if (broken) {
      rows.push({ line: start + 1, where: t("where.line", { n: start + 1 }), error: { code: "csv_quote", path: "", message: t("error.csv-quote") } });
      i = start + 1;
      continue;
    }
    rows.push({ line: start + 1, where: t("where.line", { n: start + 1 }), cells });
    i += 1;
  }
  return { delimiter, rows };
}

/** Records (objects) from the file, each with its line or index; problems of the whole file. */
export function records(text) {
  const notices = [];
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    let data;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      return { failed: { code: "json_syntax", message: t("error.json-syntax", { message: e.message }) } };
    }
    let list = Array.isArray(data) ? data : (data?.records ?? data?.cases);
    if (Array.isArray(list) && list.length > MAX_ROWS + 1) list = list.slice(0, MAX_ROWS + 1);
    if (!Array.isArray(list)) return { failed: { code: "json_shape", message: t("error.json-shape") } };
    return { notices, rows: list.map((r, n) => (r && typeof r === "object" && !Array.isArray(r) ? { line: n + 1, where: t("where.item", { n: n + 1 }), record: r } : { line: n + 1, where: t("where.item", { n: n + 1 }), error: { code: "wrong_type", path: "", message: t("error.json-item") } })) };
  }
  const { rows } = parseCsv(text);
  const header = rows.shift();
  if (!header?.cells) return { failed: { code: "csv_header", message: t("error.csv-header") } };
  const names = header.cells.map((c) => c.trim());
  // The same column twice (in any case, with or without __c): which one holds the fact cannot be
  // told, so the file is refused rather than read with one of them dropped.
  const seen = new Map();
  for (const n of names.filter(Boolean)) {
    const key = folded(n.replace(/__c$/i, ""));
    if (seen.has(key)) return { failed: { code: "csv_duplicate_column", message: t("error.csv-duplicate", { first: seen.get(key), second: n }) } };
    seen.set(key, n);
  }
  const out = [];
  for (const row of rows) {
    if (row.error) {
      out.push(row);
      continue;
    }
    const { cells, line, where } = row;
    if (cells.every((c) => c.trim() === "")) continue;
    // The Excel templates' visible label row under the hidden field names; their pre-filled
    // row numbers in an unnamed first column.
    if (cells.length !== names.length) {
      out.push({ line, where, error: { code: "csv_columns", path: "", message: t("error.csv-columns", { cells: cells.length, header: names.length }) } });
      continue;
    }
    const filled = cells.map((c, k) => [names[k], c.trim()]).filter(([n, c]) => c !== "" && n !== "");
    if (filled.length === 0) continue;
    const labels = filled.filter(([n, c]) => folded(n.replace(/^[a-z]{3}_/i, "").replace(/__c$/i, "")) === folded(c)).length;
    if (out.length === 0 && labels * 2 >= filled.length) continue;
    if (cells.some((c) => c.includes("\uFFFD"))) {
      const k = cells.findIndex((c) => c.includes("\uFFFD"));
      out.push({ line, where, error: { code: "encoding", path: names[k] ?? "", message: t("error.encoding") } });
      continue;
    }
    out.push({ line, where, record: Object.fromEntries(filled) });
  }
  return { notices, rows: out };
}

/** Our case format (caseSchema()): any of its fields, and none with an HTCDS prefix. */
const CASE_FIELDS = ["jurisdiction", "region", "asOf", "person", "exploitation", "traffickingEvents", "identification", "stay", "reflection", "cooperation", "personalSituation", "protectionNeeds", "dublin", "permits"];
const isCase = (r) => Object.keys(r).some((k) => CASE_FIELDS.includes(k)) && !Object.keys(r).some((k) => k.includes(".") || /^(prs|vic|hte|cas|org|per|cco|spl|con)_/i.test(k));

/** Sets `person.citizenships[0]`-style `path` of `target`; a path through `__proto__`,
 * `constructor` or `prototype` is refused (a column name must not reach other rows' objects). */
const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);
function setPath(target, path, value) {
  const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  if (keys.some((k) => UNSAFE.has(k) || k === "")) return false;
  let at = target;
  for (const [i, k] of keys.entries()) {
    if (i === keys.length - 1) {
      own(at, k, value);
      break;
    }
    if (!Object.hasOwn(at, k) || typeof at[k] !== "object" || at[k] === null) own(at, k, /^\d+$/.test(keys[i + 1]) ? [] : {});
    at = at[k];
  }
  return true;
}

/** An own, enumerable property, whatever its name (`__proto__` included). */
function own(target, k, value) {
  Object.defineProperty(target, k, { value, enumerable: true, writable: true, configurable: true });
}

/** A cell for a case path: `true`/`false` as facts, the rest as text (assess says what is wrong). */
const caseValue = (v) => (v === "true" ? true : v === "false" ? false : v);

/**
 * A record to { ref, case } or { error }; columns not read are counted in `ignored`. Beside
 * HTCDS's fields a row may carry the facts HTCDS has no field for, in columns named by the case
 * path (`stay.asylum.lodgedDate`), and `jurisdiction`, `region`, `asOf` and a reference (`Id`).
 */
function toCase(record, where, defaults, ignored) {
  const own_ = {};
  const rest = {};
  const paths = [];
  for (const [k, v] of Object.entries(record)) {
    const f = folded(k);
    if (REF.includes(f)) own_.ref = String(v);
    else if (f === "jurisdiction" || f === "region" || f === "asof") own_[f] = String(v).trim();
    else if (k.includes(".") && CASE_FIELDS.includes(k.split(/[.[]/)[0])) paths.push([k, v]);
    else own(rest, k, v);
  }
  const ref = own_.ref?.trim() || where;
  if (isCase(record)) {
    const c = { ...record };
    for (const k of Object.keys(c)) if (REF.includes(folded(k))) delete c[k];
    if (c.asOf === undefined && defaults.asOf) c.asOf = defaults.asOf;
    if (c.jurisdiction === undefined && defaults.jurisdiction) c.jurisdiction = defaults.jurisdiction;
    return { ref, refFromId: Boolean(own_.ref?.trim()), case: c };
  }
  const jurisdiction = (own_.jurisdiction || defaults.jurisdiction || "").toUpperCase();
  try {
    const read = fromHTCDS(rest, { jurisdiction, region: own_.region || undefined, asOf: own_.asof || defaults.asOf || undefined });
    for (const i of read.ignored) {
      const column = i.field.replace(/^historicTraffickingEvents\[\d+\]\./, "");
      if (i.reason === "not-htcds" || i.reason === "personal-data") ignored.set(column, i);
    }
    const filled = [];
    for (const [k, v] of paths) {
      if (!setPath(read.case, k, typeof v === "string" ? caseValue(v.trim()) : v)) ignored.set(k, { reason: "not-htcds", message: "not a field of the case" });
      else filled.push(k.replace(/\[\d+\]/g, ""));
    }
    // A fact counts as filled when a column fills it or a part of it (stay.asylum.lodgedDate fills stay).
    const covers = (path) => filled.some((k) => k === path || k.startsWith(`${path}.`) || path.startsWith(`${k}.`));
    return { ref, refFromId: Boolean(own_.ref?.trim()), case: read.case, unknown: read.unknown.filter((u) => !covers(u.path)).length };
  } catch (e) {
    return { ref, error: { code: e.code ?? "internal", path: e.path ?? "", message: e.message } };
  }
}

/** One table row from an assessment: open channels, the next act-by date, the dated entries. */
function summarise(a) {
  const open = a.pathways.filter((p) => p.state === "available").map((p) => p.name);
  const possible = a.pathways.filter((p) => p.state === "possible").length;
  const dated = a.timeline.filter((e) => e.kind === "act-by" || e.kind === "protected-until");
  const actBy = dated.filter((e) => e.kind === "act-by");
  const overdue = actBy.filter((e) => e.overdue);
  const next = actBy.find((e) => !e.overdue);
  const entries = dated.map((e) => ({ date: e.date, kind: e.kind, label: e.label, days: e.daysRemaining ?? null, overdue: e.overdue }));
  return { open, possible, next: next ? { date: next.date, label: next.label, days: next.daysRemaining ?? null } : null, overdue: overdue.length, firstOverdue: overdue[0] ? { date: overdue[0].date, label: overdue[0].label, days: overdue[0].daysRemaining ?? null } : null, entries };
}

async function read({ id, bytes, jurisdiction, asOf, locale }) {
  generation = id;
  cases = [];
  const postMessage = (m) => self.postMessage({ ...m, id });
  options = { locale: locale || "en" };
  t = words(options.locale);
  if (bytes.byteLength > MAX_BYTES) {
    postMessage({ type: "failed", code: "input_too_large", message: t("error.file-too-large", { size: (bytes.byteLength / 1048576).toFixed(1), max: MAX_BYTES / 1048576 }) });
    return;
  }
  const text = decode(bytes);
  const file = records(text);
  if (file.failed) {
    postMessage({ type: "failed", ...file.failed });
    return;
  }
  const notices = file.notices;
  let rows = file.rows;
  if (rows.length > MAX_ROWS) {
    notices.push({ code: "input_too_large", message: t("notice.too-many-rows", { rows: `${MAX_ROWS.toLocaleString(options.locale)}+`, max: MAX_ROWS.toLocaleString(options.locale) }) });
    rows = rows.slice(0, MAX_ROWS);
  }
  await Promise.all([init({ locales: [options.locale] }), initHTCDS()]);
  const ignored = new Map();
  const prepared = rows.map((r) => (r.error ? { ref: r.where, line: r.line, error: r.error } : { line: r.line, ...toCase(r.record, r.where, { jurisdiction, asOf }, ignored) }));
  const wanted = [...new Set(prepared.filter((p) => p.case).map((p) => String(p.case.jurisdiction ?? "").toUpperCase()))];
  // A jurisdiction with no pack is reported on its rows by assess.
  await load({ jurisdictions: wanted.filter((j) => packFile(`law/${j}`)), locales: [options.locale] });
  cases = prepared.map((p) => p.case ?? null);
  // A UID must tell two people apart across files: without an Id column the reference is a line
  // number, so the case itself (without the date it is assessed for) goes into the UID's hash.
  refs = prepared.map((p) => (p.refFromId || !p.case ? p.ref : `${p.ref}:${JSON.stringify({ ...p.case, asOf: undefined })}`));
  const out = [];
  const total = prepared.length;
  let last = 0;
  for (let k = 0; k < total; k++) {
    const p = prepared[k];
    const row = { index: k, line: p.line, ref: p.ref, jurisdiction: p.case?.jurisdiction ?? "", unknown: p.unknown ?? 0 };
    if (p.error) row.error = p.error;
    else {
      try {
        Object.assign(row, summarise(assess(p.case, { locale: options.locale })));
      } catch (e) {
        row.error = { code: e.code ?? "internal", path: e.path ?? "", message: e.message };
        cases[k] = null;
      }
    }
    out.push(row);
    if (k + 1 - last >= 250 || k + 1 === total) {
      last = k + 1;
      postMessage({ type: "progress", done: k + 1, total });
    }
  }
  for (const [column, i] of ignored) notices.push({ code: i.reason, message: t("notice.column", { column, why: i.message }) });
  postMessage({ type: "rows", rows: out, notices });
}

/** One calendar of the rows asked for: each case's events, its reference before each summary. */
function calendar(indexes, labels, name) {
  let head = null;
  const events = [];
  for (const [n, k] of indexes.entries()) {
    const c = cases[k];
    if (!c) continue;
    const text = toICalendar(assess(c, { locale: options.locale }), { caseRef: refs[k], label: labels[n] });
    const at = text.indexOf("BEGIN:VEVENT\r\n");
    if (at < 0) continue;
    head ??= text.slice(0, at).replace(/X-WR-CALNAME:[^\r]*\r\n( [^\r]*\r\n)*/, `X-WR-CALNAME:${(name ?? "Caseload deadlines").replace(/[\\;,]/g, (c) => `\\${c}`).replace(/[\r\n]/g, " ")}\r\n`);
    events.push(text.slice(at, text.lastIndexOf("END:VCALENDAR\r\n")));
  }
  return head ? `${head}${events.join("")}END:VCALENDAR\r\n` : null;
}

if (typeof self !== "undefined" && typeof self.postMessage === "function" && typeof document === "undefined") {
  self.onmessage = async ({ data }) => {
    try {
      if (data.type === "read") await read(data);
      else if (data.type === "ics") {
        // The rows asked for must be those of the caseload read last.
        if (data.id !== generation) postMessage({ type: "failed", id: data.id, code: "stale", message: t("error.stale") });
        else postMessage({ type: "ics", id: data.id, text: calendar(data.rows, data.refs, data.name) });
      }
    } catch (e) {
      postMessage({ type: "failed", id: data.id, code: e.code ?? "internal", message: e.message });
    }
  };
}
