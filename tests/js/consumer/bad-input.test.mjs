// The bad-input catalogue (tests/bad-input/catalogue.json) against the packed package in
// Node, on both builds (the wasm one and protection-pathways/js): every entry refused with its
// code at its path, and the module still answering after.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import * as api from "protection-pathways";
import * as js from "protection-pathways/js";
import { runCatalogue } from "./support/bad-input.mjs";

const catalogue = JSON.parse(readFileSync(new URL("./bad-input.json", import.meta.url), "utf8"));
const packs = new URL("./node_modules/protection-pathways/packs/", import.meta.url);

test("every entry of the bad-input catalogue is refused with its code and path, in Node", () => {
  assert.ok(catalogue.length >= 100, `${catalogue.length} entries`);
  const failures = runCatalogue(api, catalogue, (file) => readFileSync(new URL(file, packs)));
  assert.deepEqual(failures, []);
});

test("every entry of the bad-input catalogue is refused with its code and path, by the pure-JS build", () => {
  // The pure-JS build loads no pack by itself: every pack, as the wasm build has them in Node.
  js.loadPacks(readdirSync(packs).filter((f) => f.endsWith(".ppk")).map((f) => readFileSync(new URL(f, packs))));
  const failures = runCatalogue(js, catalogue, (file) => readFileSync(new URL(file, packs)));
  assert.deepEqual(failures, []);
});
