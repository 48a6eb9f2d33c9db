import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./var'),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql:// (leave it unset for the embedded SQLite database)')
      .optional(),
  ),
  /** SQLite: "full" syncs every commit to disk; "normal" is faster but a power cut may lose the last acknowledged writes (decision 012). */
  SQLITE_SYNCHRONOUS: z.preprocess((v) => (typeof v === 'string' && v !== '' ? v.toLowerCase() : undefined), z.enum(['full', 'normal']).default('full')),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /** On SIGTERM, how long requests in flight may take to finish before their connections are cut. */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  /** Seconds a public page may be served from memory (0: off). With several app servers, others' edits show within this time. */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Most memory, in MB, the page cache holds (its least recently used pages go first). */
  PAGE_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(32),
  /** Other host names the hub answers to when PUBLIC_URL is set (comma-separated); any other Host gets 400. */
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/, 'must be host names without scheme or port, e.g. www.e4d.example.org,10.0.0.5'))),
  /** Load the demo content into an empty database at start (set to "false" to start empty). */
  DEMO_CONTENT: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Signs sessions and CSRF tokens; every app server needs the same. Unset: one is made and kept in DATA_DIR (one server only). */
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -base64 48)').optional()),
  /** smtp://user:password@host:587 or smtps://…; unset: emails stay in the outbox (DATA_DIR/outbox). */
  SMTP_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional()),
  MAIL_FROM: z.string().min(3).default('E4D Hub <no-reply@localhost>'),
  /** Creates (or promotes) this account as secretariat at start; the password only for a new account. */
  SECRETARIAT_EMAIL: z.preprocess(emptyAsUndefined, z.email().optional()),
  SECRETARIAT_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(12, 'must be at least 12 characters').optional()),
});

export type Env = z.infer<typeof envSchema>;

/** Parse the environment; on a bad value, print every problem and exit before anything starts. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

export class ConfigError extends Error {}
