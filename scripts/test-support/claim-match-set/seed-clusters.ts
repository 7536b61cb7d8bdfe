// Claims written from the seed corpus (seeds/corpus/, the demo letter and briefs), as a reviewer marks them.
// Conventions: ./README.md.
import type { Cluster } from "./types";

export const SEED_CLUSTERS: Cluster[] = [
  {
    key: "pop12", origin: "seed", topic: "people under IS rule at its 2014 peak: about 12 million (000)",
    same: [
      { id: "pop12-1", lang: "en", statement: "At its 2014 peak IS ruled about 12 million people", claimant: "The New Arab", figure: "about 12e6 count people" },
      { id: "pop12-2", lang: "en", statement: "IS commanded a population of around 12 million people at its height in 2014", claimant: "The New Arab", figure: "about 12e6 count people" },
      { id: "pop12-3", lang: "en", statement: "In 2014 the Islamic State governed some twelve million people", figure: "about 12e6 count people" },
      { id: "pop12-4", lang: "ar", statement: "كان نحو 12 مليون شخص يعيشون تحت حكم تنظيم الدولة في ذروته عام 2014", figure: "about 12e6 count شخص" },
      { id: "pop12-5", lang: "fr", statement: "En 2014, l'EI régnait sur environ 12 millions de personnes", figure: "about 12e6 count personnes" },
      { id: "pop12-6", lang: "es", statement: "En 2014 el EI gobernaba a unos 12 millones de personas", figure: "about 12e6 count personas" },
    ],
    near: ["pop10-1", "pop10-2"],
  },
  {
    key: "pop10", origin: "seed", topic: "the letter's and the Arabic brief's 10 million",
    same: [
      { id: "pop10-1", lang: "en", statement: "IS ruled 10 million people at its 2014 peak", claimant: "A reader's letter to the desk", figure: "10e6 count people" },
      { id: "pop10-2", lang: "ar", statement: "كان ١٠ ملايين شخص يعيشون تحت حكم التنظيم في ذروته عام 2014", claimant: "مصادر محلية في دير الزور", figure: "10e6 count شخص" },
    ],
  },
  {
    key: "yazidi", origin: "seed", topic: "Yazidi women and children still held (000)",
    same: [
      { id: "yazidi-1", lang: "en", statement: "Nearly 3,000 Yazidi women and children were still held by IS in August 2017", figure: "nearly 3000 count yazidi women and children" },
      { id: "yazidi-2", lang: "en", statement: "Almost three thousand Yazidi women and children remained captives of IS in 2017", figure: "nearly 3000 count yazidi women and children" },
    ],
  },
  {
    key: "leaders", origin: "seed", topic: "eight IS leaders killed near Deir az-Zour (000)",
    same: [
      { id: "leaders-1", lang: "en", statement: "The US-led coalition killed eight IS leaders near Deir az-Zour in early August 2017", claimant: "Operation Inherent Resolve", figure: "8 count leaders" },
      { id: "leaders-2", lang: "en", statement: "Eight Islamic State leaders were confirmed killed in coalition airstrikes around Deir ez-Zor", claimant: "Operation Inherent Resolve", figure: "8 count leaders" },
    ],
  },
  {
    key: "conscription", origin: "seed", topic: "conscription of men aged 20 to 30 (000)",
    same: [
      { id: "conscription-1", lang: "en", statement: "IS ordered the conscription of men aged 20 to 30 in Deir az-Zour", figure: "20..30 age men" },
      { id: "conscription-2", lang: "en", statement: "An IS order made army service mandatory for young Muslim men between 20 and 30 in Deir ez-Zor", figure: "20..30 age men" },
    ],
  },
  {
    key: "raqqa350", origin: "seed", topic: "the deal that let 350 fighters leave Raqqa (001)",
    same: [
      { id: "raqqa350-1", lang: "en", statement: "A deal in 2017 let the last 350 ISIS fighters leave Raqqa", claimant: "The Duran", figure: "350 count fighters" },
      { id: "raqqa350-2", lang: "en", statement: "The 350 remaining ISIS fighters were allowed to leave Raqqa under a deal", claimant: "The Duran", figure: "350 count fighters" },
      { id: "raqqa350-3", lang: "ar", statement: "سمح اتفاق لآخر 350 مقاتلا من داعش بمغادرة الرقة عام 2017", figure: "350 count مقاتلا" },
      { id: "raqqa350-4", lang: "fr", statement: "Un accord a permis aux 350 derniers combattants de l'EI de quitter Raqqa en 2017", figure: "350 count combattants" },
    ],
    near: [
      { id: "raqqa4000-1", lang: "en", statement: "Around 4,000 ISIS fighters and relatives left Raqqa under the 2017 evacuation deal", figure: "about 4000 count fighters" },
    ],
  },
  {
    key: "deirshare", origin: "seed", topic: "the share of Deir Ezzor city ISIS held (001)",
    same: [
      { id: "deirshare-1", lang: "en", statement: "ISIS held about two fifths of Deir Ezzor city during the siege", claimant: "The Duran", figure: "about 0.4 fraction city" },
      { id: "deirshare-2", lang: "en", statement: "Over the four-year siege ISIS captured around 40 percent of the city of Deir Ezzor", figure: "about 40 percent city" },
    ],
    near: [
      { id: "deirshare60-1", lang: "en", statement: "ISIS controlled 60 percent of Deir Ezzor city during the siege", figure: "60 percent city" },
    ],
  },
  {
    key: "alomar", origin: "seed", topic: "the Al-Omar oil fields (001)",
    same: [
      { id: "alomar-1", lang: "en", statement: "The Al-Omar oil fields are the largest in Syria", claimant: "The Duran" },
      { id: "alomar-2", lang: "en", statement: "Al-Omar in eastern Syria is the country's largest oil field" },
    ],
  },
  {
    key: "kirkuk", origin: "seed", topic: "600 Albattar fighters sent against Kirkuk (002)",
    same: [
      { id: "kirkuk-1", lang: "en", statement: "ISIS sent 600 Albattar brigade fighters to attack Kirkuk in 2015", claimant: "Abu Hasan, activist from Deir-ez-Zor", figure: "600 count fighters" },
      { id: "kirkuk-2", lang: "en", statement: "Six hundred fighters of the Albattar brigade were sent by ISIS against Kirkuk", claimant: "Abu Hasan", figure: "600 count fighters" },
      { id: "kirkuk-3", lang: "es", statement: "En 2015 el EI envió 600 combatientes de la brigada Albattar a atacar Kirkuk", figure: "600 count combatientes" },
    ],
  },
  {
    key: "kobani", origin: "seed", topic: "executions around the retreat from Kobani (002)",
    same: [
      { id: "kobani-1", lang: "en", statement: "ISIS executed tens of people around its retreat from Kobani", claimant: "Hasan Abu Abdul Karim", figure: "20..100 count people" },
      { id: "kobani-2", lang: "en", statement: "Dozens of people were executed by ISIS during and after its withdrawal from Kobani", figure: "24..100 count people" },
    ],
  },
  {
    key: "shortage", origin: "seed", topic: "only thousands of fighters left (002)",
    same: [
      { id: "shortage-1", lang: "en", statement: "ISIS was down to only thousands of fighters in early 2015", figure: "2000..10000 count fighters" },
      { id: "shortage-2", lang: "en", statement: "By early 2015 ISIS had only a few thousand fighters left", figure: "2000..9000 count fighters" },
    ],
  },
  {
    key: "exec100", origin: "seed", topic: "at least 100 executions in the Deir Ezzor region (003)",
    same: [
      { id: "exec100-1", lang: "en", statement: "ISIS carried out at least 100 executions in the Deir Ezzor region in four months", claimant: "Deir Ezzor 24", date: "2015-02-15", figure: "at-least 100 count executions" },
      { id: "exec100-2", lang: "en", statement: "At least a hundred executions took place in the Deir Ezzor region under ISIS in early 2015", figure: "at-least 100 count executions" },
      { id: "exec100-3", lang: "ar", statement: "نفذ التنظيم ما لا يقل عن 100 عملية إعدام في منطقة دير الزور عام 2015", claimant: "دير الزور 24", figure: "at-least 100 count إعدام" },
    ],
  },
  {
    key: "sharia", origin: "seed", topic: "locals forced into Sharia courses (003)",
    same: [
      { id: "sharia-1", lang: "en", statement: "ISIS forced thousands of locals in Deir Ezzor into Sharia courses", claimant: "Deir Ezzor 24", figure: "2000..10000 count locals" },
      { id: "sharia-2", lang: "en", statement: "Thousands of residents of the Deir Ezzor region were made to attend ISIS Sharia courses", figure: "2000..10000 count residents" },
    ],
  },
  {
    key: "territory12", origin: "seed", topic: "12 percent of the territory lost by mid-2016 (004, the French brief)",
    same: [
      { id: "territory12-1", lang: "en", statement: "Iraqi and Kurdish advances cost ISIS 12 percent of its territory by mid-2016", claimant: "Blog author", figure: "12 percent territory" },
      { id: "territory12-2", lang: "en", statement: "ISIS lost 12% of its territory to Iraqi government and Syrian Kurdish advances in 2016", figure: "12 percent territory" },
      { id: "territory12-3", lang: "fr", statement: "Les avancées irakiennes et kurdes ont coûté à l'EI 12 % de son territoire à la mi-2016", figure: "12 percent territoire" },
      { id: "territory12-4", lang: "es", statement: "Los avances iraquíes y kurdos le costaron al EI el 12 % de su territorio en 2016", figure: "12 percent territorio" },
    ],
    near: [
      { id: "territory25-1", lang: "en", statement: "ISIS had lost about 25 percent of its territory by mid-2016", figure: "about 25 percent territory" },
    ],
  },
  {
    key: "britain", origin: "seed", topic: "the caliphate the size of Great Britain (004)",
    same: [
      { id: "britain-1", lang: "en", statement: "In 2014 the caliphate covered roughly the area of Great Britain", claimant: "Blog author" },
      { id: "britain-2", lang: "en", statement: "At its height the IS caliphate was about as large as Great Britain" },
    ],
  },
  {
    key: "mosulcity", origin: "seed", topic: "Mosul the largest city under ISIS (004)",
    same: [
      { id: "mosulcity-1", lang: "en", statement: "Mosul was the largest city under ISIS control in 2016" },
      { id: "mosulcity-2", lang: "en", statement: "In mid-2016 the biggest city ISIS still controlled was Mosul" },
    ],
  },
  {
    key: "foreign3000", origin: "seed", topic: "about 3,000 foreign fighters left in 2016 (the French brief)",
    same: [
      { id: "foreign3000-1", lang: "fr", statement: "Environ 3 000 combattants étrangers auraient quitté l'EI en 2016", figure: "about 3000 count combattants" },
      { id: "foreign3000-2", lang: "en", statement: "About 3,000 foreign fighters left IS in 2016", figure: "about 3000 count fighters" },
      { id: "foreign3000-3", lang: "ar", statement: "غادر نحو 3000 مقاتل أجنبي صفوف التنظيم عام 2016", figure: "about 3000 count مقاتل" },
    ],
    near: [
      { id: "foreign5000-1", lang: "en", statement: "Some 5,000 foreign fighters deserted IS during 2016", figure: "about 5000 count fighters" },
    ],
  },
  {
    key: "exec200", origin: "seed", topic: "over 200 people executed in 2015 (the Arabic brief)",
    same: [
      { id: "exec200-1", lang: "ar", statement: "أعدم التنظيم أكثر من ٢٠٠ شخص في منطقة دير الزور خلال عام 2015", figure: "over 200 count شخص" },
      { id: "exec200-2", lang: "en", statement: "IS executed more than 200 people in the Deir ez-Zor area in 2015", figure: "over 200 count people" },
      { id: "exec200-3", lang: "fr", statement: "L'EI a exécuté plus de 200 personnes dans la région de Deir ez-Zor en 2015", figure: "over 200 count personnes" },
    ],
  },
  {
    key: "mayadin", origin: "seed", topic: "Mayadin lost within days (001)",
    same: [
      { id: "mayadin-1", lang: "en", statement: "ISIS lost its alternative capital Mayadin after just a few days of fighting", claimant: "The Duran" },
      { id: "mayadin-2", lang: "en", statement: "Mayadin, the group's stand-in capital, fell after only a few days of fighting" },
    ],
  },
  {
    key: "rand", origin: "seed", topic: "RAND's forecast of a collapse (000)",
    same: [
      { id: "rand-1", lang: "en", statement: "In April 2017 RAND forecast that IS would collapse before the end of the summer", claimant: "RAND Corporation" },
      { id: "rand-2", lang: "en", statement: "The RAND Corporation predicted in April 2017 a collapse of the Islamic State by the end of that summer", claimant: "RAND" },
    ],
  },
  {
    key: "yarmouk", origin: "seed", topic: "the attack in the Yarmouk camp (001)",
    same: [
      { id: "yarmouk-1", lang: "en", statement: "ISIS fighters attacked Al-Qaeda fighters in the Yarmouk refugee camp near Damascus" },
      { id: "yarmouk-2", lang: "en", statement: "In the Yarmouk Palestinian camp outside Damascus, ISIS carried out a successful attack on Al-Qaeda" },
    ],
  },
];
