// LOCATED_IN from names that contain a country the article names ("Lumen Chile", "Swedish Transport Agency"), on sentences of our own; compass names ("North America") excluded.
import { describe, expect, it } from 'vitest';
import { relationsOf, type EntitySpec } from './helpers.ts';

type Case = [text: string, entities: EntitySpec[], expected: string[]];

describe('names with a place', () => {
  it.each<Case>([
    ['Lumen Chile grew while Chile slowed.', ['Lumen Chile:Company', 'Chile:Country'], ['Lumen Chile -LOCATED_IN-> Chile']],
    ['The Swedish Transport Agency said Swedish roads are safe.', ['Swedish Transport Agency:GovernmentBody', 'Sweden:Country|Sweden|Swedish'], ['Swedish Transport Agency -LOCATED_IN-> Sweden']],
    // a region named after a compass point lies outside the country it contains
    ['Demand in North America beat America’s forecasts.', ['North America:Place', 'United States:Country|America'], []],
    ['Gas from New Mexico is cheaper than in Mexico.', ['New Mexico:Place', 'Mexico:Country'], []],
    ['Belfast in Northern Ireland and Dublin in Ireland met.', ['Northern Ireland:Place', 'Ireland:Country', 'Belfast:Place', 'Dublin:Place'], ['Belfast -LOCATED_IN-> Northern Ireland', 'Dublin -LOCATED_IN-> Ireland']],
    ['The Ohio Public Employees Retirement System sold shares. Ohio is big.', ['Ohio Public Employees Retirement System:Fund', 'Ohio:Place'], ['Ohio Public Employees Retirement System -LOCATED_IN-> Ohio']],
    ['The Transport Department of Texas met. Texas roads are busy.', ['Transport Department of Texas:GovernmentBody', 'Texas:Place'], ['Transport Department of Texas -LOCATED_IN-> Texas']],
    // a town only inside the name, another place named after it, a company's trading name
    ['The Ohio Public Employees Retirement System sold shares.', ['Ohio Public Employees Retirement System:Fund', 'Ohio:Place'], []],
    ['The Kansas City Pension Fund grew. Kansas voted.', ['Kansas City Pension Fund:Fund', 'Kansas:Place'], []],
    ['China Mobile grew in Mobile.', ['China Mobile:Company', 'Mobile:Place'], []],
    ['The Leeds Building Society grew. Leeds is big.', ['Leeds Building Society:Company', 'Leeds:Place'], []],
    // a capital that also stands for its country's government names no place inside itself
    ['London and Paris disagreed. Fog closed central London.', ['United Kingdom:Country|London', 'France:Country|Paris', 'London:Place|central London'], []],
    ['UK Trade & Investment helped UK exporters.', ['UK Trade & Investment:GovernmentBody', 'United Kingdom:Country|UK'], []],
    ['Lumen UK grew while UK sales fell.', ['Lumen UK:Company', 'United Kingdom:Country|UK'], ['Lumen UK -LOCATED_IN-> United Kingdom']],
    // a country's own parliament is no address
    ['The UK Parliament debated the UK budget.', ['UK Parliament:GovernmentBody', 'United Kingdom:Country|UK'], []],
  ])('%s', (text, entities, expected) => {
    expect(relationsOf(text, entities).filter((r) => r.includes('-LOCATED_IN->'))).toEqual([...expected].sort());
  });
});
