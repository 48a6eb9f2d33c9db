import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileProblem } from './problems.js';

/** Larger files are refused before they are read: no UNCTAD table or indicator file comes near it. */
export const maxImportBytes = 20 * 1024 * 1024;

/** A file to import: a path on disk (command line) or an uploaded file's name and bytes (the secretariat's page). */
export type ImportSource = string | { name: string; content: Uint8Array };

export interface SourceFile {
  name: string;
  text: string;
  /** Of the bytes as given: importing the same content again is recognised by it. */
  sha256: string;
  bytes: number;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Read and check a file: at most 20 MB, not empty, UTF-8 (a byte-order mark is dropped). */
export async function readSource(source: ImportSource): Promise<SourceFile> {
  let name: string;
  let content: Uint8Array;
  if (typeof source === 'string') {
    name = path.basename(source);
    const info = await stat(source).catch((error: NodeJS.ErrnoException) => {
      throw fileProblem(error.code === 'ENOENT' ? `The file ${source} does not exist.` : `The file ${source} cannot be read (${error.code ?? error.message}).`);
    });
    if (!info.isFile()) throw fileProblem(`${source} is not a file.`);
    if (info.size > maxImportBytes) throw fileProblem(`The file is ${megabytes(info.size)}; the limit is ${megabytes(maxImportBytes)}.`);
    content = await readFile(source);
  } else {
    name = source.name;
    content = source.content;
  }
  if (content.byteLength > maxImportBytes) throw fileProblem(`The file is ${megabytes(content.byteLength)}; the limit is ${megabytes(maxImportBytes)}.`);
  if (content.byteLength === 0) throw fileProblem('The file is empty.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw fileProblem('The file is not UTF-8 text.');
  }
  if (text.trim() === '') throw fileProblem('The file is empty.');
  return { name, text, sha256: createHash('sha256').update(content).digest('hex'), bytes: content.byteLength };
}
