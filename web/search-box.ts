// An accessible entity combobox: suggestions as you type (name, type, matched alias), arrow keys, Enter, Escape.
import { api } from './api.ts';
import type { EntityHit } from './api-types.ts';
import { clear, el } from './dom.ts';
import { TYPE_STYLE } from './graph-style.ts';

/**
 * Wires an input[role=combobox] and its listbox to /api/entities.
 * @example attachEntitySearch(input, list, (hit) => selectEntity(hit.id));
 */
export function attachEntitySearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onChoose: (hit: EntityHit) => void,
): { setValue(text: string): void } {
  let hits: EntityHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    const items = list.querySelectorAll<HTMLLIElement>('[role=option]');
    items.forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const current = items[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    // A look-up still pending for earlier keystrokes must not reopen the list.
    clearTimeout(timer);
    seq++;
    input.value = hit.name;
    close();
    onChoose(hit);
  };

  const render = (query: string) => {
    clear(list);
    if (!hits.length) {
      list.appendChild(el('li', { class: 's-empty', role: 'presentation' }, `No entity matches “${query}”.`));
    }
    hits.forEach((hit, i) => {
      const style = TYPE_STYLE[hit.type];
      const li = el(
        'li',
        { role: 'option', id: `${list.id}-opt-${i}`, 'aria-selected': 'false', 'data-id': hit.id },
        el('span', { class: 'swatch', style: `background:${style?.color ?? '#888'};border-radius:3px` }),
        el('span', { class: 's-name' }, hit.name),
        el('span', { class: 's-type' }, style?.label ?? hit.type),
        hit.matched && hit.matched !== hit.name
          ? el('span', { class: 's-alias' }, `matched “${hit.matched}”`)
          : null,
      );
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(i);
      });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(hits.length ? 0 : -1);
  };

  const lookUp = async () => {
    const query = input.value.trim();
    if (query.length < 1) {
      hits = [];
      close();
      return;
    }
    const mine = ++seq;
    try {
      const answer = await api.searchEntities(query, 10);
      if (mine !== seq) return;
      hits = answer.items;
      render(query);
    } catch {
      if (mine === seq) close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (list.hidden) void lookUp();
      else setActive(Math.min(active + 1, hits.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (event.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        event.preventDefault();
        choose(active);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  return {
    setValue(text: string) {
      input.value = text;
    },
  };
}
