import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sql } from "./helpers";


describe("AuditEvent is append-only in the database", () => {
  it("accepts inserts", async () => {
    const row = await db.auditEvent.create({ data: { action: "test.insert", entity: "Test", entityId: "t1" } });
    expect(row.id).toBeTruthy();
  });

  it.each([
    ["UPDATE", `UPDATE "AuditEvent" SET action = 'tampered' WHERE id = $1`],
    ["DELETE", `DELETE FROM "AuditEvent" WHERE id = $1`],
  ])("refuses a direct SQL %s", async (op, statement) => {
    const row = await db.auditEvent.create({ data: { action: "test.keep", entity: "Test", entityId: "t2" } });
    await expect(sql(statement, [row.id])).rejects.toThrow(`AuditEvent is append-only: ${op} is not allowed`);
    const after = await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.action).toBe("test.keep");
  });

  it("refuses TRUNCATE", async () => {
    const count = await db.auditEvent.count();
    await expect(sql(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await db.auditEvent.count()).toBeGreaterThanOrEqual(count);
  });

  it("refuses updates through Prisma too", async () => {
    const row = await db.auditEvent.create({ data: { action: "test.prisma", entity: "Test", entityId: "t3" } });
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "x" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow();
  });
});
