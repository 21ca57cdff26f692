// The ports contract against the SQLite adapters (Node). The same bodies run against D1 in d1.worker.test.ts.
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import { openStore } from '../../server/store/db.js';
import { storageContract } from './contract.js';

const store = openStore(':memory:');
storageContract('sqlite', async () => sqliteStorage(store), async (sql, ...args) => {
  const st = store.db.prepare(sql);
  return st.reader ? (st.all(...args) as Record<string, unknown>[]) : (st.run(...args), []);
});
