import { describe, expect, it } from 'vitest';
import { Versioned } from './versioned.js';

describe('a value kept per version', () => {
  it('loads once for concurrent callers, keeps the value while the version stays, and loads again when it moves', async () => {
    const kept = new Versioned<string>();
    let loads = 0;
    const load = (value: string) => async () => {
      loads++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return value;
    };
    expect(await Promise.all([kept.get('1', load('a')), kept.get('1', load('b'))])).toEqual(['a', 'a']);
    expect(await kept.get('1', load('c'))).toBe('a');
    expect(loads).toBe(1);
    expect(await kept.get('2', load('d'))).toBe('d');
    expect(loads).toBe(2);
  });

  it('does not keep a load whose version moved on while it ran', async () => {
    const kept = new Versioned<string>();
    const older = kept.get('1', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 'old';
    });
    const newer = kept.get('2', async () => 'new');
    expect(await newer).toBe('new');
    expect(await older).toBe('old');
    expect(await kept.get('2', async () => 'reloaded')).toBe('new');
  });

  it('forgets a failed load, so the next caller tries again', async () => {
    const kept = new Versioned<string>();
    await expect(kept.get('1', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await kept.get('1', async () => 'loaded')).toBe('loaded');
  });
});
