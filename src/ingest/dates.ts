/** Dates as the JSON and XML sources write them: ISO 8601 ("2024-03-28", "2024-03-28T17:59:58Z"). */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Year, month and day of an ISO date at the start of `text`, or undefined when there is none. */
export function parseIsoDate(text: string | undefined): { year: number; month: number; day: number } | undefined {
  const match = ISO_DATE.exec(text ?? "");
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}
