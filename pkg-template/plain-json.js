// assess() and assessMany() send a plain case as one JSON text: measured several times cheaper
// than reading it across the wasm boundary property by property (README › Measured). Anything
// JSON.stringify would change — a function, a Symbol, a BigInt, a Date or other class instance,
// a boxed value, a toJSON method, undefined or a hole in a list, a number that is not a whole
// number (the engine reads those the exact way), a lone
// surrogate, a cycle, a getter that throws — makes plainJson return undefined, and the value
// goes the exact way, which names the problem with its code and field.
const FALLBACK = Symbol("not plain");
const wellFormed = typeof String.prototype.isWellFormed === "function" ? (s) => s.isWellFormed() : (s) => !/[\ud800-\udfff]/.test(s);

function check(key, value) {
  const original = this[key];
  switch (typeof original) {
    case "string":
      if (!wellFormed(original)) throw FALLBACK;
      return value;
    case "number":
      // Whole numbers only: the engine's JSON reader carries no float parser (size).
      if (!Number.isSafeInteger(original)) throw FALLBACK;
      return value;
    case "boolean":
      return value;
    case "undefined":
      if (Array.isArray(this) || key === "") throw FALLBACK;
      return value;
    case "object": {
      if (original === null || Array.isArray(original)) return value;
      const proto = Object.getPrototypeOf(original);
      if ((proto !== Object.prototype && proto !== null) || typeof original.toJSON === "function") throw FALLBACK;
      return value;
    }
    default:
      throw FALLBACK;
  }
}

/** The JSON text of a plain value, or undefined when it must go the exact way. */
export function plainJson(value) {
  try {
    return JSON.stringify(value, check);
  } catch {
    return undefined;
  }
}

/** assess and assessMany over `engine`'s exports, sending plain input as JSON. */
export function fastInput(engine) {
  return {
    assess(c, options) {
      const text = plainJson(c);
      return text === undefined ? engine.assess(c, options) : engine.assessJson(text, options);
    },
    assessMany(cases, options) {
      let text;
      try {
        text = Array.isArray(cases) ? plainJson(cases) : undefined;
      } catch {
        text = undefined; // a revoked Proxy: the exact way says so
      }
      return text === undefined ? engine.assessMany(cases, options) : engine.assessManyJson(text, options);
    },
  };
}
