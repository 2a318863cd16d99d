// The Cytoscape canvas: adding elements in batches, layouts, expand/"and N more"/collapse/hide/pin, filters.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { EdgeData, GraphElements, MoreInfo, NodeData } from './api-types.ts';
import { buildStylesheet } from './graph-style.ts';

cytoscape.use(fcose);

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'grid';
export const LAYOUTS: LayoutName[] = ['fcose', 'concentric', 'breadthfirst', 'grid'];

/** What the filters panel decides is visible. */
export interface ViewFilter {
  types: Set<string>;
  relations: Set<string>;
  since?: string;
  until?: string;
  comention: boolean;
}

/** Fitting a handful of nodes must not blow them up to the maximum zoom. */
const MAX_FIT_ZOOM = 1.25;

/** Graphs above this size are laid out in fcose 'draft' quality without animation, and drawn cheaper. */
const BIG_GRAPH = 400;

/** On a big graph, the nodes with the most links that keep their names (class `hub`; the others are `bulk`). */
const BIG_GRAPH_NAMED_HUBS = 40;

/**
 * The canvas pixel ratio for big graphs on standard screens. At a ratio of 1 or less Cytoscape draws its
 * pan/zoom texture at twice the view's resolution (textureMult in renderer/canvas/drawing-redraw.mjs), so
 * every drag of a big graph began by drawing each node at a new texture level, and dequeuing those
 * textures made it rebuild its layer cache (7,000 elements) during the drag. Just above 1 the texture has
 * the view's own resolution, as on a hi-DPI screen; the 0.01% larger drawing is invisible.
 */
const BIG_GRAPH_PIXEL_RATIO = 1.0001;

/** The id of the "and N more" node for one entity, relation type and direction. */
export function moreNodeId(entityId: string, relation: string, direction: string): string {
  return `more|${entityId}|${relation}|${direction}`;
}

/** Whether an edge's date span meets the [since, until] range (ISO dates compare as strings). */
export function edgeInRange(
  data: Pick<EdgeData, 'firstDate' | 'lastDate'>,
  since?: string,
  until?: string,
): boolean {
  if (since && data.lastDate && data.lastDate < since) return false;
  if (until && data.firstDate && data.firstDate > until) return false;
  return true;
}

export interface GraphCallbacks {
  onSelectEntity(id: string): void;
  onExpand(id: string): void;
  onMore(entityId: string, relation: string, direction: 'out' | 'in'): void;
  onBackground(): void;
}

/** The explorer's graph: a thin owner of the Cytoscape instance with the operations the panels need. */
export class GraphView {
  readonly cy: cytoscape.Core;
  layoutName: LayoutName = 'fcose';
  readonly expanded = new Set<string>();
  /** Which expansion brought a node in (for collapse). */
  private readonly addedBy = new Map<string, string>();
  private filter: ViewFilter | null = null;
  private lastLayoutMs = 0;

  constructor(container: HTMLElement, callbacks: GraphCallbacks) {
    this.cy = cytoscape({
      container,
      style: buildStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      // Viewport options: draw a cached texture and skip edges while panning/zooming big graphs.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      motionBlur: false,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    const cy = this.cy;
    // The canvas follows its box (window resizes, the Cypher drawer opening) without a window resize event.
    let last = { w: container.clientWidth, h: container.clientHeight };
    new ResizeObserver(() => {
      const w = container.clientWidth;
      const h = container.clientHeight;
      if (!w || !h || (w === last.w && h === last.h)) return;
      // Keep the point at the centre of the view at the centre.
      const zoom = cy.zoom();
      const pan = cy.pan();
      const centre = { x: (last.w / 2 - pan.x) / zoom, y: (last.h / 2 - pan.y) / zoom };
      cy.resize();
      cy.pan({ x: w / 2 - centre.x * zoom, y: h / 2 - centre.y * zoom });
      last = { w, h };
    }).observe(container);
    // A move to a screen of another pixel density (or a browser zoom) re-decides the pixel ratio.
    const watchDensity = () =>
      matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener(
        'change',
        () => {
          this.applyPixelRatio();
          cy.forceRender();
          watchDensity();
        },
        { once: true },
      );
    watchDensity();
    cy.on('tap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (node.hasClass('more')) {
        callbacks.onMore(node.data('entity'), node.data('relation'), node.data('direction'));
      } else callbacks.onSelectEntity(node.id());
    });
    cy.on('dbltap', 'node', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      if (!node.hasClass('more')) callbacks.onExpand(node.id());
    });
    cy.on('tap', (event) => {
      if (event.target === cy) callbacks.onBackground();
    });
  }

  /** Time the last layout took, in ms. */
  get layoutMs(): number {
    return this.lastLayoutMs;
  }

  /** Replaces everything on the canvas. */
  setElements(elements: GraphElements): void {
    this.cy.elements().remove();
    this.expanded.clear();
    this.addedBy.clear();
    // Big graphs: straight edges (no bundling of parallel edges) draw much faster than bezier.
    this.cy.container()?.classList.toggle('big-graph', elements.nodes.length > BIG_GRAPH);
    this.big = elements.nodes.length > BIG_GRAPH;
    this.applyPixelRatio();
    const degrees = elements.nodes.map((n) => n.data.degree ?? 0).sort((a, b) => b - a);
    this.hubDegree = this.big ? Math.max(1, degrees[BIG_GRAPH_NAMED_HUBS - 1] ?? 0) : 0;
    this.addElements(elements);
  }

  /** Whether the canvas holds a big graph (drawn with cheaper edges and names on hubs only). */
  big = false;

  /** On a big graph, the degree from which a node keeps its name. */
  private hubDegree = 0;

  /** Big graphs on a standard screen: a pixel ratio just above 1 (see BIG_GRAPH_PIXEL_RATIO); else Cytoscape's own. */
  private applyPixelRatio(): void {
    const renderer = (this.cy as unknown as { renderer(): { forcedPixelRatio?: number | null } }).renderer();
    if (!renderer || !('forcedPixelRatio' in renderer)) return;
    renderer.forcedPixelRatio = this.big && window.devicePixelRatio <= 1 ? BIG_GRAPH_PIXEL_RATIO : null;
  }

  /**
   * Adds nodes and edges in one batch; existing ones get their data refreshed. New nodes start near
   * `around` (when given) so an incremental layout moves little. Returns the ids of new nodes.
   */
  addElements(elements: GraphElements, around?: string, addedBy?: string): string[] {
    const cy = this.cy;
    const fresh: string[] = [];
    const origin = around ? cy.getElementById(around) : null;
    const center = origin && origin.nonempty() ? origin.position() : null;
    const side = Math.sqrt(elements.nodes.length + cy.nodes().length) * 70;
    cy.batch(() => {
      const toAdd: cytoscape.ElementDefinition[] = [];
      for (const { data } of elements.nodes) {
        const existing = cy.getElementById(data.id);
        if (existing.nonempty()) {
          existing.data(data as unknown as Record<string, unknown>);
          continue;
        }
        fresh.push(data.id);
        if (addedBy) this.addedBy.set(data.id, addedBy);
        const jitter = () => (Math.random() - 0.5) * 120;
        // Without an anchor, nodes are scattered in a box sized for the graph so a first frame can be drawn before the layout.
        toAdd.push({
          group: 'nodes',
          data: { degree: 1, ...data },
          // Nodes an expansion brings in keep their names; a big graph's own nodes only when they are hubs.
          ...(this.big && !center ? { classes: (data.degree ?? 0) < this.hubDegree ? 'bulk' : 'hub' } : {}),
          position: center
            ? { x: center.x + jitter(), y: center.y + jitter() }
            : { x: Math.random() * side, y: Math.random() * side },
        });
      }
      for (const { data } of elements.edges) {
        const existing = cy.getElementById(data.id);
        if (existing.nonempty()) {
          existing.data(data as unknown as Record<string, unknown>);
          continue;
        }
        toAdd.push({ group: 'edges', data: { count: 1, ...data }, ...(this.big ? { classes: 'bulk' } : {}) });
      }
      // Edges whose ends are not on the canvas cannot be drawn: drop them.
      const ids = new Set(toAdd.filter((e) => e.group === 'nodes').map((e) => String(e.data.id)));
      const valid = toAdd.filter(
        (e) =>
          e.group === 'nodes' ||
          ((ids.has(String(e.data.source)) || cy.getElementById(String(e.data.source)).nonempty()) &&
            (ids.has(String(e.data.target)) || cy.getElementById(String(e.data.target)).nonempty())),
      );
      cy.add(valid);
    });
    this.reapplyFilter();
    return fresh;
  }

  /** Draws one "and N more" node per relation type and direction beyond the neighbourhood limit; an answer scoped to some relations (and one direction) replaces only their nodes. */
  setMore(entityId: string, more: MoreInfo[], relationsAsked?: string[], directionAsked?: 'out' | 'in'): void {
    const cy = this.cy;
    cy.batch(() => {
      // Replace the more-nodes for the relations this answer covers.
      cy.nodes('.more')
        .filter(
          (n) =>
            n.data('entity') === entityId &&
            (!relationsAsked || relationsAsked.includes(n.data('relation'))) &&
            (!directionAsked || n.data('direction') === directionAsked),
        )
        .remove();
      const center = cy.getElementById(entityId);
      const pos = center.nonempty() ? center.position() : { x: 0, y: 0 };
      for (const m of more) {
        if (m.count <= 0 || (relationsAsked && !relationsAsked.includes(m.relation))) continue;
        if (directionAsked && m.direction !== directionAsked) continue;
        const id = moreNodeId(entityId, m.relation, m.direction);
        cy.add([
          {
            group: 'nodes',
            classes: 'more',
            data: {
              id,
              label: `and ${m.count} more (${m.relation}${m.direction === 'in' ? ' ←' : ' →'})`,
              type: 'more',
              entity: entityId,
              relation: m.relation,
              direction: m.direction,
              count: m.count,
            },
            position: { x: pos.x + (Math.random() - 0.5) * 160, y: pos.y + (Math.random() - 0.5) * 160 },
          },
          {
            group: 'edges',
            classes: 'more-edge',
            data: {
              id: `${id}|edge`,
              source: m.direction === 'out' ? entityId : id,
              target: m.direction === 'out' ? id : entityId,
              type: m.relation,
            },
          },
        ]);
      }
    });
    this.reapplyFilter();
  }

  /** Removes what expanding `id` brought in (unless pinned, selected, expanded or linked to the rest) and its more-nodes. */
  collapse(id: string): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.nodes('.more')
        .filter((n) => n.data('entity') === id)
        .remove();
      const brought = new Set([...this.addedBy].filter(([, by]) => by === id).map(([nodeId]) => nodeId));
      for (const nodeId of brought) {
        const node = cy.getElementById(nodeId);
        if (node.empty() || node.hasClass('pinned') || node.selected() || this.expanded.has(nodeId)) continue;
        const linkedElsewhere = node
          .neighborhood('node')
          .filter((n) => n.id() !== id && !n.hasClass('more') && !brought.has(n.id()))
          .nonempty();
        if (linkedElsewhere) continue;
        node.remove();
        this.addedBy.delete(nodeId);
      }
    });
    this.expanded.delete(id);
  }

  /** Hides a node (and its edges) from the view. */
  hide(id: string): void {
    const node = this.cy.getElementById(id);
    node.addClass('hidden');
    node.unselect();
  }

  /** Shows every hidden node again. */
  unhideAll(): void {
    this.cy.elements('.hidden').removeClass('hidden');
  }

  hiddenIds(): string[] {
    return this.cy.nodes('.hidden').map((n) => n.id());
  }

  /** Pins (locks in place) or unpins a node; layouts leave pinned nodes where they are. */
  togglePin(id: string): boolean {
    const node = this.cy.getElementById(id);
    if (node.empty()) return false;
    if (node.locked()) {
      node.unlock();
      node.removeClass('pinned');
      return false;
    }
    node.lock();
    node.addClass('pinned');
    return true;
  }

  /** Selects a node and centres the view on it. */
  focus(id: string): boolean {
    const cy = this.cy;
    const node = cy.getElementById(id);
    if (node.empty()) return false;
    cy.elements(':selected').unselect();
    node.removeClass('hidden filtered');
    node.select();
    const zoom = Math.min(Math.max(cy.zoom(), 0.9), MAX_FIT_ZOOM);
    // Instant, not animated: a viewport animation would fight the layout that often follows (expand).
    cy.stop(true, true);
    cy.zoom(zoom);
    cy.center(node);
    return true;
  }

  /** Applies type/relation/time/co-mention filters to what is on the canvas. */
  applyFilter(filter: ViewFilter): void {
    this.filter = filter;
    this.reapplyFilter();
  }

  private reapplyFilter(): void {
    const f = this.filter;
    if (!f) return;
    const cy = this.cy;
    const timed = !!(f.since || f.until);
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const data = edge.data() as EdgeData;
        let visible: boolean;
        if (edge.hasClass('comention')) visible = f.comention && edgeInRange(data, f.since, f.until);
        else
          visible =
            f.relations.has(data.type) && (edge.hasClass('more-edge') || edgeInRange(data, f.since, f.until));
        edge.toggleClass('filtered', !visible);
      });
      cy.nodes().forEach((node) => {
        let visible: boolean;
        if (node.hasClass('more')) visible = f.relations.has(node.data('relation'));
        else visible = f.types.has(node.data('type'));
        if (visible && timed && !node.selected()) {
          // As of the period: a node whose every fact falls outside it is not shown.
          const facts = node.connectedEdges().not('.comention').not('.more-edge');
          if (facts.nonempty() && facts.every((e) => !edgeInRange(e.data(), f.since, f.until)))
            visible = false;
        }
        node.toggleClass('filtered', !visible);
      });
    });
  }

  /** Edges and nodes currently drawn (not filtered or hidden). */
  visibleElements(): cytoscape.CollectionReturnValue {
    return this.cy
      .elements()
      .filter(
        (e) =>
          !e.hasClass('filtered') &&
          !e.hasClass('hidden') &&
          (e.isNode() || (!e.source().hasClass('filtered') && !e.target().hasClass('filtered'))),
      );
  }

  /** Runs a layout over the visible elements; resolves when it stops. */
  runLayout(
    name: LayoutName = this.layoutName,
    options: { randomize?: boolean; fit?: boolean } = {},
  ): Promise<void> {
    this.layoutName = name;
    const cy = this.cy;
    const eles = this.visibleElements();
    const big = eles.nodes().length > BIG_GRAPH;
    const fit = options.fit ?? true;
    const selected = cy.nodes(':selected');
    const base = { animate: !big && eles.nodes().length > 1, animationDuration: 350, fit, padding: 40 };
    let opts: cytoscape.LayoutOptions;
    switch (name) {
      case 'concentric':
        opts = {
          name,
          ...base,
          minNodeSpacing: 12,
          concentric: (n: cytoscape.NodeSingular) => n.degree(false),
          levelWidth: () => 2,
        } as cytoscape.LayoutOptions;
        break;
      case 'breadthfirst':
        opts = {
          name,
          ...base,
          directed: false,
          spacingFactor: 1.1,
          roots: selected.nonempty() ? selected : undefined,
        } as cytoscape.LayoutOptions;
        break;
      case 'grid':
        opts = { name, ...base, avoidOverlap: true } as cytoscape.LayoutOptions;
        break;
      default:
        opts = {
          name: 'fcose',
          ...base,
          quality: big ? 'draft' : 'default',
          randomize: options.randomize ?? true,
          // Small graphs get room for their labels; big ones stay compact.
          nodeRepulsion: big ? 4500 : 16000,
          idealEdgeLength: big ? 60 : 120,
          nodeSeparation: 80,
          numIter: big ? 1200 : 2500,
        } as cytoscape.LayoutOptions;
    }
    return new Promise((resolve) => {
      const started = performance.now();
      const layout = eles.layout(opts);
      layout.one('layoutstop', () => {
        this.lastLayoutMs = performance.now() - started;
        if (fit) this.capZoom();
        resolve();
      });
      layout.run();
    });
  }

  fit(): void {
    const visible = this.visibleElements();
    this.cy.fit(visible.nonempty() ? visible : undefined, 40);
    this.capZoom();
  }

  /** Fits the view to some elements without zooming in past the cap. */
  fitTo(eles: cytoscape.CollectionReturnValue, padding = 60): void {
    this.cy.fit(eles, padding);
    this.capZoom();
  }

  private capZoom(): void {
    const cy = this.cy;
    if (cy.zoom() > MAX_FIT_ZOOM)
      cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Marks a path's nodes and edges and fades the rest. */
  highlightPath(nodeIds: string[], edgeIds: string[]): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('path faded');
      if (!nodeIds.length) return;
      const onPath = cy.collection();
      for (const id of [...nodeIds, ...edgeIds]) onPath.merge(cy.getElementById(id));
      onPath.addClass('path');
      cy.elements().not(onPath).addClass('faded');
    });
  }

  /** The nodes' data (for export and state). */
  nodeData(): NodeData[] {
    return this.cy
      .nodes()
      .not('.more')
      .map((n) => n.data() as NodeData);
  }
}
