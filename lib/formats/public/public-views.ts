// What the public renderers take: plain values from the public read (lib/data/publications/public-read.ts)
// plus the absolute addresses, so lib/formats stays free of the database and of requests.
import type { PublishedFactCheck } from "@/lib/schemas/publication";

export interface PublicPublisherView {
  slug: string;
  name: string;
  /** Only an http(s) address (checked by the caller), shown as the masthead's logo. */
  logoUrl: string | null;
}

export interface PublicFactCheckView {
  id: string;
  publisher: PublicPublisherView;
  factCheck: PublishedFactCheck;
  publishedAt: Date;
  lastPublishedAt: Date;
  underReview: boolean;
  corrections: { at: Date; text: string }[];
}
