import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from './env.js';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', DATA_DIR: './var', LOG_LEVEL: 'info', DEMO_CONTENT: true, PAGE_CACHE_SECONDS: 60 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('reads every documented variable', () => {
    const env = readEnv({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/srv/e4d',
      DATABASE_URL: 'postgres://hub@db/hub',
      PUBLIC_URL: 'https://e4d.example.org',
      LOG_LEVEL: 'warn',
      DEMO_CONTENT: 'false',
      PAGE_CACHE_SECONDS: '0',
    });
    expect(env).toMatchObject({ PORT: 8080, HOST: '127.0.0.1', DATA_DIR: '/srv/e4d', LOG_LEVEL: 'warn', DEMO_CONTENT: false, PAGE_CACHE_SECONDS: 0 });
    expect(env.DATABASE_URL).toBe('postgres://hub@db/hub');
  });

  it('fails fast with a message naming each bad variable', () => {
    expect(() => readEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      readEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', PUBLIC_URL: 'ftp://x', PAGE_CACHE_SECONDS: '-1' });
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'PUBLIC_URL', 'PAGE_CACHE_SECONDS']) expect(message).toContain(name);
      expect(message).toContain('postgres://');
    }
  });

  it('syncs SQLite fully and drains for 10 s unless told otherwise', () => {
    expect(readEnv({})).toMatchObject({ SQLITE_SYNCHRONOUS: 'full', SHUTDOWN_TIMEOUT_SECONDS: 10 });
    expect(readEnv({ SQLITE_SYNCHRONOUS: 'NORMAL', SHUTDOWN_TIMEOUT_SECONDS: '30' })).toMatchObject({ SQLITE_SYNCHRONOUS: 'normal', SHUTDOWN_TIMEOUT_SECONDS: 30 });
    expect(readEnv({ SQLITE_SYNCHRONOUS: '' }).SQLITE_SYNCHRONOUS).toBe('full');
    expect(() => readEnv({ SQLITE_SYNCHRONOUS: 'off' })).toThrow(/SQLITE_SYNCHRONOUS/);
    expect(() => readEnv({ SHUTDOWN_TIMEOUT_SECONDS: '-1' })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/);
  });

  it('bounds the page cache at 32 MB and reads the allowed hosts as a list', () => {
    expect(readEnv({})).toMatchObject({ PAGE_CACHE_MB: 32, ALLOWED_HOSTS: [] });
    expect(readEnv({ PAGE_CACHE_MB: '8', ALLOWED_HOSTS: ' WWW.e4d.example.org, 10.0.0.5,,[::1] ' })).toMatchObject({ PAGE_CACHE_MB: 8, ALLOWED_HOSTS: ['www.e4d.example.org', '10.0.0.5', '[::1]'] });
    expect(() => readEnv({ PAGE_CACHE_MB: '0' })).toThrow(/PAGE_CACHE_MB/);
    expect(() => readEnv({ ALLOWED_HOSTS: 'https://www.e4d.example.org' })).toThrow(/ALLOWED_HOSTS/);
    expect(() => readEnv({ ALLOWED_HOSTS: 'www.e4d.example.org:8443' })).toThrow(/ALLOWED_HOSTS/);
  });

  it('treats an empty DATABASE_URL as unset (SQLite)', () => {
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
