/** Rows grouped by a key, in their order, each kept as it is or as `value` makes it. */
export function groupBy<R, K, V = R>(rows: readonly R[], key: (row: R) => K, value: (row: R) => V = (row) => row as unknown as V): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(value(row));
    else map.set(k, [value(row)]);
  }
  return map;
}
