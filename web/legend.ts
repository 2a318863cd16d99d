// The legend: each entity type's shape and colour (small SVGs built with DOM calls), and the edge conventions.
import { clear, el } from './dom.ts';
import { TYPE_STYLE } from './graph-style.ts';

const SVG = 'http://www.w3.org/2000/svg';

function polygon(points: Array<[number, number]>, size: number): string {
  return points.map(([x, y]) => `${(x * size) / 2 + size / 2},${(y * size) / 2 + size / 2}`).join(' ');
}
function regular(n: number, rotation = -Math.PI / 2): Array<[number, number]> {
  return Array.from(
    { length: n },
    (_, i) =>
      [
        Math.cos(rotation + (2 * Math.PI * i) / n) * 0.92,
        Math.sin(rotation + (2 * Math.PI * i) / n) * 0.92,
      ] as [number, number],
  );
}
function star(): Array<[number, number]> {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 ? 0.42 : 0.95;
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    return [Math.cos(a) * r, Math.sin(a) * r] as [number, number];
  });
}

/** A small SVG of a Cytoscape node shape in a colour. */
export function shapeIcon(shape: string, color: string, size = 14): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  let node: SVGElement;
  if (shape === 'ellipse') {
    node = document.createElementNS(SVG, 'circle');
    node.setAttribute('cx', String(size / 2));
    node.setAttribute('cy', String(size / 2));
    node.setAttribute('r', String(size / 2 - 0.5));
  } else if (shape === 'round-rectangle' || shape === 'rectangle') {
    node = document.createElementNS(SVG, 'rect');
    node.setAttribute('x', '0.5');
    node.setAttribute('y', '2');
    node.setAttribute('width', String(size - 1));
    node.setAttribute('height', String(size - 4));
    if (shape === 'round-rectangle') node.setAttribute('rx', '3');
  } else {
    node = document.createElementNS(SVG, 'polygon');
    const pts =
      shape === 'hexagon'
        ? regular(6, 0)
        : shape === 'triangle'
          ? regular(3)
          : shape === 'diamond'
            ? regular(4)
            : shape === 'star'
              ? star()
              : regular(8, Math.PI / 8);
    node.setAttribute('points', polygon(pts, size));
  }
  node.setAttribute('fill', color);
  svg.appendChild(node);
  return svg;
}

/** Fills the legend box with the entity types. */
export function renderLegend(box: HTMLElement): void {
  clear(box);
  for (const { color, shape, label } of Object.values(TYPE_STYLE)) {
    box.appendChild(el('span', { class: 'item' }, shapeIcon(shape, color), label));
  }
  box.appendChild(el('span', { class: 'item' }, shapeIcon('round-rectangle', '#e5e7eb'), 'and N more'));
  box.appendChild(el('span', { class: 'item' }, '— width = articles'));
}
