// The bad-input catalogue (tests/bad-input/catalogue.json), run against a build of the
// package: each entry calls one entry point with input a caller could send, and must be refused
// with its `code` at its `path`, as a ProtectionPathwaysError, never a crash; and the module
// must still answer afterwards. Markers stand for what JSON cannot write: {"$undefined": true},
// {"$nan": true}, {"$inf": ±1}, {"$repeat": [value, n]}, {"$repeat_str": [text, n]},
// {"$deep": n}, {"$bytes": text}, {"$pack": [file, "truncate" | "flip" | "extra"]}, and
// {"$assessment": [case, [[path, value], …]]}: what assess answers for the case, then edited
// (what JS hands back to toICalendar may have been changed).

/** `value` with its markers made into the JS values they stand for. */
export function revive(value, packBytes, api) {
  if (Array.isArray(value)) return value.map((v) => revive(v, packBytes, api));
  if (value === null || typeof value !== "object") return value;
  if ("$undefined" in value) return undefined;
  if ("$nan" in value) return NaN;
  if ("$inf" in value) return value.$inf * Infinity;
  if ("$repeat" in value) return Array.from({ length: value.$repeat[1] }, () => revive(value.$repeat[0], packBytes, api));
  if ("$assessment" in value) {
    const [c, edits] = value.$assessment;
    const a = structuredClone(api.assess(c));
    for (const [path, v] of edits) {
      const keys = path.split(".");
      const last = keys.pop();
      keys.reduce((o, k) => o[k], a)[last] = revive(v, packBytes, api);
    }
    return a;
  }
  if ("$repeat_str" in value) return value.$repeat_str[0].repeat(value.$repeat_str[1]);
  if ("$deep" in value) {
    let v = {};
    for (let i = 0; i < value.$deep; i++) v = { a: v };
    return v;
  }
  if ("$bytes" in value) return new TextEncoder().encode(value.$bytes);
  if ("$pack" in value) {
    const [file, how] = value.$pack;
    const bytes = new Uint8Array(packBytes(file));
    if (how === "truncate") return bytes.slice(0, bytes.length - 3);
    if (how === "flip") {
      bytes[Math.floor(bytes.length / 3)] ^= 0xff;
      return bytes;
    }
    return new Uint8Array([...bytes, 0]);
  }
  // JSON.parse keeps "__proto__" as an own key; so does this copy.
  const out = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: revive(v, packBytes, api), enumerable: true, writable: true, configurable: true });
  return out;
}

/** Runs the catalogue with `api` (the package's exports); returns one line per failure. */
export function runCatalogue(api, catalogue, packBytes) {
  const calls = {
    assess: api.assess,
    assessMany: api.assessMany,
    computeDeadline: api.computeDeadline,
    holidays: api.holidays,
    toICalendar: api.toICalendar,
    summary: api.summary,
    jurisdiction: api.jurisdiction,
    packsFor: api.packsFor,
    loadPack: api.loadPack,
  };
  const failures = [];
  for (const [i, entry] of catalogue.entries()) {
    const at = `#${i} ${entry.call} (${entry.why})`;
    let answer;
    try {
      answer = calls[entry.call](...revive(entry.args, packBytes, api));
    } catch (e) {
      if (e?.name !== "ProtectionPathwaysError") failures.push(`${at}: threw ${e?.name}: ${e?.message}`);
      else if (e.code !== entry.code || e.path !== entry.path) failures.push(`${at}: ${e.code} at "${e.path}", expected ${entry.code} at "${entry.path}" (${e.message})`);
      continue;
    }
    failures.push(`${at}: answered (${JSON.stringify(answer)?.slice(0, 120)}), expected ${entry.code} at "${entry.path}"`);
  }
  // The module still answers.
  try {
    const a = api.assess({ jurisdiction: "AT", asOf: "2026-11-27" });
    if (a.jurisdiction !== "AT") failures.push("after the catalogue: a wrong answer");
  } catch (e) {
    failures.push(`after the catalogue: the module no longer answers (${e?.message})`);
  }
  return failures;
}
