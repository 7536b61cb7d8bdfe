// Claims written for the set in the seed corpus's register (the war against IS, 2014–2017), and the unrelated
// pairs chosen to share words, places or values. Conventions: ./README.md.
import type { Cluster } from "./types";

export const WRITTEN_CLUSTERS: Cluster[] = [
  {
    key: "syriaidp", origin: "written", topic: "people displaced inside Syria in 2016",
    same: [
      { id: "syriaidp-1", lang: "en", statement: "More than 6 million Syrians were displaced inside their country in 2016", claimant: "UNHCR", figure: "over 6e6 count displaced" },
      { id: "syriaidp-2", lang: "ar", statement: "بلغ عدد النازحين داخل سوريا أكثر من 6 ملايين نازح عام 2016", claimant: "المفوضية", figure: "over 6e6 count نازح" },
      { id: "syriaidp-3", lang: "es", statement: "En 2016 había en Siria más de 6 millones de desplazados internos", figure: "over 6e6 count desplazados" },
    ],
    near: [
      { id: "syriaidp4-1", lang: "en", statement: "About 4 million Syrians were displaced inside their country in 2016", figure: "about 4e6 count displaced" },
    ],
  },
  {
    key: "mosulcivilians", origin: "written", topic: "civilians killed in the battle for Mosul",
    same: [
      { id: "mosulcivilians-1", lang: "en", statement: "At least 9,000 civilians were killed in the battle for Mosul in 2017", claimant: "Associated Press", figure: "at-least 9000 count civilians" },
      { id: "mosulcivilians-2", lang: "en", statement: "The 2017 fight to retake Mosul killed no fewer than 9,000 civilians", figure: "at-least 9000 count civilians" },
      { id: "mosulcivilians-3", lang: "fr", statement: "Au moins 9 000 civils ont été tués lors de la bataille de Mossoul en 2017", figure: "at-least 9000 count civils" },
      { id: "mosulcivilians-4", lang: "ar", statement: "قتل ما لا يقل عن 9000 مدني في معركة الموصل عام 2017", figure: "at-least 9000 count مدني" },
    ],
    near: [
      { id: "mosulcivilians1400-1", lang: "en", statement: "Some 1,400 civilians were killed in the battle for Mosul in 2017", claimant: "Iraqi government", figure: "about 1400 count civilians" },
    ],
  },
  {
    key: "raqqaruin", origin: "written", topic: "Raqqa left uninhabitable",
    same: [
      { id: "raqqaruin-1", lang: "en", statement: "About 80 percent of Raqqa was left uninhabitable after the 2017 offensive", figure: "about 80 percent raqqa" },
      { id: "raqqaruin-2", lang: "en", statement: "Four fifths of Raqqa could no longer be lived in after the 2017 battle", figure: "0.8 fraction raqqa" },
    ],
  },
  {
    key: "oil", origin: "written", topic: "IS's oil income per month in 2015",
    same: [
      { id: "oil-1", lang: "en", statement: "IS earned about 40 million dollars a month from oil in 2015", claimant: "US Treasury", figure: "about 40e6 currency dollars" },
      { id: "oil-2", lang: "en", statement: "In 2015 oil brought the Islamic State some $40 million each month", figure: "about 40e6 currency dollars" },
      { id: "oil-3", lang: "es", statement: "En 2015 el EI ingresaba unos 40 millones de dólares al mes por el petróleo", figure: "about 40e6 currency dólares" },
    ],
    near: [
      { id: "oilday-1", lang: "en", statement: "IS made 1.5 million dollars a day from oil sales in 2015", figure: "1.5e6 currency dollars" },
    ],
  },
  {
    key: "tunisia", origin: "written", topic: "Tunisian fighters who joined IS",
    same: [
      { id: "tunisia-1", lang: "en", statement: "About 6,000 Tunisian fighters had joined IS by 2015", figure: "about 6000 count fighters" },
      { id: "tunisia-2", lang: "en", statement: "By 2015 some six thousand fighters from Tunisia had joined the Islamic State", figure: "about 6000 count fighters" },
    ],
  },
  {
    key: "airstrikes", origin: "written", topic: "coalition airstrikes by mid-2016",
    same: [
      { id: "airstrikes-1", lang: "en", statement: "The coalition carried out more than 13,000 airstrikes against IS by mid-2016", claimant: "US Central Command", figure: "over 13000 count airstrikes" },
      { id: "airstrikes-2", lang: "en", statement: "By mid-2016 US-led coalition jets had struck IS targets over 13,000 times", claimant: "CENTCOM", figure: "over 13000 count strikes" },
    ],
  },
  {
    key: "palmyra", origin: "written", topic: "Palmyra retaken in March 2016",
    same: [
      { id: "palmyra-1", lang: "en", statement: "Syrian government forces retook Palmyra from IS in March 2016" },
      { id: "palmyra-2", lang: "en", statement: "In March 2016 the Syrian army recaptured the city of Palmyra from the Islamic State" },
    ],
  },
  {
    key: "fallujah", origin: "written", topic: "Fallujah retaken in June 2016",
    same: [
      { id: "fallujah-1", lang: "en", statement: "Iraqi forces retook Fallujah from IS in June 2016", claimant: "Iraqi Joint Operations Command" },
      { id: "fallujah-2", lang: "en", statement: "Fallujah was recaptured from the jihadists by Iraqi troops in June 2016" },
    ],
  },
  {
    key: "turkey", origin: "written", topic: "Syrian refugees in Turkey in 2016",
    same: [
      { id: "turkey-1", lang: "en", statement: "Turkey hosted about 2.7 million Syrian refugees in 2016", claimant: "UNHCR", figure: "about 2.7e6 count refugees" },
      { id: "turkey-2", lang: "en", statement: "In 2016 some 2.7 million refugees from Syria were living in Turkey", figure: "about 2.7e6 count refugees" },
      { id: "turkey-3", lang: "ar", statement: "استضافت تركيا نحو 2.7 مليون لاجئ سوري عام 2016", figure: "about 2.7e6 count لاجئ" },
      { id: "turkey-4", lang: "es", statement: "Turquía acogía a unos 2,7 millones de refugiados sirios en 2016", figure: "about 2.7e6 count refugiados" },
    ],
    near: [
      { id: "turkey35-1", lang: "en", statement: "Turkey hosted 3.5 million Syrian refugees in 2016", figure: "3.5e6 count refugees" },
    ],
  },
  {
    key: "budget", origin: "written", topic: "IS's budget for 2015",
    same: [
      { id: "budget-1", lang: "en", statement: "The Islamic State's budget for 2015 was 2 billion dollars", figure: "2e9 currency dollars" },
      { id: "budget-2", lang: "en", statement: "In 2015 IS ran on a budget of $2 billion", figure: "2e9 currency dollars" },
    ],
  },
  {
    key: "territory60", origin: "written", topic: "territory lost by 2017",
    same: [
      { id: "territory60-1", lang: "en", statement: "By 2017 IS had lost about 60 percent of its territory", figure: "about 60 percent territory" },
      { id: "territory60-2", lang: "en", statement: "IS lost around three fifths of the land it held by 2017", figure: "about 0.6 fraction land" },
    ],
  },
  {
    key: "sinjar", origin: "written", topic: "Yazidis killed at Sinjar in 2014",
    same: [
      { id: "sinjar-1", lang: "en", statement: "IS killed about 3,100 Yazidis in the Sinjar massacre in 2014", figure: "about 3100 count yazidis" },
      { id: "sinjar-2", lang: "en", statement: "Some 3,100 Yazidis were killed by IS at Sinjar in August 2014", figure: "about 3100 count yazidis" },
    ],
    near: [
      { id: "sinjar5000-1", lang: "en", statement: "IS killed 5,000 Yazidis at Sinjar in 2014", figure: "5000 count yazidis" },
    ],
  },
  {
    key: "children", origin: "written", topic: "children recruited in 2015",
    same: [
      { id: "children-1", lang: "en", statement: "IS recruited more than 1,000 children as fighters in 2015", figure: "over 1000 count children" },
      { id: "children-2", lang: "en", statement: "In 2015 over a thousand children were enlisted by IS as fighters", figure: "over 1000 count children" },
    ],
  },
  {
    key: "deirsiege", origin: "written", topic: "civilians besieged in Deir ez-Zor in 2017",
    same: [
      { id: "deirsiege-1", lang: "en", statement: "About 93,000 civilians were trapped in government-held Deir ez-Zor in 2017", claimant: "World Food Programme", figure: "about 93000 count civilians" },
      { id: "deirsiege-2", lang: "en", statement: "Some 93,000 civilians remained besieged by IS in Deir ez-Zor in 2017", figure: "about 93000 count civilians" },
      { id: "deirsiege-3", lang: "fr", statement: "Environ 93 000 civils étaient assiégés par l'EI à Deir ez-Zor en 2017", figure: "about 93000 count civils" },
      { id: "deirsiege-4", lang: "ar", statement: "حوصر نحو 93 ألف مدني في دير الزور عام 2017", figure: "about 93000 count مدني" },
    ],
    near: [
      { id: "deirsiege200k-1", lang: "en", statement: "About 200,000 civilians were trapped in Deir ez-Zor in 2017", figure: "about 200000 count civilians" },
    ],
  },
  {
    key: "mosulpop", origin: "written", topic: "Mosul's population when IS took it",
    same: [
      { id: "mosulpop-1", lang: "en", statement: "Mosul had about 2.5 million inhabitants when IS seized it in 2014", figure: "about 2.5e6 count inhabitants" },
      { id: "mosulpop-2", lang: "en", statement: "When IS took Mosul in 2014 the city had some two and a half million residents", figure: "about 2.5e6 count residents" },
    ],
    near: [
      { id: "mosulpop15-1", lang: "en", statement: "Mosul had 1.5 million residents when IS took it in 2014", figure: "1.5e6 count residents" },
    ],
  },
  {
    key: "cia", origin: "written", topic: "the CIA's estimate of IS fighters in 2014",
    same: [
      { id: "cia-1", lang: "en", statement: "The CIA estimated IS had 20,000 to 31,500 fighters in 2014", claimant: "CIA", figure: "20000..31500 count fighters" },
      { id: "cia-2", lang: "en", statement: "In 2014 the CIA put IS's strength at between 20,000 and 31,500 fighters", claimant: "CIA", figure: "20000..31500 count fighters" },
      { id: "cia-3", lang: "es", statement: "En 2014 la CIA calculó que el EI tenía entre 20.000 y 31.500 combatientes", claimant: "CIA", figure: "20000..31500 count combatientes" },
    ],
    near: [
      { id: "cia100k-1", lang: "en", statement: "IS had about 100,000 fighters in 2014, according to Kurdish officials", claimant: "Kurdish officials", figure: "about 100000 count fighters" },
    ],
  },
  {
    key: "iraqidp", origin: "written", topic: "people displaced inside Iraq in 2016",
    same: [
      { id: "iraqidp-1", lang: "en", statement: "Iraq counted 3.3 million internally displaced people in 2016", figure: "3.3e6 count displaced" },
      { id: "iraqidp-2", lang: "en", statement: "There were some 3.3 million displaced Iraqis inside Iraq in 2016", figure: "about 3.3e6 count displaced" },
    ],
  },
  {
    key: "schools", origin: "written", topic: "schools closed in Deir ez-Zor province",
    same: [
      { id: "schools-1", lang: "en", statement: "IS closed about 670 schools in Deir ez-Zor province in 2014", figure: "about 670 count schools" },
      { id: "schools-2", lang: "en", statement: "Some 670 schools were shut by IS across Deir ez-Zor province in 2014", figure: "about 670 count schools" },
    ],
  },
  {
    key: "caliphate", origin: "written", topic: "the caliphate declared in Mosul",
    same: [
      { id: "caliphate-1", lang: "en", statement: "Abu Bakr al-Baghdadi declared the caliphate from Mosul's Great Mosque in July 2014" },
      { id: "caliphate-2", lang: "en", statement: "In July 2014 al-Baghdadi proclaimed the caliphate in a sermon at the Great Mosque of al-Nuri in Mosul" },
    ],
  },
];

/** Claims about other things, chosen to share words, places, nouns or values: negative pairs. */
export const UNRELATED: [string, string][] = [
  ["raqqa350-1", "kirkuk-1"],
  ["pop12-1", "mosulpop-1"],
  ["syriaidp-1", "iraqidp-1"],
  ["sharia-1", "shortage-1"],
  ["mosulcity-1", "caliphate-1"],
  ["palmyra-1", "fallujah-1"],
  ["mayadin-1", "palmyra-2"],
  ["leaders-1", "conscription-1"],
  ["mosulcivilians-1", "deirsiege-1"],
  ["sinjar-1", "yazidi-1"],
  ["foreign3000-2", "yazidi-1"],
  ["oil-1", "alomar-1"],
  ["budget-1", "oil-1"],
  ["territory12-1", "territory60-1"],
  ["rand-1", "yarmouk-1"],
  ["children-1", "conscription-1"],
  ["schools-1", "sharia-1"],
  ["cia-1", "shortage-1"],
  ["raqqaruin-1", "deirshare-1"],
  ["exec100-1", "kobani-1"],
];
