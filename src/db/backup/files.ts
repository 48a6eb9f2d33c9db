import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** A backup or restore that was refused or failed, with a message the operator can act on; nothing was changed. */
export class BackupRefused extends Error {
  /** 1: refused or failed; 2: the tool it needs is missing (the command to run was given instead). */
  constructor(
    message: string,
    readonly status: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** A new backup goes to a folder that exists, and replaces an existing file only when asked to. */
export function checkBackupTarget(file: string, force: boolean): void {
  const dir = path.dirname(file);
  if (!isDirectory(dir)) throw new BackupRefused(`The folder ${dir} does not exist: create it or choose another place for the backup.`);
  if (!existsSync(file)) return;
  if (isDirectory(file)) throw new BackupRefused(`${file} is a folder: give the name of the backup file to write.`);
  if (!force) throw new BackupRefused(`${file} already exists: choose another name, or add --force to replace it.`);
}

/** The file to restore from must be a readable file. */
export function checkBackupSource(file: string): void {
  if (!existsSync(file)) throw new BackupRefused(`${file} does not exist.`);
  if (isDirectory(file)) throw new BackupRefused(`${file} is a folder, not a backup file.`);
}

export type ArchiveKind = 'sqlite' | 'pg_dump' | 'other';

/** What a file holds, from its first bytes: a SQLite database, a pg_dump custom-format archive, or neither. */
export function archiveKind(file: string): ArchiveKind {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.equals(Buffer.from('SQLite format 3\0'))) return 'sqlite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'pg_dump';
  return 'other';
}

/** A name beside `file` (same folder, so the same file system: a rename there is atomic). */
export function tempPathBeside(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Puts a finished temporary file in its place: its bytes reach the disk first, then the rename, then the
 * folder entry; a crash at any point leaves either the old file or the new one, never half of one.
 */
export function placeAtomically(temp: string, file: string): void {
  fsyncFile(temp);
  renameSync(temp, file);
  fsyncFile(path.dirname(file));
}

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function removeQuietly(...files: string[]): void {
  for (const file of files) rmSync(file, { force: true });
}

/** A time for a file name: 20261207T143005Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function fileSize(file: string): number {
  return statSync(file).size;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
