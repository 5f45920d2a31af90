// The Prisma CLI's adapter, with two workarounds for @prisma/adapter-pg 6.19.3 (CLI only; the
// app's runtime needs neither):
// 1. It cannot deserialize Postgres `name` (OID 19) and `char` (OID 18) columns, which the schema
//    engine's catalogue queries return: read them as text.
// 2. Its executeScript splits migrations on every ";", which breaks function bodies ($$ … $$):
//    send the whole script as one simple-protocol query instead.
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Pool } from "pg";

const require = createRequire(import.meta.url);
const Result = require("pg/lib/result.js") as {
  prototype: { addFields(fields: { dataTypeID: number }[]): void };
};
const addFields = Result.prototype.addFields;
Result.prototype.addFields = function (fields) {
  for (const field of fields) {
    if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
  }
  return addFields.call(this, fields);
};

type Adapter = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): Pool;
  onError(error: unknown): never;
};

function wholeScripts<T>(adapter: T): T {
  const a = adapter as unknown as Adapter;
  a.executeScript = async (script) => {
    try {
      await a.underlyingDriver().query(script);
    } catch (error) {
      a.onError(error);
    }
  };
  return adapter;
}

export class CliPrismaPg extends PrismaPg {
  async connect() {
    return wholeScripts(await super.connect());
  }
  async connectToShadowDb() {
    return wholeScripts(await super.connectToShadowDb());
  }
}
