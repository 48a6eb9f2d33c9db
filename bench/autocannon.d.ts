// The part of autocannon 9's programmatic API that the benchmarks use (the package ships no types).
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p2_5: number;
    p50: number;
    p75: number;
    p90: number;
    p97_5: number;
    p99: number;
    p99_9: number;
  }

  export interface Result {
    title?: string;
    url: string;
    connections: number;
    pipelining: number;
    /** seconds */
    duration: number;
    start: Date;
    finish: Date;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    '2xx': number;
    statusCodeStats: Record<string, { count: number }>;
    /** milliseconds */
    latency: Histogram;
    /** per-second samples; `total` is the number of completed requests */
    requests: Histogram & { sent: number };
    /** bytes per second samples; `total` is all bytes received */
    throughput: Histogram;
  }

  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    pipelining?: number;
    method?: string;
    title?: string;
    headers?: Record<string, string>;
    maxOverallRequests?: number;
    workers?: number;
    /** Requests each connection sends in turn, over and over (paths relative to `url`). */
    requests?: { path?: string; method?: string; headers?: Record<string, string>; body?: string }[];
  }

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }

  function autocannon(options: Options): Instance;
  export default autocannon;
}
