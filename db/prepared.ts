import 'server-only';
import { db, storeDb, type Db, type Executor } from './client';

/**
 * A read that pages send on every request, as a prepared statement: drizzle builds its SQL once per
 * store rather than on every call (a tenth of a meeting page's time went to building SQL), and
 * PostgreSQL parses and plans it once per connection. Its values are `sql.placeholder`s, given to
 * `execute`. Inside a transaction it is built on the transaction as any query is, so that it reads
 * the transaction's own writes on the transaction's connection.
 */
export function preparedRead<Prepared>(name: string, build: (ex: Executor) => { prepare: (name: string) => Prepared }): (ex?: Executor) => Prepared {
  const built = new WeakMap<Db, Prepared>();
  return (ex = db) => {
    if (ex !== db) return build(ex).prepare(name);
    const current = storeDb();
    let prepared = built.get(current);
    if (!prepared) {
      prepared = build(current).prepare(name);
      built.set(current, prepared);
    }
    return prepared;
  };
}

/**
 * A prepared read whose conditions depend on which of its filters are set (its shape): one prepared
 * read per shape the pages ask for, built on first use, with the filters' values as placeholders. A
 * list with k optional filters has at most 2^k.
 */
export function preparedReadByShape<Shape extends Record<string, boolean>, Prepared>(
  name: string,
  build: (ex: Executor, shape: Shape) => { prepare: (name: string) => Prepared },
): (shape: Shape, ex?: Executor) => Prepared {
  const reads = new Map<string, (ex?: Executor) => Prepared>();
  return (shape, ex) => {
    const key = [name, ...Object.keys(shape).filter((filter) => shape[filter]).sort()].join('_');
    let read = reads.get(key);
    if (!read) {
      read = preparedRead(key, (executor) => build(executor, shape));
      reads.set(key, read);
    }
    return read(ex);
  };
}
