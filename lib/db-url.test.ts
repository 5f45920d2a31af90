import { describe, expect, it } from "vitest";
import { isLocalDatabaseUrl, pgConfigFromUrl, withDatabase } from "./db-url";

describe("database URLs", () => {
  it("splits a URL into pg fields, decoding credentials", () => {
    expect(pgConfigFromUrl("postgresql://app%40x:p%2Fw@db.example:6543/vendors")).toEqual({
      host: "db.example",
      port: 6543,
      user: "app@x",
      password: "p/w",
      database: "vendors",
    });
  });

  it("fills defaults", () => {
    expect(pgConfigFromUrl("postgres://127.0.0.1")).toMatchObject({ port: 5432, user: "postgres", database: "postgres" });
  });

  it("refuses other protocols", () => {
    expect(() => pgConfigFromUrl("mysql://localhost/x")).toThrow(/Not a PostgreSQL URL/);
  });

  it.each([
    ["postgresql://postgres@127.0.0.1:5432/x", true],
    ["postgresql://postgres@localhost/x", true],
    ["postgresql://postgres@[::1]:5432/x", true],
    ["postgresql://postgres@10.0.0.5:5432/x", false],
    ["postgresql://u:p@prod-db.example.com/x", false],
  ])("%s is local: %s", (url, local) => {
    expect(isLocalDatabaseUrl(url)).toBe(local);
  });

  it("swaps the database name", () => {
    expect(withDatabase("postgresql://postgres@127.0.0.1:5432/postgres", "t_1")).toBe("postgresql://postgres@127.0.0.1:5432/t_1");
  });
});
