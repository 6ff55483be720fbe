import fc from "fast-check";
import { z } from "zod";

// fast-check arbitraries derived from an operation's zod schemas (through their JSON Schema, the
// form the OpenAPI description publishes): valid values for the happy path, and hostile ones for
// fuzzing (wrong types, boundaries, huge numbers, 1 MB strings, prototype keys, broken JSON text).

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

/** The JSON Schema of what a zod schema accepts as input, with its $defs at the root. */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

export const MEGABYTE_STRING = "x".repeat(1024 * 1024);

/** Values that break naive number, string and object handling, whatever the field. */
export const hostileValues: unknown[] = [
  1e308,
  -1e308,
  -0,
  2 ** 53 + 1,
  -(2 ** 53 + 1),
  Number.MIN_VALUE,
  2_147_483_648,
  -1,
  0,
  0.5,
  "NaN",
  "Infinity",
  "-0",
  "1e308",
  "9007199254740993",
  "",
  " ",
  "\u0000",
  "\ud800",
  "𝕏👍🏽",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "' OR 1=1 --",
  "%00%ff",
  "__proto__",
  "x".repeat(10_000),
  "x".repeat(900_000),
  MEGABYTE_STRING,
  null,
  true,
  [],
  [null],
  {},
  { toString: "x", valueOf: 1 },
  [[[[[[[[[[[]]]]]]]]]]],
];

const hostileValue = fc.constantFrom(...hostileValues);

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace("#/$defs/", "");
  const target = root.$defs?.[name];
  if (!target) throw new Error(`Unresolved ${schema.$ref}`);
  return resolve(target, root);
}

const typesOf = (schema: JsonSchema): string[] => {
  if (schema.const !== undefined) return [typeof schema.const === "number" ? "number" : typeof schema.const];
  if (schema.enum) return [...new Set(schema.enum.map((v) => (v === null ? "null" : typeof v)))];
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type ? [schema.type === "integer" ? "number" : schema.type] : [];
};

/** Values a schema accepts (mostly: zod refinements JSON Schema cannot express are checked by the caller). */
export function validArbitrary(schema: JsonSchema, root: JsonSchema = schema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, root);
  const sub = (child: JsonSchema) => validArbitrary(child, root, depth + 1);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map(sub));
  if (s.allOf) return sub(s.allOf[0]);
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((type) => sub({ ...s, type })));
  switch (s.type) {
    case "string":
      return stringArbitrary(s);
    case "integer": {
      const min = Math.max(s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : (s.minimum ?? -1e6), Number.MIN_SAFE_INTEGER);
      const max = Math.min(s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : (s.maximum ?? 1e6), Number.MAX_SAFE_INTEGER);
      return fc.oneof(fc.integer({ min, max: Math.min(max, min + 100) }), fc.integer({ min, max }));
    }
    case "number": {
      const min = s.exclusiveMinimum ?? s.minimum ?? -1e6;
      const max = s.exclusiveMaximum ?? s.maximum ?? 1e6;
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true, minExcluded: s.exclusiveMinimum !== undefined, maxExcluded: s.exclusiveMaximum !== undefined });
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = s.minItems ?? 0;
      return fc.array(s.items ? sub(s.items) : fc.jsonValue({ maxDepth: 1 }), { minLength, maxLength: Math.min(s.maxItems ?? 3, minLength + (depth > 1 ? 1 : 3)) });
    }
    case "object": {
      if (s.properties) {
        const required = s.required ?? [];
        const record = fc.record(
          Object.fromEntries(Object.entries(s.properties).map(([key, child]) => [key, sub(child)])),
          { requiredKeys: required },
        );
        return record as fc.Arbitrary<unknown>;
      }
      const values = typeof s.additionalProperties === "object" ? sub(s.additionalProperties) : fc.jsonValue({ maxDepth: 1 });
      const keys = s.propertyNames ? stringArbitrary(s.propertyNames) : fc.string({ maxLength: 12 });
      return fc.dictionary(keys as fc.Arbitrary<string>, values, { maxKeys: depth > 1 ? 1 : 3 });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringArbitrary(s: JsonSchema): fc.Arbitrary<string> {
  const minLength = s.minLength ?? 0;
  const maxLength = s.maxLength ?? 1000;
  if (s.format === "email") return fc.emailAddress().filter((e) => e.length <= maxLength);
  if (s.format === "uuid") return fc.uuid({ version: 4 });
  if (s.format === "date-time") return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString());
  if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= minLength && v.length <= maxLength);
  return fc.string({ unit: "grapheme-ascii", minLength, maxLength: Math.min(maxLength, minLength + 24) }).filter((v) => v.trim().length >= minLength);
}

/** Values just outside a schema's own bounds (and of other types), where off-by-one bugs live. */
function boundaryArbitrary(s: JsonSchema): fc.Arbitrary<unknown> {
  const out: unknown[] = [];
  if (s.maxLength !== undefined) out.push("y".repeat(s.maxLength + 1));
  if (s.minLength) out.push("y".repeat(s.minLength - 1), " ".repeat(s.minLength + 1));
  if (s.pattern || s.format || s.enum) out.push("not-a-" + (s.format ?? "match"), "ZZ");
  if (s.const !== undefined) out.push(`${String(s.const)}x`, String(s.const).toUpperCase());
  for (const bound of [s.minimum, s.exclusiveMinimum]) if (bound !== undefined) out.push(bound - 1, bound - 0.5, String(bound));
  for (const bound of [s.maximum, s.exclusiveMaximum]) if (bound !== undefined) out.push(bound + 1, bound + 0.5, String(bound));
  if (s.type === "integer") out.push(1.5, "1", 1e21);
  if (s.maxItems !== undefined) out.push(Array.from({ length: s.maxItems + 1 }, () => 1));
  if (s.minItems) out.push([]);
  return out.length ? fc.constantFrom(...out) : hostileValue;
}

/** A value the schema (at this place) refuses, or at least one that tests its edges: wrong types, bounds, hostile values. */
export function invalidArbitrary(schema: JsonSchema, root: JsonSchema = schema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, root);
  const types = typesOf(s);
  const wrongType = fc.constantFrom<unknown>(...[42, "text", true, null, [1], { a: 1 }].filter((v) => !types.includes(v === null ? "null" : Array.isArray(v) ? "array" : typeof v)));
  const options: fc.Arbitrary<unknown>[] = [wrongType, hostileValue, boundaryArbitrary(s)];
  if (depth < 3 && s.type === "object" && s.properties) options.push(objectWithOneBadProperty(s, root, depth));
  if (depth < 3 && s.type === "array" && s.items) {
    const item = s.items;
    options.push(fc.tuple(validArbitrary(s, root, depth), invalidArbitrary(item, root, depth + 1)).map(([list, bad]) => [...(list as unknown[]), bad]));
  }
  const alternatives = s.anyOf ?? s.oneOf;
  if (depth < 3 && alternatives) options.push(fc.oneof(...alternatives.map((a) => invalidArbitrary(a, root, depth + 1))));
  return fc.oneof(...options);
}

/** A valid object with one property broken: made invalid, deleted when required, or joined by an unknown one. */
function objectWithOneBadProperty(s: JsonSchema, root: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const keys = Object.keys(s.properties ?? {});
  const base = validArbitrary(s, root, depth) as fc.Arbitrary<Record<string, unknown>>;
  const replaced = fc
    .constantFrom(...keys)
    .chain((key) => fc.tuple(base, fc.constant(key), invalidArbitrary(s.properties![key], root, depth + 1)))
    .map(([object, key, bad]) => ({ ...object, [key]: bad }));
  const options: fc.Arbitrary<unknown>[] = [replaced];
  if (s.required?.length) {
    options.push(fc.tuple(base, fc.constantFrom(...s.required)).map(([object, key]) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key))));
  }
  options.push(fc.tuple(base, fc.string({ minLength: 1, maxLength: 12 }), hostileValue).map(([object, key, value]) => ({ ...object, [key]: value })));
  return fc.oneof(...options);
}

export const POLLUTION_MARK = "polluted";

/** Raw JSON text that injects prototype-pollution keys into an object's text, at the top and one level down. */
function withPrototypeKeys(object: Record<string, unknown>): fc.Arbitrary<string> {
  const payloads = [
    `"__proto__":{"${POLLUTION_MARK}":"yes"}`,
    `"constructor":{"prototype":{"${POLLUTION_MARK}":"yes"}}`,
    `"__proto__":{"__proto__":{"${POLLUTION_MARK}":"yes"}}`,
  ];
  const text = JSON.stringify(object);
  const nested = Object.keys(object).map((key) => ({ key, at: text.indexOf(`"${key}":{`) })).filter((n) => n.at >= 0);
  return fc.constantFrom(...payloads).chain((payload) => {
    const top = text === "{}" ? `{${payload}}` : `{${payload},${text.slice(1)}`;
    if (!nested.length) return fc.constant(top);
    return fc.constantFrom(top, ...nested.map(({ key, at }) => {
      const open = at + key.length + 4;
      const inner = text[open] === "}" ? payload : `${payload},`;
      return text.slice(0, open) + inner + text.slice(open);
    }));
  });
}

/** Raw JSON text that repeats one of an object's keys with a hostile value given as JSON text, before or after the valid one. */
function withDuplicateKey(object: Record<string, unknown>, hostileText: string, hostileAt: "first" | "last"): fc.Arbitrary<string> {
  const keys = Object.keys(object);
  if (!keys.length) return fc.constant(hostileAt === "last" ? `{"a":1,"a":${hostileText}}` : `{"a":${hostileText},"a":1}`);
  return fc.constantFrom(...keys).map((key) => {
    const text = JSON.stringify(object);
    const dup = `"${key}":${hostileText}`;
    return hostileAt === "first" ? `{${dup},${text.slice(1)}` : `${text.slice(0, -1)},${dup}}`;
  });
}

/** JSON text nested deeper than any recursive walker's stack. */
export const DEEPLY_NESTED_JSON = "[".repeat(200_000) + "]".repeat(200_000);

const brokenJson = fc.oneof(
  fc.constantFrom("{", "[1,", "{'a':1}", '{"a":1,}', "NaN", "undefined", '{"a":01}', '{"a":1e999999}', "\uFEFF{}", '"\\ud800"', "{}}", "[]", "null", "0", '"text"', '{"a":"\\u0000"}', DEEPLY_NESTED_JSON),
  fc.string({ maxLength: 40 }),
);

export type FuzzedBody = { rawBody: string; contentType: string };

const json = (text: string): FuzzedBody => ({ rawBody: text, contentType: "application/json" });
const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
const hostileText = fc.oneof({ weight: 9, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? "null") }, { weight: 1, arbitrary: fc.constant(DEEPLY_NESTED_JSON) });

/** Bodies a JSON operation must refuse (mostly; the caller checks against the schema): invalid values, also behind prototype or duplicate keys, broken JSON, wrong content types. */
export function fuzzedBodies(schema: JsonSchema): fc.Arbitrary<FuzzedBody> {
  const invalid = invalidArbitrary(schema);
  return fc.oneof(
    { weight: 6, arbitrary: invalid.map((value) => json(JSON.stringify(value) ?? "null")) },
    { weight: 1, arbitrary: invalid.filter(isPlainObject).chain(withPrototypeKeys).map(json) },
    { weight: 1, arbitrary: fc.tuple(validArbitrary(schema).filter(isPlainObject), hostileText).chain(([object, text]) => withDuplicateKey(object, text, "last")).map(json) },
    { weight: 1, arbitrary: brokenJson.map(json) },
    {
      weight: 1,
      arbitrary: fc.tuple(invalid, fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "")).map(
        ([value, contentType]) => ({ rawBody: contentType.startsWith("application/x-www") ? "a=1&__proto__[polluted]=yes" : (JSON.stringify(value) ?? ""), contentType }),
      ),
    },
  );
}

/** Bodies the schema accepts that smuggle something in: prototype keys, unknown fields, a hostile first copy of a duplicated key. */
export function smuggledBodies(schema: JsonSchema): fc.Arbitrary<FuzzedBody> {
  const valid = validArbitrary(schema).filter(isPlainObject);
  return fc.oneof(
    valid.chain(withPrototypeKeys).map(json),
    fc.tuple(valid, fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), hostileValue, { minKeys: 1, maxKeys: 3 })).map(([object, extra]) => json(JSON.stringify({ ...extra, ...object }))),
    fc.tuple(valid, hostileText).chain(([object, text]) => withDuplicateKey(object, text, "first")).map(json),
  );
}

const hostileQueryStrings = ["", " ", "abc", "-1", "0", "1.5", "1e308", "NaN", "Infinity", "-0", "9007199254740993", "1000001", "0x10", "1,2", "%00", "__proto__", "𝕏", "x".repeat(5000), MEGABYTE_STRING];

/** Query parameters (or path segments) as strings: each from the schema's valid values or a hostile string, plus extra and prototype keys. */
export function fuzzedStringRecord(schema: JsonSchema | null): fc.Arbitrary<[string, string][]> {
  const properties = schema?.properties ?? {};
  const hostile = fc.oneof(fc.constantFrom(...hostileQueryStrings), fc.string({ maxLength: 20 }));
  const entries = Object.entries(properties).map(([key, child]) =>
    fc.oneof(
      validArbitrary(child, schema!).map((v) => [[key, String(v)]] as [string, string][]),
      invalidArbitrary(child, schema!).map((v) => [[key, typeof v === "string" ? v : JSON.stringify(v) ?? ""]] as [string, string][]),
      hostile.map((v) => [[key, v]] as [string, string][]),
      fc.tuple(hostile, hostile).map(([a, b]) => [[key, a], [key, b]] as [string, string][]),
      fc.constant([] as [string, string][]),
    ),
  );
  const extra = fc.array(fc.tuple(fc.constantFrom("__proto__", "constructor", "__proto__[polluted]", "constructor[prototype][polluted]", "role", "limit", "page"), hostile), { maxLength: 2 });
  return fc.tuple(fc.tuple(...entries), extra).map(([picked, more]) => [...picked.flat(), ...more]);
}
