// The schema on the real test engine: applying it twice changes nothing, and the uniqueness constraints hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema, readSchemaStatements } from '../../../cypher/apply-schema.ts';
import type { Database } from '../../../cypher/database.ts';
import { clearGraph, openTestDatabase } from '../../support/test-db.ts';

interface SchemaItem {
  name: string;
  type: string;
}

async function listSchema(
  db: Database,
): Promise<{ constraints: SchemaItem[]; indexes: (SchemaItem & { state: string })[] }> {
  return db.read(async (tx) => {
    const constraints = (await tx.run('SHOW CONSTRAINTS YIELD name, type RETURN name, type')).records.map(
      (r) => ({
        name: r.get('name') as string,
        type: r.get('type') as string,
      }),
    );
    const indexes = (
      await tx.run('SHOW INDEXES YIELD name, type, state RETURN name, type, state')
    ).records.map((r) => ({
      name: r.get('name') as string,
      type: r.get('type') as string,
      state: r.get('state') as string,
    }));
    return { constraints, indexes };
  });
}

describe('cypher/schema.cypher on Neo4j', () => {
  let db: Database;

  beforeAll(async () => {
    db = openTestDatabase();
    await clearGraph(db);
  });

  afterAll(async () => {
    // Other test files rely on the full schema, even when a test here failed half-way.
    await applySchema(db);
    await clearGraph(db);
    await db.close();
  });

  it('is idempotent: a second and third application leave the same constraints and indexes', async () => {
    await applySchema(db);
    const first = await listSchema(db);
    await applySchema(db);
    await applySchema(db);
    const again = await listSchema(db);
    expect(again.constraints.map((c) => c.name).sort()).toEqual(first.constraints.map((c) => c.name).sort());
    expect(again.indexes.map((i) => i.name).sort()).toEqual(first.indexes.map((i) => i.name).sort());
  });

  it('creates every named constraint and index, all online', async () => {
    const { constraints, indexes } = await listSchema(db);
    const names = [...constraints, ...indexes].map((item) => item.name);
    const declared = readSchemaStatements().map(
      (s) => /(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS/.exec(s)?.[1],
    );
    expect(declared).not.toContain(undefined);
    for (const name of declared) expect(names).toContain(name);
    expect(constraints.find((c) => c.name === 'entity_id')?.type).toBe('UNIQUENESS');
    expect(constraints.find((c) => c.name === 'article_id')?.type).toBe('UNIQUENESS');
    expect(indexes.find((i) => i.name === 'entityNames')?.type).toBe('FULLTEXT');
    expect(indexes.find((i) => i.name === 'articleText')?.type).toBe('FULLTEXT');
    expect(indexes.filter((i) => i.state !== 'ONLINE')).toEqual([]);
  });

  it('survives several processes applying it at once on a database without it', async () => {
    const { constraints, indexes } = await listSchema(db);
    const declared = readSchemaStatements().map(
      (s) => /(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS/.exec(s)?.[1],
    );
    for (const c of constraints.filter((c) => declared.includes(c.name))) {
      await db.write((tx) => tx.run(`DROP CONSTRAINT ${c.name}`));
    }
    for (const i of indexes.filter((i) => declared.includes(i.name))) {
      await db.write((tx) => tx.run(`DROP INDEX ${i.name} IF EXISTS`));
    }
    expect((await listSchema(db)).constraints.filter((c) => declared.includes(c.name))).toEqual([]);

    const others = [openTestDatabase(), openTestDatabase(), openTestDatabase()];
    try {
      await Promise.all([db, ...others].map((handle) => applySchema(handle)));
    } finally {
      await Promise.all(others.map((handle) => handle.close()));
    }
    const names = Object.values(await listSchema(db)).flatMap((items) => items.map((item) => item.name));
    for (const name of declared) expect(names).toContain(name);
  });

  it('refuses a second Entity with the same id', async () => {
    await db.write((tx) =>
      tx.run("CREATE (:Entity:Company {id: 'company:hikvision', name: 'Hikvision', type: 'Company'})"),
    );
    await expect(
      db.write((tx) =>
        tx.run("CREATE (:Entity:Company {id: 'company:hikvision', name: 'Hikvision 2', type: 'Company'})"),
      ),
    ).rejects.toThrow(/already exists/);
    const count = await db.read(async (tx) =>
      (await tx.run("MATCH (e:Entity {id: 'company:hikvision'}) RETURN count(e) AS n")).records[0]
        .get('n')
        .toNumber(),
    );
    expect(count).toBe(1);
  });

  it('refuses a second Article with the same id', async () => {
    await db.write((tx) => tx.run("CREATE (:Article {id: 'a1', title: 'One'})"));
    await expect(db.write((tx) => tx.run("CREATE (:Article {id: 'a1', title: 'Two'})"))).rejects.toThrow(
      /already exists/,
    );
  });

  it('finds entities by alias through the entityNames full-text index', async () => {
    await db.write((tx) =>
      tx.run(
        "CREATE (:Entity:Fund {id: 'fund:gpfg', name: 'Government Pension Fund Global', type: 'Fund', aliasText: 'oil fund ; GPFG'})",
      ),
    );
    await db.read((tx) => tx.run('CALL db.awaitIndexes(60)'));
    const ids = await db.read(async (tx) =>
      (
        await tx.run("CALL db.index.fulltext.queryNodes('entityNames', $q) YIELD node RETURN node.id AS id", {
          q: 'GPFG',
        })
      ).records.map((r) => r.get('id') as string),
    );
    expect(ids).toEqual(['fund:gpfg']);
  });
});
