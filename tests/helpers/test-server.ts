import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type TestHub, createTestHub } from './test-app.js';

export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The app and its database behind the server (for stories that prepare data or read the outbox). */
  hub: TestHub;
  /** Stops the server (dropping kept-alive connections) and then the database. */
  close(): Promise<void>;
}

/**
 * The real app over HTTP on a free local port, on a fresh in-memory SQLite database with what a first
 * start gives: the official figures of data/reference and the demo content.
 */
export async function startTestServer(): Promise<TestServer> {
  const hub = await createTestHub({ officialFigures: true });
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      // Without `createServer`, @hono/node-server makes a plain node:http server.
      const s = serve({ fetch: hub.app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
      s.once('listening', () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    await hub.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hub,
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await hub.close();
    },
  };
}
