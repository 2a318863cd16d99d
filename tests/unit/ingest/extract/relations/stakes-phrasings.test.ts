// Holdings in business-news phrasings on sentences of our own: future buys, "said it was buying", "beat X to buy", "is Y's largest shareholder", "which controls", transferred stakes, parent units, joint-venture parties; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function table(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities)).toEqual([...expected].sort());
  });
}

const C = (name: string): EntitySpec => `${name}:Company`;
const P = (name: string): EntitySpec => `${name}:Person`;

describe('buying now or soon is a holding', () => {
  table([
    [
      'Northbrook Capital will buy a 17.5% stake in Sentinel Breweries.',
      [C('Northbrook Capital'), C('Sentinel Breweries')],
      ['Northbrook Capital -INVESTED_IN-> Sentinel Breweries'],
    ],
    [
      'Northbrook Capital is to buy 37.5% of Sentinel Breweries in a deal worth $100m.',
      [C('Northbrook Capital'), C('Sentinel Breweries')],
      ['Northbrook Capital -INVESTED_IN-> Sentinel Breweries'],
    ],
    [
      'Halvorsen Bank said it was buying 100% of Korvin Bank.',
      [C('Halvorsen Bank'), C('Korvin Bank')],
      ['Halvorsen Bank -INVESTED_IN-> Korvin Bank'],
    ],
    [
      'Halvorsen Bank announced that it had acquired Korvin Bank.',
      [C('Halvorsen Bank'), C('Korvin Bank')],
      ['Halvorsen Bank -INVESTED_IN-> Korvin Bank'],
    ],
    [
      'Halvorsen Bank has agreed to buy Korvin Bank for $2bn.',
      [C('Halvorsen Bank'), C('Korvin Bank')],
      ['Halvorsen Bank -INVESTED_IN-> Korvin Bank'],
    ],
    [
      'Halvorsen Bank is to acquire Korvin Bank.',
      [C('Halvorsen Bank'), C('Korvin Bank')],
      ['Halvorsen Bank -INVESTED_IN-> Korvin Bank'],
    ],
    // goods bought from a company, or shares of it that moved, hold nothing
    [
      'Northbrook Capital bought goods from Sentinel Breweries.',
      [C('Northbrook Capital'), C('Sentinel Breweries')],
      [],
    ],
    [
      'Shares in Sentinel Breweries fell after Northbrook Capital spoke.',
      [C('Northbrook Capital'), C('Sentinel Breweries')],
      [],
    ],
    [
      'Analysts at Northbrook Capital said Sentinel Breweries was cheap.',
      [C('Northbrook Capital'), C('Sentinel Breweries')],
      [],
    ],
    ['Halvorsen Bank said it was buying jets from Korvin Air.', [C('Halvorsen Bank'), C('Korvin Air')], []],
  ]);
});

describe('a winner beats its rival to the buy', () => {
  table([
    [
      'Pellworth Group beat Halvorsen Bank to buy Tessaly Bank.',
      [C('Pellworth Group'), C('Halvorsen Bank'), C('Tessaly Bank')],
      ['Pellworth Group -INVESTED_IN-> Tessaly Bank'],
    ],
    [
      'A year ago Pellworth Group outbid Halvorsen Bank to acquire Tessaly Bank.',
      [C('Pellworth Group'), C('Halvorsen Bank'), C('Tessaly Bank')],
      ['Pellworth Group -INVESTED_IN-> Tessaly Bank'],
    ],
    [
      'Pellworth Group beat Halvorsen Bank to the top of the league.',
      [C('Pellworth Group'), C('Halvorsen Bank')],
      [],
    ],
  ]);
});

describe('shareholder nouns and control', () => {
  table([
    [
      "Mr Abramov is Tessaly Bank's largest shareholder.",
      [P('Abramov'), C('Tessaly Bank')],
      ['Abramov -INVESTED_IN-> Tessaly Bank'],
    ],
    [
      "Dorn Capital, Tessaly Bank's biggest investor, declined to comment.",
      [C('Dorn Capital'), C('Tessaly Bank')],
      ['Dorn Capital -INVESTED_IN-> Tessaly Bank'],
    ],
    ["Mr Abramov is not Tessaly Bank's largest shareholder.", [P('Abramov'), C('Tessaly Bank')], []],
    [
      "Mr Abramov is Tessaly Bank's chief executive.",
      [P('Abramov'), C('Tessaly Bank')],
      ['Abramov -LEADS-> Tessaly Bank'],
    ],
    [
      'Abramov Holdings, which controls Tessaly Bank, said nothing.',
      [C('Abramov Holdings'), C('Tessaly Bank')],
      ['Abramov Holdings -INVESTED_IN-> Tessaly Bank'],
    ],
    [
      'Mr Petrov sold Abramov Holdings - which controls Tessaly Bank - last year.',
      [P('Petrov'), C('Abramov Holdings'), C('Tessaly Bank')],
      ['Abramov Holdings -INVESTED_IN-> Tessaly Bank'],
    ],
    [
      'Abramov Holdings, which controls 30% of the market, rivals Tessaly Bank.',
      [C('Abramov Holdings'), C('Tessaly Bank')],
      [],
    ],
  ]);
});

describe('a stake handed over was held, and now belongs to the receiver', () => {
  table([
    [
      'Jailed tycoon Ivan Petrov has transferred his controlling stake in oil giant Korvin to a business partner.',
      [P('Ivan Petrov'), C('Korvin')],
      ['Ivan Petrov -INVESTED_IN-> Korvin'],
    ],
    [
      'Mr Petrov handed over his entire 59.5% stake in holding company Dorn Capital to Oleg Sidorov.',
      [P('Petrov'), C('Dorn Capital'), P('Oleg Sidorov')],
      ['Oleg Sidorov -INVESTED_IN-> Dorn Capital', 'Petrov -INVESTED_IN-> Dorn Capital'],
    ],
    ['Mr Petrov handed over his documents to Korvin.', [P('Petrov'), C('Korvin')], []],
    [
      'Mr Petrov handed over his stake in holding company Group Dorn - which controls Korvin - to Oleg Sidorov.',
      [P('Petrov'), C('Dorn'), C('Korvin'), P('Oleg Sidorov')],
      ['Dorn -INVESTED_IN-> Korvin', 'Oleg Sidorov -INVESTED_IN-> Dorn', 'Petrov -INVESTED_IN-> Dorn'],
    ],
  ]);
});

describe('a unit named after its parent', () => {
  table([
    [
      "Kestrel Telecom's Orbis Mobile raised its prices.",
      [C('Kestrel Telecom'), C('Orbis Mobile')],
      ['Kestrel Telecom -INVESTED_IN-> Orbis Mobile'],
    ],
    [
      "The sale of Korvin's core oil production unit, Dalneft, angered investors.",
      [C('Korvin'), C('Dalneft')],
      ['Korvin -DIVESTED_FROM-> Dalneft', 'Korvin -INVESTED_IN-> Dalneft'],
    ],
    [
      "Meanwhile, United's budget airline, Kingfisher Jet, is to start flying in April.",
      [C('United'), C('Kingfisher Jet')],
      ['United -INVESTED_IN-> Kingfisher Jet'],
    ],
    // a person, a rival, a parent or a deal after the possessive is no unit
    ["Kestrel Telecom's Ivan Petrov said prices would fall.", [C('Kestrel Telecom'), P('Ivan Petrov')], []],
    [
      "Kestrel Telecom's main rival, Orbis Mobile, cut prices.",
      [C('Kestrel Telecom'), C('Orbis Mobile')],
      [],
    ],
    ["Kestrel Telecom's Orbis Mobile deal collapsed.", [C('Kestrel Telecom'), C('Orbis Mobile')], []],
    [
      "Kestrel Telecom's Orbis Mobile and Vodafone were criticised.",
      [C('Kestrel Telecom'), C('Orbis Mobile'), C('Vodafone')],
      ['Kestrel Telecom -INVESTED_IN-> Orbis Mobile'],
    ],
    [
      "Speculation grew about the future of Kestrel's Orbis plant because of falling sales.",
      [C('Kestrel'), C('Orbis')],
      [],
    ],
    [
      "Costs were kept low by sharing a platform with Kestrel's KX9, which sold well.",
      [C('Kestrel'), C('KX9')],
      [],
    ],
  ]);
});

describe('joint-venture parties', () => {
  table([
    [
      'Northbrook and Sentinel formed a joint venture in 2003, with both parties having a 40% stake in the venture - Millbrook Spirits.',
      [C('Northbrook'), C('Sentinel'), C('Millbrook Spirits')],
      ['Northbrook -INVESTED_IN-> Millbrook Spirits', 'Sentinel -INVESTED_IN-> Millbrook Spirits'],
    ],
    [
      'Northbrook and Sentinel both praised the venture, Millbrook Spirits.',
      [C('Northbrook'), C('Sentinel'), C('Millbrook Spirits')],
      [],
    ],
  ]);
});

describe('a company in the hands of a holder', () => {
  table([
    [
      'Dalneft was sold off at auction in December, eventually falling into the hands of state oil firm Korvin in a deal worth $9bn.',
      [C('Dalneft'), C('Korvin')],
      ['Korvin -INVESTED_IN-> Dalneft'],
    ],
    [
      'The state owns 51.4% of Tessaly Bank, while the remaining shareholding, and operational control, are in the hands of private equity group Pellworth Capital.',
      [C('Tessaly Bank'), C('Pellworth Capital')],
      ['Pellworth Capital -INVESTED_IN-> Tessaly Bank'],
    ],
    [
      'Tessaly Bank is now in the hands of Pellworth Capital.',
      [C('Tessaly Bank'), C('Pellworth Capital')],
      ['Pellworth Capital -INVESTED_IN-> Tessaly Bank'],
    ],
    [
      'Tessaly Bank fell into the hands of Pellworth Capital in 2001.',
      [C('Tessaly Bank'), C('Pellworth Capital')],
      ['Pellworth Capital -INVESTED_IN-> Tessaly Bank'],
    ],
    // custodians, entrusted futures and decisions hold no stake
    [
      'Tessaly Bank is in the hands of the administrators Pellworth Capital.',
      [C('Tessaly Bank'), C('Pellworth Capital')],
      [],
    ],
    [
      'Tessaly Bank put its future in the hands of Pellworth Capital.',
      [C('Tessaly Bank'), C('Pellworth Capital')],
      [],
    ],
    [
      'The decision is in the hands of Pellworth Capital, Tessaly Bank said.',
      [C('Tessaly Bank'), C('Pellworth Capital')],
      [],
    ],
    [
      'Tessaly Bank is not in the hands of Pellworth Capital.',
      [C('Tessaly Bank'), C('Pellworth Capital')],
      [],
    ],
  ]);
});

describe('owned by, raised stakes, control taken, completed takeovers', () => {
  const A = C('Arden Group');
  const B = C('Belmont Foods');
  const held = ['Arden Group -INVESTED_IN-> Belmont Foods'];
  table([
    ['Belmont Foods, now owned by Arden Group, cut jobs.', [A, B], held],
    ['Belmont Foods (owned by Arden Group) cut jobs.', [A, B], held],
    ['Belmont Foods is majority-owned by Arden Group.', [A, B], held],
    ['Arden Group increased its stake in Belmont Foods to 30%.', [A, B], held],
    ['Arden Group raised its holding in Belmont Foods.', [A, B], held],
    ['Arden Group has taken full control of Belmont Foods.', [A, B], held],
    ['Arden Group gained control of Belmont Foods in 2004.', [A, B], held],
    ['Arden Group completed its takeover of Belmont Foods on Monday.', [A, B], held],
    ["Arden Group's Belmont Foods division grew.", [A, B], held],
    // no holding: failed or lost control, prices raised, a deal sealed together, lenders and customers
    ['Arden Group failed to gain control of Belmont Foods.', [A, B], []],
    ['Arden Group lost control of Belmont Foods.', [A, B], []],
    ['Arden Group raised prices in Belmont Foods stores.', [A, B], []],
    ['Arden Group did not increase its stake in Belmont Foods.', [A, B], []],
    ['The deal was sealed by Arden Group and Belmont Foods.', [A, B], []],
    ["Arden Group's main bank, Corvo Bank, lent it $1bn.", [A, C('Corvo Bank')], []],
    ["Arden Group's biggest customer, Belmont Foods, cut orders.", [A, B], []],
    ["Arden Group's rival Belmont Foods cut prices.", [A, B], []],
  ]);
});

describe('sales named with buyer or seller', () => {
  const A = C('Arden Group');
  const B = C('Belmont Foods');
  const Z = C('Corvo Bank');
  const soldByArden = [
    'Arden Group -DIVESTED_FROM-> Belmont Foods',
    'Arden Group -INVESTED_IN-> Belmont Foods',
  ];
  table([
    [
      'Arden Group sold its stake in Belmont Foods to Corvo Bank.',
      [A, B, Z],
      [...soldByArden, 'Corvo Bank -INVESTED_IN-> Belmont Foods'],
    ],
    [
      'Corvo Bank bought Belmont Foods from Arden Group for $2bn.',
      [A, B, Z],
      [...soldByArden, 'Corvo Bank -INVESTED_IN-> Belmont Foods'],
    ],
    [
      'Corvo Bank bought a 20% stake in Belmont Foods from Arden Group.',
      [A, B, Z],
      [...soldByArden, 'Corvo Bank -INVESTED_IN-> Belmont Foods'],
    ],
    ['Arden Group disposed of its stake in Belmont Foods.', [A, B], soldByArden],
    ['Arden Group spun off Belmont Foods in 2001.', [A, B], soldByArden],
    [
      "Arden Group's sale of Belmont Foods to Corvo Bank was approved.",
      [A, B, Z],
      [...soldByArden, 'Corvo Bank -INVESTED_IN-> Belmont Foods'],
    ],
    [
      'The sale of Belmont Foods to Corvo Bank was approved.',
      [A, B, Z],
      ['Corvo Bank -INVESTED_IN-> Belmont Foods'],
    ],
    // goods, waste and blocked sales move no company
    ['Arden Group bought grain from Belmont Foods.', [A, B], []],
    ['The proposed sale of Belmont Foods to Corvo Bank was blocked.', [A, B, Z], []],
    ['Arden Group disposed of its waste at Belmont Foods.', [A, B], []],
    ['Arden Group sells its goods to Belmont Foods.', [A, B], []],
  ]);
});

describe('control and takeovers named with their buyer', () => {
  const A = C('Arden Group');
  const B = C('Belmont Foods');
  const held = ['Arden Group -INVESTED_IN-> Belmont Foods'];
  table([
    ['Arden Group now controls Belmont Foods.', [A, B], held],
    ['Belmont Foods, controlled by Arden Group, objected.', [A, B], held],
    ['Belmont Foods is 25% owned by Arden Group.', [A, B], held],
    ['The takeover of Belmont Foods by Arden Group was approved.', [A, B], held],
    ['The acquisition of Belmont Foods by Arden Group was completed in May.', [A, B], held],
    // blocked, proposed or hypothetical deals, market shares, negation
    ['Regulators blocked the takeover of Belmont Foods by Arden Group.', [A, B], []],
    ['The proposed takeover of Belmont Foods by Arden Group was blocked.', [A, B], []],
    ['The takeover of Belmont Foods by Arden Group would create a giant.', [A, B], []],
    ['Arden Group controls 30% of the market, Belmont Foods said.', [A, B], []],
    ['Arden Group does not control Belmont Foods.', [A, B], []],
    ['Arden Group controls costs better than Belmont Foods.', [A, B], []],
  ]);
});
