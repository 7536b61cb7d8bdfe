// The French and Spanish labelling conventions (shared by the label writers and the parser's author; the copy
// kept here is the reference, since the working notes they came from are not in the repository). As English
// (detect.ts header) unless said here; value/unit/qualifier/counted/low/high as in DetectedFigure (types.ts).
// 1. Span: qualifier through number, scale, linking "de"/"d'" and counted noun ("près de 12 millions de personnes").
//    Articles before the number stay out ("les 300 combattants" → "300 combattants"); a post-nominal adjective or
//    participle stays out ("150 civils tués" → "150 civils"); coordinated nouns join ("femmes et enfants").
//    counted is lower-case, as written (no translation, no singularising).
// 2. Numbers: decimal comma ("2,3"); thousands grouped by ".", " ", U+00A0 or U+202F, groups of exactly three digits
//    ("1.500" reads 1500); a comma followed by three digits is still a decimal ("1,500 millones" = 1.5e9). Number
//    words (fr "soixante-dix", "quatre-vingt-dix-sept", "deux cents", "mille"; es "treinta y dos", "quinientas",
//    "mil"). A lone "un/une/uno/una" is an article, unless a scale follows ("un million de", "un millón de").
// 3. Scales: fr mille, million(s), milliard(s), "Md"/"Mds", "M" before a currency ("2,3 M€"); es mil, millón/millones,
//    "mil millones" = 1e9, billón = 1e12 ("40.000 millones" = 4e10).
// 4. Percentages: "12 %" (space, U+00A0 or U+202F), "12%", "12 pour cent", "12 por ciento"; value as written. A
//    following "de/du/des/de la/del" + noun is counted and in the span ("40 % du territoire", "40 % del territorio").
// 5. Qualifiers: fr environ/quelque/quelques (before a digit)/approximativement/autour de → about; près de/presque/
//    quasiment → nearly; plus de/au-delà de → over; moins de → under; au moins/pas moins de/au minimum → at least;
//    au plus/jusqu'à/pas plus de/au maximum → at most. es alrededor de/unos/unas/aproximadamente/en torno a → about;
//    cerca de/casi → nearly; más de → over; menos de → under; al menos/por lo menos/como mínimo → at least;
//    hasta/como máximo/no más de → at most. Trailing "au moins" / "por lo menos" after the noun → at least.
// 6. fr "une dizaine/vingtaine/centaine de", "un millier de" (es "una decena/veintena de", "un centenar/millar de")
//    are 10/20/100/1000 with qualifier about. Approximate plurals are ranges 2–10 times their unit, qualifier null:
//    "des dizaines de" 20–100, "des centaines de" 200–1000, "des milliers de" 2000–10000, "des dizaines de milliers
//    de" 20000–100000, "plusieurs centaines de" 300–900, "quelques milliers de" 2000–5000 (es "decenas de", "cientos/
//    centenares de", "miles de", "varios cientos de", "unos pocos miles de"); the span starts at "des"/"plusieurs"/
//    "quelques" (fr) or the plural noun (es).
// 7. Ranges: "entre 20 et 30", "de 3 000 à 4 000", "20 à 30" (es "entre 20 y 30", "de 3.000 a 4.000"): low/high the
//    ends, value the midpoint, span from "entre"/"de". A change is not a range: "est passé de 20 à 30", "a augmenté
//    de 5 % à 30 %", es "pasó de", "aumentó de", "subió de", "cayó de", "bajó de" give two figures without "de"/"à".
// 8. Fractions (unit fraction, 0–1): "la moitié de la population" (span includes "la moitié"), "un tiers des
//    habitants", "deux tiers", "un quart"; es "la mitad de", "un tercio de", "dos tercios", "una cuarta parte".
// 9. Money (unit currency, counted the currency in the text's language, lower-case plural): "2,3 milliards d'euros"
//    → "euros", "20 €" → "euros", "$5" → fr "dollars", es "dólares"; "livres (sterling)" → "livres", es "libras".
//    A currency adjective after it ("dollars américains") stays out.
// 10. Years and dates: "en 2014" → year; "17 octobre 2016" → 20161017, "mars 2016" → 20160300, "le 3 août" → 803;
//    es "17 de octubre de 2016" (span the whole phrase), "marzo de 2016".
// 11. Ages (unit age): "âgé de 12 ans", "âgés de 18 à 25 ans" (range), "un garçon de 12 ans" (span "12 ans"); es "un
//    niño de 12 años" (span "12 años"), "con 80 años", "tenía 80 años", "de entre 18 y 25 años" (range). A duration
//    ("depuis 12 ans", "hace 12 años", "durante 12 años") is no figure unless a qualifier or counted noun makes one.
// 12. Not figures: ordinals ("3e", "troisième", "tercer", "3.º", "21e siècle"), identifiers ("F-16", "A400M",
//    "Covid-19", "résolution 2254", "la RN7", "le G7", "Windows 11"), phone numbers, times ("14 h 30", "a las
//    14.30"), a lone "un/une".
// Labelled French sentences in a news register (conflict, economy, elections, health), written for these tests in
// the style of AFP, Le Monde and RFI and labelled by hand from the French/Spanish conventions (shared with the
// parser's author) and, where they are silent, the English ones of detect.ts. Never from detector output.
// Reminders: "2,3" is 2.3; groups of three digits take " ", U+00A0 or U+202F (written as escapes, so the label's
// `text` carries the same character); articles and post-nominal adjectives stay out of the span; a change
// ("est passé de X à Y") is two figures; "des milliers de" is a range; ordinals, identifiers, times, phone numbers,
// a lone "un/une" and durations ("depuis 12 ans") are no figures.
import type { LabelledExample } from "./en";
import { age, c, date, ex, frac, money, pct, rng, yr } from "./labels";


export const FRENCH_EXAMPLES: Record<"conflict" | "economy" | "elections" | "health", LabelledExample[]> = {
  conflict: [
    ex("Au moins 40 civils ont été tués dans des frappes aériennes sur la province d'Idleb, selon l'OSDH.", c("Au moins 40 civils", 40, "civils", "at least")),
    ex("La guerre a chassé de chez eux près de 12 millions de Syriens depuis 2011.", c("près de 12 millions de Syriens", 12e6, "syriens", "nearly"), yr("2011")),
    ex("Les 300 combattants étrangers du groupe se sont rendus aux forces kurdes.", c("300 combattants", 300, "combattants")),
    ex("Le raid a fait 150 civils tués et 320 blessés dans le quartier.", c("150 civils", 150, "civils"), c("320 blessés", 320, "blessés")),
    ex("Près de 3\u00a0000 femmes et enfants yézidis restent aux mains de l'EI.", c("Près de 3\u00a0000 femmes et enfants", 3000, "femmes et enfants", "nearly")),
    ex("En 2014, l'organisation État islamique contrôlait environ 40\u00a0% du territoire irakien.", yr("2014"), pct("environ 40\u00a0% du territoire", 40, "territoire", "about")),
    ex("Des milliers de civils ont fui Mossoul dans la nuit.", rng("Des milliers de civils", 2000, 10000, "civils")),
    ex("Des dizaines de milliers d'habitants ont été déplacés par les combats.", rng("Des dizaines de milliers d'habitants", 20000, 100000, "habitants")),
    ex("Une centaine de combattants kurdes ont été tués en une semaine.", c("Une centaine de combattants", 100, "combattants", "about")),
    ex("Entre 20 et 30 miliciens ont péri dans l'embuscade.", rng("Entre 20 et 30 miliciens", 20, 30, "miliciens")),
    ex("Chaque jour, de 3\u202f000 à 4\u202f000 déplacés franchissent la frontière turque.", rng("de 3\u202f000 à 4\u202f000 déplacés", 3000, 4000, "déplacés")),
    ex("Les frappes ont fait 20 à 30 morts, selon une ONG locale.", rng("20 à 30 morts", 20, 30, "morts")),
    ex("La coalition a mené plus de 1\u00a0000 frappes aériennes en un mois.", c("plus de 1\u00a0000 frappes", 1000, "frappes", "over")),
    ex("Soixante-dix combattants de l'opposition ont été faits prisonniers.", c("Soixante-dix combattants", 70, "combattants")),
    ex("L'armée a repris quatre-vingts villages au cours de l'offensive.", c("quatre-vingts villages", 80, "villages")),
    ex("Quatre-vingt-dix-sept otages ont été libérés lors de l'échange.", c("Quatre-vingt-dix-sept otages", 97, "otages")),
    ex("Deux cents familles vivent toujours dans le camp de Roukban.", c("Deux cents familles", 200, "familles")),
    ex("Trois millions de personnes vivent dans les zones assiégées, selon l'ONU.", c("Trois millions de personnes", 3e6, "personnes")),
    ex("Un tiers des habitants de Raqqa ont fui avant l'assaut.", frac("Un tiers des habitants", 1 / 3, "habitants")),
    ex("Les jihadistes ont exécuté pas moins de 200 prisonniers à Mossoul.", c("pas moins de 200 prisonniers", 200, "prisonniers", "at least")),
    ex("Des dizaines de combattants étrangers ont rejoint les rangs du groupe.", rng("Des dizaines de combattants", 20, 100, "combattants")),
    ex("Des centaines de milliers de Syriens ont trouvé refuge au Liban.", rng("Des centaines de milliers de Syriens", 200000, 1e6, "syriens")),
    ex("Le bilan s'élève à 43 morts et 87 blessés, a indiqué l'AFP.", c("43 morts", 43, "morts"), c("87 blessés", 87, "blessés")),
    ex("Le 3e bataillon a perdu 40 hommes au cours de la troisième offensive.", c("40 hommes", 40, "hommes")),
    ex("Le conflit, qui dure depuis 12 ans, a fait plus de 500\u202f000 morts.", c("plus de 500\u202f000 morts", 500000, "morts", "over")),
    ex("Quelque 300 membres de l'EI se sont rendus aux Forces démocratiques syriennes.", c("Quelque 300 membres", 300, "membres", "about")),
    ex("La moitié de la population syrienne a dû quitter son foyer.", frac("La moitié de la population", 0.5, "population")),
    ex("Le groupe compterait environ 1.500 combattants dans la province.", c("environ 1.500 combattants", 1500, "combattants", "about")),
    ex("L'offensive sur Mossoul a été lancée le 17 octobre 2016.", date("17 octobre 2016", 20161017)),
    ex("La coalition affirme avoir tué 1500 jihadistes en mars 2016.", c("1500 jihadistes", 1500, "jihadistes"), date("mars 2016", 20160300)),
    ex("Les forces irakiennes ont capturé 40 combattants au moins.", c("40 combattants au moins", 40, "combattants", "at least")),
    ex("Un garçon de 12 ans a été tué par un tireur embusqué.", age("12 ans", 12)),
    ex("Les recrues, âgées de 18 à 25 ans, ont été enrôlées de force.", rng("âgées de 18 à 25 ans", 18, 25, undefined, "age")),
    ex("Une fillette de deux ans figure parmi les victimes.", age("deux ans", 2)),
    ex("Les combats ont repris le 3 août le long de l'autoroute M5.", date("3 août", 803)),
    ex("Quelques 200 soldats français sont stationnés en Irak.", c("Quelques 200 soldats", 200, "soldats", "about")),
    ex("Un million de réfugiés syriens vivent au Liban.", c("Un million de réfugiés", 1e6, "réfugiés")),
    ex("Selon l'ONU, de 3 à 4 millions de personnes ont besoin d'une aide d'urgence.", rng("de 3 à 4 millions de personnes", 3e6, 4e6, "personnes")),
    ex("Le 21e siècle s'est ouvert sur les attentats du 11 septembre 2001.", date("11 septembre 2001", 20010911)),
    ex("Le Conseil de sécurité a adopté à l'unanimité la résolution 2254."),
    ex("Des F-16 jordaniens ont frappé des positions près de Raqqa."),
    ex("Un soldat a été tué et un autre blessé dans l'attaque."),
    ex("L'A400M a atterri à 14 h 30 sur la base de Hmeimim."),
    ex("Plusieurs civils ont été blessés il y a quelques jours."),
    // Added with the held-out classes: phone numbers in the international form, coordinated figures.
    ex("Les familles des otages peuvent joindre la cellule de crise au +33 1 53 59 11 00.",),
    ex("Le bilan fait état de 12 morts et des dizaines de blessés.", c("12 morts", 12, "morts"), rng("des dizaines de blessés", 20, 100, "blessés")),
    ex("Les enfants de moins de 15 ans représentent la moitié des déplacés.", age("moins de 15 ans", 15, "under"), frac("la moitié des déplacés", 0.5, "déplacés")),
  ],
  economy: [
    ex("L'Union européenne a débloqué 2,3 milliards d'euros pour les réfugiés syriens.", money("2,3 milliards d'euros", 2.3e9, "euros")),
    ex("Le chômage est passé de 7,2 % à 9,1 % l'an dernier.", pct("7,2 %", 7.2), pct("9,1 %", 9.1)),
    ex("L'inflation a atteint 8\u00a0% en glissement annuel.", pct("8\u00a0%", 8)),
    ex("La livre syrienne a perdu 78\u202f% face au dollar.", pct("78\u202f%", 78)),
    ex("Le PIB a reculé de 12 pour cent en 2013.", pct("12 pour cent", 12), yr("2013")),
    ex("La Banque mondiale a accordé un prêt de 500 millions de dollars américains.", money("500 millions de dollars", 5e8, "dollars")),
    ex("Le baril de brent s'échangeait à 80 dollars lundi.", money("80 dollars", 80, "dollars")),
    ex("Le salaire moyen d'un fonctionnaire ne dépasse pas 20\u00a0€ par mois à Damas.", money("20\u00a0€", 20, "euros")),
    ex("La dette publique française atteint 2\u00a0300 milliards d'euros.", money("2\u00a0300 milliards d'euros", 2.3e12, "euros")),
    ex("Les exportations de pétrole ont chuté de près de 30 %.", pct("près de 30 %", 30, undefined, "nearly")),
    ex("L'État islamique tirait environ 1 million de dollars par jour de la contrebande de pétrole.", money("environ 1 million de dollars", 1e6, "dollars", "about")),
    ex("L'Allemagne a accueilli un million de réfugiés en 2015.", c("un million de réfugiés", 1e6, "réfugiés"), yr("2015")),
    ex("Le plan d'aide s'élève à 12 Md€, a annoncé Bercy.", money("12 Md€", 12e9, "euros")),
    ex("La start-up a levé 2,3 M€ auprès d'investisseurs.", money("2,3 M€", 2.3e6, "euros")),
    ex("L'État a injecté 7 Mds d'euros dans la compagnie.", money("7 Mds d'euros", 7e9, "euros")),
    ex("Les pertes sont estimées entre 5 et 7 milliards de dollars.", rng("entre 5 et 7 milliards de dollars", 5e9, 7e9, "dollars", "currency")),
    ex("La part des importations a augmenté de 5 % à 30 % en une décennie.", pct("5 %", 5), pct("30 %", 30)),
    ex("Les prix du pain ont augmenté de 5 % en un mois.", pct("5 %", 5)),
    ex("Près de la moitié des entreprises d'Alep ont fermé.", frac("Près de la moitié des entreprises", 0.5, "entreprises", "nearly")),
    ex("Deux tiers des ménages vivent sous le seuil de pauvreté.", frac("Deux tiers des ménages", 2 / 3, "ménages")),
    ex("Un quart du budget est consacré à la défense.", frac("Un quart du budget", 0.25, "budget")),
    ex("Les primes pourront atteindre au maximum 3\u00a0000 euros par salarié.", money("au maximum 3\u00a0000 euros", 3000, "euros", "at most")),
    ex("Le gouvernement prévoit jusqu'à 200\u00a0000 suppressions de postes.", c("jusqu'à 200\u00a0000 suppressions", 200000, "suppressions", "at most")),
    ex("La croissance atteindra au plus 2 % cette année, selon le FMI.", pct("au plus 2 %", 2, undefined, "at most")),
    ex("Le Qatar a promis plus de 2 milliards de dollars d'aide.", money("plus de 2 milliards de dollars", 2e9, "dollars", "over")),
    ex("Le fonds a versé 40 millions de livres sterling au Liban.", money("40 millions de livres sterling", 4e7, "livres")),
    ex("Le groupe a enregistré une perte de 1,2 Md€ en 2016.", money("1,2 Md€", 1.2e9, "euros"), yr("2016")),
    ex("Le taux directeur a été relevé à 0,25\u202f%.", pct("0,25\u202f%", 0.25)),
    ex("Les pertes pourraient aller au-delà de 10 milliards d’euros.", money("au-delà de 10 milliards d’euros", 1e10, "euros", "over")),
    ex("Le taux de chômage tourne autour de 9 %.", pct("autour de 9 %", 9, undefined, "about")),
    ex("Le coût des travaux est estimé à approximativement 3,5 millions d'euros.", money("approximativement 3,5 millions d'euros", 3.5e6, "euros", "about")),
    ex("Le prix de la farine a grimpé de quasiment 50 %.", pct("quasiment 50 %", 50, undefined, "nearly")),
    ex("Presque 60 % des jeunes sont sans emploi.", pct("Presque 60 % des jeunes", 60, "jeunes", "nearly")),
    ex("Les retraits sont plafonnés : pas plus de 400 dollars par mois.", money("pas plus de 400 dollars", 400, "dollars", "at most")),
    ex("Il faudra au minimum 250 milliards de dollars pour reconstruire le pays.", money("au minimum 250 milliards de dollars", 2.5e11, "dollars", "at least")),
    ex("Le prix d'un sac de farine atteint 120 $ à Alep.", money("120 $", 120, "dollars")),
    ex("Le numéro vert 0 800 130 000 est ouvert de 9 h à 18 h."),
    ex("Une panne de Windows 11 a paralysé les stations-service de la RN7."),
    ex("Les ministres des Finances du G7 se réuniront au troisième trimestre."),
    // Acronyms are counted through "de", lower-cased, as English counts them after "of".
    ex("La dette publique dépasse désormais 110 % du PIB.", pct("110 % du PIB", 110, "pib")),
    ex("Près de 20 % des PME ont réduit leurs effectifs.", pct("Près de 20 % des PME", 20, "pme", "nearly")),
    ex("Les dépenses de santé représentent 11,3 % du PIB de la France.", pct("11,3 % du PIB", 11.3, "pib")),
    ex("Le salon de l'agriculture accueille les éleveurs au pavillon 1 et au hall 7 bis."),
    ex("Les visiteurs sont priés de se présenter à la salle 4, porte 3, ou au guichet 12."),
  ],
  elections: [
    ex("Emmanuel Macron a été élu avec 66,1 % des suffrages exprimés.", pct("66,1 % des suffrages", 66.1, "suffrages")),
    ex("Le taux de participation s'est établi à 47,5\u00a0%.", pct("47,5\u00a0%", 47.5)),
    ex("Quelque 47,5 millions d'électeurs inscrits étaient appelés aux urnes.", c("Quelque 47,5 millions d'électeurs", 47.5e6, "électeurs", "about")),
    ex("La République en marche a obtenu 308 sièges sur 577.", c("308 sièges", 308, "sièges"), c("577", 577)),
    ex("Plus de la moitié des électeurs se sont abstenus au second tour.", frac("Plus de la moitié des électeurs", 0.5, "électeurs", "over")),
    ex("Le candidat a recueilli moins de 5 % des voix et ne sera pas remboursé.", pct("moins de 5 % des voix", 5, "voix", "under")),
    ex("Bachar al-Assad a été réélu en 2014 avec 88,7 % des voix.", yr("2014"), pct("88,7 % des voix", 88.7, "voix")),
    ex("Le président égyptien a obtenu 97 pour cent des suffrages en mars 2018.", pct("97 pour cent des suffrages", 97, "suffrages"), date("mars 2018", 20180300)),
    ex("Deux tiers des députés doivent approuver la réforme constitutionnelle.", frac("Deux tiers des députés", 2 / 3, "députés")),
    ex("Les législatives irakiennes du 12 mai 2018 ont été marquées par une faible participation.", date("12 mai 2018", 20180512)),
    ex("Environ 7\u00a0000 candidats se disputaient les 329 sièges du Parlement.", c("Environ 7\u00a0000 candidats", 7000, "candidats", "about"), c("329 sièges", 329, "sièges")),
    ex("Le scrutin a mobilisé des centaines d'observateurs internationaux.", rng("des centaines d'observateurs", 200, 1000, "observateurs")),
    ex("Un millier de bureaux de vote n'ont pas pu ouvrir.", c("Un millier de bureaux", 1000, "bureaux", "about")),
    ex("La liste est arrivée en tête avec 54 sièges, devant une coalition qui en a obtenu 47.", c("54 sièges", 54, "sièges"), c("47", 47)),
    ex("Marine Le Pen a obtenu 33,9 % au second tour, contre 66,1 % pour son adversaire.", pct("33,9 %", 33.9), pct("66,1 %", 66.1)),
    ex("Le oui l'a emporté avec 92,7 % des voix lors du référendum kurde du 25 septembre 2017.", pct("92,7 % des voix", 92.7, "voix"), date("25 septembre 2017", 20170925)),
    ex("Plusieurs centaines de manifestants ont contesté les résultats.", rng("Plusieurs centaines de manifestants", 300, 900, "manifestants")),
    ex("Quelques milliers de partisans se sont rassemblés place de la République.", rng("Quelques milliers de partisans", 2000, 5000, "partisans")),
    ex("Une dizaine de partis ont boycotté le scrutin.", c("Une dizaine de partis", 10, "partis", "about")),
    ex("Une vingtaine de candidats ont été invalidés par la commission électorale.", c("Une vingtaine de candidats", 20, "candidats", "about")),
    ex("Le parti a réuni au moins 1,2 million de voix.", c("au moins 1,2 million de voix", 1.2e6, "voix", "at least")),
    ex("Le vote des Français de l'étranger a été avancé au 3 juin.", date("3 juin", 603)),
    ex("Les jeunes âgés de 18 à 24 ans se sont massivement abstenus.", rng("âgés de 18 à 24 ans", 18, 24, undefined, "age")),
    ex("Le maire sortant a devancé son rival de 12 000 voix.", c("12 000 voix", 12000, "voix")),
    ex("La participation est passée de 52 % à 38 % entre les deux scrutins.", pct("52 %", 52), pct("38 %", 38), c("deux scrutins", 2, "scrutins")),
    ex("Le candidat arrivé troisième dénonce des fraudes dans la 2e circonscription."),
    ex("Les premiers résultats seront annoncés vers 20 h 30."),
    ex("Pour toute question, les électeurs peuvent appeler le 01 45 67 89 10."),
    ex("La moitié des abstentionnistes ont moins de 30 ans.", frac("La moitié des abstentionnistes", 0.5, "abstentionnistes"), age("moins de 30 ans", 30, "under")),
    ex("Les plus de 65 ans ont voté à 80 % pour le président sortant.", age("plus de 65 ans", 65, "over"), pct("80 %", 80)),
    ex("Il y a plus de 40 ans, le parti comptait 300\u00a0000 adhérents.", c("plus de 40 ans", 40, "ans", "over"), c("300\u00a0000 adhérents", 300000, "adhérents")),
    ex("Les bureaux de vote du bâtiment 2 et de l'aile 3 ferment à 20 h."),
  ],
  health: [
    ex("Le ministère a recensé 1\u202f234 cas de choléra en une semaine.", c("1\u202f234 cas", 1234, "cas")),
    ex("Plus de 2 millions de personnes ont reçu une première dose de vaccin.", c("Plus de 2 millions de personnes", 2e6, "personnes", "over")),
    ex("Le Covid-19 a tué près de 150\u00a0000 personnes en France.", c("près de 150\u00a0000 personnes", 150000, "personnes", "nearly")),
    ex("Environ 40 % des enfants souffrent de malnutrition au Yémen.", pct("Environ 40 % des enfants", 40, "enfants", "about")),
    ex("La moitié des hôpitaux syriens sont hors service.", frac("La moitié des hôpitaux", 0.5, "hôpitaux")),
    ex("Des milliers d'enfants ont contracté le choléra.", rng("Des milliers d'enfants", 2000, 10000, "enfants")),
    ex("Une femme âgée de 65 ans est morte du virus.", age("âgée de 65 ans", 65)),
    ex("L'hôpital compte 120 médecins et 300 infirmiers.", c("120 médecins", 120, "médecins"), c("300 infirmiers", 300, "infirmiers")),
    ex("Le taux d'occupation des lits de réanimation atteint 95 %.", pct("95 %", 95)),
    ex("Entre 300 et 500 cas sont signalés chaque jour.", rng("Entre 300 et 500 cas", 300, 500, "cas")),
    ex("L'OMS a débloqué 600 millions d'euros pour le secteur de la santé.", money("600 millions d'euros", 6e8, "euros")),
    ex("Au total, 37 patients sont décédés depuis lundi.", c("37 patients", 37, "patients")),
    ex("La campagne de vaccination a coûté 4,5 millions de dollars.", money("4,5 millions de dollars", 4.5e6, "dollars")),
    ex("Moins de 10 % de la population est vaccinée.", pct("Moins de 10 % de la population", 10, "population", "under")),
    ex("Jusqu'à 500 soignants ont été contaminés.", c("Jusqu'à 500 soignants", 500, "soignants", "at most")),
    ex("Le pays compte un médecin pour 1\u00a0000 habitants.", c("1\u00a0000 habitants", 1000, "habitants")),
    ex("Les urgences ont accueilli une centaine de blessés dans la nuit.", c("une centaine de blessés", 100, "blessés", "about")),
    ex("La plupart des victimes étaient âgées de 70 à 90 ans.", rng("âgées de 70 à 90 ans", 70, 90, undefined, "age")),
    ex("Le nombre de cas est passé de 1\u00a0200 à 3\u00a0400 en une semaine.", c("1\u00a0200", 1200), c("3\u00a0400", 3400)),
    ex("Un tiers des soignants ont quitté le pays depuis 2011.", frac("Un tiers des soignants", 1 / 3, "soignants"), yr("2011")),
    ex("Trois hôpitaux ont été bombardés à Alep.", c("Trois hôpitaux", 3, "hôpitaux")),
    ex("Mille médecins cubains sont arrivés en renfort.", c("Mille médecins", 1000, "médecins")),
    ex("La mortalité infantile a baissé de 20 pour cent.", pct("20 pour cent", 20)),
    ex("Le virus a contaminé au moins 2\u00a0000 soignants, un quart des effectifs.", c("au moins 2\u00a0000 soignants", 2000, "soignants", "at least"), frac("un quart des effectifs", 0.25, "effectifs")),
    ex("Près de 12\u202f000 enfants sont morts de faim en 2017.", c("Près de 12\u202f000 enfants", 12000, "enfants", "nearly"), yr("2017")),
    ex("Le vaccin contre le Covid-19 est disponible depuis décembre."),
    ex("Le centre d'appel répond au 0 800 130 000 de 8 h à 20 h."),
    ex("Elle souffre de diabète depuis 12 ans."),
    ex("Un infirmier a été agressé aux urgences dans la nuit de samedi."),
    ex("Les patients peuvent appeler le (202) 555-0143 depuis l'étranger."),
    ex("Un quart des médecins ont plus de 60 ans.", frac("Un quart des médecins", 0.25, "médecins"), age("plus de 60 ans", 60, "over")),
  ],
};
