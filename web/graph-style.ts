// How the graph looks: a colour and a shape per entity type, edge labels and widths, and the stylesheet.
import type cytoscape from 'cytoscape';

/** Colour (colour-blind safe palette) and node shape per entity type. */
export const TYPE_STYLE: Record<string, { color: string; shape: cytoscape.Css.NodeShape; label: string }> = {
  Person: { color: '#0072B2', shape: 'ellipse', label: 'Person' },
  Company: { color: '#E69F00', shape: 'round-rectangle', label: 'Company' },
  Country: { color: '#009E73', shape: 'hexagon', label: 'Country' },
  Place: { color: '#56B4E9', shape: 'triangle', label: 'Place' },
  Fund: { color: '#CC79A7', shape: 'diamond', label: 'Fund' },
  PoliticalParty: { color: '#D55E00', shape: 'star', label: 'Political party' },
  GovernmentBody: { color: '#6A3D9A', shape: 'rectangle', label: 'Government body' },
  Organization: { color: '#7F7F7F', shape: 'octagon', label: 'Organization' },
};

export const ENTITY_TYPE_NAMES = Object.keys(TYPE_STYLE);

export const RELATION_NAMES = [
  'MEMBER_OF',
  'WORKS_FOR',
  'LEADS',
  'CRITICIZED',
  'SANCTIONED',
  'INVESTED_IN',
  'DIVESTED_FROM',
  'SUPPLIES',
  'LOCATED_IN',
];

/** Edge colour per relation type (co-mention is drawn dashed and grey). */
export const RELATION_COLOR: Record<string, string> = {
  MEMBER_OF: '#4477AA',
  WORKS_FOR: '#66CCEE',
  LEADS: '#228833',
  CRITICIZED: '#EE6677',
  SANCTIONED: '#AA3377',
  INVESTED_IN: '#CCBB44',
  DIVESTED_FROM: '#BB5566',
  SUPPLIES: '#EE7733',
  LOCATED_IN: '#999999',
  CO_MENTIONED: '#B0B0B0',
};

/** The Cytoscape stylesheet: labels vanish when zoomed out (min-zoomed-font-size) to keep big graphs fast. */
export function buildStylesheet(): cytoscape.StylesheetJson {
  const sheet: cytoscape.StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 12,
        'min-zoomed-font-size': 6,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        color: '#1d2433',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        width: 'mapData(degree, 0, 30, 22, 52)',
        height: 'mapData(degree, 0, 30, 22, 52)',
        'background-color': '#7F7F7F',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(count, 1, 8, 1.5, 7)',
        'line-color': '#9aa3b2',
        'target-arrow-color': '#9aa3b2',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(type)',
        'font-size': 8,
        'min-zoomed-font-size': 9,
        'text-rotation': 'autorotate',
        color: '#4a5160',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        opacity: 0.9,
      },
    },
  ];
  for (const [type, { color, shape }] of Object.entries(TYPE_STYLE)) {
    sheet.push({ selector: `node[type = "${type}"]`, style: { 'background-color': color, shape } });
  }
  for (const [type, color] of Object.entries(RELATION_COLOR)) {
    sheet.push({
      selector: `edge[type = "${type}"]`,
      style: { 'line-color': color, 'target-arrow-color': color },
    });
  }
  sheet.push(
    {
      selector: 'edge.comention',
      style: {
        'line-style': 'dashed',
        'target-arrow-shape': 'none',
        label: '',
        width: 'mapData(count, 1, 8, 1, 4)',
        opacity: 0.6,
      },
    },
    {
      selector: 'node.more',
      style: {
        shape: 'round-tag',
        'background-color': '#f3f4f7',
        'border-width': 1.5,
        'border-style': 'dashed',
        'border-color': '#6b7280',
        width: 26,
        height: 26,
        'font-style': 'italic',
        color: '#374151',
      },
    },
    // Big graphs: no edge labels (5,000 of them cost text measuring on every full redraw), and names on
    // the hubs only: 2,000 outlined node labels are an unreadable pile at the overview and their textures
    // are re-rendered for seconds after each draw, slowing a pan (see bench:web). Hubs are drawn on top;
    // selected, pinned and path nodes show their names.
    { selector: 'node.bulk', style: { label: '' } },
    { selector: 'node.hub', style: { 'z-index': 5 } },
    {
      selector: 'node.bulk:selected, node.bulk.pinned, node.bulk.path',
      style: { label: 'data(label)' },
    },
    { selector: 'edge.bulk', style: { 'curve-style': 'straight', 'arrow-scale': 0.6, label: '' } },
    {
      selector: 'edge.more-edge',
      style: { 'line-style': 'dotted', 'target-arrow-shape': 'none', width: 1, label: '' },
    },
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-color': '#111827', 'border-style': 'double' },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#facc15', 'z-index': 10 } },
    {
      selector: 'edge:selected',
      style: { width: 5, 'line-color': '#facc15', 'target-arrow-color': '#facc15' },
    },
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.path', style: { 'z-index': 20 } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#16a34a' } },
    {
      selector: 'edge.path',
      style: { 'line-color': '#16a34a', 'target-arrow-color': '#16a34a', width: 5, opacity: 1 },
    },
    { selector: '.faded', style: { opacity: 0.18 } },
  );
  return sheet;
}
