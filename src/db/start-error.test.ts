import { describe, expect, it } from 'vitest';
import { MigrationError } from './migrate.js';
import { explainStartError } from './start-error.js';

const sqlite = { dataDir: '/srv/e4d', location: '/srv/e4d/e4d-hub.sqlite', dialect: 'sqlite' } as const;
const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('why the hub could not start, in one line', () => {
  it('names the cause and the code behind it', () => {
    const line = (error: unknown, where: Parameters<typeof explainStartError>[1] = sqlite) => explainStartError(error, where).line;
    expect(line(coded('SQLITE_FULL', 'database or disk is full'))).toBe('E4D Hub could not start: the disk is full (database /srv/e4d/e4d-hub.sqlite) (SQLITE_FULL)');
    expect(line(coded('SQLITE_READONLY', 'attempt to write a readonly database'))).toBe('E4D Hub could not start: the database /srv/e4d/e4d-hub.sqlite is read-only (SQLITE_READONLY)');
    expect(line(coded('SQLITE_CANTOPEN', 'unable to open database file'))).toBe(
      'E4D Hub could not start: cannot open the database /srv/e4d/e4d-hub.sqlite: its directory is missing or not writable (SQLITE_CANTOPEN)',
    );
    expect(line(coded('EACCES', "EACCES: permission denied, mkdir '/srv/e4d'"))).toBe("E4D Hub could not start: no permission to write in DATA_DIR /srv/e4d: EACCES: permission denied, mkdir '/srv/e4d' (EACCES)");
    expect(line(new MigrationError('20261128T1600-events', coded('42P07', 'relation "events" already exists')))).toBe(
      'E4D Hub could not start: migration 20261128T1600-events failed: relation "events" already exists (42P07)',
    );
    const pg = { dataDir: '/srv/e4d', location: 'postgres://db:5432/e4d', dialect: 'postgres' } as const;
    expect(line(coded('57P03', 'the database system is starting up'), pg)).toBe('E4D Hub could not start: cannot reach the database postgres://db:5432/e4d: the database system is starting up (57P03)');
  });
});
