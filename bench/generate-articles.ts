// A deterministic generator of news-like articles (invented names, real countries) for ingest benchmarks and tests.

const FIRST = [
  'Anna',
  'Peter',
  'Maria',
  'James',
  'Sofia',
  'Lukas',
  'Elena',
  'David',
  'Ingrid',
  'Tomas',
  'Amira',
  'Daniel',
  'Hannah',
  'Oliver',
  'Clara',
  'Jonas',
  'Leila',
  'Martin',
  'Nadia',
  'Samuel',
  'Eva',
  'Viktor',
  'Grace',
  'Henrik',
  'Irene',
  'Mateo',
  'Olga',
  'Rafael',
  'Sara',
  'Felix',
  'Alice',
  'Marco',
  'Helena',
  'Pavel',
  'Julia',
  'Omar',
  'Greta',
  'Simon',
  'Lucia',
  'Erik',
];
const LAST = [
  'Lindqvist',
  'Okafor',
  'Santos',
  'Whitfield',
  'Moreau',
  'Brandt',
  'Kowalski',
  'Haddad',
  'Nakamura',
  'Fischer',
  'Osei',
  'Novak',
  'Castillo',
  'Berg',
  'Ferreira',
  'Dalton',
  'Rahman',
  'Varga',
  'Holm',
  'Petrov',
  'Marsh',
  'Keller',
  'Amari',
  'Lund',
  'Costa',
  'Hughes',
  'Jansen',
  'Rossi',
  'Sandoval',
  'Eriksen',
  'Mensah',
  'Quinn',
  'Albers',
  'Duarte',
  'Falk',
  'Ibsen',
  'Kerr',
  'Mbeki',
  'Sato',
  'Thorne',
];
const COMPANIES = [
  'Norvik Systems',
  'Castellan Holdings',
  'Ardent Optics',
  'Bellweather Energy',
  'Corvane Telecom',
  'Dunmore Mining',
  'Elkhorn Logistics',
  'Fenwick Analytics',
  'Galloway Shipping',
  'Harrowgate Steel',
  'Ironbridge Capital',
  'Juniper Robotics',
  'Kestrel Aerospace',
  'Larchmont Foods',
  'Meridian Semiconductors',
  'Northgate Pharmaceuticals',
  'Oakhurst Media',
  'Pinecrest Motors',
  'Quayside Vision',
  'Redfern Chemicals',
  'Silverline Networks',
  'Thistledown Insurance',
  'Umber Security',
  'Valemont Airlines',
  'Westbrook Cement',
  'Yarrow Biotech',
  'Zephyr Drones',
  'Ashcombe Bank',
  'Blackmoor Oil',
  'Crestfield Retail',
];
const FUNDS = [
  'Nordhavn Pension Fund',
  'Calder Sovereign Fund',
  'Harbourview Pension Fund',
  'Alder Capital Fund',
  'Saltmarsh Endowment Fund',
  'Greystone Pension Fund',
  'Brightwater Sovereign Fund',
  'Elmstead Retirement Fund',
];
const PARTIES = [
  ['Labour', 'Labour Party'],
  ['Conservative', 'Conservative Party'],
  ['Liberal Democrat', 'Liberal Democrats'],
  ['Green', 'Green Party'],
  ['Social Democrat', 'Social Democratic Party'],
  ['Christian Democrat', 'Christian Democratic Union'],
];
const COUNTRIES = [
  'France',
  'Germany',
  'Norway',
  'Sweden',
  'Japan',
  'Brazil',
  'Canada',
  'India',
  'Kenya',
  'Mexico',
  'Poland',
  'Spain',
  'Italy',
  'Australia',
  'South Africa',
  'Netherlands',
  'Denmark',
  'Finland',
  'Chile',
  'Turkey',
];
const BODIES = [
  'Ministry of Finance',
  'Foreign Office',
  'Ministry of Defence',
  'Treasury',
  'Department of Trade',
  'Competition Commission',
];
const PRODUCTS = [
  'cameras',
  'chips',
  'software',
  'steel',
  'turbines',
  'drones',
  'vaccines',
  'satellites',
  'batteries',
  'network equipment',
];

const RELATION_SENTENCES: Array<(p: Pick) => string> = [
  (p) => `${p.party[0]} MP ${p.person} criticised ${p.company} over its contracts.`,
  (p) => `The ${p.fund} invested in ${p.company} last year, according to filings.`,
  (p) => `${p.person2}, the chief executive of ${p.company2}, said the company would review its plans.`,
  (p) => `${p.party[0]} leader ${p.person3} called for an inquiry into ${p.company}.`,
  (p) => `${p.country} sanctioned ${p.company2} in ${p.month}.`,
  (p) => `${p.company} supplies ${p.product} to ${p.country2}.`,
  (p) => `The ${p.fund} sold its stake in ${p.company2} after the report.`,
  (p) => `${p.person} is a member of the ${p.party[1]}.`,
  (p) => `${p.person4} works for the ${p.body} in ${p.country2}.`,
  (p) => `${p.company2} is based in ${p.country}.`,
];

const FILLER: Array<(p: Pick) => string> = [
  (p) => `Analysts said the results were mixed, and shares rose by ${p.n}% in early trading.`,
  (p) => `The figures for the ${p.quarter} quarter were published on ${p.weekday}.`,
  () => 'Officials declined to comment on the details of the talks.',
  (p) => `A spokesperson said the review would take about ${p.n} weeks to complete.`,
  () => 'Critics argued that the decision came too late to make a difference.',
  (p) => `Trading volumes were ${p.n} per cent higher than a year earlier.`,
  () => 'The announcement was welcomed by industry groups but questioned by campaigners.',
  (p) => `The company expects sales to grow by ${p.n}% next year, helped by demand for ${p.product}.`,
  () => 'Several lawmakers said they would raise the matter again after the summer recess.',
  () => 'Markets in the region were calm as investors waited for new data.',
  (p) => `The talks are expected to resume in ${p.month}, people familiar with the matter said.`,
  () => 'Observers noted that similar concerns had been raised in previous years without result.',
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const QUARTERS = ['first', 'second', 'third', 'fourth'];

interface Pick {
  person: string;
  person2: string;
  person3: string;
  person4: string;
  company: string;
  company2: string;
  fund: string;
  party: string[];
  country: string;
  country2: string;
  body: string;
  product: string;
  month: string;
  weekday: string;
  quarter: string;
  n: number;
}

/** mulberry32: a small seeded PRNG, so every run generates the same corpus. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated article, shaped like a JSON input record. */
export interface GeneratedArticle {
  title: string;
  text: string;
  url: string;
  publishedAt: string;
  source: string;
}

/**
 * Yields `count` articles of about `words` words each: relation-bearing sentences about invented
 * people, companies and funds in real countries, padded with neutral prose. Deterministic per seed.
 * @example for (const a of generateArticles({ count: 10 })) console.log(a.title)
 */
export function* generateArticles(options: {
  count: number;
  words?: number;
  seed?: number;
}): Generator<GeneratedArticle> {
  const random = createRandom(options.seed ?? 42);
  const pickOf = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const target = options.words ?? 600;
  const person = () => `${pickOf(FIRST)} ${pickOf(LAST)}`;
  for (let i = 0; i < options.count; i++) {
    const p: Pick = {
      person: person(),
      person2: person(),
      person3: person(),
      person4: person(),
      company: pickOf(COMPANIES),
      company2: pickOf(COMPANIES),
      fund: pickOf(FUNDS),
      party: pickOf(PARTIES),
      country: pickOf(COUNTRIES),
      country2: pickOf(COUNTRIES),
      body: pickOf(BODIES),
      product: pickOf(PRODUCTS),
      month: pickOf(MONTHS),
      weekday: pickOf(WEEKDAYS),
      quarter: pickOf(QUARTERS),
      n: 2 + Math.floor(random() * 40),
    };
    const title = `${p.company} faces questions over ${p.product} deals in ${p.country2}`;
    const paragraphs: string[] = [];
    let count = title.split(' ').length;
    while (count < target) {
      const sentences: string[] = [];
      for (let s = 0; s < 4 && count < target; s++) {
        const template = random() < 0.4 ? pickOf(RELATION_SENTENCES) : pickOf(FILLER);
        const sentence = template({ ...p, n: 2 + Math.floor(random() * 40), month: pickOf(MONTHS) });
        sentences.push(sentence);
        count += sentence.split(' ').length;
      }
      paragraphs.push(sentences.join(' '));
    }
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    yield {
      title,
      text: `${title}\n\n${paragraphs.join('\n\n')}`,
      url: `https://news.example.org/generated/${options.seed ?? 42}/${i}`,
      publishedAt: `2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      source: 'Generated',
    };
  }
}
