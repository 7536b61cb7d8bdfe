// Phone numbers written the international or the North American way are no figures, in any language:
// "+971 4 123 4567", "+33 1 23 45 67 89", "+1 (202) 555-0143", "(202) 555-0143". Each parser asks here at the first
// digit of a number; what is found is skipped whole, so no group of it is read as a count. (Each parser also knows
// its country's own national forms: "0345 404 0506", "01 40 07 60 60", "915 123 456".)

const D = "[0-9\u0660-\u0669\u06f0-\u06f9]";
const SEP = "[ \u00a0\u202f.\\-]";
// After "+": the country code, then two groups or more, each of 1–5 digits, optionally in brackets.
const INTERNATIONAL = new RegExp(`\\+${D}{1,4}(?:${SEP}\\(?${D}{1,5}\\)?){2,}(?!${D})`, "y");
// An area code in brackets, then two groups or more: "(202) 555-0143", "(202) 555 0143".
const AREA_CODE = new RegExp(`\\(${D}{2,5}\\)${SEP}?${D}{2,5}(?:${SEP}${D}{2,5})+(?!${D})`, "y");
const DIGIT = new RegExp(D, "g");
// What follows the first group when it is grouped in threes like thousands: " 500 000", ".123.456".
const THOUSANDS_TAIL = new RegExp(`^[+(]${D}{1,5}\\)?(?:[ \u00a0\u202f.]${D}{3})+$`);

/**
 * The end of the phone number whose first digit is at `pos` (after its "+" or "("), or -1. "+1 200 000" is a
 * change of 1.2 million and "(2011) 500 000" a year before a number, not phone numbers: groups of exactly three
 * digits make a phone number only from eleven digits on ("+34 915 123 456").
 */
export function phoneNumberEnd(text: string, pos: number): number {
  const before = text[pos - 1];
  if (before !== "+" && before !== "(") return -1;
  const re = before === "+" ? INTERNATIONAL : AREA_CODE;
  re.lastIndex = pos - 1;
  const m = re.exec(text);
  if (!m) return -1;
  const digits = m[0].match(DIGIT)?.length ?? 0;
  const least = THOUSANDS_TAIL.test(m[0]) ? 11 : before === "+" ? 7 : 9;
  if (digits < least) return -1;
  return pos - 1 + m[0].length;
}
