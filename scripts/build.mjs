// Bundles the server into dist/ with esbuild, so that `npm start` runs plain JavaScript on Node:
// no TypeScript loader in the server's memory (tsx costs 55–70 MB of resident memory; decision 008).
// Packages stay in node_modules (imported, not bundled). Usage: node scripts/build.mjs
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Node flags of the server process (npm start passes the same; a test checks). A young generation of
 * 8 MB semi-spaces instead of 16 keeps a busy server at 100 000 items under 200 MB resident
 * (bench/search: 202 → 197 MB) at no measured cost in latency.
 */
export const serverNodeFlags = ['--max-semi-space-size=8'];

/**
 * Environment of the server process (npm start sets the same; a test checks). glibc's malloc raises
 * its mmap threshold each time a large block is freed, so after the indexes are built (megabytes of
 * transient buffers) later large buffers come from heap arenas it keeps: 12–29 MB more resident memory
 * at 100 000 items (bench/search, decision 027). A fixed threshold returns them to the system. Other C
 * libraries ignore the variable.
 */
export const serverEnv = { GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=131072' };

/**
 * One entry point and what it imports from the project, as one ES module; packages left as imports,
 * so `outfile` must be inside the project. The static files go beside it: src/web/static.ts reads
 * them next to its module; so do the published figures the first start loads (data/reference: its CSV
 * files and notes), which data/reference/files.ts looks for above its module.
 */
export async function bundle(entry, outfile) {
  await build({
    entryPoints: [path.resolve(root, entry)],
    outfile: path.resolve(root, outfile),
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  const outdir = path.dirname(path.resolve(root, outfile));
  cpSync(path.join(root, 'src/web/static'), path.join(outdir, 'static'), { recursive: true });
  cpSync(path.join(root, 'data/reference'), path.join(outdir, 'data/reference'), { recursive: true, filter: (from) => !from.endsWith('.ts') });
}

/** The server as `npm start` runs it: dir/server.js and its static files (dist/ by default). */
export async function buildServer(dir = path.join(root, 'dist')) {
  rmSync(dir, { recursive: true, force: true });
  await bundle('src/server.ts', path.join(dir, 'server.js'));
  return path.join(dir, 'server.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildServer();
