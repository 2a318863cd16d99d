import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../../../ingest/extract/extract.ts';
import { foldName } from '../../../../ingest/extract/fold-name.ts';
import type { EntityType, ExtractedEntity, Knowledge } from '../../../../core/types.ts';

const extractor = createExtractor();

type Expected = [name: string, type: EntityType];

function find(entities: ExtractedEntity[], name: string): ExtractedEntity | undefined {
  const key = foldName(name);
  return entities.find((e) => foldName(e.name) === key);
}

function expectEntities(text: string, expected: Expected[], absent: string[] = []): ExtractedEntity[] {
  const { entities } = extractor.extract(text);
  const listing = entities.map((e) => `${e.name}/${e.type}`).join(', ');
  for (const [name, type] of expected) {
    const entity = find(entities, name);
    expect(entity, `${name} in [${listing}]`).toBeDefined();
    expect(entity!.type, `${name}'s type`).toBe(type);
  }
  for (const name of absent) {
    const key = foldName(name);
    expect(
      entities.some((e) => foldName(e.name) === key),
      `${name} must not be an entity of its own in [${listing}]`,
    ).toBe(false);
  }
  return entities;
}

describe('gazetteer: countries, short forms and demonyms (ISO 3166 + hand list)', () => {
  it.each<[string, Expected[]]>([
    ['Officials in the U.S. and the UK objected to the deal.', [['United States', 'Country'], ['United Kingdom', 'Country']]],
    ['South Korea and Ivory Coast signed a trade pact.', [['South Korea', 'Country'], ['Ivory Coast', 'Country']]],
    ['Britain and America disagreed about the tariff.', [['United Kingdom', 'Country'], ['United States', 'Country']]],
    ['A Norwegian lawmaker raised the issue in a letter.', [['Norway', 'Country']]],
    ['The Chinese government rejected the report.', [['China', 'Country']]],
    ['Dutch and Swiss investors sold their bonds.', [['Netherlands', 'Country'], ['Switzerland', 'Country']]],
  ])('%s', (text, expected) => {
    expectEntities(text, expected);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expectEntities('They told us that the meeting was over.', [], ['United States']);
  });
});

describe('gazetteer: parties, parliaments, government bodies, funds, companies, organisations', () => {
  it.each<[string, Expected[]]>([
    ['The Tories and the SNP voted against the budget.', [['Conservative Party', 'PoliticalParty'], ['Scottish National Party', 'PoliticalParty']]],
    ['Republicans in Congress blocked the bill.', [['Republican Party', 'PoliticalParty'], ['US Congress', 'GovernmentBody']]],
    ['The Bundestag approved the package on Friday.', [['Bundestag', 'GovernmentBody']]],
    ['The Federal Communications Commission banned the equipment.', [['Federal Communications Commission', 'GovernmentBody']]],
    ['Elliott Management has built a stake in the group.', [['Elliott Management', 'Fund']]],
    ['BlackRock and Vanguard are the largest shareholders.', [['BlackRock', 'Company'], ['Vanguard', 'Company']]],
    ['Amnesty International and Human Rights Watch condemned the arrests.', [['Amnesty International', 'Organization'], ['Human Rights Watch', 'Organization']]],
    ['The Kremlin dismissed the allegations.', [['Kremlin', 'GovernmentBody']]],
  ])('%s', (text, expected) => {
    expectEntities(text, expected);
  });
});

describe('context rules: government and fund references', () => {
  it.each<[string, Expected[], string[]]>([
    // "the UK government" is a mention of the country, not an organisation of that name.
    ['The UK government will respond to the letter next week.', [['United Kingdom', 'Country']], ['UK government']],
    ["Norway's Parliament debated the question in March.", [['Storting', 'GovernmentBody'], ['Norway', 'Country']], []],
    ['The bill passed the Iranian parliament on Sunday.', [['Parliament of Iran', 'GovernmentBody'], ['Iran', 'Country']], []],
    ["Norway's oil fund sold its stake in the miner.", [['Government Pension Fund Global', 'Fund']], ['oil fund']],
    ["Norway's trillion-dollar sovereign wealth fund holds shares in the group.", [['Government Pension Fund Global', 'Fund']], []],
  ])('%s', (text, expected, absent) => {
    expectEntities(text, expected, absent);
  });

  it('resolves a later bare "the oil fund" to the fund named before', () => {
    const entities = expectEntities(
      "Norway's oil fund owns shares in Dahua. Critics asked whether the oil fund would sell them.",
      [['Government Pension Fund Global', 'Fund']],
    );
    expect(find(entities, 'Government Pension Fund Global')!.mentions).toBe(2);
  });
});

describe('context rules: names typed by their head word', () => {
  it.each<[string, Expected[]]>([
    ['Brightwell Holdings Ltd said profits rose.', [['Brightwell Holdings Ltd', 'Company']]],
    ['Shares in Vantora Technologies fell by a fifth.', [['Vantora Technologies', 'Company']]],
    ['Oakridge Capital Management bought the bonds.', [['Oakridge Capital Management', 'Fund']]],
    ['The Ohio Teachers Retirement System voted to divest.', [['Ohio Teachers Retirement System', 'Fund']]],
    ['The Ministry of Finance of Ghana issued a statement.', [['Ministry of Finance of Ghana', 'GovernmentBody']]],
    ['A spokesman for the Justice Ministry declined to comment.', [['Justice Ministry', 'GovernmentBody']]],
    ['The Green Valley Party won two seats.', [['Green Valley Party', 'PoliticalParty']]],
    ['Researchers at the Meridian Institute for Policy Studies published the data.', [['Meridian Institute for Policy Studies', 'Organization']]],
    ['The Committee on Defense and Law Enforcement met behind closed doors.', [['Committee on Defense and Law Enforcement', 'GovernmentBody']]],
    ['Passengers were stuck at Imam Khomeini International Airport.', [['Imam Khomeini International Airport', 'Place']]],
    ['The Congressional-Executive Commission on China published its report.', [['Congressional-Executive Commission on China', 'GovernmentBody']]],
    ['The contract went to the TAV consortium last year.', [['TAV', 'Company']]],
    ['Karen Lee, the MP for Lincoln, asked the minister.', [['Lincoln', 'Place'], ['Karen Lee', 'Person']]],
    ['Paterson, who represents North Shropshire, said he would quit.', [['North Shropshire', 'Place']]],
    ['The Commons Standards Committee recommended a suspension.', [['Commons Standards Committee', 'GovernmentBody']]],
    ["Iran's Revolutionary Guard Corps denied the report.", [['Revolutionary Guard Corps', 'GovernmentBody'], ['Iran', 'Country']]],
    ['Lord Pickles, chair of the Advisory Committee on Business Appointments, spoke.', [['Advisory Committee on Business Appointments', 'GovernmentBody'], ['Lord Pickles', 'Person']]],
    ['The lobbying firm Hanbury Strategy worked for Huawei.', [['Hanbury Strategy', 'Company'], ['Huawei', 'Company']]],
    ['Meanwhile, flag carrier Air India is considering buying new jets.', [['Air India', 'Company']]],
    ['The fund said Equinor and Aker BP remained core holdings.', [['Aker BP', 'Company'], ['Equinor', 'Company']]],
    ['Transparency International UK called for a stronger watchdog.', [['Transparency International UK', 'Organization']]],
    ['Shares in Adani Ports fell 3% in Mumbai.', [['Adani Ports', 'Company'], ['Mumbai', 'Place']]],
    ['Huawei UK chairman Lord Browne will step down.', [['Huawei UK', 'Company']]],
  ])('%s', (text, expected) => {
    expectEntities(text, expected);
  });
});

describe('context rules: persons and their roles', () => {
  it.each<[string, string, string]>([
    ['MP Mark Pritchard raised concerns about the contract.', 'Mark Pritchard', 'MP'],
    ['Liberal Democrat MP Tom Brake criticised the plan.', 'Tom Brake', 'MP'],
    ['Siv Jensen, the finance minister, answered the question.', 'Siv Jensen', 'finance minister'],
    ['Labour Party member Rosie Duffield asked about the camps.', 'Rosie Duffield', 'member'],
    ['The letter was sent by lawmaker Ingrid Solberg last week.', 'Ingrid Solberg', 'lawmaker'],
    ['Kwame Asante, chief executive of Lumora, resigned.', 'Kwame Asante', 'chief executive'],
    ['Minister of Defense Sergei Shoigu was also listed.', 'Sergei Shoigu', 'minister'],
    ['The Ohio Representative Bob Latta questioned the witness.', 'Bob Latta', 'representative'],
  ])('%s', (text, name, role) => {
    const entities = expectEntities(text, [[name, 'Person']]);
    expect(find(entities, name)!.roles).toContain(role);
  });

  it.each<[string, Expected[], string[]]>([
    ['Liberal Democrat MP Tom Brake criticised the plan.', [['Liberal Democrats', 'PoliticalParty']], ['Liberal Democrat MP Tom Brake']],
    ['The European Department Director Hideki Uyama spoke.', [['Hideki Uyama', 'Person'], ['European Department', 'GovernmentBody']], []],
    ['Deputy Chairman of the Security Council Dmitriy Medvedev was named.', [['Dmitriy Medvedev', 'Person'], ['Security Council', 'GovernmentBody']], []],
    ['Representative Neal Dunn of Florida asked the last question.', [['Neal Dunn', 'Person']], ['Neal Dunn of Florida']],
    ['Viktor Lukashenko and his wife Liliya were also penalised.', [['Viktor Lukashenko', 'Person'], ['Liliya', 'Person']], []],
    ['The Shadow Home Secretary, Theresa May, said the plans were late.', [['Theresa May', 'Person']], ['Theresa']],
    ['Lord Browne of Madingley is to step down. Lord Browne gave notice.', [['Lord Browne of Madingley', 'Person']], ['Browne of Madingley']],
    ['"This is a strong signal," said Commission President Ursula von der Leyen.', [['Ursula von der Leyen', 'Person']], ['Ursula']],
    ['Critics of the Biden administration said the rules were weak.', [['Biden', 'Person']], []],
    ['Jean-Claude Juncker and the EU.', [['Jean-Claude Juncker', 'Person']], ['Claude Juncker']],
    ['He met Jean-Claude Juncker in Brussels.', [['Jean-Claude Juncker', 'Person']], ['Jean']],
  ])('%s', (text, expected, absent) => {
    expectEntities(text, expected, absent);
  });

  // Negatives: names that look like persons but are not.
  it.each<[string, Expected[], string[]]>([
    ['UK civil liberties group Big Brother Watch condemned the deal.', [['Big Brother Watch', 'Organization']], []],
    ['Turnout in the General Election was low.', [], ['Election']],
    ['Officers from Law Enforcement and Foreign Affairs attended.', [], ['Law Enforcement', 'Foreign Affairs']],
    ['Investors were unimpressed. Officials said the PC maker would recover.', [], ['Investors', 'Officials', 'PC']],
    ['The Industrial Strategy was published alongside the Paris Climate Agreement.', [], ['Industrial Strategy', 'Paris Climate Agreement', 'Paris Climate']],
    ['Retailers had their worst Christmas in a decade, and anti-Semitic abuse rose.', [], ['Christmas', 'Semitic']],
    ['"We will print," said Jeremy Dear, NUJ General Secretary.', [['Jeremy Dear', 'Person']], ['Secretary', 'General Secretary']],
    ['It said so. "Other firms have been linked with the bid," he added.', [], ['Other']],
    ['Skip to main content\nMenu\nHome | News | Politics | Business\nShare this article', [], ['News', 'Politics', 'Business', 'Menu']],
  ])('%s', (text, expected, absent) => {
    const entities = expectEntities(text, expected, absent);
    expect(entities.filter((e) => e.type === 'Person' && /Brother|Election|Enforcement|Affairs/.test(e.name))).toEqual([]);
  });
});

describe('in-article coreference', () => {
  it('maps a surname to the full name', () => {
    const entities = expectEntities('Amelia Hartwell founded the charity in 2010. Hartwell later resigned.', [['Amelia Hartwell', 'Person']], ['Hartwell']);
    expect(find(entities, 'Amelia Hartwell')!.aliases).toContain('Hartwell');
    expect(find(entities, 'Amelia Hartwell')!.mentions).toBe(2);
  });

  it.each([
    ['Barrow-Stone quits party\n\nFormer host Edwin Barrow-Stone has quit the Green Party. Mr Barrow-Stone said it had lost its way.'],
    ['Former host Edwin Hartley-Brook has quit the Green Party. Hartley-Brook will form a new party.'],
  ])('maps a hyphenated surname of common words to the full name, before or after it: %s', (text) => {
    const entities = extractor.extract(text).entities.filter((e) => e.type === 'Person');
    expect(entities).toHaveLength(1);
    expect(entities[0]!.aliases.some((a) => a.includes('-'))).toBe(true);
  });

  it('maps a surname to the nearest person of that name before it', () => {
    const entities = extractor.extract('Gordon Brown spoke first. Nick Brown, the chief whip, replied. Brown said no.').entities;
    expect(find(entities, 'Nick Brown')!.aliases).toContain('Brown');
    expect(find(entities, 'Gordon Brown')!.aliases).not.toContain('Brown');
  });

  it('joins a shorter form that ends a person name', () => {
    const entities = expectEntities('President Carlos Baez Silva spoke first. Later Baez Silva left.', [['Carlos Baez Silva', 'Person']], ['Baez Silva']);
    expect(find(entities, 'Carlos Baez Silva')!.mentions).toBe(2);
  });

  it('takes an acronym the text introduces in brackets as an alias', () => {
    const entities = expectEntities(
      'Northgate Copper Mining Limited (NCML) opened a new mine. NCML employs 20,000 people.',
      [['Northgate Copper Mining Limited', 'Company']],
      ['NCML'],
    );
    expect(find(entities, 'Northgate Copper Mining Limited')!.aliases).toContain('NCML');
  });

  it('matches an acronym that spells the initials of a name in the article', () => {
    const entities = extractor.extract('The Swedish Post and Telecom Authority excluded two vendors. The SPTA said security came first.').entities;
    const authority = find(entities, 'Swedish Post and Telecom Authority');
    expect(authority?.type).toBe('GovernmentBody');
    expect(authority!.aliases).toContain('SPTA');
  });

  it('takes a misspelling of a known company as an alias when nothing else claims it', () => {
    const entities = expectEntities('Hikvision supplied the cameras. Critics say Hikivision ignored the warnings.', [['Hikvision', 'Company']], ['Hikivision']);
    expect(find(entities, 'Hikvision')!.aliases).toContain('Hikivision');
  });

  it('reads a company short form as the company', () => {
    const entities = expectEntities('Artisan Partners holds 3% of the shares. Artisan wants a new chairman.', [['Artisan Partners', 'Company']], ['Artisan']);
    expect(find(entities, 'Artisan Partners')!.mentions).toBe(2);
  });

  it('keeps a name repeated with no type evidence, as a company in business news', () => {
    expectEntities(
      'Investors fear the deal with Agroflora will fail. Shares fell after Agroflora said its profits had halved and its stake was for sale.',
      [['Agroflora', 'Company']],
    );
    expectEntities('The choir from Kelvane sang twice. Later Kelvane toured Europe.', [['Kelvane', 'Organization']]);
  });

  it('drops a name said once with no type evidence', () => {
    expectEntities('The event was held at Kelvane last year.', [], ['Kelvane']);
  });

  it('types unknown names by the list they stand in', () => {
    expectEntities('The fund holds Sberbank, Gazprom, Novolipetsk and Rosneft.', [['Novolipetsk', 'Company']]);
  });
});

describe('page noise and headlines', () => {
  it.each<[string]>([
    ['Comments (6) : Subscribers only. Login. or Join.'],
    ['Join Acme Insider Newsletter?'],
    ['  • Background\n  • Overall Impact\n  • Letter Summary'],
  ])('finds no entities in %j', (text) => {
    expect(extractor.extract(text).entities).toEqual([]);
  });

  it('trusts only known names in a title-case headline', () => {
    const entities = expectEntities(
      'Goldman and Fidelity Funds Sell Off Hikvision Stock\n\nMajor funds run by Fidelity and Goldman Sachs sold their shares.',
      [['Goldman Sachs', 'Company'], ['Fidelity', 'Company'], ['Hikvision', 'Company']],
      ['Fidelity Funds'],
    );
    expect(find(entities, 'Goldman Sachs')!.aliases).toContain('Goldman');
  });

  it('reads a dateline as a place', () => {
    expectEntities('GENEVA (AP) — The bank said on Friday that its chief executive had resigned.', [['Geneva', 'Place']]);
  });

  it('ignores products named before a product noun', () => {
    expectEntities('The ministry bought Pegasus spyware. Patients in Tysabri trials improved.', [], ['Pegasus', 'Tysabri']);
  });

  it('ignores laws, treaties and ethnic groups', () => {
    expectEntities('The Paris Agreement was signed by 190 states. Uyghurs and other Muslims are detained.', [], ['Paris Agreement', 'Uyghurs', 'Muslims']);
  });
});

describe('the graph teaches the extractor', () => {
  const knowledge: Knowledge = {
    entities: [
      { id: 'company:acme-widgets', name: 'Acme Widgets', type: 'Company', aliases: ['AWL', 'Acme'] },
      { id: 'person:jane-roe', name: 'Jane Roe', type: 'Person', aliases: ['J. Roe'] },
    ],
  };
  const taught = createExtractor(knowledge);

  it('finds known entities under any of their names, with their ids', () => {
    const { entities } = taught.extract('AWL said Acme would appeal.');
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ id: 'company:acme-widgets', name: 'Acme Widgets', type: 'Company', mentions: 2 });
  });

  it('keeps entities recorded as distinct apart', () => {
    const distinct = createExtractor({
      entities: [
        { id: 'company:dahua', name: 'Dahua', type: 'Company', aliases: [] },
        { id: 'company:dahuo-foods', name: 'Dahuo', type: 'Company', aliases: [] },
      ],
      distinct: [['company:dahua', 'company:dahuo-foods']],
    });
    const names = distinct.extract('Dahua and Dahuo both reported results.').entities.map((e) => e.name);
    expect(names.sort()).toEqual(['Dahua', 'Dahuo']);
  });

  it('keeps gazetteer facts on entities the graph knows (a shared alias still goes by country)', () => {
    const graph = createExtractor({
      entities: [
        { id: 'governmentbody:hm-treasury', name: 'HM Treasury', type: 'GovernmentBody', aliases: ['Treasury'] },
        { id: 'governmentbody:us-treasury', name: 'US Treasury', type: 'GovernmentBody', aliases: ['Treasury'] },
      ],
    });
    const names = graph.extract('The US sanctioned them. Treasury Secretary Janet Yellen said so.').entities.map((e) => e.id);
    expect(names).toContain('governmentbody:us-treasury');
    expect(names).not.toContain('governmentbody:hm-treasury');
  });

  it('learns entities written during the run', () => {
    const learner = createExtractor();
    learner.learn?.({ id: 'company:zorvex', name: 'Zorvex', type: 'Company', aliases: ['Zorvex Labs'] });
    expect(learner.extract('Analysts said Zorvex Labs was for sale.').entities[0]).toMatchObject({ id: 'company:zorvex', name: 'Zorvex' });
  });

  it('the convenience extract() accepts knowledge too', () => {
    expect(extract('Jane Roe joined the board.', knowledge).entities[0]).toMatchObject({ id: 'person:jane-roe' });
  });
});

describe('mentions and parse for the relation step', () => {
  it('reads an alias several bodies share as the one of the country the article names most', () => {
    const us = extractor.extract('The US Treasury sanctioned the bank. Treasury Secretary Steven Mnuchin said more would follow.').entities;
    expect(find(us, 'US Treasury')!.mentions).toBe(2);
    const uk = extractor.extract('The UK government said the Treasury would publish its plans. Britain will act.').entities;
    expect(find(uk, 'HM Treasury')).toBeDefined();
    // The country named in the same sentence wins: "German Chancellor …, of the Social Democrats".
    const de = extractor.extract('The Swedish presidency agreed. German Chancellor Olaf Scholz, of the Social Democrats, welcomed it.').entities;
    expect(find(de, 'Social Democratic Party of Germany')).toBeDefined();
    const washington = extractor.extract('The UK and Britain agreed. In Washington, the State Department and the Treasury announced measures.').entities;
    expect(find(washington, 'US Treasury')).toBeDefined();
  });

  it('does not read a common word as a short form of a name', () => {
    const entities = extractor.extract('He approached the Food Standards Agency. Food prices rose, said Food Minister Ann Lee.').entities;
    expect(find(entities, 'Food Standards Agency')!.mentions).toBe(1);
  });

  it('gives every mention with absolute offsets', () => {
    const text = 'Intro line.\n\nLiberal Democrat MP Alistair Carmichael wrote to the FCO.';
    const detailed = extractor.extractDetailed(text);
    for (const m of detailed.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(detailed.mentions.map((m) => m.name)).toEqual(['Liberal Democrats', 'Alistair Carmichael', 'Foreign and Commonwealth Office']);
    expect(detailed.sentences[1]!.text.startsWith('Liberal Democrat MP')).toBe(true);
  });
});

describe('country-prefixed agencies', () => {
  // A country prefix and fields of government: "UK Trade & Investment" (entities-official-names.test.ts has more).
  it('keeps a country-prefixed agency name whole', () => {
    expectEntities('He was head of UK Trade & Investment.', [['UK Trade & Investment', 'GovernmentBody']]);
  });
});

describe('capitals standing for their governments', () => {
  // A country named through its capital ("links to Beijing" → China); entities-places.test.ts has more.
  it('reads a capital as its government', () => {
    expectEntities('Huawei has always denied links to Beijing.', [['China', 'Country']]);
  });
});

describe('known misses (backlog)', () => {
  // A product named once without a product noun after it.
  it.fails('does not take a product named alone for an organisation', () => {
    expectEntities('Sales of Tysabri rose in Ireland. Analysts expect Tysabri to recover.', [['Ireland', 'Country']], ['Tysabri']);
  });
  // A company named only in a title-case headline.
  it.fails('finds a company named only in a headline', () => {
    expectEntities('UK Installer CCTV Aware - Flat Pricing, No Salespeople', [['CCTV Aware', 'Company']]);
  });
});
