import "server-only";

/** The one row of the Organization table (a CHECK constraint allows no other id). */
export const ORGANIZATION_ID = "default";
