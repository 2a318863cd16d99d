// Turns Neo4j values into plain JSON: Integers to numbers, temporals to strings, nodes/relationships to objects.
import neo4j, { type Integer, type Node, type Path, type Relationship } from 'neo4j-driver';

/** A node as the API shows it: element id, labels, plain properties. */
export interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** A relationship as the API shows it: element ids of its ends. */
export interface PlainRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

/** A path: its nodes in order and the relationships between them. */
export interface PlainPath {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** Found while converting: every node and relationship anywhere in a value (for the `graph` of a result). */
export interface GraphCollector {
  nodes: Map<string, PlainNode>;
  relationships: Map<string, PlainRelationship>;
}

export function createGraphCollector(): GraphCollector {
  return { nodes: new Map(), relationships: new Map() };
}

/** An Integer as a JS number when it fits, else as its decimal string (no silent precision loss). */
export function toNumber(value: Integer | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return value.toNumber();
}

/**
 * Converts any value returned by the driver into plain JSON.
 * @example toPlain(record.get('n')) // → {id: '4:…:0', labels: ['Entity','Company'], properties: {…}}
 */
export function toPlain(value: unknown, collector?: GraphCollector): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) {
    const int = value as Integer;
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (Array.isArray(value)) return value.map((item) => toPlain(item, collector));
  if (neo4j.isNode(value)) return plainNode(value as Node, collector);
  if (neo4j.isRelationship(value)) return plainRelationship(value as Relationship, collector);
  if (neo4j.isPath(value)) return plainPath(value as Path, collector);
  if (neo4j.isPoint(value)) {
    const p = value as { srid: Integer | number; x: number; y: number; z?: number };
    return { srid: toNumber(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>))
      out[key] = toPlain(item, collector);
    return out;
  }
  return String(value);
}

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(properties)) out[key] = toPlain(item);
  return out;
}

function plainNode(node: Node, collector?: GraphCollector): PlainNode {
  const plain = {
    id: node.elementId,
    labels: [...node.labels],
    properties: plainProperties(node.properties),
  };
  collector?.nodes.set(plain.id, plain);
  return plain;
}

function plainRelationship(rel: Relationship, collector?: GraphCollector): PlainRelationship {
  const plain = {
    id: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
  collector?.relationships.set(plain.id, plain);
  return plain;
}

function plainPath(path: Path, collector?: GraphCollector): PlainPath {
  const nodes = [plainNode(path.start, collector)];
  const relationships: PlainRelationship[] = [];
  for (const segment of path.segments) {
    relationships.push(plainRelationship(segment.relationship, collector));
    nodes.push(plainNode(segment.end, collector));
  }
  return { nodes, relationships };
}

/**
 * Turns JSON parameters into driver values: whole numbers become Integers so `LIMIT $n` and
 * `id(n) = $x` work as a Cypher author expects; everything else passes unchanged.
 */
export function toDriverParams(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, convert(v)]),
      );
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}

/** An integer for LIMIT/SKIP (the driver would otherwise send a float). */
export function toInt(value: number): Integer {
  return neo4j.int(Math.trunc(value));
}
