import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** What any caller may see of a user. */
export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

export type UserDto = Prisma.UserGetPayload<{ select: typeof userSelect }>;
