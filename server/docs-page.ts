// A small reference page for the API, rendered from the OpenAPI document on the server (no scripts, no CDN).

// The document is walked loosely: it is our own output, and the page only prints it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonObject = Record<string, any>;

function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function schemaSummary(schema: JsonObject | undefined): string {
  if (!schema) return '';
  if (schema.enum) return schema.enum.map((v: unknown) => JSON.stringify(v)).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  const bounds = [
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : '',
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : '',
    schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : '',
    schema.format ? schema.format : '',
  ].filter(Boolean);
  return `${type}${bounds.length ? ` (${bounds.join(', ')})` : ''}`;
}

/** The HTML of /api/docs: every operation with its parameters, body and responses. */
export function renderDocsPage(spec: JsonObject): string {
  const sections: string[] = [];
  for (const [path, operations] of Object.entries(spec.paths as JsonObject)) {
    for (const [method, op] of Object.entries(operations as JsonObject)) {
      const params = (op.parameters ?? []) as JsonObject[];
      const rows = params
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}${p.required ? ', required' : ''}</td>` +
            `<td>${escapeHtml(schemaSummary(p.schema))}</td><td>${escapeHtml(p.description ?? p.schema?.description ?? '')}</td></tr>`,
        )
        .join('');
      const body = op.requestBody?.content?.['application/json']?.schema;
      const responses = Object.entries((op.responses ?? {}) as JsonObject)
        .map(
          ([status, r]) =>
            `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml((r as JsonObject).description)}</li>`,
        )
        .join('');
      const example =
        op.responses?.['200']?.content?.['application/json']?.schema ??
        op.responses?.['201']?.content?.['application/json']?.schema;
      sections.push(`<section id="${escapeHtml(op.operationId)}">
<h2><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h2>
<p>${escapeHtml(op.summary)}${op.security ? ' <em>(needs Authorization: Bearer TRACEGRAPH_TOKEN)</em>' : ''}</p>
${op.description ? `<p class="desc">${escapeHtml(op.description)}</p>` : ''}
${rows ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Schema</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${body ? `<details><summary>Request body</summary><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre></details>` : ''}
<ul class="responses">${responses}</ul>
${example ? `<details><summary>Response schema</summary><pre>${escapeHtml(JSON.stringify(example, null, 2))}</pre></details>` : ''}
</section>`);
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(spec.info?.title)} reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}
h1{margin-bottom:.2rem} section{border-top:1px solid #dde;padding:.6rem 0}
h2{font-size:1.05rem;margin:.4rem 0} code{font-family:ui-monospace,monospace}
.method{display:inline-block;min-width:4.2rem;text-align:center;border-radius:4px;color:#fff;font-size:.8rem;padding:.1rem .3rem}
.get{background:#2f6fdb}.post{background:#1a8a4a}.delete{background:#c0392b}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #dde;padding:.25rem .4rem;text-align:left;vertical-align:top}
pre{background:#f5f6fa;padding:.6rem;overflow:auto;font-size:.8rem}.desc{color:#444}
</style></head><body>
<h1>${escapeHtml(spec.info?.title)} <small>${escapeHtml(spec.info?.version)}</small></h1>
<p>${escapeHtml(spec.info?.description)} The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(spec.openapi)}).</p>
${sections.join('\n')}
</body></html>`;
}
