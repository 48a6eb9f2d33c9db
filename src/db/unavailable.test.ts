import { describe, expect, it } from 'vitest';
import { asConnectFailure, databaseFault } from './unavailable.js';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('which errors mean the database cannot serve right now', () => {
  it('tells a lost or refused connection from a database that cannot write', () => {
    for (const code of ['08006', '08001', '57P01', '57P02', '57P03', '53300', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_CANTOPEN']) {
      expect(databaseFault(coded(code)), code).toEqual({ fault: 'unavailable', code });
    }
    for (const code of ['53100', '25006', 'SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'ENOSPC', 'EROFS']) {
      expect(databaseFault(coded(code)), code).toEqual({ fault: 'cannot_save', code });
    }
  });

  it('recognises pg’s own errors, which have no code, by their message', () => {
    expect(databaseFault(new Error('Connection terminated unexpectedly'))).toEqual({ fault: 'unavailable', code: 'CONNECTION_TERMINATED' });
    expect(databaseFault(new Error('Client has encountered a connection error and is not queryable'))).toEqual({ fault: 'unavailable', code: 'CONNECTION_CLOSED' });
    expect(databaseFault(new Error('timeout exceeded when trying to connect'))).toEqual({ fault: 'unavailable', code: 'CONNECT_TIMEOUT' });
  });

  it('looks through wrappers and the addresses Node tried, and takes any failure to connect as unavailable', () => {
    expect(databaseFault(new Error('sign-up failed', { cause: coded('SQLITE_FULL') }))).toEqual({ fault: 'cannot_save', code: 'SQLITE_FULL' });
    expect(databaseFault(new AggregateError([coded('ECONNREFUSED')]))).toEqual({ fault: 'unavailable', code: 'ECONNREFUSED' });
    expect(databaseFault(asConnectFailure(coded('55000', 'database "e4d" is not currently accepting connections')))).toEqual({ fault: 'unavailable', code: '55000' });
  });

  it('leaves every other error alone: those are the hub’s faults or the request’s', () => {
    for (const error of [coded('23505'), coded('22P02'), coded('SQLITE_CONSTRAINT_UNIQUE'), coded('SQLITE_ERROR'), new Error('cannot rollback - no transaction is active'), new TypeError('x is undefined'), null, 'text']) {
      expect(databaseFault(error)).toBeUndefined();
    }
  });
});
