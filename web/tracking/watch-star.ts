// The watch star: a toggle button on an entity, backed by a shared store of watched ids.
import { trackingApi, type TrackingApi } from './tracking-api.ts';

/** The watched ids, loaded once and kept in step with the server. */
export class WatchStore {
  private ids = new Set<string>();
  private loaded: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly client: TrackingApi = trackingApi) {}

  /** Loads the watchlist (once; `force` reloads). */
  load(force = false): Promise<void> {
    if (!this.loaded || force) {
      this.loaded = this.client.watchlist().then((list) => {
        this.ids = new Set(list.items.map((w) => w.entityId));
        this.emit();
      });
      this.loaded.catch(() => (this.loaded = null));
    }
    return this.loaded;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** Watches or unwatches; resolves to the new state. */
  async toggle(id: string): Promise<boolean> {
    if (this.ids.has(id)) {
      await this.client.unwatch(id);
      this.ids.delete(id);
    } else {
      await this.client.watch(id);
      this.ids.add(id);
    }
    this.emit();
    return this.ids.has(id);
  }

  /** Called after every change; returns a function that stops listening. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function paint(button: HTMLButtonElement, name: string, watched: boolean): void {
  button.textContent = watched ? '★' : '☆';
  button.setAttribute('aria-pressed', String(watched));
  button.title = watched ? `Stop watching ${name}` : `Watch ${name}: its changes come first in "What's new"`;
  button.setAttribute('aria-label', watched ? `Stop watching ${name}` : `Watch ${name}`);
}

/**
 * A star button for one entity (☆ not watched, ★ watched); clicking toggles it on the server.
 * `onError` hears about a failed toggle (the star stays as it was).
 * @example header.appendChild(createWatchStar(store, { id, name }, (m) => announce(m, 'error')))
 */
export function createWatchStar(
  store: WatchStore,
  entity: { id: string; name: string },
  onError: (message: string) => void = () => {},
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'watch-star';
  button.dataset.entity = entity.id;
  paint(button, entity.name, store.has(entity.id));
  const unsubscribe = store.subscribe(() => {
    if (!button.isConnected) {
      unsubscribe();
      return;
    }
    paint(button, entity.name, store.has(entity.id));
  });
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      paint(button, entity.name, await store.toggle(entity.id));
    } catch (error) {
      onError(`Could not change the watchlist: ${(error as Error).message}`);
    } finally {
      button.disabled = false;
    }
  });
  void store
    .load()
    .then(() => paint(button, entity.name, store.has(entity.id)))
    .catch(() => undefined);
  return button;
}
