// The path finder: two entities → the shortest paths drawn on the graph and each hop's evidence listed.
import type { EntityRef, PathsResult } from './api-types.ts';
import { append, clear, el, termsForEntity } from './dom.ts';
import { renderEvidence } from './details-panel.ts';

/** Edge id in the element format: `${source}|${type}|${target}`. */
export function hopEdgeId(hop: { source: string; target: string; type: string }): string {
  return `${hop.source}|${hop.type}|${hop.target}`;
}

/** Lists the paths found, hop by hop with evidence. */
export function renderPaths(
  box: HTMLElement,
  result: PathsResult,
  actions: { onSelect(id: string): void; onOpenArticle(id: string): void; onShowPath(index: number): void },
): void {
  clear(box);
  if (!result.paths.length) {
    box.appendChild(el('p', { class: 'hint' }, 'No path found within that many hops.'));
    return;
  }
  box.appendChild(
    el(
      'p',
      { class: 'hint' },
      `${result.paths.length} shortest path(s), ${result.paths[0].hops.length} hop(s).`,
    ),
  );
  const list = el('ol', { class: 'paths' });
  result.paths.forEach((path, index) => {
    const byId = new Map<string, EntityRef>(path.nodes.map((n) => [n.id, n]));
    const show = el('button', { type: 'button', class: 'link' }, path.nodes.map((n) => n.name).join(' → '));
    show.addEventListener('click', () => actions.onShowPath(index));
    const item = el('li', { class: 'path' }, show);
    for (const hop of path.hops) {
      const source = byId.get(hop.source) ?? { id: hop.source, name: hop.source, type: '' };
      const target = byId.get(hop.target) ?? { id: hop.target, name: hop.target, type: '' };
      const pick = (ref: EntityRef) => {
        const b = el('button', { type: 'button', class: 'link' }, ref.name);
        b.addEventListener('click', () => actions.onSelect(ref.id));
        return b;
      };
      const hopBox = el('div', { class: 'hop' });
      append(hopBox, el('div', { class: 'hop-head' }, pick(source), ` —${hop.type}→ `, pick(target)));
      const terms = [...termsForEntity(source), ...termsForEntity(target)];
      if (!hop.evidence.length)
        hopBox.appendChild(el('p', { class: 'hint' }, 'No evidence sentence recorded.'));
      for (const ev of hop.evidence) hopBox.appendChild(renderEvidence(ev, terms, actions.onOpenArticle));
      item.appendChild(hopBox);
    }
    list.appendChild(item);
  });
  box.appendChild(list);
}
