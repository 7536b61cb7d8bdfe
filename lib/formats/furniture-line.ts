// Site furniture: navigation, share buttons, comment prompts, feed footers and the like.
// Every pattern is anchored at both ends so that it only ever matches a whole line; the
// same words inside a sentence ("leave a comment below if ...") are prose and stay.

const FURNITURE: RegExp[] = [
  /^(site\s+)?logo(\s+(wide|small|large|dark|light|white|black|mobile|icon|image))?$/i,
  /^(leave\s+a\s+(comment|reply)|post\s+a\s+comment|add\s+(a\s+)?comment|(show|view|load\s+more)\s+comments|comments)$/i,
  /^(helpful|related)\s+keywords\s*:?$/i,
  /^(related|related\s+(articles?|posts?|stories|news|content|topics)|read\s+(more|also|next)|see\s+also|you\s+may\s+also\s+like|recommended(\s+for\s+you)?|trending(\s+now)?|most\s+(read|popular)|popular\s+posts)\s*:?$/i,
  /^(skip\s+to\s+(main\s+)?content|toggle\s+navigation|menu|search|home|loading(\.\.\.|…)?|subscribe|sign\s+up|log\s*in|sign\s+in|close|(back|scroll)\s+to\s+top)$/i,
  /^(tags|filed\s+under)\s*:.{0,150}$/i,
  /^sources?\s*:?$/i,
  /^(©|\(c\)|copyright\s+©).{0,120}$/i,
  /^all\s+rights\s+reserved\.?$/i,
  // Language switchers: "Language / اللغة العربية", "Languages: English | Français".
  /^languages?\s*[/:|]\s*.{1,60}$/i,
];

// Share buttons' labels, on a line of their own.
const SHARE = /^(share|share\s+(this|this\s+(article|story|post|page)|on\s+\w+|via\s+\w+)|like\s+this|follow\s+us(\s+on\s+\w+)?|tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|telegram|pinterest|partager|compartir|مشاركة)\s*:?$/i;

// An ad's label, or a sponsored line: "Advertisement", "Sponsored: Compare the best ...", "Paid content by X".
// The line must start so: a sentence about sponsorship ("Sponsored content is rising, ...") has no colon there.
const AD = [
  /^(advertisement|advertising|ad|sponsored(\s+content)?|publicité|publicidad|anuncio|إعلان)$/i,
  /^(sponsored|paid\s+(post|content)|partner\s+content|promoted)(\s+by\s+[^:|]{1,60})?\s*[:|]\s*.{1,150}$/i,
  /^(sponsored|paid\s+for|presented)\s+by\s+[^.!?]{1,60}$/i,
];

// WordPress feed footer: "The post <title> appeared first on <site>." Only trusted among the
// last lines, since "The post office appeared first on ..." is a possible sentence.
const FEED_FOOTER = /^the\s+post\s+.+\s+appeared\s+first\s+on\s+.+$/i;

const READING_TIME = /^\d{1,3}\s*-?\s*(min|mins|minute|minutes)\.?\s+read$/i;

// Copy-protection plugins print an "error:" line; the Arabic words mean "copying" / "forbidden".
const COPY_PROTECTION = /^(error|alert|warning|notice)\s*:\s*.{0,100}$/i;
const COPY_WORDS = /(copy|copying|protected|right[\s-]?click|النسخ|ممنوع|محمي)/i;

const BYLINE = /^(?:(?:written|posted|reported|words|story|text)\s+)?by\s*:?\s+(.+)$/i;
const NAME_CONNECTOR = /^(and|&|de|da|del|der|den|van|von|la|le|el|al|bin|ibn|bint)$/i;

function bylineAuthor(text: string): string | undefined {
  const m = BYLINE.exec(text);
  const name = m?.[1]?.trim();
  if (!name || name.length > 60 || /[;!?:]$/.test(name)) return undefined;
  const words = name.split(/\s+/);
  if (words.length > 6) return undefined;
  // "By the end of 2014" is prose; a byline is a run of capitalised names or initials.
  const looksLikeName = words.every(
    (w) => NAME_CONNECTOR.test(w) || /^\p{Lu}[\p{L}\p{M}'’.-]*,?$/u.test(w) || /^\p{Lu}\.$/u.test(w),
  );
  return looksLikeName ? name.replace(/,$/, "") : undefined;
}

export type FurnitureMatch =
  | { kind: "furniture"; readingTime?: string }
  | { kind: "ad" | "share" }
  | { kind: "byline"; author: string };

/** Classifies a whole line as site furniture; `atEnd` when it is among the last lines of text. */
export function matchFurniture(line: string, atEnd: boolean): Exclude<FurnitureMatch, { kind: "byline" }> | undefined {
  const text = line.replace(/[\s\u00A0]+/g, " ").trim();
  if (text === "") return undefined;
  if (READING_TIME.test(text)) return { kind: "furniture", readingTime: text };
  if (AD.some((re) => re.test(text))) return { kind: "ad" };
  if (SHARE.test(text)) return { kind: "share" };
  if (FURNITURE.some((re) => re.test(text))) return { kind: "furniture" };
  if (atEnd && FEED_FOOTER.test(text)) return { kind: "furniture" };
  if (COPY_PROTECTION.test(text) && COPY_WORDS.test(text)) return { kind: "furniture" };
  return undefined;
}

/** A byline ("Written by Editorial Board", "By Jane Doe"); only trusted near the top or end. */
export function matchByline(line: string): { kind: "byline"; author: string } | undefined {
  const text = line.replace(/[\s\u00A0]+/g, " ").trim();
  const author = bylineAuthor(text);
  return author ? { kind: "byline", author } : undefined;
}
