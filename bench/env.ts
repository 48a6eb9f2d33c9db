/** Benchmark settings from the environment, checked so a typo fails at once with the variable's name. */

export function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

export function numberEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number from ${min} to ${max} (got "${raw}")`);
  return n;
}

/** A comma-separated list; with `check`, every value must pass it. */
export function listEnv<T extends string = string>(name: string, fallback: T[], check?: (v: string) => v is T): T[] {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const values = raw
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (check) for (const v of values) if (!check(v)) throw new Error(`${name}: "${v}" is not allowed`);
  return values as T[];
}
