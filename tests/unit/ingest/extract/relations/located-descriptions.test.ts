// LOCATED_IN from descriptions on sentences of our own: appositions and predicates with a demonym, "X of Country", subsidiaries in a country, "the country's biggest X", "in the US"; negatives included.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [sentence: string, entities: EntitySpec[], expected: string[]];

function located(cases: Case[]): void {
  it.each(cases)('%s', (sentence, entities, expected) => {
    expect(relationsOf(sentence, entities).filter((r) => r.includes('-LOCATED_IN->'))).toEqual([...expected].sort());
  });
}

const FRANCE = 'France:Country|France|French';
const US = 'United States:Country|US';

describe('apposition or predicate with a demonym', () => {
  located([
    ['He went back to the Lumen group, the main French shareholder of Orbis.', ['Lumen:Company', 'Orbis:Company', FRANCE], ['Lumen -LOCATED_IN-> France']],
    ['Lumen, a French engineering firm, won the tender.', ['Lumen:Company', FRANCE], ['Lumen -LOCATED_IN-> France']],
    ['Kestrel Petroleum is an Irish oil exploration company.', ['Kestrel Petroleum:Company', 'Ireland:Country|Irish'], ['Kestrel Petroleum -LOCATED_IN-> Ireland']],
    ['Lumen, one of the biggest French banks, fell.', ['Lumen:Company', FRANCE], ['Lumen -LOCATED_IN-> France']],
    ['Kiso preferred Tokai Financial Group (TFG), Japan’s second-largest bank.', ['Kiso:Company', 'Tokai Financial Group:Company|Tokai Financial Group|TFG', 'Japan:Country'], ['Tokai Financial Group -LOCATED_IN-> Japan']],
    ['Kiso may deepen ties with Nara Securities, another Japanese financial firm.', ['Kiso:Company', 'Nara Securities:Company', 'Japan:Country|Japanese'], ['Nara Securities -LOCATED_IN-> Japan']],
    ['Sky Jet is India’s premier private domestic carrier.', ['Sky Jet:Company', 'India:Country'], ['Sky Jet -LOCATED_IN-> India']],
    ['Kumar Cement is India’s second-largest cement maker with a 13% share.', ['Kumar Cement:Company', 'India:Country'], ['Kumar Cement -LOCATED_IN-> India']],
    ['Lumen is India’s problem.', ['Lumen:Company', 'India:Country'], []],
    ['Lumen is India’s biggest carrier’s rival.', ['Lumen:Company', 'India:Country'], []],
    ['Talbot Fund, a Norwegian state fund, sold out.', ['Talbot Fund:Fund', 'Norway:Country|Norwegian'], ['Talbot Fund -LOCATED_IN-> Norway']],
    // a person, a description that goes on to another noun, a question, a negation, a continent
    ['Illva bought a third of Rosso Vini, the largest wine maker in Chile.', ['Illva:Company', 'Rosso Vini:Company', 'Chile:Country'], ['Rosso Vini -LOCATED_IN-> Chile']],
    ['Lumen is the second-largest bank in the US.', ['Lumen:Company', 'United States:Country|US'], ['Lumen -LOCATED_IN-> United States']],
    ['Lumen, the biggest foreign investor in Russia, left.', ['Lumen:Company', 'Russia:Country'], []],
    ['Lumen, the largest supplier in Chile, grew.', ['Lumen:Company', 'Chile:Country'], []],
    ['Ivo Brandt, the French banker, spoke.', ['Ivo Brandt:Person', FRANCE], []],
    ['Lumen, a French company director, spoke.', ['Lumen:Company', FRANCE], []],
    ['He was asked whether Lumen is a Chinese company.', ['Lumen:Company', 'China:Country|Chinese'], []],
    ['Lumen is not a Chinese company.', ['Lumen:Company', 'China:Country|Chinese'], []],
    ['Lumen, the European plane maker, fell.', ['Lumen:Company', 'Europe:Place|European'], []],
    ['Lumen, the French president’s favourite firm, fell.', ['Lumen:Company', FRANCE], []],
    ['The main project of Volna is the building of a nuclear plant in Iran.', ['Volna:Company', 'Iran:Country'], []],
    ['It is bad news for Lumen, the China Daily newspaper said.', ['Lumen:Company', 'China:Country'], []],
  ]);
});

describe('a demonym before a company', () => {
  located([
    ['Boeing lost ground to European plane maker Skyward.', ['Boeing:Company', 'Skyward:Company', 'Europe:Place|European'], []],
    ['Australian winemaker Coonara has rejected the offer.', ['Coonara:Company', 'Australia:Country|Australian'], ['Coonara -LOCATED_IN-> Australia']],
    ['Sales fell at Swiss food and drink giant Alpenmilch.', ['Alpenmilch:Company', 'Switzerland:Country|Swiss'], ['Alpenmilch -LOCATED_IN-> Switzerland']],
    ['Lumen says it is independent of its Lisbon-based owner and the app’s offices are in Paris.', ['Lumen:Company', 'Lisbon:Place', 'Paris:Place'], []],
    ['The part-Turkish Kaya consortium built the airport.', ['Kaya:Company', 'Turkey:Country|Turkish'], []],
    ['The Turkish Kaya consortium built the airport.', ['Kaya:Company', 'Turkey:Country|Turkish'], ['Kaya -LOCATED_IN-> Turkey']],
    ['The trial of the former head of bankrupt US phone company Telvoice has started.', ['Telvoice:Company', US], ['Telvoice -LOCATED_IN-> United States']],
    ['Orbis avoided the fate of US rivals Kessel and Marlow Motors.', ['Orbis:Company', 'Kessel:Company', 'Marlow Motors:Company', US], ['Kessel -LOCATED_IN-> United States', 'Marlow Motors -LOCATED_IN-> United States']],
    ['US lawmakers blame firm Lumen.', ['Lumen:Company', US], []],
    ['Swiss banks and Lumen fell.', ['Lumen:Company', 'Switzerland:Country|Swiss'], []],
    // a relative clause after the company is no list: "the firm" is another company
    ['Orbis shares fell. Orbis rejected an offer from Swiss Lumen, which the firm called low.', ['Orbis:Company', 'Lumen:Company', 'Switzerland:Country|Swiss'], ['Lumen -LOCATED_IN-> Switzerland']],
    // "the Swedish firm" is the one company the article has named, twice
    ['Kalmar Vit shares rose. Kalmar Vit said sales grew. The Swedish firm, the largest maker of fridges, will move plants.', ['Kalmar Vit:Company', 'Sweden:Country|Swedish'], ['Kalmar Vit -LOCATED_IN-> Sweden']],
    ['Kalmar Vit shares rose. Orbis said sales grew. The Swedish firm, the largest maker of fridges, will move plants.', ['Kalmar Vit:Company', 'Orbis:Company', 'Sweden:Country|Swedish'], []],
    ['Scottish bank Calder Trust cut rates.', ['Calder Trust:Company', 'Scotland:Place|Scottish'], ['Calder Trust -LOCATED_IN-> Scotland']],
    ['The contract went to a Dutch bank, called Vlam.', ['Vlam:Company', 'Netherlands:Country|Dutch'], ['Vlam -LOCATED_IN-> Netherlands']],
    ['A Canadian company, named Norquay, is said to have won.', ['Norquay:Company', 'Canada:Country|Canadian'], ['Norquay -LOCATED_IN-> Canada']],
    ['A Canadian company, named Ivo Brandt as its chief.', ['Ivo Brandt:Person', 'Canada:Country|Canadian'], []],
  ]);
});

describe('a body of a country', () => {
  located([
    ['Norbeck Build, of Tulsa, Oklahoma, leads the group.', ['Norbeck Build:Company', 'Tulsa:Place', 'Oklahoma:Place'], ['Norbeck Build -LOCATED_IN-> Tulsa', 'Tulsa -LOCATED_IN-> Oklahoma']],
    ['Ivo Brandt, of Tulsa, spoke.', ['Ivo Brandt:Person', 'Tulsa:Place'], []],
    ['Norbeck Build, of Tulsa fame, spoke.', ['Norbeck Build:Company', 'Tulsa:Place'], []],
    ['Orders went to Lumen of Germany last year.', ['Lumen:Company', 'Germany:Country'], ['Lumen -LOCATED_IN-> Germany']],
    ['Shares in Vlam of the Netherlands rose.', ['Vlam:Company', 'Netherlands:Country'], ['Vlam -LOCATED_IN-> Netherlands']],
    ['The buyer was Lumen of Lyon, which paid more.', ['Lumen:Company', 'Lyon:Place'], ['Lumen -LOCATED_IN-> Lyon']],
    // the place qualifies what follows; a country's own assembly is no address
    ['The sale of Lumen of Germany’s assets went ahead.', ['Lumen:Company', 'Germany:Country'], []],
    ['Lumen of Spain subsidiaries fell.', ['Lumen:Company', 'Spain:Country'], []],
    ['The Parliament of Iran voted.', ['Parliament:GovernmentBody', 'Iran:Country'], []],
  ]);
});

describe('a subsidiary where it works', () => {
  located([
    ['The group, whose Cotorra subsidiary runs six ranches in Paraguay, objected.', ['Cotorra:Company', 'Paraguay:Country'], ['Cotorra -LOCATED_IN-> Paraguay']],
    ['The Lumen unit in Peru was sold.', ['Lumen:Company', 'Peru:Country'], ['Lumen -LOCATED_IN-> Peru']],
    // investing or selling somewhere is no address
    ['Its Lumen subsidiary has invested in China.', ['Lumen:Company', 'China:Country'], []],
    ['Lumen sold its unit in Peru.', ['Lumen:Company', 'Peru:Country'], []],
  ]);
});

describe('the country the article is about', () => {
  located([
    ['Chile is growing. Andina, the country’s biggest copper firm, hired.', ['Andina:Company', 'Chile:Country'], ['Andina -LOCATED_IN-> Chile']],
    ['Chile is growing. The country’s second-largest lender, Banco Vela, hired.', ['Banco Vela:Company', 'Chile:Country'], ['Banco Vela -LOCATED_IN-> Chile']],
    ['Chile is growing. The country’s president, Ana Rojas, spoke.', ['Ana Rojas:Person', 'Chile:Country'], []],
    ['Andina, the country’s biggest copper firm, hired.', ['Andina:Company'], []],
  ]);
});

describe('places in a country after "the"', () => {
  located([
    ['Offices in Tulsa in the US, Lyon in France and Braga in Portugal will shut.', ['Tulsa:Place', 'Lyon:Place', 'Braga:Place', 'United States:Country|US', FRANCE, 'Portugal:Country'], ['Braga -LOCATED_IN-> Portugal', 'Lyon -LOCATED_IN-> France', 'Tulsa -LOCATED_IN-> United States']],
    ['The seats at risk were Bow Common, in east London, and Rochdale in Lancashire.', ['Bow Common:Place', 'London:Place', 'Rochdale:Place', 'Lancashire:Place'], ['Bow Common -LOCATED_IN-> London', 'Rochdale -LOCATED_IN-> Lancashire']],
    ['Talks were held in Bern, Switzerland last week.', ['Bern:Place', 'Switzerland:Country'], ['Bern -LOCATED_IN-> Switzerland']],
    // a place that starts a title is no container
    ['Brown spoke in Perth, Wales Secretary Ivo Brandt in Cardiff.', ['Perth:Place', 'Wales:Place', 'Ivo Brandt:Person', 'Cardiff:Place'], []],
    ['Staff in Mosul and Kirkuk in the north stay.', ['Mosul:Place', 'Kirkuk:Place'], []],
    ['Flights from Leeds to Lyon were cut.', ['Leeds:Place', 'Lyon:Place'], []],
  ]);
});

describe('sites and definite descriptions with a place', () => {
  located([
    ['Planes were held at Frankfurt’s Rhein-Main airport.', ['Rhein-Main:Place', 'Frankfurt:Place'], ['Rhein-Main -LOCATED_IN-> Frankfurt']],
    ['Germany’s Lumen group grew.', ['Lumen:Company', 'Germany:Country'], ['Lumen -LOCATED_IN-> Germany']],
    // a sentence that opens with a site word and a possessive place that owns nothing named
    ['Plant workers in Iraq’s north protested.', ['Iraq:Country'], []],
    // a company's plant may be far from the company
    ['Work at Ohio’s Lumen plant stopped.', ['Lumen:Company', 'Ohio:Place'], []],
    ['Lumen Air shares fell. Lumen Air said it would cut jobs. The family that controls the Montreal-based firm will step back.', ['Lumen Air:Company', 'Montreal:Place'], ['Lumen Air -LOCATED_IN-> Montreal']],
    ['Lumen Fund grew. Lumen Fund sold. DENVER – Colorado’s state pension fund will divest $7.2 million.', ['Lumen Fund:Fund', 'Colorado:Place'], ['Lumen Fund -LOCATED_IN-> Colorado']],
    ['Orbis Bank grew. Orbis Bank sold. Peru’s biggest bank will sell bonds.', ['Orbis Bank:Company', 'Peru:Country'], ['Orbis Bank -LOCATED_IN-> Peru']],
    // not the subject; a name follows; two banks named once each
    ['Orbis Bank grew. Orbis Bank sold. It overtook Peru’s biggest bank.', ['Orbis Bank:Company', 'Peru:Country'], []],
    ['Orbis Bank grew. Orbis Bank sold. Peru’s biggest bank, Vela, will sell bonds.', ['Orbis Bank:Company', 'Vela:Company', 'Peru:Country'], ['Vela -LOCATED_IN-> Peru']],
    ['Orbis Bank and Vela grew. Peru’s biggest bank will sell bonds.', ['Orbis Bank:Company', 'Vela:Company', 'Peru:Country'], []],
    // two companies named once each: "the Montreal-based firm" is either
    ['Orbis and Lumen Air fell. The family that controls the Montreal-based firm will step back.', ['Orbis:Company', 'Lumen Air:Company', 'Montreal:Place'], []],
  ]);
});

describe('towns of a country and parts of it', () => {
  located([
    ['Buses link the Pakistani city of Lahore with Amritsar.', ['Lahore:Place', 'Pakistan:Country|Pakistani', 'Amritsar:Place'], ['Lahore -LOCATED_IN-> Pakistan']],
    ['The blast hit the Albanian port of Vlore.', ['Vlore:Place', 'Albania:Country|Albanian'], ['Vlore -LOCATED_IN-> Albania']],
    ['The US state of Delaware is small.', ['Delaware:Place', US], ['Delaware -LOCATED_IN-> United States']],
    ['He flew to Riyadh, the capital of Saudi Arabia.', ['Riyadh:Place', 'Saudi Arabia:Country'], ['Riyadh -LOCATED_IN-> Saudi Arabia']],
    ['Sakhalin, in the far east of Russia, is cold.', ['Sakhalin:Place', 'Russia:Country'], ['Sakhalin -LOCATED_IN-> Russia']],
    ['Jobs moved to Leeds in the north of England.', ['Leeds:Place', 'England:Place'], ['Leeds -LOCATED_IN-> England']],
    ['Oman wants bids. Firms may develop the Qarn Alam field in the north of the country.', ['Qarn Alam:Place', 'Oman:Country'], ['Qarn Alam -LOCATED_IN-> Oman']],
    ['He was a GP in Pontcoed, in the Upper Tawe Valley, before.', ['Pontcoed:Place', 'Upper Tawe Valley:Place'], ['Pontcoed -LOCATED_IN-> Upper Tawe Valley']],
    ['He stood in the East Kilbride seat in Lanarkshire.', ['East Kilbride:Place', 'Lanarkshire:Place'], ['East Kilbride -LOCATED_IN-> Lanarkshire']],
    ['Speaking from a cafe in Brick Lane, east London, he said.', ['Brick Lane:Place', 'London:Place'], ['Brick Lane -LOCATED_IN-> London']],
    ['He was a minister in the small Fife town of Kirkcaldy.', ['Fife:Place', 'Kirkcaldy:Place'], ['Kirkcaldy -LOCATED_IN-> Fife']],
    ['He visited Aceh in Indonesia today.', ['Aceh:Place', 'Indonesia:Country'], ['Aceh -LOCATED_IN-> Indonesia']],
    // a place that qualifies a noun; a continent as container
    ['Water firm Suez in Argentina row', ['Suez:Place', 'Argentina:Country'], []],
    ['Brands include Opel, Saab and Vauxhall in Europe.', ['Opel:Place', 'Saab:Place', 'Vauxhall:Place', 'Europe:Place'], []],
    // a person; a move between places; a part of a country not named
    ['Ana Rojas, in the north of Chile, spoke.', ['Ana Rojas:Person', 'Chile:Country'], []],
    ['Jobs moved from London to the north of England.', ['London:Place', 'England:Place'], []],
    ['Sales in Lima beat those in the north of the country.', ['Lima:Place', 'Peru:Country'], []],
  ]);
});

describe('headquarters and bases', () => {
  located([
    ['Lumen moved its headquarters to Oslo last year.', ['Lumen:Company', 'Oslo:Place'], ['Lumen -LOCATED_IN-> Oslo']],
    ['Lumen moved its headquarters from Oslo to Bergen.', ['Lumen:Company', 'Oslo:Place', 'Bergen:Place'], ['Lumen -LOCATED_IN-> Bergen']],
    ['Lumen, whose headquarters are in Oslo, paid.', ['Lumen:Company', 'Oslo:Place'], ['Lumen -LOCATED_IN-> Oslo']],
    ['Lumen has its headquarters in Oslo.', ['Lumen:Company', 'Oslo:Place'], ['Lumen -LOCATED_IN-> Oslo']],
    ['Lumen, with headquarters in Oslo, paid.', ['Lumen:Company', 'Oslo:Place'], ['Lumen -LOCATED_IN-> Oslo']],
    ['Lumen will move its head office to Oslo.', ['Lumen:Company', 'Oslo:Place'], ['Lumen -LOCATED_IN-> Oslo']],
    ['Lumen (based in Oslo) paid.', ['Lumen:Company', 'Oslo:Place'], ['Lumen -LOCATED_IN-> Oslo']],
    ['The Washington lobbying firm Lumen was paid.', ['Lumen:Company', 'Washington:Place'], ['Lumen -LOCATED_IN-> Washington']],
    ['Brussels-based lobbying group Eurotex spent €2m.', ['Eurotex:Company', 'Brussels:Place'], ['Eurotex -LOCATED_IN-> Brussels']],
    ['Brussels-based officials are blocking Lumen.', ['Lumen:Company', 'Brussels:Place'], []],
    ['Volna and Orbis, two Dubai-based firms, were named.', ['Volna:Company', 'Orbis:Company', 'Dubai:Place'], ['Orbis -LOCATED_IN-> Dubai', 'Volna -LOCATED_IN-> Dubai']],
    ['Volna and Orbis, a Dubai-based firm, were named.', ['Volna:Company', 'Orbis:Company', 'Dubai:Place'], ['Orbis -LOCATED_IN-> Dubai']],
    // a market, a person's base, a move away
    ['Lumen has its biggest market in Oslo.', ['Lumen:Company', 'Oslo:Place'], []],
    ['Ivo Brandt moved his base to Oslo.', ['Ivo Brandt:Person', 'Oslo:Place'], []],
    ['Lumen moved its headquarters out of Oslo.', ['Lumen:Company', 'Oslo:Place'], []],
    ['In Washington lobbying firms like Lumen thrive.', ['Lumen:Company', 'Washington:Place'], []],
  ]);
});

describe('legislatures get no address', () => {
  located([
    ['Germany’s Bundestag voted.', ['Bundestag:GovernmentBody', 'Germany:Country'], []],
    ['The Iranian Majlis voted.', ['Majlis:GovernmentBody', 'Iran:Country|Iranian'], []],
    ['Hungary’s National Assembly voted.', ['National Assembly:GovernmentBody', 'Hungary:Country'], []],
    ['The French foreign ministry said no.', ['Foreign Ministry:GovernmentBody|foreign ministry', FRANCE], ['Foreign Ministry -LOCATED_IN-> France']],
  ]);
});
