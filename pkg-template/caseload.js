// <protection-pathways-caseload>: a caseload review. Drop or pick an export (CSV or JSON, HTCDS
// 2.0 records or cases); a worker (caseload-worker.js) assesses every row while a progress bar
// moves; then a sortable, filterable table (per case: open channels, the next act-by date and
// the days left, overdue first), a chart of act-by dates over the next 90 days, and downloads of
// the filtered deadlines as one .ics and of the table as CSV.
//
// Nothing leaves the page: the file is read here, nothing is stored, a reload forgets it. Every
// text from the file is rendered as text.
//
//   <script type="module" src="…/protection-pathways/caseload.js"></script>
//   <protection-pathways-caseload jurisdiction="AT" locale="en"></protection-pathways-caseload>
//
// Attributes: `jurisdiction` (for records without a jurisdiction column), `as-of` (YYYY-MM-DD;
// default today), `locale` (the engine's words). Method: `load(file)` (a File or Blob). Event:
// `caseload-assessed` ({ detail: { rows, notices } }).
import { packFiles } from "./packs.js";
import { words, wordsLocale } from "./caseload-words.js";

/** The largest file read (the worker checks it again). */
const MAX_BYTES = 64 * 1024 * 1024;

const PAGE = 100;
const css = `
:host { display: block; font: inherit; color: var(--pp-color, CanvasText); background: var(--pp-background, Canvas);
  --pp-accent: #0b5cad; --pp-ok: #1e6b2f; --pp-warn: #8a5300; --pp-bad: #a40000; }
* { box-sizing: border-box; }
.pp { display: grid; gap: 1rem; }
[part=load] { border: 2px dashed #767676; border-radius: 6px; padding: 1rem; display: grid; gap: .5rem; }
[part=load].over { border-color: var(--pp-accent); background: color-mix(in srgb, var(--pp-accent) 8%, Canvas); }
label { font-weight: 600; }
.row { display: flex; flex-wrap: wrap; gap: .75rem 1.25rem; align-items: end; }
.row > div { display: grid; gap: .25rem; }
input, select, button { font: inherit; min-block-size: 2.25rem; }
input[type=search], select { padding: .3rem .5rem; border: 1px solid #767676; border-radius: 4px; }
button { padding: .4rem .8rem; border: 1px solid var(--pp-accent); border-radius: 4px; background: Canvas; color: var(--pp-accent); cursor: pointer; }
button:disabled { color: #595959; border-color: #767676; cursor: default; }
:focus-visible { outline: 3px solid var(--pp-focus, #1a56db); outline-offset: 2px; }
.hint { color: var(--pp-muted, #4a4a4a); margin: 0; }
progress { inline-size: min(100%, 30rem); block-size: 1.25rem; }
[part=notices] { margin: 0; padding-inline-start: 1.25rem; }
[part=notices] li { margin: .25rem 0; }
.bad { color: var(--pp-bad); font-weight: 600; } .soon { color: var(--pp-warn); font-weight: 600; }
.table { overflow-x: auto; }
table { border-collapse: collapse; inline-size: 100%; }
th, td { text-align: start; vertical-align: top; padding: .35rem .5rem; border-block-end: 1px solid #b5b5b5; }
th button { border: none; padding: .2rem 0; color: inherit; font-weight: 700; background: none; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
tr[data-error] td { background: color-mix(in srgb, var(--pp-bad) 6%, Canvas); }
svg { max-inline-size: 100%; block-size: auto; font-size: 11px; }
svg rect.bar { fill: var(--pp-accent); } svg rect.overdue { fill: var(--pp-bad); } svg line { stroke: #767676; }
svg text { fill: currentColor; }
nav { display: flex; gap: .75rem; align-items: center; }
[hidden] { display: none !important; }
`;

const el = (tag, attrs = {}, text) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};
const svg = (tag, attrs = {}, text) => {
  const e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
};
const addDays = (iso, n) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** How urgent a row is, for the default order: overdue first, then by days left. */
function urgency(r) {
  if (r.overdue) return -1e6 + (r.firstOverdue?.days ?? 0);
  if (r.error) return 1e6;
  return r.next?.days ?? 1e5;
}

const COLUMNS = [
  ["ref", (r) => r.ref],
  ["line", (r) => r.line],
  ["jurisdiction", (r) => r.jurisdiction],
  ["open", (r) => r.open?.length ?? -1],
  ["next", urgency],
  ["problem", (r) => (r.error ? r.error.code : "")],
];

/** A CSV cell: quoted, and a leading = + - @ defused (a spreadsheet would run it). */
const cell = (v) => {
  let s = v == null ? "" : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
};

export class ProtectionPathwaysCaseloadElement extends HTMLElement {
  static get observedAttributes() {
    return ["jurisdiction", "locale", "as-of"];
  }

  #rows = [];
  #notices = [];
  #view = [];
  #sort = { key: "next", dir: 1 };
  #page = 0;
  #worker = null;
  #loads = 0;
  #jurisdictionAttr = false;
  #reading = 0;
  #shown = 0;
  #ui = {};
  #t = words("en");
  #locale = "en";

  #fmt(n) {
    return n.toLocaleString(this.#locale);
  }

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    const u = this.#ui;
    const pp = el("div", { class: "pp" });
    const load = el("div", { part: "load" });
    const pick = el("div");
    pick.append((u.fileLabel = el("label", { for: "file" })));
    u.file = el("input", { type: "file", id: "file", accept: ".csv,.json,.txt,text/csv,application/json", "aria-describedby": "privacy" });
    pick.append(u.file);
    const juris = el("div");
    juris.append((u.jurisdictionLabel = el("label", { for: "jurisdiction" })));
    u.jurisdiction = el("select", { id: "jurisdiction" });
    juris.append(u.jurisdiction);
    const row = el("div", { class: "row" });
    row.append(pick, juris);
    load.append(row, (u.privacy = el("p", { class: "hint", id: "privacy" })));
    u.load = load;

    u.progressBox = el("div", { part: "progress", hidden: "" });
    u.progressBox.append((u.progressLabel = el("label", { for: "progress" })), el("br"));
    u.progress = el("progress", { id: "progress", max: "1", value: "0" });
    u.progressBox.append(u.progress);
    u.status = el("p", { part: "status", role: "status", "aria-live": "polite" });
    u.notices = el("ul", { part: "notices" });

    u.results = el("section", { part: "results", hidden: "", "aria-labelledby": "results-title" });
    u.results.append((u.resultsTitle = el("h2", { id: "results-title" })));
    u.chartTitle = el("h3", { id: "chart-title" });
    u.chart = el("div", { part: "chart" });
    const filters = el("div", { class: "row", part: "filters" });
    const q = el("div");
    q.append((u.qLabel = el("label", { for: "q" })));
    u.q = el("input", { type: "search", id: "q" });
    q.append(u.q);
    const show = el("div");
    show.append((u.showLabel = el("label", { for: "show" })));
    u.show = el("select", { id: "show" });
    for (const v of ["all", "overdue", "7", "30", "90", "errors"]) u.show.append(el("option", { value: v }));
    show.append(u.show);
    u.ics = el("button", { type: "button", part: "download-ics" });
    u.csv = el("button", { type: "button", part: "download-csv" });
    filters.append(q, show, u.ics, u.csv);
    u.count = el("p", { part: "count", role: "status", "aria-live": "polite" });
    const wrap = el("div", { class: "table" });
    u.table = el("table", { part: "table" });
    u.caption = el("caption");
    u.table.append(u.caption);
    const head = el("tr");
    u.heads = {};
    for (const [key] of COLUMNS) {
      const th = el("th", { scope: "col" });
      const b = el("button", { type: "button", "data-key": key });
      b.addEventListener("click", () => this.#sortBy(key));
      th.append(b);
      u.heads[key] = th;
      head.append(th);
    }
    const thead = el("thead");
    thead.append(head);
    u.body = el("tbody");
    u.table.append(thead, u.body);
    wrap.append(u.table);
    const nav = el("nav");
    u.nav = nav;
    u.prev = el("button", { type: "button" });
    u.next = el("button", { type: "button" });
    u.pageText = el("span");
    nav.append(u.prev, u.pageText, u.next);
    u.results.append(u.chartTitle, u.chart, filters, u.count, wrap, nav);
    pp.append(load, u.progressBox, u.status, u.notices, u.results);
    root.append(pp);

    u.file.addEventListener("change", () => u.file.files[0] && this.load(u.file.files[0]));
    load.addEventListener("dragover", (e) => {
      e.preventDefault();
      load.classList.add("over");
    });
    load.addEventListener("dragleave", () => load.classList.remove("over"));
    load.addEventListener("drop", (e) => {
      e.preventDefault();
      load.classList.remove("over");
      const f = e.dataTransfer?.files?.[0];
      if (f) this.load(f);
    });
    u.q.addEventListener("input", () => this.#filter());
    u.show.addEventListener("change", () => this.#filter());
    u.prev.addEventListener("click", () => this.#turn(-1));
    u.next.addEventListener("click", () => this.#turn(1));
    u.csv.addEventListener("click", () => this.#downloadCsv());
    u.ics.addEventListener("click", () => this.#downloadIcs());
  }

  connectedCallback() {
    this.#words();
    this.#fillJurisdictions();
  }

  /** Writes the element's own words in its locale (the `locale` attribute, else the nearest `lang`). */
  #words() {
    // One of the seven locales (an unusual tag such as "en_US" must not break Intl).
    this.#locale = wordsLocale(this.getAttribute("locale") || this.closest("[lang]")?.getAttribute("lang") || "en");
    const t = (this.#t = words(this.#locale));
    const u = this.#ui;
    u.fileLabel.textContent = t("file.label");
    u.jurisdictionLabel.textContent = t("jurisdiction.label");
    u.privacy.textContent = t("privacy");
    u.progressLabel.textContent = t("progress.label");
    u.notices.setAttribute("aria-label", t("notices.label"));
    u.resultsTitle.textContent = t("results.title");
    u.chartTitle.textContent = t("chart.title");
    u.qLabel.textContent = t("search.label");
    u.showLabel.textContent = t("show.label");
    for (const o of u.show.options) o.textContent = /^\d+$/.test(o.value) ? t("show.within", { days: o.value }) : t(`show.${o.value}`);
    u.ics.textContent = t("download.ics");
    u.csv.textContent = t("download.csv");
    u.caption.textContent = t("caption");
    for (const [key, th] of Object.entries(u.heads)) th.firstChild.textContent = t(`col.${key}`);
    u.nav.setAttribute("aria-label", t("pages.label"));
    u.prev.textContent = t("page.previous");
    u.next.textContent = t("page.next");
    if (this.#rows.length) this.#show(this.#rows, this.#notices, false);
  }

  disconnectedCallback() {
    this.#worker?.terminate();
    this.#worker = null;
  }

  attributeChangedCallback(name) {
    if (name === "locale" && this.isConnected) this.#words();
    // The attribute, set by the host, wins over what the list showed.
    if (name === "jurisdiction") this.#jurisdictionAttr = true;
    if (name === "jurisdiction" || name === "locale") this.#fillJurisdictions();
  }

  /** The rows of the last caseload: { index, line, ref, jurisdiction, open, next, overdue, error, … }. */
  get rows() {
    return this.#rows;
  }

  #fillJurisdictions() {
    const s = this.#ui.jurisdiction;
    const chosen = (this.#jurisdictionAttr ? this.getAttribute("jurisdiction") : s.value || this.getAttribute("jurisdiction"))?.toUpperCase() || "AT";
    this.#jurisdictionAttr = false;
    const names = new Intl.DisplayNames([this.#locale], { type: "region", fallback: "code" });
    const codes = packFiles()
      .map((f) => /^law-([A-Z]+)\.ppk$/.exec(f)?.[1])
      .filter(Boolean);
    const name = (c) => (c === "COE" ? this.#t("coe") : c === "EU" ? this.#t("eu") : names.of(c));
    s.replaceChildren(...codes.map((c) => [c, name(c)]).sort((a, b) => a[1].localeCompare(b[1], this.#locale)).map(([c, n]) => el("option", { value: c }, `${n} (${c})`)));
    s.value = codes.includes(chosen) ? chosen : "AT";
  }

  #workerReady() {
    if (!this.#worker) {
      const worker = new Worker(new URL("./caseload-worker.js", import.meta.url), { type: "module" });
      // A worker that fails is dropped (the next load starts another), and whoever waits on it is
      // answered, so that no load hangs.
      worker.addEventListener("error", (e) => {
        if (this.#worker === worker) this.#worker = null;
        worker.terminate();
        worker.dispatchEvent(new MessageEvent("message", { data: { type: "failed", id: this.#reading, code: "internal", message: this.#t("status.cannot-start", { message: e.message ?? "" }) } }));
      });
      this.#worker = worker;
    }
    return this.#worker;
  }

  /** Reads and assesses a caseload export (a File or Blob). Resolves with the rows. */
  async load(file) {
    const u = this.#ui;
    // Each load has an id; replies to an earlier one are ignored, so the file shown is the last
    // one chosen, and the calendar is made from the rows shown.
    const id = ++this.#loads;
    this.#reading = id;
    if (file.size > MAX_BYTES) {
      this.#failed({ code: "input_too_large", message: this.#t("error.file-too-large", { size: (file.size / 1048576).toFixed(1), max: MAX_BYTES / 1048576 }) });
      return this.#rows;
    }
    let bytes;
    try {
      bytes = await file.arrayBuffer();
    } catch (e) {
      this.#failed({ code: "unreadable", message: e.message });
      return this.#rows;
    }
    if (id !== this.#reading) return this.#rows;
    const worker = this.#workerReady();
    u.results.hidden = true;
    u.notices.replaceChildren();
    u.progressBox.hidden = false;
    u.progress.value = 0;
    u.status.textContent = this.#t("status.reading", { file: file.name ?? "" });
    this.removeAttribute("data-done");
    return new Promise((resolve) => {
      const on = ({ data }) => {
        if (data.id !== id) return;
        if (data.type === "progress") {
          u.progress.max = data.total;
          u.progress.value = data.done;
          u.status.textContent = this.#t("status.progress", { done: this.#fmt(data.done), total: this.#fmt(data.total) });
        } else if (data.type === "rows" || data.type === "failed") {
          worker.removeEventListener("message", on);
          u.progressBox.hidden = true;
          if (data.type === "failed") this.#failed(data);
          else {
            this.#shown = id;
            this.#show(data.rows, data.notices);
          }
          resolve(this.#rows);
        }
      };
      worker.addEventListener("message", on);
      worker.postMessage({ type: "read", id, bytes, jurisdiction: u.jurisdiction.value, asOf: this.getAttribute("as-of") || undefined, locale: this.#locale }, [bytes]);
    });
  }

  #failed({ code, message }) {
    this.#rows = [];
    this.#ui.progressBox.hidden = true;
    this.#ui.status.textContent = this.#t("status.failed", { code, message });
    this.#ui.status.classList.add("bad");
    this.setAttribute("data-done", "failed");
  }

  #show(rows, notices, fresh = true) {
    const u = this.#ui;
    this.#rows = rows;
    this.#notices = notices;
    u.status.classList.remove("bad");
    const errors = rows.filter((r) => r.error).length;
    const overdue = rows.filter((r) => r.overdue).length;
    const t = this.#t;
    const f = (n) => this.#fmt(n);
    u.status.textContent = t("status.done", { ok: f(rows.length - errors), total: f(rows.length), overdue: f(overdue), errors: f(errors) });
    const items = notices.map((n) => el("li", {}, n.message));
    if (errors) items.unshift(el("li", { class: "bad" }, t("notice.errors", { errors: f(errors) })));
    u.notices.replaceChildren(...items);
    u.results.hidden = false;
    this.#filter();
    if (!fresh) return;
    this.setAttribute("data-done", String(rows.length));
    this.dispatchEvent(new CustomEvent("caseload-assessed", { detail: { rows, notices }, bubbles: true, composed: true }));
  }

  #filter() {
    const q = this.#ui.q.value.trim().toLowerCase();
    const show = this.#ui.show.value;
    const within = Number(show);
    this.#view = this.#rows.filter((r) => {
      if (show === "errors" && !r.error) return false;
      if (show === "overdue" && !r.overdue) return false;
      if (within && !(r.next && r.next.days !== null && r.next.days <= within)) return false;
      if (!q) return true;
      return [r.ref, r.jurisdiction, ...(r.open ?? []), r.error?.message, r.error?.path, r.next?.label].some((t) => t && String(t).toLowerCase().includes(q));
    });
    this.#order();
    this.#page = 0;
    this.#chart();
    this.#render();
  }

  #sortBy(key) {
    this.#sort = { key, dir: this.#sort.key === key ? -this.#sort.dir : 1 };
    this.#order();
    this.#render();
  }

  #order() {
    const [, get] = COLUMNS.find(([k]) => k === this.#sort.key);
    const dir = this.#sort.dir;
    this.#view.sort((a, b) => {
      const x = get(a);
      const y = get(b);
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), this.#locale, { numeric: true });
      return c * dir || a.index - b.index;
    });
    for (const [key, th] of Object.entries(this.#ui.heads)) {
      if (key === this.#sort.key) th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
  }

  #turn(step) {
    const last = Math.max(0, Math.ceil(this.#view.length / PAGE) - 1);
    this.#page = Math.min(last, Math.max(0, this.#page + step));
    this.#render();
    // A button that became disabled loses focus: keep it on the other one.
    const u = this.#ui;
    if (u.next.disabled && this.shadowRoot.activeElement === u.next) u.prev.focus();
    if (u.prev.disabled && this.shadowRoot.activeElement === u.prev) u.next.focus();
  }

  #render() {
    const u = this.#ui;
    const from = this.#page * PAGE;
    const shown = this.#view.slice(from, from + PAGE);
    const t = this.#t;
    const f = (n) => this.#fmt(n);
    u.body.replaceChildren(
      ...shown.map((r) => {
        const tr = el("tr", r.error ? { "data-error": "" } : {});
        tr.append(el("th", { scope: "row" }, r.ref), el("td", { class: "num" }, String(r.line)), el("td", {}, r.jurisdiction));
        const open = el("td");
        if (r.open) open.textContent = r.open.length ? (r.possible ? t("open.and-possible", { list: r.open.join("; "), possible: r.possible }) : r.open.join("; ")) : r.possible ? t("open.none-possible", { possible: r.possible }) : t("open.none");
        const next = el("td");
        if (r.overdue) {
          next.append(el("span", { class: "bad" }, t("next.overdue", { days: f(-r.firstOverdue.days), date: r.firstOverdue.date })), el("br"), document.createTextNode(r.firstOverdue.label));
        }
        if (r.next) {
          if (r.overdue) next.append(el("br"), document.createTextNode(t("next.then")));
          next.append(el("span", { class: r.next.days !== null && r.next.days <= 7 ? "soon" : "" }, r.next.days === null ? t("next.days-unknown", { date: r.next.date }) : t("next.days-left", { date: r.next.date, days: f(r.next.days) })), el("br"), document.createTextNode(r.next.label));
        } else if (!r.overdue && !r.error) next.textContent = t("next.none");
        const problem = el("td");
        if (r.error) problem.append(el("strong", {}, r.error.code), document.createTextNode(`${r.error.path ? ` (${r.error.path})` : ""}: ${r.error.message}`));
        else if (r.unknown) problem.textContent = t("unknown.facts", { n: f(r.unknown) });
        tr.append(open, next, problem);
        return tr;
      }),
    );
    const pages = Math.max(1, Math.ceil(this.#view.length / PAGE));
    u.count.textContent = this.#view.length ? t("count.showing", { from: f(from + 1), to: f(from + shown.length), shown: f(this.#view.length), all: f(this.#rows.length) }) : t("count.none", { all: f(this.#rows.length) });
    u.pageText.textContent = t("page.of", { page: f(this.#page + 1), pages: f(pages) });
    u.prev.disabled = this.#page === 0;
    u.next.disabled = this.#page >= pages - 1;
    u.ics.disabled = u.csv.disabled = this.#view.length === 0;
  }

  /** Bars per week of the act-by dates of the shown cases in the next 90 days, overdue apart. */
  #chart() {
    const weeks = new Array(13).fill(0);
    let overdue = 0;
    let base = null;
    for (const r of this.#view) {
      for (const e of r.entries ?? []) {
        if (e.kind !== "act-by" || e.days === null) continue;
        base ??= addDays(e.date, -e.days);
        if (e.overdue) overdue += 1;
        else if (e.days < 91) weeks[Math.floor(e.days / 7)] += 1;
      }
    }
    const max = Math.max(1, overdue, ...weeks);
    const W = 640;
    const H = 180;
    const bw = W / 15;
    const total = weeks.reduce((a, b) => a + b, 0);
    const t = this.#t;
    const label = base ? t("chart.label", { overdue, total, base, weeks: weeks.join(", ") }) : t("chart.label-empty");
    const s = svg("svg", { viewBox: `0 0 ${W} ${H + 40}`, role: "img", "aria-label": label });
    s.append(svg("line", { x1: 0, y1: H, x2: W, y2: H }));
    const bar = (i, n, cls, label, title) => {
      const h = (n / max) * (H - 20);
      const x = i * bw + bw * 0.15;
      const g = svg("g");
      g.append(svg("title", {}, title), svg("rect", { class: cls, x, y: H - h, width: bw * 0.7, height: h }));
      g.append(svg("text", { x: x + bw * 0.35, y: H - h - 4, "text-anchor": "middle" }, String(n)));
      g.append(svg("text", { x: x + bw * 0.35, y: H + 16, "text-anchor": "middle" }, label));
      s.append(g);
    };
    bar(0, overdue, "bar overdue", t("chart.overdue"), t("chart.overdue-title", { n: overdue }));
    weeks.forEach((n, w) => {
      const from = base ? addDays(base, w * 7) : "";
      bar(w + 2, n, "bar", base ? from.slice(5) : `${w + 1}`, t("chart.week-title", { n, from: from || w + 1 }));
    });
    s.append(svg("text", { x: 2 * bw, y: H + 34 }, base ? t("chart.axis", { base }) : t("chart.none")));
    this.#ui.chart.replaceChildren(s);
  }

  #save(text, type, name) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el("a", { href: url, download: name });
    this.shadowRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  #downloadCsv() {
    const head = ["case", "row", "jurisdiction", "open", "possible", "next-date", "days-left", "next", "overdue", "first-overdue", "code", "field", "problem"].map((k) => this.#t(`csv.${k}`));
    const lines = [head.map(cell).join(",")];
    for (const r of this.#view) {
      lines.push([r.ref, r.line, r.jurisdiction, (r.open ?? []).join("; "), r.possible ?? "", r.next?.date ?? "", r.next?.days ?? "", r.next?.label ?? "", r.overdue ?? "", r.firstOverdue?.date ?? "", r.error?.code ?? "", r.error?.path ?? "", r.error?.message ?? ""].map(cell).join(","));
    }
    this.#save(`\uFEFF${lines.join("\r\n")}\r\n`, "text/csv;charset=utf-8", "caseload.csv");
  }

  #downloadIcs() {
    const rows = this.#view.filter((r) => !r.error && r.entries?.length);
    const worker = this.#workerReady();
    const id = this.#shown;
    const on = ({ data }) => {
      if ((data.type !== "ics" && data.type !== "failed") || data.id !== id) return;
      worker.removeEventListener("message", on);
      if (data.type === "failed" || !data.text) {
        this.#ui.status.textContent = data.type === "failed" ? this.#t("ics.failed", { message: data.message }) : this.#t("ics.none");
        return;
      }
      this.#save(data.text, "text/calendar;charset=utf-8", "caseload-deadlines.ics");
      this.#ui.status.textContent = this.#t("ics.done", { n: this.#fmt(rows.length) });
    };
    worker.addEventListener("message", on);
    worker.postMessage({ type: "ics", id, rows: rows.map((r) => r.index), refs: rows.map((r) => r.ref), name: this.#t("ics.name") });
  }
}

if (!customElements.get("protection-pathways-caseload")) customElements.define("protection-pathways-caseload", ProtectionPathwaysCaseloadElement);
