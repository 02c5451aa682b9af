// Deterministic news-like English text for benchmarks: recombined sentence templates with dates of
// many kinds, numbers and names, about one date expression every two or three sentences.
'use strict';

const PEOPLE = ['Maria Lindqvist', 'Ahmed Karimi', 'Chen Wei', 'Olusegun Adeyemi', 'Sofia Marchetti', 'James Okafor', 'Ingrid Novak', 'Rafael Ortega'];
const PLACES = ['Rotterdam', 'Nairobi', 'Lima', 'Osaka', 'Gdansk', 'Porto Alegre', 'Marseille', 'Chennai'];
const ORGS = ['the port authority', 'the central bank', 'the transport ministry', 'the city council', 'the dockworkers union', 'the regional court', 'the energy regulator'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const TEMPLATES = [
  (r) => `${r.person()} said on ${r.weekday()} that ${r.org()} would review the plan.`,
  (r) => `The vote is expected on ${r.weekday()}, officials in ${r.place()} said.`,
  (r) => `Exports rose ${r.num(1, 9)}.${r.num(0, 9)} percent in ${r.month()}, the customs office said.`,
  (r) => `${r.org()} will meet again next week to discuss ${r.num(2, 40)} proposals.`,
  (r) => `About ${r.num(200, 2000).toLocaleString('en')} workers joined the protest in ${r.place()}.`,
  (r) => `The strike lasted for ${r.num(2, 9)} weeks and cost the city an estimated ${r.num(2, 90)} million euros.`,
  (r) => `Talks broke down earlier this month after ${r.person()} walked out.`,
  (r) => `The company reported a loss for the third quarter, compared with a profit a year earlier.`,
  (r) => `Prices had fallen in ${r.num(1998, 2023)}, before recovering between ${r.num(2004, 2010)} and ${r.num(2012, 2020)}.`,
  (r) => `The court adjourned until ${r.abbr()} ${r.num(1, 28)}, when it will hear the appeal.`,
  (r) => `Ministers met from ${r.abbr()} ${r.num(1, 20)} to ${r.num(21, 28)} in ${r.place()}.`,
  (r) => `${r.person()} arrived in ${r.place()} on ${r.weekday()} evening. The following day, she met ${r.org()}.`,
  (r) => `Residents said the water had been cut off for ${r.num(2, 9)} days.`,
  (r) => `The plant, built in the ${r.num(195, 199)}0s, employs ${r.num(100, 900)} people.`,
  (r) => `${r.org()} recently raised its forecast for next year.`,
  (r) => `The museum opens every ${r.weekday()} at 10 a.m.`,
  (r) => `Shares closed ${r.num(1, 9)} cents higher at $${r.num(10, 90)}.${r.num(10, 99)}.`,
  (r) => `The report, released on ${r.weekday()}, covers the period from January ${r.num(2015, 2020)} to December ${r.num(2021, 2024)}.`,
  (r) => `A spokesman for ${r.org()} declined to comment.`,
  (r) => `Flights resumed at ${r.num(1, 12)}:${r.num(10, 59)} a.m. on ${r.weekday()}, the airport said.`,
  (r) => `The match ended in a ${r.num(0, 4)}-${r.num(0, 4)} draw.`,
  (r) => `${r.person()}, who leads ${r.org()}, said the figures were encouraging.`,
  (r) => `Inflation slowed to ${r.num(1, 9)}.${r.num(0, 9)} percent in the first half of ${r.num(2019, 2024)}.`,
  (r) => `Two days earlier, police had closed the main road into ${r.place()}.`,
  (r) => `The bridge is due to reopen by the end of the month.`,
  (r) => `Officials may decide to extend the measures in the spring.`,
  (r) => `The ${r.num(20, 40)}th Meeting of the council was held in ${r.place()}.`,
  (r) => `Demand has grown steadily in recent years, analysts said.`,
  (r) => `The agency will publish its next report on ${r.month()} ${r.num(1, 28)}.`,
  (r) => `Crowds marched ahead despite the rain, carrying banners and flags.`,
  (r) => `The contract runs until ${r.num(2026, 2032)}.`,
  (r) => `Volunteers worked through the night to clear the debris.`,
  (r) => `Last year, the city received ${r.num(2, 9)} million visitors.`,
  (r) => `${r.person()} told reporters the decision was final.`,
  (r) => `The festival returns this summer after a two-year break.`,
  (r) => `It was the worst storm since ${r.abbr()} ${r.num(1, 28)}, ${r.num(1990, 2020)}.`,
  (r) => `The minister is set to visit ${r.place()} on ${r.weekday()}.`,
  (r) => `Turnout was ${r.num(40, 80)} percent, the election commission said.`,
  (r) => `Construction began in late ${r.num(2019, 2024)} and is now half complete.`,
  (r) => `The trial is expected to last several months.`,
  (r) => `Three weeks ago, the same group staged a sit-in outside ${r.org()}.`,
  (r) => `${r.org()} said it had received ${r.num(30, 400)} complaints.`,
  (r) => `Repairs will take until the second quarter, engineers estimate.`,
  (r) => `Schools in ${r.place()} stayed closed on ${r.weekday()} and ${r.weekday()}.`,
  (r) => `The team trains daily at the old stadium.`,
  (r) => `Ticket sales rose sharply in the week of ${r.month()} ${r.num(1, 24)}.`,
  (r) => `The company was founded in ${r.num(1950, 2010)} by two brothers from ${r.place()}.`,
  (r) => `Nobody was hurt, according to the fire service.`,
  (r) => `The hearing was postponed to a later date.`,
  (r) => `By ${r.weekday()} morning, the river had fallen by ${r.num(1, 3)} metres.`,
  (r) => `Officials now say the project will cost twice as much.`,
  (r) => `The plan was first announced in ${r.month()} ${r.num(2018, 2024)}.`,
  (r) => `Fishermen said catches had been poor for decades.`,
  (r) => `The union's ${r.num(300, 900)} delegates will vote soon.`,
  (r) => `Another round of talks is planned for early next year.`,
  (r) => `The Sun newspaper first reported the story.`,
  (r) => `Water rates will rise on ${r.abbr()} ${r.num(1, 28)}, the utility said.`,
  (r) => `${r.person()} served as mayor from ${r.num(1990, 2000)} to ${r.num(2001, 2012)}.`,
  (r) => `Sales in the fourth quarter of ${r.num(2015, 2024)} were the highest on record.`,
  (r) => `Witnesses said the fire started shortly after midnight.`,
];

function makeRandom(seed) {
  let s = seed >>> 0;
  const next = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  return {
    next,
    num: (a, b) => a + Math.floor(next() * (b - a + 1)),
    person: () => pick(PEOPLE), place: () => pick(PLACES), org: () => pick(ORGS),
    weekday: () => pick(WEEKDAYS), month: () => pick(MONTHS), abbr: () => pick(ABBR), pick,
  };
}

/** At least `bytes` bytes of news-like text, the same for the same seed. */
function makeNewsText(bytes, seed = 42) {
  const r = makeRandom(seed);
  const paras = [];
  let size = 0;
  while (size < bytes) {
    const n = r.num(2, 5);
    const sentences = [];
    for (let i = 0; i < n; i++) sentences.push(r.pick(TEMPLATES)(r));
    const p = sentences.join(' ');
    paras.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paras.join('\n\n') + '\n';
}

module.exports = { makeNewsText };
