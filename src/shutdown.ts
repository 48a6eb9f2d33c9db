import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface DrainReport {
  /** Requests answered after the signal. */
  drained: number;
  /** Requests still unanswered at the timeout, whose connections were closed. */
  cut: number;
}

/**
 * Follows the requests a node:http server is answering, so that at shutdown it can stop taking work
 * without dropping any: `drain()` stops accepting connections, closes idle keep-alive connections at
 * once, answers every request in flight (and any that arrives on a connection still open) with
 * `Connection: close`, so each connection closes right after its response, and cuts what is left
 * when the timeout passes. Node's own close() leaves busy keep-alive connections open and serving.
 */
export function drainable(server: Server) {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let drained = 0;

  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
    // Its headers already went out as keep-alive: end the connection once the body is complete.
    else res.once('finish', () => res.socket?.end());
  };

  // Before the app's own listener, so that the header is set before the app can write its response.
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    inFlight.add(res);
    if (draining) closeAfter(res);
    res.once('finish', () => {
      if (draining) drained += 1;
    });
    res.once('close', () => inFlight.delete(res));
  });

  return {
    async drain(timeoutMs: number): Promise<DrainReport> {
      draining = true;
      for (const res of inFlight) closeAfter(res);
      // To Node, a connection whose next request is already on the wire but not read yet is idle, and
      // close() would reset it. Two turns of the event loop read what has arrived (and answer it with
      // Connection: close); then close() stops accepting and closes the connections idle by then.
      for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        closed.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(true), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (!timedOut) return { drained, cut: 0 };
      const cut = [...inFlight].filter((res) => !res.writableFinished).length;
      server.closeAllConnections();
      return { drained, cut };
    },
  };
}

/**
 * Work to stop at shutdown, once the last request is answered and before the database closes (a
 * background sender, a timer). Hooks run in reverse order of registration; a failing hook is logged
 * and the others still run.
 */
export class ShutdownHooks {
  readonly #hooks: { name: string; stop: () => unknown }[] = [];

  add(name: string, stop: () => unknown): void {
    this.#hooks.push({ name, stop });
  }

  async run(logger: { error(details: object, message: string): void }): Promise<void> {
    for (const { name, stop } of [...this.#hooks].reverse()) {
      try {
        await stop();
      } catch (err) {
        logger.error({ err, hook: name }, 'a shutdown hook failed');
      }
    }
  }
}
