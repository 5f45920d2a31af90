import "server-only";
import { notFound } from "next/navigation";
import { AppError, isDatabaseUnavailable, isUnstorableTextError } from "@/lib/errors";

/**
 * For pages: a domain NOT_FOUND renders the 404 page, and so does an id PostgreSQL refuses to even
 * compare (a NUL from /vendors/a%00b): no row can have it. Anything else propagates.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if ((error instanceof AppError && error.code === "NOT_FOUND") || isUnstorableTextError(error)) notFound();
    throw error;
  }
}

/**
 * For layouts and pages: null when the database cannot be reached, so the caller renders
 * <ServiceUnavailable/> on the server instead of the generic error page. Anything else propagates
 * (redirects and 404s included).
 */
export async function orUnavailable<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}
