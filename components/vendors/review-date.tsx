import { formatDate } from "@/lib/format";

/** The next review date; overdue ones stand out. */
export function ReviewDate({ date, now = new Date() }: { date: Date | string; now?: Date }) {
  const overdue = new Date(date).getTime() < now.getTime();
  return overdue ? (
    <span className="font-medium text-red-700">
      {formatDate(date)} <span className="ml-1 rounded bg-red-100 px-1.5 py-0.5 text-xs">Overdue</span>
    </span>
  ) : (
    <span>{formatDate(date)}</span>
  );
}
