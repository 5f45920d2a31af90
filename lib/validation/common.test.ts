import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { findUnstorableText, INVALID_CHARACTER_MESSAGE, NUL_MESSAGE, optionalText, storableString, storableText, unstorableText, wellFormedByLoop } from "./common";

const NUL = NUL_MESSAGE;
const BAD = INVALID_CHARACTER_MESSAGE;

describe("unstorableText", () => {
  it.each<[string, string, string | null]>([
    ["plain text", "Helixon AI", null],
    ["empty text", "", null],
    ["tabs, newlines and other scripts", "Zeile 1\n\tline 2 · 東京 · مرحبا", null],
    ["an emoji (a well-formed surrogate pair)", "Rated 👍 by the CISO", null],
    ["a flag (two pairs)", "🇩🇪", null],
    ["U+FFFD, the replacement character itself", "a\uFFFDb", null],
    ["NUL at the start", "\u0000abc", NUL],
    ["NUL in the middle", "ab\u0000c", NUL],
    ["NUL at the end", "abc\u0000", NUL],
    ["NUL alone", "\u0000", NUL],
    ["a lone high surrogate at the end", "abc\uD800", BAD],
    ["a lone high surrogate before a letter", "a\uDBFFb", BAD],
    ["a lone low surrogate", "a\uDC00b", BAD],
    ["a lone low surrogate at the start", "\uDFFFabc", BAD],
    ["a reversed pair (low, then high)", "\uDC00\uD800", BAD],
    ["two high surrogates", "\uD83D\uD83D", BAD],
    ["half of an emoji", "👍".slice(0, 1), BAD],
    ["NUL and a lone surrogate (NUL is named first)", "\uD800\u0000", NUL],
  ])("%s → %s", (_label, value, expected) => {
    expect(unstorableText(value)).toBe(expected);
    expect(wellFormedByLoop(value)).toBe(value.isWellFormed());
  });
});

describe("storableString", () => {
  const schema = z.object({ name: storableString().trim().min(2, "Enter a name.").max(20) });

  it.each([["Helixon"], ["  Helixon  "], ["Café 😀"]])("accepts %j", (name) => {
    expect(schema.safeParse({ name }).success).toBe(true);
  });

  it.each([
    ["\u0000Helixon", NUL],
    ["Heli\u0000xon", NUL],
    ["Helixon\u0000", NUL],
    ["Helixon\uD800", BAD],
    ["\uDC00Helixon", BAD],
    ["Heli\uDC00\uD800xon", BAD],
  ])("refuses %j on its field", (name, message) => {
    expect(schema.safeParse({ name }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["name", message]]);
  });

  it("carries the rule into optionalText and keeps a union's path", () => {
    expect(optionalText(10).safeParse("a\u0000").error?.issues[0]?.message).toBe(NUL);
    const value = z.object({ value: z.union([storableString(), z.array(storableString()), z.number()]) });
    expect(value.safeParse({ value: "x\uD800" }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["value", BAD]]);
    expect(value.safeParse({ value: ["ok", "x\u0000"] }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["value.1", NUL]]);
  });
});

describe("findUnstorableText", () => {
  it.each<[unknown, (string | number)[] | null]>([
    [{ id: "abc", list: ["a", 1, null] }, null],
    [{ id: "a\u0000b" }, ["id"]],
    [{ slug: ["ok", "x\uDC00"] }, ["slug", 1]],
    [{ "k\u0000": "v" }, ["k\u0000"]],
    ["\uD800", []],
  ])("%j → %j", (value, path) => {
    expect(findUnstorableText(value)?.path ?? null).toEqual(path);
  });
});

// Every string any input schema accepts must go through storableText: a new schema built on a bare
// z.string() fails here. Formats whose own pattern admits only ASCII digits (dates) need no check,
// and what comes out of a pipe was checked on its way in.
const PATTERN_ONLY_FORMATS = new Set(["date", "datetime", "time"]);

type Def = { type: string; checks?: unknown[]; format?: string } & Record<string, unknown>;

function walk(schema: z.core.$ZodType, at: string, inherited: boolean, seen: Set<unknown>): { unchecked: string[]; checked: boolean } {
  if (seen.has(schema)) return { unchecked: [], checked: false };
  seen.add(schema);
  const def = schema._zod.def as unknown as Def;
  const all = (children: [string, z.core.$ZodType][], inherit = inherited) => {
    const results = children.map(([key, child]) => walk(child, key ? (at ? `${at}.${key}` : key) : at, inherit, seen));
    return { unchecked: results.flatMap((r) => r.unchecked), checked: results.some((r) => r.checked) };
  };
  switch (def.type) {
    case "string": {
      const checked = inherited || !!def.checks?.includes(storableText) || (!!def.format && PATTERN_ONLY_FORMATS.has(def.format));
      return { unchecked: checked ? [] : [at || "(root)"], checked };
    }
    case "object":
      return all(Object.entries(def.shape as Record<string, z.core.$ZodType>));
    case "array":
      return all([["[]", def.element as z.core.$ZodType]]);
    case "union":
      return all((def.options as z.core.$ZodType[]).map((o, i) => [`|${i}`, o]));
    case "intersection":
      return all([["", def.left as z.core.$ZodType], ["", def.right as z.core.$ZodType]]);
    case "record":
      return all([["{key}", def.keyType as z.core.$ZodType], ["{}", def.valueType as z.core.$ZodType]]);
    case "tuple":
      return all([...(def.items as z.core.$ZodType[]).map((s, i): [string, z.core.$ZodType] => [String(i), s]), ...(def.rest ? [["[]", def.rest] as [string, z.core.$ZodType]] : [])]);
    case "lazy":
      return all([["", (def.getter as () => z.core.$ZodType)()]]);
    case "pipe": {
      const input = walk(def.in as z.core.$ZodType, at, inherited, seen);
      const output = walk(def.out as z.core.$ZodType, at, inherited || input.checked, seen);
      return { unchecked: [...input.unchecked, ...output.unchecked], checked: input.checked || output.checked };
    }
    default:
      if (def.innerType) return all([["", def.innerType as z.core.$ZodType]]);
      return { unchecked: [], checked: false };
  }
}

describe("every input schema in lib/validation", async () => {
  const dir = path.resolve("lib/validation");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "common.ts");
  const schemas: [string, z.core.$ZodType][] = [];
  for (const file of files) {
    const exports = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (value instanceof z.ZodType) schemas.push([`${file}:${name}`, value]);
      else if (value && typeof value === "object" && Object.values(value).some((v) => v instanceof z.ZodType)) {
        for (const [key, v] of Object.entries(value)) if (v instanceof z.ZodType) schemas.push([`${file}:${name}.${key}`, v]);
      }
    }
  }

  it("the walk notices a bare z.string() (and trusts a pipe fed by a checked one)", () => {
    const probe = z.object({ a: z.string(), b: z.array(z.url()).optional(), c: storableString().pipe(z.url()), d: z.iso.date(), e: z.union([z.number(), z.email()]) });
    expect(walk(probe, "", false, new Set()).unchecked).toEqual(["a", "b.[]", "e.|1"]);
  });

  it("are found (every file, dozens of schemas)", () => {
    expect(new Set(schemas.map(([name]) => name.split(":")[0])).size).toBe(files.length);
    expect(schemas.length).toBeGreaterThan(40);
  });

  it.each(schemas)("%s refuses NUL and lone surrogates in every string", (_name, schema) => {
    expect(walk(schema, "", false, new Set()).unchecked).toEqual([]);
  });
});
