/**
 * One value per app (an index, a registry), loaded again when its version moves. Callers during a
 * load wait for it; a load for a version that has since moved on is left to finish and is not kept.
 */
export class Versioned<T> {
  private current: { version: string; value: T } | undefined;
  private loading: { version: string; value: Promise<T> } | undefined;

  async get(version: string, load: () => Promise<T>): Promise<T> {
    if (this.current?.version === version) return this.current.value;
    if (this.loading?.version === version) return this.loading.value;
    const loading = { version, value: load() };
    this.loading = loading;
    try {
      const value = await loading.value;
      if (this.loading === loading) this.current = { version, value };
      return value;
    } finally {
      if (this.loading === loading) this.loading = undefined;
    }
  }
}
