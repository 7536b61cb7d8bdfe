// What the claim form says under a figure's number fields: how this article's numbers are read (the article's
// language decides "1,500", number-input.ts), and, once such a number is typed, how it will be saved.
import { commaMeaningOf, pendingNumberInput, resolveNumberInput } from "./number-input";

const NAMES: Record<string, string> = { en: "English", fr: "French", es: "Spanish" };

/** The hint under a number field holding `text`, for a claim on an article in `language` (null: unknown). */
export function numberInputHint(text: string, language: string | null | undefined): string {
  const meaning = commaMeaningOf(language);
  const name = language ? NAMES[language] : undefined;
  if (!meaning || !name) return "Such as 12000000 or 12.5; 12 000, 12,5 and ١٢٫٥ are read too.";
  const pending = text.trim() === "" ? null : pendingNumberInput(text);
  const read = pending ? resolveNumberInput(pending, language) : null;
  // Only what the article's language decides is worth saying back: "1,500" is 1500 here, 1.5 there; "4.500" too.
  if (pending && read?.ok) {
    const groups = read.value === pending.thousands;
    const mark = pending.mark === "," ? "a comma" : "a dot";
    return `Read as ${read.value}: in ${name} ${mark} ${groups ? "groups thousands" : "marks decimals"}.`;
  }
  return meaning === "thousands"
    ? `Such as 12000000 or 12.5; in this ${name} article 1,500 is read as 1500.`
    : `Such as 12000000 or 12,5; in this ${name} article a comma marks decimals and a dot groups thousands: 1,500 is 1.5 and 4.500 is 4500.`;
}
