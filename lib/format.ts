// Dates as people read them, in UTC, from one fixed table: Node's and the browser's ICU disagree on
// some abbreviations (en-GB "Sep" or "Sept"), and the server and the page must print the same text.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const two = (n: number) => String(n).padStart(2, "0");

/** "17 Sep 2026" (UTC). */
export function formatDate(value: Date | string): string {
  const d = new Date(value);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "17 Sep 2026, 09:30 UTC". */
export function formatDateTime(value: Date | string): string {
  const d = new Date(value);
  return `${formatDate(d)}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;
}
