// The installed tarball from CommonJS require(): synchronous, no init call.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const pp = require("protection-pathways");

test("require() gives a ready engine", () => {
  assert.equal(typeof pp.computeDeadline, "function");
  const d = pp.computeDeadline({ jurisdiction: "EU", from: "2026-08-31", period: "P6M" });
  assert.equal(d.date, "2027-03-01");
  assert.equal(d.earliestPossible, true);
  const codes = pp.jurisdictions().map((j) => j.code);
  assert.ok(codes.includes("COE") && codes.includes("EU"), codes.join());
  assert.deepEqual(codes, [...codes].sort(), "in code order");
});

test("errors carry code and path through require() too", () => {
  assert.throws(
    () => pp.computeDeadline({ jurisdiction: "EU", from: "26-1-1", period: "P1D" }),
    (e) => e instanceof Error && e.code === "invalid_date" && e.path === "from",
  );
});

test("caseSchema() comes from require() too, a JSON Schema whose only required field is jurisdiction", () => {
  const schema = pp.caseSchema();
  assert.deepEqual(schema.required, ["jurisdiction"]);
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.notEqual(pp.caseSchema(), schema, "a fresh object each call: callers may change it");
});
