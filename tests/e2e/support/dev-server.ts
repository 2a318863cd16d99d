// For manual checks of the page: a throwaway Neo4j, the seeded graph and the app on PORT (default 3999). Ctrl-C stops all.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../../../cypher/apply-schema.ts';
import { openDatabase } from '../../../cypher/database.ts';
import { findFreePort, startEngine } from '../../../engine/local-engine.ts';
import { ensureWebBuild } from './build-web.ts';
import { seedGraph } from './seed.ts';
import { createApp } from '../../../server/app.ts';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tracegraph-webdev-'));
const engine = await startEngine({ dataDir, boltPort: await findFreePort(), detached: false, heap: '512m' });
const db = openDatabase({ uri: engine.uri, user: 'neo4j', password: '' });
await applySchema(db);
console.log('seeded', await seedGraph(db));
const webDir = await ensureWebBuild();
const port = Number(process.env.PORT ?? 3999);
const server = createApp({ db, config: { webDir } }).listen(port, '127.0.0.1', () =>
  console.log(`http://127.0.0.1:${port}`),
);
const stop = async () => {
  server.close();
  await db.close();
  await engine.stop();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
