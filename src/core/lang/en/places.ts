/**
 * The country an article is about, for the holidays and national days that differ by country
 * ("Independence Day" is July 4 in the United States, August 15 in India): from the place names in its
 * dateline and text. A table of countries, their adjectives and their best-known cities; a name in the
 * first lines (the dateline's place) weighs more than one further down. One linear pass.
 */

/** Country code → the names that point to it (capitalised as the text writes them). */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  us: ['United States', 'U.S.', 'US', 'USA', 'America', 'American', 'Americans', 'Washington', 'New York', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Boston', 'Miami', 'Atlanta', 'Seattle', 'Denver', 'Dallas', 'San Francisco', 'Detroit', 'Des Moines', 'Philadelphia', 'Congress', 'Senate', 'White House'],
  ca: ['Canada', 'Canadian', 'Canadians', 'Toronto', 'Ottawa', 'Montreal', 'Vancouver', 'Calgary', 'Ontario', 'Quebec'],
  gb: ['United Kingdom', 'U.K.', 'UK', 'Britain', 'British', 'England', 'English', 'Scotland', 'Scottish', 'Wales', 'Welsh', 'London', 'Manchester', 'Birmingham', 'Glasgow', 'Edinburgh', 'Cardiff', 'Westminster', 'Whitehall'],
  ie: ['Ireland', 'Irish', 'Dublin', 'Cork', 'Limerick', 'Galway'],
  au: ['Australia', 'Australian', 'Australians', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Canberra', 'Adelaide'],
  nz: ['New Zealand', 'Auckland', 'Wellington', 'Christchurch'],
  in: ['India', 'Indian', 'Indians', 'New Delhi', 'Delhi', 'Mumbai', 'Bengaluru', 'Bangalore', 'Chennai', 'Kolkata', 'Hyderabad'],
  pk: ['Pakistan', 'Pakistani', 'Islamabad', 'Karachi', 'Lahore'],
  fr: ['France', 'French', 'Paris', 'Marseille', 'Lyon'],
  de: ['Germany', 'German', 'Berlin', 'Munich', 'Hamburg', 'Frankfurt'],
  mx: ['Mexico', 'Mexican', 'Mexico City', 'Guadalajara'],
  ph: ['Philippines', 'Philippine', 'Filipino', 'Manila'],
  ng: ['Nigeria', 'Nigerian', 'Lagos', 'Abuja'],
  ke: ['Kenya', 'Kenyan', 'Nairobi', 'Mombasa'],
  za: ['South Africa', 'South African', 'Johannesburg', 'Cape Town', 'Pretoria'],
  gh: ['Ghana', 'Ghanaian', 'Accra'],
  sg: ['Singapore', 'Singaporean'],
  my: ['Malaysia', 'Malaysian', 'Kuala Lumpur'],
  id: ['Indonesia', 'Indonesian', 'Jakarta'],
  il: ['Israel', 'Israeli', 'Jerusalem', 'Tel Aviv'],
  ua: ['Ukraine', 'Ukrainian', 'Kyiv', 'Kiev'],
  ru: ['Russia', 'Russian', 'Moscow'],
  cn: ['China', 'Chinese', 'Beijing', 'Shanghai'],
  jp: ['Japan', 'Japanese', 'Tokyo', 'Osaka'],
  br: ['Brazil', 'Brazilian', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Brasilia'],
  ar: ['Argentina', 'Argentine', 'Buenos Aires'],
  kr: ['South Korea', 'Korean', 'Seoul'],
  pt: ['Portugal', 'Portuguese', 'Lisbon'],
  es: ['Spain', 'Spanish', 'Madrid', 'Barcelona'],
  it: ['Italy', 'Italian', 'Rome', 'Milan'],
  nl: ['Netherlands', 'Dutch', 'Amsterdam', 'Rotterdam'],
};

const CODE = new Map<string, string>();
// Datelines write their place in capitals ("BENGALURU, Jan 16"): every name longer than a short form also in capitals.
for (const [code, names] of Object.entries(PLACES)) for (const n of names) { CODE.set(n, code); if (n.length > 3) CODE.set(n.toUpperCase(), code); }
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest names first, so that "New York" is read before "York" could be (and "South Africa" before "Africa").
const PLACE_RE = new RegExp(`(?<![A-Za-z])(?:${[...CODE.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z])`, 'g');

/** How far into the text a place counts as the dateline's (its first lines). */
const HEAD = 400;
/** How much of a long text is read (the country shows early). */
const READ = 20000;

/** The country code of the place the article is about, or null when it names none. */
export function countryOf(text: string): string | null {
  const score = new Map<string, number>();
  const s = text.length > READ ? text.slice(0, READ) : text;
  PLACE_RE.lastIndex = 0;
  for (let m = PLACE_RE.exec(s); m !== null; m = PLACE_RE.exec(s)) {
    const code = CODE.get(m[0])!;
    // The first place of all, in the first lines, is the dateline's: it outweighs a mention beside it.
    const weight = score.size === 0 && m.index < HEAD ? 5 : m.index < HEAD ? 3 : 1;
    score.set(code, (score.get(code) ?? 0) + weight);
  }
  let best: string | null = null, top = 0;
  for (const [code, n] of score) if (n > top) { best = code; top = n; }
  return best;
}
