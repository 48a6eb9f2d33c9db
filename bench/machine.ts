import os from 'node:os';

/** The benchmarks' rounding and the machine each one ran on (no side effects: bench/hub.ts has the process handling). */
export const round = (n: number, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    availableParallelism: os.availableParallelism(),
    logicalCpus: cpus.length,
    totalMemoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

