// The caseload review's own words (the element's and its worker's), in the engine's seven
// locales. The engine's words (pathway names, entry labels, error messages of the law and of
// HTCDS) come from the engine in the engine's locale. Every language but English was translated
// by machine and is unreviewed (docs/translation.md says how a native speaker reviews it).
// `{name}` is a placeholder.
export const WORDS = {
  en: {
    "col.ref": "Case",
    "col.line": "Row",
    "col.jurisdiction": "Jurisdiction",
    "col.open": "Open channels",
    "col.next": "Next act-by date",
    "col.problem": "Problems and gaps",
    "file.label": "Caseload export (CSV or JSON: HTCDS 2.0 records or cases)",
    "jurisdiction.label": "Whose law, for records without a jurisdiction column",
    privacy: "Or drop the file here. It is read in this page only: nothing is uploaded or stored, and a reload forgets it.",
    "progress.label": "Assessing the caseload",
    "notices.label": "About this file",
    "results.title": "Caseload",
    "chart.title": "Act-by dates in the next 90 days",
    "search.label": "Search case, channel or problem",
    "show.label": "Show",
    "show.all": "All cases",
    "show.overdue": "Overdue",
    "show.within": "Act by within {days} days",
    "show.errors": "Rows that could not be assessed",
    "download.ics": "Download these deadlines (.ics)",
    "download.csv": "Download this table (.csv)",
    caption: "Cases, most urgent first. Choose a column heading to sort by it.",
    "pages.label": "Pages of the table",
    "page.previous": "Previous page",
    "page.next": "Next page",
    "page.of": "Page {page} of {pages}",
    coe: "Council of Europe",
    eu: "European Union",
    "status.cannot-start": "The caseload could not start: {message}",
    "status.reading": "Reading {file}…",
    "status.progress": "Assessed {done} of {total} cases…",
    "status.failed": "The file could not be read ({code}): {message}",
    "status.done": "Assessed {ok} of {total} rows: {overdue} with an overdue act-by date, {errors} that could not be assessed.",
    "notice.errors": "{errors} rows could not be assessed: each says why in the column “Problems and gaps” (Show › Rows that could not be assessed).",
    "open.and-possible": "{list} (and {possible} possible)",
    "open.none-possible": "none yet ({possible} possible)",
    "open.none": "none",
    "next.overdue": "Overdue by {days} days: {date}",
    "next.then": "Then: ",
    "next.days-left": "{date} ({days} days left)",
    "next.days-unknown": "{date} (days left not known)",
    "next.none": "no act-by date",
    "unknown.facts": "{n} facts not in the record",
    "count.showing": "Showing {from}–{to} of {shown} cases ({all} in the file).",
    "count.none": "No case matches ({all} in the file).",
    "chart.label": "Act-by dates: {overdue} overdue; {total} in the next 90 days from {base}, by week: {weeks}.",
    "chart.label-empty": "Act-by dates: none in the shown cases.",
    "chart.overdue": "overdue",
    "chart.overdue-title": "{n} overdue",
    "chart.week-title": "{n} act-by dates in the week from {from}",
    "chart.axis": "Weeks from {base} (day and month of each week's first day)",
    "chart.none": "No act-by dates in the shown cases",
    "csv.case": "Case",
    "csv.row": "Row",
    "csv.jurisdiction": "Jurisdiction",
    "csv.open": "Open channels",
    "csv.possible": "Possible channels",
    "csv.next-date": "Next act-by date",
    "csv.days-left": "Days left",
    "csv.next": "Next act-by",
    "csv.overdue": "Overdue act-by dates",
    "csv.first-overdue": "First overdue date",
    "csv.code": "Problem code",
    "csv.field": "Problem field",
    "csv.problem": "Problem",
    "ics.failed": "The calendar could not be made: {message}",
    "ics.none": "None of the shown cases has a date for a calendar.",
    "ics.done": "Calendar of {n} cases downloaded.",
    "ics.name": "Caseload deadlines",
    "where.line": "line {n}",
    "where.item": "item {n}",
    "error.csv-quote": "A quote in this row is not closed, so the row cannot be read.",
    "error.json-syntax": "The file is not valid JSON: {message}",
    "error.json-shape": "A JSON file holds a list of records or cases (or { records: [...] }).",
    "error.json-item": "This item is not an object.",
    "error.csv-header": "The first line of the file is not a header of column names.",
    "error.csv-columns": "This row has {cells} cells; the header has {header}.",
    "error.encoding": "This row holds bytes that are not UTF-8: save the export as UTF-8 (CSV UTF-8) and load it again.",
    "error.file-too-large": "The file is {size} MB; the caseload reads files up to {max} MB. Export fewer cases at a time.",
    "notice.too-many-rows": "The file has {rows} rows; the first {max} were assessed.",
    "notice.column": "Column {column} was not read: {why}.",
  },
};

const LOCALES = ["en", "de", "fr", "es", "nl", "sr-Latn", "ro"];

/** The locale of these words for a BCP 47 tag (`de-AT` → `de`, `sr` → `sr-Latn`), else `en`. */
export function wordsLocale(tag) {
  const t = String(tag ?? "en").toLowerCase();
  if (t.startsWith("sr")) return "sr-Latn";
  return LOCALES.find((l) => l === t || t.startsWith(`${l.toLowerCase()}-`)) ?? "en";
}

/** The words of `locale` (English for a key it lacks), with `{name}` filled from `vars`. */
export function words(locale) {
  const table = WORDS[wordsLocale(locale)] ?? WORDS.en;
  return (key, vars = {}) => (table[key] ?? WORDS.en[key] ?? key).replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? `{${k}}`));
}
