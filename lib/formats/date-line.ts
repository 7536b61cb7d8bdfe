// Recognises a line that states nothing but a publication date ("03 Aug, 2017",
// "Wednesday, July 13, 2016", "Published: 2016-07-13 10:30 GMT") and turns it into an
// ISO calendar date. Parsing is done by hand rather than with `Date` so that the
// result never shifts by a day with the server's time zone.

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const PREFIX = String.raw`(?:(?:published|posted|updated|last\s+updated|date)(?:\s+on)?\s*:?\s*)?`;
const TIME = String.raw`(?:\s*(?:,|\||-|–|—|at)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,5}\)?)?)?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

const MONTH_FIRST = new RegExp(String.raw`^${PREFIX}${WEEKDAY}${MONTH}\s+(\d{1,2})${ORDINAL},?\s+(\d{4})${TIME}$`, "i");
const DAY_FIRST = new RegExp(String.raw`^${PREFIX}${WEEKDAY}(\d{1,2})${ORDINAL}\s+${MONTH},?\s+(\d{4})${TIME}$`, "i");
const ISO = new RegExp(String.raw`^${PREFIX}(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`, "i");

function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()];
}

function toIso(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** ISO `yyyy-mm-dd` when the whole (trimmed) line is a date, otherwise undefined. */
export function parseDateLine(line: string): string | undefined {
  const text = line.replace(/[\s\u00A0]+/g, " ").trim();
  if (text.length === 0 || text.length > 80) return undefined;

  let m = MONTH_FIRST.exec(text);
  if (m) return toIso(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return toIso(Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1]));
  m = ISO.exec(text);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}
