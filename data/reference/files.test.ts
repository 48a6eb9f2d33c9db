import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { referenceDir, referenceEditions, referenceFile, referenceIndicatorFiles } from './files.js';

const temp = mkdtempSync(path.join(tmpdir(), 'e4d-reference-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the shipped figures are found from the code, not the working directory', () => {
  it('in the checkout: this folder, with every file the loader names', () => {
    expect(referenceDir()).toBe(path.dirname(fileURLToPath(import.meta.url)));
    for (const { file } of [...referenceEditions, ...referenceIndicatorFiles]) expect(existsSync(referenceFile(file)), file).toBe(true);
  });

  it('in a bundle: the copy the build puts beside it, else a clear error', () => {
    const bundle = path.join(temp, 'dist', 'server.js');
    expect(() => referenceDir(bundle)).toThrow(/data\/reference not found above/);
    mkdirSync(path.join(temp, 'dist', 'data', 'reference'), { recursive: true });
    writeFileSync(path.join(temp, 'dist', 'data', 'reference', 'README.md'), '#');
    expect(referenceDir(bundle)).toBe(path.join(temp, 'dist', 'data', 'reference'));
  });
});
