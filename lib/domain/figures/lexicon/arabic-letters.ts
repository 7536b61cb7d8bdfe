// Arabic spelling variation, one home for it: the Arabic lexicon (ar.ts) and the cross-language concept table
// (../concepts.ts) both match words after this normalisation, and neither may import the other's tables.

/** Drops vowel marks and tatweel, unifies alif forms, yeh and teh marbuta: "ألفًا" and "الفا" read the same. */
export function normalizeArabic(word: string): string {
  return word
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه");
}
