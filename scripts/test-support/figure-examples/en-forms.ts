// Labelled English sentences for the forms issue 13 lists ("English: read every form a news article uses"), one
// group per class. Written for these tests in a news register and labelled by hand from the conventions in
// detect.ts, before the detector was run on them.
import type { FigureQualifier, FigureUnit } from "@/lib/domain/figures/types";
import type { ExpectedFigure, LabelledExample } from "./en";

type Extra = Pick<ExpectedFigure, "counted" | "low" | "high">;
const fig = (text: string, value: number, unit: FigureUnit, qualifier: FigureQualifier | null = null, extra: Extra = {}): ExpectedFigure => ({
  text, value, unit, qualifier, ...extra,
});
const count = (text: string, value: number, counted?: string, qualifier: FigureQualifier | null = null) =>
  fig(text, value, "count", qualifier, counted ? { counted } : {});
const money = (text: string, value: number, counted: string, qualifier: FigureQualifier | null = null) =>
  fig(text, value, "currency", qualifier, { counted });
const measure = (text: string, value: number, counted: string, qualifier: FigureQualifier | null = null) =>
  fig(text, value, "other", qualifier, { counted });
const range = (text: string, low: number, high: number, unit: FigureUnit, counted?: string, qualifier: FigureQualifier | null = null) =>
  fig(text, (low + high) / 2, unit, qualifier, { low, high, ...(counted ? { counted } : {}) });
const N = "news";
const ex = (sentence: string, ...expected: ExpectedFigure[]): LabelledExample => ({ source: N, sentence, expected });

export const ENGLISH_FORM_EXAMPLES: Record<string, LabelledExample[]> = {
  "fractions with scales": [
    ex("Some 4 million and a half people depend on aid.", count("Some 4 million and a half people", 4_500_000, "people", "about")),
    ex("Half a million children are out of school.", count("Half a million children", 500_000, "children")),
    ex("A quarter million people marched in the capital.", count("A quarter million people", 250_000, "people")),
    ex("The fund lost a third of a million dollars.", money("a third of a million dollars", 1e6 / 3, "dollars")),
    ex("The world population passed seven billion and three quarters.", count("seven billion and three quarters", 7_750_000_000)),
    ex("About 3/4 of the voters stayed home.", fig("About 3/4 of the voters", 0.75, "fraction", "about", { counted: "voters" })),
    ex("The convoy travelled 2 1/4 miles before it was stopped.", measure("2 1/4 miles", 2.25, "miles")),
    ex("Prices rose 2½ times in a year.", count("2½ times", 2.5, "times")),
    ex("Aid reached ⅔ of the displaced families.", fig("⅔ of the displaced families", 2 / 3, "fraction", null, { counted: "families" })),
    ex("Nearly ¾ of the wells were dry.", fig("Nearly ¾ of the wells", 0.75, "fraction", "nearly", { counted: "wells" })),
    ex("A 2½ million dollar grant was approved.", money("2½ million dollar", 2_500_000, "dollars")),
    ex("Officials said about a fifth of the city was destroyed.", fig("about a fifth of the city", 0.2, "fraction", "about", { counted: "city" })),
    ex("Revenue rose a fifth last year.", fig("a fifth", 0.2, "fraction")),
    ex("Nearly a fifth were children, the agency said.", fig("Nearly a fifth", 0.2, "fraction", "nearly")),
    ex("The party won a fifth term in office."),
    ex("One and a half million people fled the region.", count("One and a half million people", 1_500_000, "people")),
  ],
  multipliers: [
    ex("Police found 3 dozen rifles in the house.", count("3 dozen rifles", 36, "rifles")),
    ex("The shop sold 3 dozen eggs a day.", count("3 dozen eggs", 36, "eggs")),
    ex("Officials counted 4 hundred and 35 graves.", count("4 hundred and 35 graves", 435, "graves")),
    ex("A dozen journalists were detained.", count("A dozen journalists", 12, "journalists")),
    ex("Police seized half a dozen rifles.", count("half a dozen rifles", 6, "rifles")),
    ex("Two dozen journalists were detained.", count("Two dozen journalists", 24, "journalists")),
  ],
  "money after the amount": [
    ex("The ministry asked for 40 million USD in emergency aid.", money("40 million USD", 40_000_000, "dollars")),
    ex("A ticket costs 20 € on the black market.", money("20 €", 20, "euros")),
    ex("Bread now costs 45 cents a loaf.", money("45 cents", 45, "cents")),
    ex("The stamp was sold for 150 pence.", money("150 pence", 150, "pence")),
    ex("The company declared a 9-cent dividend.", money("9-cent", 9, "cents")),
    ex("Exports reached 3 billion EUR last year.", money("3 billion EUR", 3e9, "euros")),
  ],
  "hyphenated measures": [
    ex("Engineers built a 20-foot wall around the camp.", measure("20-foot", 20, "feet")),
    ex("He was attacked with a 3-inch blade.", measure("3-inch", 3, "inches")),
    ex("Each family received a 10-gallon tank.", measure("10-gallon", 10, "gallons")),
    ex("A 500-horsepower engine powered the boat.", measure("500-horsepower", 500, "horsepower")),
    ex("The 40-mile road was closed for weeks.", measure("40-mile", 40, "miles")),
  ],
  "comparatives and open bounds": [
    ex("Losses were greater than 2,300 vehicles.", count("greater than 2,300 vehicles", 2300, "vehicles", "over")),
    ex("Casualties exceeding 400 were reported.", count("exceeding 400", 400, undefined, "over")),
    ex("Turnout surpassing 5,000 voters surprised observers.", count("surpassing 5,000 voters", 5000, "voters", "over")),
    ex("The camp holds 800 or more families.", count("800 or more families", 800, "families", "at least")),
    ex("Villages with 300 or fewer residents were skipped.", count("300 or fewer residents", 300, "residents", "at most")),
    ex("They expect 800 fighters or more in the city.", count("800 fighters or more", 800, "fighters", "at least")),
    ex("Wages were lower than 200 dollars a month.", money("lower than 200 dollars", 200, "dollars", "under")),
  ],
  "ages written out": [
    ex("A two-year-old girl was among the victims.", fig("two-year-old girl", 2, "age", null, { counted: "girl" })),
    ex("The youngest victim was eleven months old.", fig("eleven months old", 11, "age", null, { counted: "months" })),
    ex("The prisoner, eighty years of age, was released.", fig("eighty years of age", 80, "age")),
    ex("An 11-month-old baby was pulled from the rubble.", fig("11-month-old", 11, "age", null, { counted: "months" })),
    ex("Doctors treated a six-week-old boy for burns.", fig("six-week-old", 6, "age", null, { counted: "weeks" })),
    ex("The oldest hostage is 84 years old.", fig("84 years old", 84, "age")),
    ex("Her son, aged eleven months, survived the crossing.", fig("aged eleven months", 11, "age", null, { counted: "months" })),
    ex("The camp school takes five-year-olds and older children.", fig("five-year-olds", 5, "age")),
    ex("A woman of 75 years of age was shot at the checkpoint.", fig("75 years of age", 75, "age")),
    ex("Twelve-year-old Amal walked for nine days.", fig("Twelve-year-old", 12, "age"), count("nine days", 9, "days")),
  ],
  "abbreviated scales": [
    ex("The protest drew 10k people to the square.", count("10k people", 10_000, "people")),
    ex("The plan costs 1.2bn over five years.", count("1.2bn", 1.2e9), count("five years", 5, "years")),
    ex("Investors put in $2.5B last quarter.", money("$2.5B", 2.5e9, "dollars")),
    ex("The video was viewed 10M times.", count("10M times", 10_000_000, "times")),
    ex("The region has 10 mln inhabitants.", count("10 mln inhabitants", 10_000_000, "inhabitants")),
    ex("Debts of 10 bln were written off.", count("10 bln", 10_000_000_000)),
    ex("He was paid $1MM for the rights.", money("$1MM", 1_000_000, "dollars")),
    ex("The city needs 2mil tonnes of grain.", measure("2mil tonnes", 2_000_000, "tonnes")),
    ex("Estimates put the total at 3k–8k fighters.", range("3k–8k fighters", 3000, 8000, "count", "fighters")),
  ],
  "grouping and signs": [
    ex("The census counted 1 234 567 residents.", count("1 234 567 residents", 1_234_567, "residents")),
    ex("Interest rose to .08 percent.", fig(".08 percent", 0.08, "percent")),
    ex("The temperature fell to minus 5 overnight.", count("minus 5", -5)),
    ex("At night it was −5 °C in the camps.", measure("−5 °C", -5, "degrees celsius")),
    ex("Overnight lows of -12 degrees were recorded.", measure("-12 degrees", -12, "degrees")),
    ex("The country's debt is 15 lakh rupees per head.", money("15 lakh rupees", 1_500_000, "rupees")),
    ex("The fine was 2 crore rupees.", money("2 crore rupees", 20_000_000, "rupees")),
  ],
  ranges: [
    ex("The unit lost from 20 to 30 fighters a week.", range("20 to 30 fighters", 20, 30, "count", "fighters")),
    ex("Estimates range from 200 to 300 dead.", range("200 to 300 dead", 200, 300, "count", "dead")),
    ex("Classes of 10 through 15 pupils were formed.", range("10 through 15 pupils", 10, 15, "count", "pupils")),
    ex("Temperatures were between minus 5 and 12 degrees.", range("between minus 5 and 12 degrees", -5, 12, "other", "degrees")),
    ex("Each truck carried 20 - 25 tonnes.", range("20 - 25 tonnes", 20, 25, "other", "tonnes")),
    ex("Turnout was more than 40 percent and less than 60 percent.", range("more than 40 percent and less than 60 percent", 40, 60, "percent")),
    ex("The camp holds more than 2,000 and less than 3,000 people.", range("more than 2,000 and less than 3,000 people", 2000, 3000, "count", "people")),
    ex("The fine is no more than $500 and no less than $100.", range("no more than $500 and no less than $100", 100, 500, "currency", "dollars")),
    ex("Losses of more than 200 and fewer than 300 fighters were reported.", range("more than 200 and fewer than 300 fighters", 200, 300, "count", "fighters")),
    ex("Temperatures ranged from minus 5 to 12 degrees.", range("minus 5 to 12 degrees", -5, 12, "other", "degrees")),
    ex("It was between -5 and 12 °C in the camp.", range("between -5 and 12 °C", -5, 12, "other", "degrees celsius")),
  ],
  "a change is not a range": [
    ex("Attacks rose by 15 to 40 a week.", count("15", 15), count("40", 40)),
    ex("Revenue fell 3% to $1.2 billion.", fig("3%", 3, "percent"), money("$1.2 billion", 1.2e9, "dollars")),
    ex("The death toll rose from 120 to 180.", count("120", 120), count("180", 180)),
    ex("Unemployment climbed from 8% to 11%.", fig("8%", 8, "percent"), fig("11%", 11, "percent")),
    ex("Prices rose from $2 to $5 a loaf.", money("$2", 2, "dollars"), money("$5", 5, "dollars")),
    ex("The number of refugees went up from 1 million to 2 million.", count("1 million", 1e6), count("2 million", 2e6)),
    ex("The estimate was revised from 10,000 to 12,000 deaths.", count("10,000", 10_000), count("12,000 deaths", 12_000, "deaths")),
    ex("The army grew from 20,000 to 50,000 troops.", count("20,000", 20_000), count("50,000 troops", 50_000, "troops")),
    ex("Sales were up 3% to $1.2 billion.", fig("3%", 3, "percent"), money("$1.2 billion", 1.2e9, "dollars")),
  ],
  "units of measure": [
    ex("The phone ships with 64GB of storage.", measure("64GB", 64, "gb")),
    ex("The signal was jammed at 20kHz.", measure("20kHz", 20, "khz")),
    ex("Warming must stay below 2 degrees Celsius.", measure("below 2 degrees Celsius", 2, "degrees celsius", "under")),
    ex("The refugees walked 40 miles to the border.", measure("40 miles", 40, "miles")),
    ex("The plant produces 300 megawatts.", measure("300 megawatts", 300, "megawatts")),
  ],
  // "over" a duration is the period something happens over, unless a word around it asks for a length.
  "over a period": [
    ex("Donors pledged $6bn for reconstruction over five years.", money("$6bn", 6e9, "dollars"), count("five years", 5, "years")),
    ex("Food prices doubled over two years.", count("two years", 2, "years")),
    ex("The programme will train 5,000 nurses over the next three years.", count("5,000 nurses", 5000, "nurses"), count("three years", 3, "years")),
    ex("He was detained for over four years.", count("over four years", 4, "years", "over")),
    ex("It was the worst drought in over 40 years.", count("over 40 years", 40, "years", "over")),
    ex("Children over five years old were vaccinated first.", fig("over five years old", 5, "age", "over")),
    ex("The country has endured over ten years of war.", count("over ten years", 10, "years", "over")),
    ex("Over 20 years ago, the dam burst.", count("Over 20 years", 20, "years", "over")),
  ],
  identifiers: [
    ex("The update for Windows 11 was delayed."),
    ex("The Airbus A380 landed safely."),
    ex("Traffic on Route 66 was diverted."),
    ex("Leaders of the G7 met in Italy."),
    ex("Game 2 was postponed because of the protests."),
    ex("Section 4 of the law was struck down."),
    ex("The FTSE 100 closed lower on Friday."),
    ex("Flight MH17 was shot down over Ukraine."),
    ex("The F-35 order was delayed again."),
    ex("The AGM-114 missile was fired from a drone."),
    ex("Cases of COVID-19 rose in the camps."),
    ex("Resolution 1441 gave Iraq a final chance."),
    ex("Call the embassy on +44 20 7946 0958 for help."),
    ex("Readers may call +1 (202) 555-0143 with tips."),
    ex("The hotline, (202) 555-0143, is open all night."),
    ex("Dial +971 2 444 0000 from abroad."),
    ex("The consulate answers on +33 1 43 12 22 22."),
  ],
};
