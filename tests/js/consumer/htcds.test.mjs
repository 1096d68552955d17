// fromHTCDS from the installed tarball: the entry's async form (ESM and CommonJS) and the
// HTCDS module's own entry agree; every kind of hostile value is refused with a code and never
// breaks the module; values outside HTCDS's sets name their field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { createRequire } from "node:module";
import * as pp from "protection-pathways";
import initHTCDS, { fromHTCDS, htcdsSchema } from "protection-pathways/htcds";

const { hostileValues } = await import(join(process.env.PP_REPO, "tests/js/support/cases.mjs"));
const require = createRequire(import.meta.url);
const record = { prs_Birthdate: "2001-03-04", prs_Gender: "Masculine", prs_Citizenship: ["ua"], hte_Type: "Recruitment", hte_Country: "UA", prs_Email: "x@example.org" };

test("the entry, its CommonJS twin and the HTCDS module read a record alike", async () => {
  await initHTCDS();
  const sync = fromHTCDS(record, { jurisdiction: "NL", asOf: "2026-12-07" });
  assert.deepEqual(sync.case, {
    jurisdiction: "NL",
    asOf: "2026-12-07",
    person: { dateOfBirth: "2001-03-04", gender: "male", citizenships: ["UA"] },
    traffickingEvents: [{ kind: "recruitment", country: "UA" }],
  });
  assert.deepEqual(sync.ignored.map((i) => [i.field, i.reason]), [["prs_Email", "personal-data"]]);
  assert.deepEqual(await pp.fromHTCDS(record, { jurisdiction: "NL", asOf: "2026-12-07" }), sync);
  assert.deepEqual(await require("protection-pathways").fromHTCDS(record, { jurisdiction: "NL", asOf: "2026-12-07" }), sync);
  // And the case is one the engine assesses.
  assert.equal(pp.assess(sync.case).jurisdiction, "NL");
});

test("no JS value breaks fromHTCDS; each is refused with a code, and the module answers after", async () => {
  for (const [name, value] of Object.entries(hostileValues())) {
    for (const [where, args] of [["record", [value, { jurisdiction: "AT" }]], ["field", [{ prs_Gender: value }, { jurisdiction: "AT" }]], ["options", [{}, value]], ["event", [{ historicTraffickingEvents: [{ hte_Date: value }] }, { jurisdiction: "AT" }]]]) {
      try {
        fromHTCDS(...args);
      } catch (e) {
        assert.equal(e.name, "ProtectionPathwaysError", `${name} as ${where}: ${e.stack}`);
        assert.equal(typeof e.code, "string", `${name} as ${where}`);
        assert.equal(typeof e.path, "string", `${name} as ${where}`);
      }
      assert.equal(fromHTCDS({ prs_Birthdate: "1990-01-01" }, { jurisdiction: "AT" }).case.person.dateOfBirth, "1990-01-01", `after ${name} as ${where}`);
    }
  }
});

test("a value outside HTCDS's sets, an impossible date: the field is the path", async () => {
  await assert.rejects(pp.fromHTCDS({ prs_Gender: "F" }, { jurisdiction: "AT" }), { name: "ProtectionPathwaysError", code: "unknown_value", path: "prs_Gender" });
  await assert.rejects(pp.fromHTCDS({ hte_Date: "2026-02-31" }, { jurisdiction: "AT" }), { code: "invalid_date", path: "hte_Date" });
  await assert.rejects(pp.fromHTCDS({}, {}), { code: "missing_field", path: "jurisdiction" });
  // A failed call does not leave the entry unusable.
  assert.equal((await pp.fromHTCDS({}, { jurisdiction: "AT" })).case.jurisdiction, "AT");
});

test("htcdsSchema() describes every HTCDS 2.0 field, from the module and its Node entry", async () => {
  await initHTCDS();
  const schema = htcdsSchema();
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.equal(Object.keys(schema.properties).length, 85);
  assert.ok(schema.properties.prs_Gender.enum.includes("Feminine"));
  assert.deepEqual(require("protection-pathways/htcds").htcdsSchema(), schema);
});
