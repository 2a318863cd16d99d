// Types for @neo4j-cypher/codemirror: its package.json `exports` hides its own .d.ts from NodeNext resolution.
declare module '@neo4j-cypher/codemirror' {
  export type { EditorApi, EditorOptions } from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
  import type { EditorApi, EditorOptions } from '@neo4j-cypher/codemirror/src/codemirror.d.ts';
  export function createCypherEditor(
    parent: Element | DocumentFragment,
    options: EditorOptions,
  ): { editor: EditorApi };
}
