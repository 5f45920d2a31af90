import type { Role } from "@/generated/prisma/enums";

/** Seeded only by `npm run db:seed` / `npm run demo`; never in production unless explicitly allowed. */
export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@example.com", name: "Alex Admin", role: "ADMIN" },
  { email: "analyst@example.com", name: "Priya Natarajan", role: "ANALYST" },
  { email: "ciso@example.com", name: "Morgan Okafor", role: "REVIEWER" },
  { email: "viewer@example.com", name: "Sam Lindqvist", role: "VIEWER" },
];
