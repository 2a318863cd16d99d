// Finds the one entity an analyst means by an id, a name or an alias (case-insensitive), for tracking commands.
import { NotFoundError, ValidationError } from '../core/errors.ts';
import type { Database } from './database.ts';

/** An entity as tracking reports it. */
export interface TrackedEntityRef {
  id: string;
  name: string;
  type: string;
}

/** Exact id first; else every entity whose name, then whose alias, equals the key (case-insensitive). */
export const FIND_ENTITIES_BY_KEY = `
OPTIONAL MATCH (byId:Entity {id: $key})
WITH byId
CALL (byId) {
  WITH byId WHERE byId IS NOT NULL
  RETURN byId AS e, 0 AS rank
  UNION
  WITH byId WHERE byId IS NULL
  MATCH (e:Entity) WHERE toLower(e.name) = toLower($key)
  RETURN e, 1 AS rank
  UNION
  WITH byId WHERE byId IS NULL
  MATCH (e:Entity) WHERE toLower($key) IN [x IN coalesce(e.aliases, []) | toLower(x)]
  RETURN e, 2 AS rank
}
WITH e, min(rank) AS rank
RETURN e.id AS id, e.name AS name, e.type AS type, rank
ORDER BY rank, id
LIMIT 20`;

/**
 * The entity `key` names: its id, else its name, else one of its aliases.
 * @throws NotFoundError when nothing matches; ValidationError when the key names several entities equally well.
 * @example await resolveEntityKey(db, 'hikvision') // { id: 'company:hikvision', name: 'Hikvision', type: 'Company' }
 */
export async function resolveEntityKey(db: Database, key: string): Promise<TrackedEntityRef> {
  const wanted = key.trim();
  if (!wanted) throw new ValidationError('Give an entity id, name or alias.');
  const rows = await db.read(async (tx) => {
    const result = await tx.run(FIND_ENTITIES_BY_KEY, { key: wanted });
    return result.records.map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      type: r.get('type') as string,
      rank: Number(r.get('rank')),
    }));
  });
  if (rows.length === 0) throw new NotFoundError(`No entity with id, name or alias "${wanted}".`);
  const best = rows.filter((r) => r.rank === rows[0].rank);
  if (best.length > 1) {
    const list = best.map((r) => `${r.id} (${r.name})`).join(', ');
    throw new ValidationError(`"${wanted}" names several entities: ${list}. Give an id.`);
  }
  const { id, name, type } = best[0];
  return { id, name, type };
}
