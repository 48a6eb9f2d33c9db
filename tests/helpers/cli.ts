import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './server-process.js';

const execFileAsync = promisify(execFile);

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface Cli {
  /** `npm run cli -- ARGS` with exactly this environment (plus LOG_LEVEL=silent): nothing else of the test's leaks in. */
  run(env: Record<string, string>, ...args: string[]): Promise<CliResult>;
  remove(): void;
}

/**
 * The command line of src/cli/index.ts, bundled once by esbuild as scripts/build.mjs bundles the server
 * and run on plain Node: the same code as `npm run cli`, started in a fraction of tsx's time (tests
 * run it dozens of times).
 */
export async function buildCli(): Promise<Cli> {
  mkdirSync(path.join(projectRoot, 'var'), { recursive: true });
  const dir = mkdtempSync(path.join(projectRoot, 'var', 'build-cli-'));
  // @ts-expect-error: a JavaScript module without type declarations
  const { bundle } = await import('../../scripts/build.mjs');
  const script = path.join(dir, 'cli.js');
  await bundle('src/cli/index.ts', script);
  return {
    async run(env, ...args) {
      try {
        const { stdout, stderr } = await execFileAsync(process.execPath, [script, ...args], { env: { LOG_LEVEL: 'silent', ...env }, cwd: projectRoot });
        return { status: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
