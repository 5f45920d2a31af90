/** The message of a react-hook-form error at a dotted path ("products.0.name"), if any. */
export function errorAt(errors: object, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { message?: string } | undefined)?.message;
}
