// Labelled sentences for figure detection: what a careful reviewer would mark, by the conventions documented in
// detect.ts. Labelled by hand, not from the detector's output; some are known misses. Sentences whose source
// is a seed file are quoted verbatim from seeds/corpus (detect.test.ts checks this).
import type { FigureQualifier, FigureUnit } from "@/lib/domain/figures/types";

export interface ExpectedFigure {
  /** The span the figure should cover; its first occurrence in the sentence. */
  text: string;
  value: number;
  unit: FigureUnit;
  qualifier: FigureQualifier | null;
  counted?: string;
  low?: number;
  high?: number;
}

export interface LabelledExample {
  /** A seed file name, or "news" for realistic sentences written for these tests. */
  source: string;
  sentence: string;
  expected: ExpectedFigure[];
}

type Extra = Pick<ExpectedFigure, "counted" | "low" | "high">;
const fig = (text: string, value: number, unit: FigureUnit, qualifier: FigureQualifier | null = null, extra: Extra = {}): ExpectedFigure => ({
  text, value, unit, qualifier, ...extra,
});
const count = (text: string, value: number, counted?: string, qualifier: FigureQualifier | null = null) =>
  fig(text, value, "count", qualifier, counted ? { counted } : {});
const year = (text: string) => fig(text, Number(text), "year");
const date = (text: string, value: number) => fig(text, value, "date");
const S0 = "000_256eb11d6a4214e8.txt";
const S1 = "001_647f5e40dc1c0a35.txt";
const S2 = "002_e227ef14eb82658c.txt";
const S3 = "003_e7236d8e239538c0.txt";
const S4 = "004_1d4bf302df67dbd1.txt";
const N = "news";

export const FIGURE_EXAMPLES: LabelledExample[] = [
  // Seed 000 (The New Arab, 3 Aug 2017)
  { source: S0, sentence: "3 min read", expected: [count("3 min", 3, "min")] },
  { source: S0, sentence: "03 Aug, 2017", expected: [date("03 Aug, 2017", 20170803)] },
  { source: S0, sentence: "Eight Islamic State leaders were confirmed killed by the US-led coalition in the area surrounding Deir az-Zour on Thursday.", expected: [count("Eight Islamic State leaders", 8, "leaders")] },
  { source: S0, sentence: "And where once thousands of young, brainwashed Muslim men from across the world scrambled to recruit in the new 'Islamic' army, IS now has to resort to enforced conscription.", expected: [fig("thousands of young, brainwashed Muslim men", 6000, "count", null, { low: 2000, high: 10000, counted: "men" })] },
  { source: S0, sentence: "An unverified picture emerged on Thursday, of a mandatory army conscription order for young Muslim men aged between 20 and 30 - previously unheard of for the organisation.", expected: [fig("aged between 20 and 30", 25, "age", null, { low: 20, high: 30 })] },
  { source: S0, sentence: "At its peak in 2014, IS commanded over a population of around 12 million people - roughly the same size as Zimbabwe or half of Syria.", expected: [year("2014"), count("around 12 million people", 12_000_000, "people", "about"), fig("half of Syria", 0.5, "fraction", null, { counted: "syria" })] },
  { source: S0, sentence: "Fast forward to\u00a0April 2017\u00a0and the US-based RAND corporation forecast a collapse within IS before the end of the summer, as the organisation cedes access to oil fields and sheds money by the barrel-load.", expected: [date("April 2017", 20170400)] },
  { source: S0, sentence: "On Thursday the UN marked the third anniversary of the Yazidi genocide, where IS fighters massacred and enslaved the Iraqi minority group for their belief in a different religion - banned under Sharia law.", expected: [] },
  { source: S0, sentence: "Nearly 3,000 Yazidi women and children remain in IS captivity today.", expected: [count("Nearly 3,000 Yazidi women and children", 3000, "women and children", "nearly")] },
  { source: S0, sentence: "Deir az-Zour is reportedly one of the last remaining potential boltholes for IS leader, Abu Bakr al-Baghdadi - if the Russian reports of his demise are premature.", expected: [] },
  { source: S0, sentence: "The city which was once destroyed by a Mongol army in 1298 now awaits its second rebirth as US-made Hellfire in the form of AGM-114 missiles obliterate what remains of the towns infrastructure.", expected: [year("1298")] },
  // Seed 001 (The Duran, late October 2017)
  { source: S1, sentence: "Though ISIS has held together surprisingly strongly in the face of the attacks of its multiple enemies, the last two weeks suggest that the tipping point has finally been reached, and that its disintegration has now begun.", expected: [count("two weeks", 2, "weeks")] },
  { source: S1, sentence: "It has lost its alternative capital of Mayadin after just a few days of fighting.", expected: [] },
  { source: S1, sentence: "Further north the Kurds have driven it out of Raqqa – though at horrific cost, and only after a deal was done to allow the 350 remaining ISIS fighters in the city to leave – whilst in Iraq it has been unable to capitalise on the Iraqi army’s re-focus on the Kurds to regain ground it has lost.", expected: [count("350 remaining ISIS fighters", 350, "fighters")] },
  { source: S1, sentence: "The critical remaining battle against ISIS in Syria is the one in the city of Deir Ezzor.", expected: [] },
  { source: S1, sentence: "there continues to be fierce fighting there between the Syrian army and the ISIS fighters who over the course of a four year siege were able to capture around two fifths of the city.", expected: [count("four year", 4, "year"), fig("around two fifths of the city", 0.4, "fraction", "about", { counted: "city" })] },
  { source: S1, sentence: "ISIS will nonetheless be able to transform itself back into the terrorist and guerrilla organisation which it was before its territorial conquests of 2014, and will be able to survive that way.", expected: [year("2014")] },
  { source: S1, sentence: "The thousands of fighters who flocked to ISIS in preference to other older and more established Jihadi organisations such as Al-Qaeda, and who fought ISIS’s battles for it after 2014, did so because they believed its claim that it was the Islamic State and that Al-Baghdadi was Islam’s Caliph.", expected: [fig("thousands of fighters", 6000, "count", null, { low: 2000, high: 10000, counted: "fighters" }), year("2014")] },
  { source: S1, sentence: "I predicted all this and ISIS’s imminent demise in an article I wrote for Sputnik on 19th January 2016 – ie. shortly after the Russian intervention in Syria began – in which I also expressed some views about the organisation’s origins and the reasons for its ephemeral success.", expected: [date("19th January 2016", 20160119)] },
  { source: S1, sentence: "Though protests\u00a0— many of\u00a0them violent\u00a0— began in\u00a02011, it was in\u00a02012\u00a0— after\u00a0the Geneva Peace Conference\u00a0— which the US wrecked by\u00a0insisting President Assad stand down\u00a0— that the major fighting began, with\u00a0a rebel offensive against\u00a0Syria’s two biggest cities: Aleppo and Damascus.", expected: [year("2011"), year("2012"), count("two biggest cities", 2, "cities")] },
  { source: S1, sentence: "The Syrian government survived, retaining control of\u00a0Damascus and half of\u00a0Aleppo.", expected: [fig("half of\u00a0Aleppo", 0.5, "fraction", null, { counted: "aleppo" })] },
  { source: S1, sentence: "In 2013 the military balance shifted back to\u00a0the Syrian government.", expected: [year("2013")] },
  { source: S1, sentence: "Weapons, money and fighters poured in, and over\u00a0the course of\u00a02014 the military balance shifted back to\u00a0the rebels again.", expected: [year("2014")] },
  { source: S1, sentence: "In 2014 it went on\u00a0the offensive in\u00a0Iraq, seizing the important city of\u00a0Mosul.", expected: [year("2014")] },
  { source: S1, sentence: "The Russian military intervention means there is no danger of\u00a0the Syrian government collapsing\u00a0— as\u00a0looked possible just a few months ago.", expected: [] },
  { source: S1, sentence: "I discussed all this previously in another article I wrote for Sputnik on 4th October 2015", expected: [date("4th October 2015", 20151004)] },
  { source: S1, sentence: "@media(max-width: 600px) {.adace_adsense_59f38bad125b1 {display:block !important;}}", expected: [] },
  { source: S1, sentence: '(function(w,d,s,i){w.ldAdInit=w.ldAdInit||[];w.ldAdInit.push({slot:9556411219002982,size:[0, 0],id:"ld-7761-3177"});', expected: [] },
  { source: S1, sentence: "A few fanatics gathered around Al-Baghdadi may try to continue the struggle, and ISIS pockets may linger for a while in a few places like Libya, Afghanistan and Nigeria.", expected: [] },
  { source: S1, sentence: "They fantasise about\u00a0the existence of\u00a0a “third force” consisting of\u00a0people opposing the government and those fighting it whom they also also oppose.", expected: [] },
  // Seed 002 (early 2015)
  { source: S2, sentence: "In an attempt to cover up for the loss, and to raise the morale of their fighters, ISIS have tried to achieve a victory by sending 600 fighters of the Albattar brigade to attack Kirkuk.", expected: [count("600 fighters", 600, "fighters")] },
  { source: S2, sentence: "So what if there were a hundred air strikes a day?", expected: [count("a hundred air strikes", 100, "strikes")] },
  { source: S2, sentence: "The shortage of fighters was the clearest indication of ISIS regression – only thousands.", expected: [fig("thousands", 6000, "count", null, { low: 2000, high: 10000 })] },
  { source: S2, sentence: "Abu Mohammed, one of the leaders of the FSA said:", expected: [] },
  { source: S2, sentence: 'Hasan Abu Abdul Karim, a 40-year-old man from Aleppo countryside said: "ISIS executed tens of people during and after their retreat in order to cover up for their defeat in [Kobani]".', expected: [fig("40-year-old man", 40, "age", null, { counted: "man" }), fig("tens of people", 60, "count", null, { low: 20, high: 100, counted: "people" })] },
  { source: S2, sentence: "In a similar way, the two Japanese hostages and Mouaz Alkasasbeh were also executed.", expected: [count("two Japanese hostages", 2, "hostages")] },
  { source: S2, sentence: 'recalled an incident where "one of the emigrants – a Qatari citizen – asked a Syrian citizen about the rules of "There is only one God", and when he failed to answer, the emigrant was later executed".', expected: [] },
  // Seed 003 (Deir Ezzor 24, early 2015)
  { source: S3, sentence: "In the past four months, ISIS has witnessed a\u00a0weakening in its authority and debilitating losses to the group on the ground that have been caused by coalition bombings of the group.", expected: [count("four months", 4, "months")] },
  { source: S3, sentence: "The number of executions in the Deir Ezzor region has reached at least 100 executions.", expected: [count("at least 100 executions", 100, "executions", "at least")] },
  { source: S3, sentence: "1- Inter-group Fighting.", expected: [] },
  { source: S3, sentence: "2-Ongoing fleeing of military and political authorities", expected: [] },
  { source: S3, sentence: "ISIS has also forced thousands in the region to undergo\u00a0Sharia Courses\u00a0in which the person undergoes a form of a crash course in extremist Islamist ideology as interpreted by ISIS for a period of time.", expected: [fig("thousands", 6000, "count", null, { low: 2000, high: 10000 })] },
  { source: S3, sentence: "error: النسخ ممنوع من ديرالزور24", expected: [] },
  // Seed 004 (blog post, 13 July 2016)
  { source: S4, sentence: "Wednesday, July 13, 2016", expected: [date("July 13, 2016", 20160713)] },
  { source: S4, sentence: "Just two years ago, jihadist leaders heralded the start of a glorious new epoch in the world's history with the establishment of their Islamic \"caliphate,\" which at the time encompassed most of eastern Syria and a vast swath of northern and western Iraq, a combined territory roughly the size of Great Britain.", expected: [count("two years", 2, "years")] },
  { source: S4, sentence: "Recent advances by the Iraqi government and Syrian Kurds have cost ISIS 12 percent of their territory, and it seems the Iraqis are on the verge of a major effort to retake Mosul, the largest city under ISIS control.", expected: [fig("12 percent of their territory", 12, "percent", null, { counted: "territory" })] },
  { source: S4, sentence: "As one Islamic State operative told a western journalist,", expected: [] },
  { source: S4, sentence: "So I would be happy to trade the elimination of the Islamic State for a short-term increase in bombings.", expected: [] },
  { source: S4, sentence: "1 comment:", expected: [count("1 comment", 1, "comment")] },
  // Beyond the seeds: realistic news sentences
  { source: N, sentence: "COVID-19 has killed more than 6.9 million people worldwide, according to the WHO.", expected: [count("more than 6.9 million people", 6_900_000, "people", "over")] },
  { source: N, sentence: "The Pentagon said an F-16 fired two AGM-114 Hellfire missiles at the convoy.", expected: [count("two AGM-114 Hellfire missiles", 2, "missiles")] },
  { source: N, sentence: "Flight MH17 was shot down over eastern Ukraine on July 17, 2014, killing all 298 people on board.", expected: [date("July 17, 2014", 20140717), count("298 people", 298, "people")] },
  { source: N, sentence: "Leaders of the G20 met in Hamburg, where about 20,000 police officers were deployed.", expected: [count("about 20,000 police officers", 20000, "officers", "about")] },
  { source: N, sentence: "UN Security Council Resolution 2254, adopted in December 2015, calls for a ceasefire.", expected: [date("December 2015", 20151200)] },
  { source: N, sentence: "The convoy included a 4x4 pickup and two armoured vehicles.", expected: [count("two armoured vehicles", 2, "vehicles")] },
  { source: N, sentence: "Call the hotline on 0800 555 0199 or +44 20 7946 0958.", expected: [] },
  { source: N, sentence: "The app's version 2.3.1 fixed the bug first reported in v2.2.", expected: [] },
  { source: N, sentence: "Al-Qaeda in the Arabian Peninsula claimed the attack.", expected: [] },
  { source: N, sentence: "Iraq's population is roughly 40 million, and nearly 60 percent of Iraqis are under 25.", expected: [count("roughly 40 million", 40_000_000, undefined, "about"), fig("nearly 60 percent of Iraqis", 60, "percent", "nearly", { counted: "iraqis" }), fig("under 25", 25, "age", "under")] },
  { source: N, sentence: "The UN estimates that between 400,000 and 500,000 people have been killed since 2011.", expected: [fig("between 400,000 and 500,000 people", 450_000, "count", null, { low: 400_000, high: 500_000, counted: "people" }), year("2011")] },
  { source: N, sentence: "Some 5.6 million Syrians are registered as refugees, and 6.2 million more are displaced inside the country.", expected: [count("Some 5.6 million Syrians", 5_600_000, "syrians", "about"), count("6.2 million", 6_200_000)] },
  { source: N, sentence: "The coalition says it carried out more than 34,000 strikes between August 2014 and December 2017.", expected: [count("more than 34,000 strikes", 34000, "strikes", "over"), date("August 2014", 20140800), date("December 2017", 20171200)] },
  { source: N, sentence: "The fighters, aged 18 to 25, were recruited from the camps.", expected: [fig("aged 18 to 25", 21.5, "age", null, { low: 18, high: 25 })] },
  { source: N, sentence: "A 27-year-old woman and her two children were among the dead.", expected: [fig("27-year-old woman", 27, "age", null, { counted: "woman" }), count("two children", 2, "children")] },
  { source: N, sentence: "Prices of bread rose by 300% in 2016, while salaries fell by a third.", expected: [fig("300%", 300, "percent"), year("2016"), fig("a third", 1 / 3, "fraction")] },
  { source: N, sentence: "Turkey hosts over 3.6 million refugees, roughly half of them children.", expected: [count("over 3.6 million refugees", 3_600_000, "refugees", "over"), fig("roughly half", 0.5, "fraction", "about")] },
  { source: N, sentence: "Only one in ten families has access to clean water.", expected: [fig("one in ten families", 0.1, "fraction", null, { counted: "families" })] },
  { source: N, sentence: "Two-thirds of the city's hospitals were destroyed.", expected: [fig("Two-thirds of the city's hospitals", 2 / 3, "fraction", null, { counted: "hospitals" })] },
  { source: N, sentence: "The offensive cost an estimated $1.2 billion.", expected: [fig("an estimated $1.2 billion", 1.2e9, "currency", "about", { counted: "dollars" })] },
  { source: N, sentence: "Saudi Arabia pledged €3bn and the UK £500m in aid.", expected: [fig("€3bn", 3e9, "currency", null, { counted: "euros" }), fig("£500m", 5e8, "currency", null, { counted: "pounds" })] },
  { source: N, sentence: "He was sentenced to 15 years in prison at the age of 19.", expected: [count("15 years", 15, "years"), fig("at the age of 19", 19, "age")] },
  { source: N, sentence: "The siege of Aleppo lasted four years, from July 2012 to December 2016.", expected: [count("four years", 4, "years"), date("July 2012", 20120700), date("December 2016", 20161200)] },
  { source: N, sentence: "Dozens of people were killed and hundreds more injured.", expected: [fig("Dozens of people", 72, "count", null, { low: 24, high: 120, counted: "people" }), fig("hundreds", 600, "count", null, { low: 200, high: 1000 })] },
  { source: N, sentence: "Tens of thousands of civilians fled the city in the first week.", expected: [fig("Tens of thousands of civilians", 60000, "count", null, { low: 20000, high: 100000, counted: "civilians" })] },
  { source: N, sentence: "Hundreds of thousands of people have died in the war.", expected: [fig("Hundreds of thousands of people", 600000, "count", null, { low: 200000, high: 1e6, counted: "people" })] },
  { source: N, sentence: "The attack on the base killed 12 soldiers and wounded 27 others.", expected: [count("12 soldiers", 12, "soldiers"), count("27 others", 27, "others")] },
  { source: N, sentence: "Police said fewer than 100 people attended the rally on 3 March.", expected: [count("fewer than 100 people", 100, "people", "under"), date("3 March", 303)] },
  { source: N, sentence: "The group's fighters numbered no more than 1,000 at its peak.", expected: [count("no more than 1,000", 1000, undefined, "at most")] },
  { source: N, sentence: "At least a dozen drones were shot down overnight.", expected: [count("At least a dozen drones", 12, "drones", "at least")] },
  { source: N, sentence: "Up to 70 percent of the old city was destroyed, officials said.", expected: [fig("Up to 70 percent of the old city", 70, "percent", "at most", { counted: "city" })] },
  { source: N, sentence: "The population of Raqqa was about 220,000 before the war.", expected: [count("about 220,000", 220_000, undefined, "about")] },
  { source: N, sentence: "Exactly 1,000 days after the fall of Mosul, the city was retaken.", expected: [count("Exactly 1,000 days", 1000, "days", "exactly")] },
  { source: N, sentence: "Nearly half of all Syrians have been forced from their homes.", expected: [fig("Nearly half of all Syrians", 0.5, "fraction", "nearly", { counted: "syrians" })] },
  { source: N, sentence: "Turnout was just over 44 per cent, down from 51% in 2014.", expected: [fig("just over 44 per cent", 44, "percent", "over"), fig("51%", 51, "percent"), year("2014")] },
  { source: N, sentence: "The economy shrank by 12.5 percent in 2015 and inflation reached 38%.", expected: [fig("12.5 percent", 12.5, "percent"), year("2015"), fig("38%", 38, "percent")] },
  { source: N, sentence: "A 2014 law gave the courts new powers.", expected: [year("2014")] },
  { source: N, sentence: "The 1990s saw the rise of jihadist groups in the region.", expected: [fig("1990s", 1994.5, "year", null, { low: 1990, high: 1999 })] },
  { source: N, sentence: "In 2003, 150,000 US troops invaded Iraq.", expected: [year("2003"), count("150,000 US troops", 150_000, "troops")] },
  { source: N, sentence: "The report was published on 2017-08-03 and updated on 5/9/2017.", expected: [date("2017-08-03", 20170803), date("5/9/2017", 20170905)] },
  { source: N, sentence: "The first three days of the offensive were the bloodiest.", expected: [count("three days", 3, "days")] },
  { source: N, sentence: "Their side won 3-1 in the final.", expected: [] },
  { source: N, sentence: "Operation Inherent Resolve formally began on 15 October 2014.", expected: [date("15 October 2014", 20141015)] },
  { source: N, sentence: "Schools reopened at 8:30 am after a 3-day closure.", expected: [count("3-day", 3, "day")] },
  { source: N, sentence: "The Boeing 737 crashed shortly after take-off, killing all 176 people on board.", expected: [count("176 people", 176, "people")] },
  { source: N, sentence: "The 5,000-strong force includes 800 Kurdish fighters.", expected: [count("5,000-strong force", 5000, "force"), count("800 Kurdish fighters", 800, "fighters")] },
  { source: N, sentence: "Between 2014 and 2017, the caliphate lost most of its territory.", expected: [fig("Between 2014 and 2017", 2015.5, "year", null, { low: 2014, high: 2017 })] },
  { source: N, sentence: "The city lies 450 km north of Baghdad.", expected: [fig("450 km", 450, "other", null, { counted: "km" })] },
  { source: N, sentence: "ISIS controlled an area of about 88,000 square kilometres at its height.", expected: [fig("about 88,000 square kilometres", 88000, "other", "about", { counted: "square km" })] },
  { source: N, sentence: "The attack left 30 dead and 120 wounded.", expected: [count("30 dead", 30, "dead"), count("120 wounded", 120, "wounded")] },
  { source: N, sentence: "One person was killed and two others were injured.", expected: [count("One person", 1, "person"), count("two others", 2, "others")] },
  { source: N, sentence: "The 9/11 attacks killed nearly 3,000 people.", expected: [count("nearly 3,000 people", 3000, "people", "nearly")] },
  { source: N, sentence: "Prime Minister Haider al-Abadi announced victory on December 9.", expected: [date("December 9", 1209)] },
  { source: N, sentence: "More than a third of the fighters were foreigners.", expected: [fig("More than a third of the fighters", 1 / 3, "fraction", "over", { counted: "fighters" })] },
  { source: N, sentence: "The militants executed 17 men in public on Friday.", expected: [count("17 men", 17, "men")] },
  { source: N, sentence: "Article 50 was triggered on 29 March 2017.", expected: [date("29 March 2017", 20170329)] },
  { source: N, sentence: "The town is home to some 25,000 people, mostly Sunni Arabs.", expected: [count("some 25,000 people", 25000, "people", "about")] },
  { source: N, sentence: "About 1 in 5 children in the camp is malnourished.", expected: [fig("About 1 in 5 children", 0.2, "fraction", "about", { counted: "children" })] },
  { source: N, sentence: "The ceasefire held for 48 hours.", expected: [count("48 hours", 48, "hours")] },
  { source: N, sentence: "The US has spent $14.3 billion on the campaign, or $13.6 million a day.", expected: [fig("$14.3 billion", 14.3e9, "currency", null, { counted: "dollars" }), fig("$13.6 million", 13.6e6, "currency", null, { counted: "dollars" })] },
  { source: N, sentence: "A third of the 3.4 million people living in the province need food aid.", expected: [fig("A third", 1 / 3, "fraction"), count("3.4 million people", 3_400_000, "people")] },
  { source: N, sentence: "About 5 million dollars was seized, along with 300 kg of explosives.", expected: [fig("About 5 million dollars", 5e6, "currency", "about", { counted: "dollars" }), fig("300 kg", 300, "other", null, { counted: "kg" })] },
  { source: N, sentence: "The 12-year-old boy and two or three other children survived.", expected: [fig("12-year-old boy", 12, "age", null, { counted: "boy" }), fig("two or three other children", 2.5, "count", null, { low: 2, high: 3, counted: "children" })] },
  { source: N, sentence: "Several hundred protesters gathered, and a few thousand more joined later.", expected: [fig("Several hundred protesters", 600, "count", null, { low: 300, high: 900, counted: "protesters" }), fig("a few thousand", 3500, "count", null, { low: 2000, high: 5000 })] },
  { source: N, sentence: "Its budget fell to US$1.5bn, 20-30 percent below the 2016 level.", expected: [fig("US$1.5bn", 1.5e9, "currency", null, { counted: "dollars" }), fig("20-30 percent", 25, "percent", null, { low: 20, high: 30 }), year("2016")] },
  { source: N, sentence: "Half a million refugees crossed into Jordan in mid-2013.", expected: [count("Half a million refugees", 500_000, "refugees"), year("2013")] },
  // Labelled before the detector was run on them
  { source: N, sentence: "The Syrian Observatory for Human Rights said at least 47 civilians, including 12 children, were killed.", expected: [count("at least 47 civilians", 47, "civilians", "at least"), count("12 children", 12, "children")] },
  { source: N, sentence: "Roughly one-third of the country's wheat crop was lost to drought.", expected: [fig("Roughly one-third of the country's wheat crop", 1 / 3, "fraction", "about", { counted: "crop" })] },
  { source: N, sentence: "The militia claims to have 15,000 to 20,000 members.", expected: [fig("15,000 to 20,000 members", 17500, "count", null, { low: 15000, high: 20000, counted: "members" })] },
  { source: N, sentence: "Unemployment in Gaza stands at 45 percent, the highest rate in a decade.", expected: [fig("45 percent", 45, "percent")] },
  { source: N, sentence: "Over the past 18 months, prices have doubled.", expected: [count("18 months", 18, "months")] },
  { source: N, sentence: "The World Bank put reconstruction costs at $250bn.", expected: [fig("$250bn", 250e9, "currency", null, { counted: "dollars" })] },
  { source: N, sentence: "Some 40 per cent of the budget goes to defence.", expected: [fig("Some 40 per cent of the budget", 40, "percent", "about", { counted: "budget" })] },
  { source: N, sentence: "Four journalists were detained on Tuesday.", expected: [count("Four journalists", 4, "journalists")] },
  { source: N, sentence: "Eleven people, among them a nine-year-old girl, died in the blaze.", expected: [count("Eleven people", 11, "people"), fig("nine-year-old girl", 9, "age", null, { counted: "girl" })] },
  { source: N, sentence: "The camp, home to 70,000 people, is 80% women and children.", expected: [count("70,000 people", 70000, "people"), fig("80%", 80, "percent")] },
  { source: N, sentence: "Fighters were paid between $400 and $600 a month.", expected: [fig("between $400 and $600", 500, "currency", null, { low: 400, high: 600, counted: "dollars" })] },
  { source: N, sentence: "The dam holds 12 billion cubic metres of water.", expected: [fig("12 billion cubic metres", 12e9, "other", null, { counted: "cubic metres" })] },
  { source: N, sentence: "A total of 1,742 people were evacuated in three days.", expected: [count("1,742 people", 1742, "people"), count("three days", 3, "days")] },
  { source: N, sentence: "More than 90% of the city's buildings were damaged or destroyed.", expected: [fig("More than 90% of the city's buildings", 90, "percent", "over", { counted: "buildings" })] },
  { source: N, sentence: "The president, 71, said he would not run again.", expected: [fig("71", 71, "age")] },
  { source: N, sentence: "Mosul, Iraq's second-largest city, fell in June 2014.", expected: [date("June 2014", 20140600)] },
  { source: N, sentence: "Islamic State lost 60 percent of its territory and 80 percent of its revenue, the study found.", expected: [fig("60 percent of its territory", 60, "percent", null, { counted: "territory" }), fig("80 percent of its revenue", 80, "percent", null, { counted: "revenue" })] },
  { source: N, sentence: "About 2.5m Iraqis remain displaced.", expected: [count("About 2.5m Iraqis", 2_500_000, "iraqis", "about")] },
  { source: N, sentence: "The number of attacks fell from 1,200 in 2016 to 700 in 2017.", expected: [count("1,200", 1200), year("2016"), count("700", 700), year("2017")] },
  { source: N, sentence: "He has spent 30 years in politics, including nine as minister.", expected: [count("30 years", 30, "years"), count("nine", 9)] },
  { source: N, sentence: "Only 3 out of 10 schools are functioning.", expected: [fig("3 out of 10 schools", 0.3, "fraction", null, { counted: "schools" })] },
  { source: N, sentence: "Nearly two million people live in the enclave.", expected: [count("Nearly two million people", 2e6, "people", "nearly")] },
  { source: N, sentence: "The group has between 3,000 and 5,000 fighters in Syria.", expected: [fig("between 3,000 and 5,000 fighters", 4000, "count", null, { low: 3000, high: 5000, counted: "fighters" })] },
  { source: N, sentence: "Temperatures in Basra reached 50 degrees.", expected: [fig("50 degrees", 50, "other", null, { counted: "degrees" })] },
  { source: N, sentence: "In the 2018 election, turnout fell to 44.5%.", expected: [year("2018"), fig("44.5%", 44.5, "percent")] },
  { source: N, sentence: "Twenty-five people were wounded in the attack.", expected: [count("Twenty-five people", 25, "people")] },
  { source: N, sentence: "They were offered 5,000 Syrian pounds each.", expected: [fig("5,000 Syrian pounds", 5000, "currency", null, { counted: "pounds" })] },
  { source: N, sentence: "The agreement was signed on March 20, 2019, in Doha.", expected: [date("March 20, 2019", 20190320)] },
  { source: N, sentence: "A quarter of all refugees are under the age of five.", expected: [fig("A quarter of all refugees", 0.25, "fraction", null, { counted: "refugees" }), fig("under the age of five", 5, "age", "under")] },
  { source: N, sentence: "Hezbollah has an estimated 100,000 rockets.", expected: [count("an estimated 100,000 rockets", 100_000, "rockets", "about")] },
  { source: N, sentence: "The Islamic State's second-in-command was killed in a drone strike.", expected: [] },
  { source: N, sentence: "He spoke on BBC Radio 4 about the crisis.", expected: [] },
  { source: N, sentence: "The summit was held at the Four Seasons hotel.", expected: [] },
  { source: N, sentence: "Russia's Su-35 jets and S-400 systems were deployed.", expected: [] },
  { source: N, sentence: "The one thing everyone agreed on was the need for a ceasefire.", expected: [] },
  // A second batch, also labelled before the detector was run on them
  { source: N, sentence: "Iraqi forces retook 95 percent of west Mosul within four months.", expected: [fig("95 percent of west Mosul", 95, "percent", null, { counted: "mosul" }), count("four months", 4, "months")] },
  { source: N, sentence: "Roughly 1,100 foreign fighters have returned to Tunisia.", expected: [count("Roughly 1,100 foreign fighters", 1100, "fighters", "about")] },
  { source: N, sentence: "The UN appealed for $3.2bn, but only 41% had been funded by October.", expected: [fig("$3.2bn", 3.2e9, "currency", null, { counted: "dollars" }), fig("41%", 41, "percent")] },
  { source: N, sentence: "An estimated 6,000 Yazidi women and girls were abducted in August 2014.", expected: [count("An estimated 6,000 Yazidi women and girls", 6000, "women and girls", "about"), date("August 2014", 20140800)] },
  { source: N, sentence: "More than half a million people have been killed.", expected: [count("More than half a million people", 500_000, "people", "over")] },
  { source: N, sentence: "A car bomb killed at least 30 people and wounded more than 60 in Baghdad on Sunday.", expected: [count("at least 30 people", 30, "people", "at least"), count("more than 60", 60, undefined, "over")] },
  { source: N, sentence: "Only two of the 15 hospitals in the province are still working.", expected: [count("two", 2), count("15 hospitals", 15, "hospitals")] },
  { source: N, sentence: "Some 300 to 400 families remain trapped.", expected: [fig("Some 300 to 400 families", 350, "count", "about", { low: 300, high: 400, counted: "families" })] },
  { source: N, sentence: "The ministry said 2,345 people had been arrested since January.", expected: [count("2,345 people", 2345, "people")] },
  { source: N, sentence: "Iraq's oil exports averaged 3.8 million barrels a day in 2017.", expected: [count("3.8 million barrels", 3_800_000, "barrels"), year("2017")] },
  { source: N, sentence: "Deir ez-Zor province is home to about 1.6 million people.", expected: [count("about 1.6 million people", 1_600_000, "people", "about")] },
  { source: N, sentence: "He was killed in an air strike on 7 July, three days after his 45th birthday.", expected: [date("7 July", 707), count("three days", 3, "days")] },
  { source: N, sentence: "The offensive involved around 100,000 troops and militiamen.", expected: [count("around 100,000 troops and militiamen", 100_000, "troops and militiamen", "about")] },
  { source: N, sentence: "A 2016 study found that one in three children showed signs of trauma.", expected: [year("2016"), fig("one in three children", 1 / 3, "fraction", null, { counted: "children" })] },
  { source: N, sentence: "Britain has carried out more than 1,700 strikes since 2014.", expected: [count("more than 1,700 strikes", 1700, "strikes", "over"), year("2014")] },
  { source: N, sentence: "The army claimed to have killed 250 militants, a figure that could not be verified.", expected: [count("250 militants", 250, "militants")] },
  { source: N, sentence: "The refugees, mostly women and children, numbered about 4,000.", expected: [count("about 4,000", 4000, undefined, "about")] },
  { source: N, sentence: "The cost of rebuilding Syria is estimated at between $250 billion and $400 billion.", expected: [fig("between $250 billion and $400 billion", 325e9, "currency", null, { low: 250e9, high: 400e9, counted: "dollars" })] },
  { source: N, sentence: "Only 12 of the 32 ministers attended the meeting.", expected: [count("12", 12), count("32 ministers", 32, "ministers")] },
  { source: N, sentence: "ISIS fighters fired 50 mortar rounds at the base overnight.", expected: [count("50 mortar rounds", 50, "rounds")] },
  { source: N, sentence: "Kurdish authorities hold roughly 2,000 foreign ISIS suspects and their 9,000 relatives.", expected: [count("roughly 2,000 foreign ISIS suspects", 2000, "suspects", "about"), count("9,000 relatives", 9000, "relatives")] },
  { source: N, sentence: "The town was besieged for 2 years and 3 months.", expected: [count("2 years", 2, "years"), count("3 months", 3, "months")] },
  { source: N, sentence: "Nearly 40,000 people, or about 8% of the population, fled in a week.", expected: [count("Nearly 40,000 people", 40000, "people", "nearly"), fig("about 8% of the population", 8, "percent", "about", { counted: "population" })] },
  { source: N, sentence: "The statement was signed by 22 Arab League members.", expected: [count("22 Arab League members", 22, "members")] },
  { source: N, sentence: "At 7.45am on Tuesday, a bomb exploded in the market.", expected: [] },
  { source: N, sentence: "Since 2011, the number of refugees has grown tenfold.", expected: [year("2011")] },
  { source: N, sentence: "Code 7 was called at the hospital's ward 3.", expected: [] },
  { source: N, sentence: "The first of the 3 convoys arrived on 1 May.", expected: [count("3 convoys", 3, "convoys"), date("1 May", 501)] },
  { source: N, sentence: "One-fifth of the territory remains contested.", expected: [fig("One-fifth of the territory", 0.2, "fraction", null, { counted: "territory" })] },
  { source: N, sentence: "Two hundred and fifty civilians were evacuated from the old city.", expected: [count("Two hundred and fifty civilians", 250, "civilians")] },
  // No figures at all
  { source: N, sentence: "The Kurds took the city after a long battle.", expected: [] },
  { source: N, sentence: "It was the first time the group had admitted defeat.", expected: [] },
  { source: N, sentence: "One of the commanders fled to Turkey, and no one knows where the other went.", expected: [] },
  { source: N, sentence: "A few fighters remained in the town, while several leaders were killed.", expected: [] },
  { source: N, sentence: "Many people fled over the border, and some estimates put the figure higher.", expected: [] },
  { source: N, sentence: "COVID-19 restrictions were lifted after the F-35 and Su-57 programmes were delayed.", expected: [] },
  { source: N, sentence: "The MH370 search was suspended; call 555-0143 for more information.", expected: [] },
  { source: N, sentence: "Update to version 10.2.1 before Friday; the ratio was 3:1 in favour.", expected: [] },
  { source: N, sentence: "His 2nd term began in January, and the 21st century has seen new wars.", expected: [] },
  { source: N, sentence: "Room 101 and Highway 1 were closed after the Windows 10 update.", expected: [] },
  { source: N, sentence: "The 9/11 commission met 24/7 during the crisis.", expected: [] },
  { source: N, sentence: "Al-Qaeda's leader appeared in a new video about the G-20 summit.", expected: [] },
  { source: N, sentence: "The talks went on for more than an hour, and about half the delegates left early.", expected: [fig("about half the delegates", 0.5, "fraction", "about", { counted: "delegates" })] },
];
