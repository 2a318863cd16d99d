// Cypher results to Cytoscape elements: entities keyed by their id, facts folded per (source, type, target).
import { describe, expect, it } from 'vitest';
import { toElementGraph } from '../../../cypher/read-elements.ts';
import { createGraphCollector } from '../../../cypher/read-values.ts';

function collect() {
  const c = createGraphCollector();
  c.nodes.set('4:x:1', {
    id: '4:x:1',
    labels: ['Entity', 'Fund'],
    properties: { id: 'fund:gpfg', name: 'GPFG', type: 'Fund' },
  });
  c.nodes.set('4:x:2', {
    id: '4:x:2',
    labels: ['Entity', 'Company'],
    properties: { id: 'company:hik', name: 'Hikvision', type: 'Company' },
  });
  c.nodes.set('4:x:3', { id: '4:x:3', labels: ['Article'], properties: { id: 'a1', title: 'An article' } });
  c.nodes.set('4:x:4', { id: '4:x:4', labels: ['Other'], properties: {} });
  const fact = (id: string, article: string, date: string) => ({
    id,
    type: 'INVESTED_IN',
    start: '4:x:1',
    end: '4:x:2',
    properties: { article, date },
  });
  c.relationships.set('5:x:1', fact('5:x:1', 'a1', '2019-03-26'));
  c.relationships.set('5:x:2', fact('5:x:2', 'a2', '2021-05-01'));
  c.relationships.set('5:x:3', fact('5:x:3', 'a2', '2020-01-01'));
  c.relationships.set('5:x:4', {
    id: '5:x:4',
    type: 'MENTIONED_IN',
    start: '4:x:2',
    end: '4:x:3',
    properties: { count: 1 },
  });
  c.relationships.set('5:x:5', { id: '5:x:5', type: 'LEADS', start: '4:x:1', end: '4:x:99', properties: {} });
  return c;
}

describe('toElementGraph', () => {
  const graph = toElementGraph(collect());

  it('keys entity and article nodes by their id property, others by element id', () => {
    expect(graph.nodes.map((n) => n.data)).toEqual([
      { id: 'fund:gpfg', label: 'GPFG', type: 'Fund' },
      { id: 'company:hik', label: 'Hikvision', type: 'Company' },
      { id: 'a1', label: 'An article', type: 'Article' },
      { id: '4:x:4', label: 'Other', type: 'Other' },
    ]);
  });

  it('folds fact relationships into one edge counting distinct articles, with the date range', () => {
    expect(graph.edges.find((e) => e.data.type === 'INVESTED_IN')?.data).toEqual({
      id: 'fund:gpfg|INVESTED_IN|company:hik',
      source: 'fund:gpfg',
      target: 'company:hik',
      type: 'INVESTED_IN',
      count: 2,
      firstDate: '2019-03-26',
      lastDate: '2021-05-01',
    });
  });

  it('keeps other relationships one by one and drops those whose ends are unknown', () => {
    expect(graph.edges.filter((e) => e.data.type === 'MENTIONED_IN')).toHaveLength(1);
    expect(graph.edges.find((e) => e.data.type === 'LEADS')).toBeUndefined();
  });
});
