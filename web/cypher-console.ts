// The "Cypher" console: CodeMirror 6 with Cypher highlighting/completion, Run, saved queries, table + graph, CSV.
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { api, ApiError } from './api.ts';
import type { CypherResult, GraphElements, SavedQuery } from './api-types.ts';
import { toCsv, cellText } from './csv.ts';
import { byId, clear, downloadBlob, el } from './dom.ts';
import { ENTITY_TYPE_NAMES, RELATION_NAMES } from './graph-style.ts';

/** What the editor completes besides Cypher keywords: this graph's labels, types and properties. */
const SCHEMA = {
  labels: [':Entity', ':Article', ...ENTITY_TYPE_NAMES.map((t) => `:${t}`)],
  relationshipTypes: [...RELATION_NAMES, 'MENTIONED_IN', 'DISTINCT_FROM'].map((t) => `:${t}`),
  propertyKeys: [
    'id',
    'name',
    'type',
    'aliases',
    'roles',
    'title',
    'text',
    'url',
    'source',
    'author',
    'publishedAt',
    'date',
    'article',
    'evidence',
    'sentence',
    'confidence',
    'count',
    'surfaces',
    'wordCount',
    'ingestedAt',
  ],
};

export const DEFAULT_QUERY = `MATCH (p:Person)-[r]->(o:Entity)
RETURN p, r, o
LIMIT 50`;

/** Table text for a value: nodes as (:Label name), relationships as [:TYPE], lists and maps briefly. */
export function displayText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(displayText).join(', ')}]`;
  if (value && typeof value === 'object') {
    const v = value as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
    const props = v.properties ?? {};
    const name = props.name ?? props.title ?? props.id;
    if (Array.isArray(v.labels) && v.properties)
      return `(:${v.labels.join(':')}${name !== undefined ? ` ${String(name)}` : ''})`;
    if (typeof v.type === 'string' && v.properties)
      return `[:${v.type}${props.evidence ? ` “${String(props.evidence).slice(0, 80)}”` : ''}]`;
  }
  return cellText(value);
}

export interface ConsoleHost {
  /** Draws a result graph on the canvas. */
  showGraph(graph: GraphElements): void;
  /** Records the query in the URL (shareable state). */
  onQueryRun(query: string): void;
}

/** The Cypher console, created lazily the first time it is opened. */
export class CypherConsole {
  private editor: EditorApi | null = null;
  private last: CypherResult | null = null;
  private saved: SavedQuery[] = [];
  private pendingText = DEFAULT_QUERY;
  readonly panel = byId('cypher-panel');

  constructor(private readonly host: ConsoleHost) {
    byId('cypher-run').addEventListener('click', () => void this.run());
    byId('cypher-csv').addEventListener('click', () => this.exportCsv());
    byId<HTMLSelectElement>('saved-select').addEventListener('change', (e) =>
      this.showSavedForm((e.target as HTMLSelectElement).value),
    );
    byId<HTMLFormElement>('saved-form').addEventListener('submit', (e) => {
      e.preventDefault();
      void this.runSaved();
    });
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  /** Shows (creating the editor on first use) or hides the console. */
  setOpen(open: boolean): void {
    this.panel.hidden = !open;
    byId('toggle-cypher').setAttribute('aria-expanded', String(open));
    if (open && !this.editor) this.createEditor();
    if (open) void this.loadSaved();
    window.dispatchEvent(new Event('resize'));
  }

  private createEditor(): void {
    const parent = byId('cypher-editor');
    this.editor = createCypherEditor(parent, {
      value: this.pendingText,
      schema: SCHEMA,
      lineNumbers: true,
      lineWrapping: true,
      autocomplete: true,
      lint: false,
      theme: 'light',
      placeholder: 'MATCH (n) RETURN n LIMIT 25',
    }).editor;
    // Capture phase: runs before CodeMirror inserts a newline for Enter.
    parent.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          event.stopPropagation();
          void this.run();
        }
      },
      true,
    );
    const content = parent.querySelector('.cm-content');
    content?.setAttribute('aria-label', 'Cypher query');
  }

  /** The query text in the editor. */
  get value(): string {
    return this.editor ? this.editor.codemirror.state.doc.toString() : this.pendingText;
  }

  setValue(text: string): void {
    this.pendingText = text;
    this.editor?.setValue(text);
  }

  /** Runs the editor's query through POST /api/cypher. */
  async run(query = this.value, record = true): Promise<void> {
    if (!query.trim()) return;
    if (query !== this.value) this.setValue(query);
    await this.execute(() => api.cypher(query));
    if (record) this.host.onQueryRun(query);
  }

  private async execute(call: () => Promise<CypherResult>): Promise<void> {
    const error = byId('cypher-error');
    const summary = byId('cypher-summary');
    error.hidden = true;
    summary.textContent = 'Running…';
    window.tracegraph.busy++;
    try {
      const result = await call();
      this.last = result;
      this.renderTable(result);
      summary.textContent = `${result.summary?.rows ?? result.rows.length} row(s) in ${result.summary?.ms ?? '?'} ms${result.summary?.truncated ? ' (truncated)' : ''} · ${result.graph?.nodes?.length ?? 0} node(s) drawn`;
      if (result.graph && result.graph.nodes.length) this.host.showGraph(result.graph);
    } catch (err) {
      this.last = null;
      this.renderTable(null);
      summary.textContent = '';
      error.hidden = false;
      error.textContent =
        err instanceof ApiError ? `${err.message}${err.code ? ` (${err.code})` : ''}` : String(err);
    } finally {
      window.tracegraph.busy--;
    }
    (byId('cypher-csv') as HTMLButtonElement).disabled = !this.last || !this.last.rows.length;
  }

  private renderTable(result: CypherResult | null): void {
    const table = byId<HTMLTableElement>('cypher-table');
    clear(table);
    if (!result) return;
    const head = el('tr', {}, ...result.columns.map((c) => el('th', { scope: 'col' }, c)));
    table.appendChild(el('thead', {}, head));
    const body = el('tbody');
    for (const row of result.rows.slice(0, 1000)) {
      const cells = result.columns.map((c, i) => {
        const text = displayText(Array.isArray(row) ? row[i] : (row as Record<string, unknown>)?.[c]);
        return el('td', { title: text.length > 60 ? text.slice(0, 500) : undefined }, text);
      });
      body.appendChild(el('tr', {}, ...cells));
    }
    table.appendChild(body);
  }

  private exportCsv(): void {
    if (!this.last) return;
    downloadBlob(
      new Blob([toCsv(this.last.columns, this.last.rows)], { type: 'text/csv;charset=utf-8' }),
      'tracegraph-query.csv',
    );
  }

  private async loadSaved(): Promise<void> {
    if (this.saved.length) return;
    try {
      this.saved = (await api.savedQueries()).items;
    } catch {
      return;
    }
    const select = byId<HTMLSelectElement>('saved-select');
    for (const q of this.saved)
      select.appendChild(el('option', { value: q.name, title: q.description ?? '' }, q.title || q.name));
  }

  private showSavedForm(name: string): void {
    const form = byId<HTMLFormElement>('saved-form');
    clear(form);
    const q = this.saved.find((s) => s.name === name);
    if (!q) return;
    for (const p of q.params) {
      const numeric = /int|float|number/i.test(p.type);
      const input = el('input', {
        type: numeric ? 'number' : 'text',
        name: p.name,
        'aria-label': p.name,
        title: p.description ?? p.type,
        placeholder: p.name,
        value: p.default === undefined || p.default === null ? '' : String(p.default),
        'data-type': p.type,
      });
      form.appendChild(el('label', { class: 'inline' }, p.name, input));
    }
    form.appendChild(el('button', { type: 'submit', title: q.description ?? '' }, 'Run saved'));
  }

  private async runSaved(): Promise<void> {
    const name = byId<HTMLSelectElement>('saved-select').value;
    const q = this.saved.find((s) => s.name === name);
    if (!q) return;
    const params: Record<string, unknown> = {};
    for (const input of byId('saved-form').querySelectorAll<HTMLInputElement>('input[name]')) {
      if (input.value === '') continue;
      const type = input.dataset.type ?? '';
      if (/int/i.test(type)) params[input.name] = Number.parseInt(input.value, 10);
      else if (/float|number/i.test(type)) params[input.name] = Number(input.value);
      else if (/list/i.test(type))
        params[input.name] = input.value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      else params[input.name] = input.value;
    }
    await this.execute(() => api.runSavedQuery(name, params));
  }
}
