// Two short briefs written for the demo, not published articles, and saying so in their own language, like the
// reader's letter (demo-content.ts). The corpus is English, and figure conflicts across languages need figures in
// other languages for the same quantities:
// - the Arabic brief's "١٠ ملايين شخص" in 2014 conflicts with article 000's "around 12 million people" (the
//   example of issue 13) and agrees with the reader's letter's 10 million;
// - the French brief's "12 % de son territoire" at mid-2016 agrees with article 004's "12 percent of their
//   territory", which a reader of that blog disputes.
// Their claims' statements are in the brief's language and name the year, which is what pairs a claim with one
// in another language (lib/domain/same-quantity.ts, rule 2b).
import type { DemoClaim } from "./demo-content";

export interface DemoWrittenText {
  key: string;
  title: string;
  publisher: string;
  publishedNote: string;
  language: string;
  body: string;
}

const NOTE = "Not published: written for the Claimbench demo workspace";

export const DEMO_BRIEF_AR: DemoWrittenText = {
  key: "brief-ar",
  title: "موجز للمكتب: كم شخصا حكم التنظيم؟",
  publisher: "Claimbench demo desk",
  publishedNote: NOTE,
  language: "ar",
  body: [
    "موجز للمكتب: كم شخصا حكم التنظيم؟",
    "",
    "كُتب هذا الموجز لمساحة العمل التجريبية في Claimbench، وهو ليس مقالا منشورا.",
    "",
    "تقدّر مصادر محلية في دير الزور أن ١٠ ملايين شخص كانوا يعيشون تحت حكم التنظيم في ذروته عام 2014، وهو رقم أقل مما تذكره مقالات أخرى.",
    "",
    "وتقول المصادر نفسها إن التنظيم أعدم أكثر من ٢٠٠ شخص في المنطقة خلال عام 2015.",
  ].join("\n"),
};

export const DEMO_BRIEF_FR: DemoWrittenText = {
  key: "brief-fr",
  title: "Note à la rédaction : quelle part de son territoire l’EI avait-il perdue ?",
  publisher: "Claimbench demo desk",
  publishedNote: NOTE,
  language: "fr",
  body: [
    "Note à la rédaction : quelle part de son territoire l’EI avait-il perdue ?",
    "",
    "Cette note a été écrite pour l’espace de démonstration de Claimbench ; ce n’est pas un article publié.",
    "",
    "Selon les estimations reprises par plusieurs médias, les avancées irakiennes et kurdes avaient coûté à l’EI 12\u202f% de son territoire à la mi-2016.",
    "",
    "La même année, environ 3\u202f000 combattants étrangers auraient quitté ses rangs.",
  ].join("\n"),
};

export const DEMO_BRIEFS = [DEMO_BRIEF_AR, DEMO_BRIEF_FR];

export const DEMO_BRIEF_CLAIMS: DemoClaim[] = [
  // Read by the Arabic figure detector from the quote, as a reviewer clicking the suggestion gets it.
  { key: "brief-ar-population", article: "brief-ar", quote: "١٠ ملايين شخص", statement: "كان ١٠ ملايين شخص يعيشون تحت حكم التنظيم في ذروته عام 2014", claimant: "مصادر محلية في دير الزور (موجز تجريبي)", tags: ["population"], by: "reviewer1", figure: "detected" },
  // The French figures are given as a reviewer would type them.
  { key: "brief-fr-territory", article: "brief-fr", quote: "12\u202f% de son territoire", statement: "Les avancées irakiennes et kurdes ont coûté à l’EI 12 % de son territoire à la mi-2016", claimant: "Estimations reprises par plusieurs médias (note de démonstration)", tags: ["territory"], by: "reviewer2", figure: { value: 12, unit: "percent", qualifier: null, counted: "territoire" } },
  { key: "brief-fr-foreign-fighters", article: "brief-fr", quote: "environ 3\u202f000 combattants étrangers", statement: "Environ 3 000 combattants étrangers auraient quitté l’EI en 2016", claimant: "Note de démonstration", tags: ["fighters"], by: "reviewer2", figure: { value: 3000, unit: "count", qualifier: "about", counted: "combattants" } },
];
