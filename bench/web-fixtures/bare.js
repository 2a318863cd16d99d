// Bare Cytoscape for bench-web.ts: fetch the graph, draw it at random positions, then fcose 'draft'.
/* global cytoscape, cytoscapeFcose */
(async () => {
  const viewport = new URLSearchParams(location.search).get('viewport') === '1';
  cytoscape.use(cytoscapeFcose);
  const graph = await (await fetch('/api/graph?limit=100000')).json();
  const side = Math.sqrt(graph.nodes.length) * 70;
  const elements = [
    ...graph.nodes.map((n) => ({
      group: 'nodes',
      data: n.data,
      position: { x: Math.random() * side, y: Math.random() * side },
    })),
    ...graph.edges.map((e) => ({ group: 'edges', data: e.data })),
  ];
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    textureOnViewport: viewport,
    hideEdgesOnViewport: viewport,
  });
  window.cy = cy;
  cy.fit();
  cy.one('render', async () => {
    const firstDrawAt = performance.now();
    await new Promise((r) => setTimeout(r, 0));
    const started = performance.now();
    const layout = cy.layout({
      name: 'fcose',
      quality: 'draft',
      animate: false,
      randomize: true,
      numIter: 1200,
    });
    layout.one('layoutstop', () => {
      window.bench = { firstDrawAt, layoutMs: performance.now() - started, ready: true };
    });
    layout.run();
  });
})();
