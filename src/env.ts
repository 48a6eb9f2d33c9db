import { z } from 'zod';
import { defaultHubName } from './web/brand.js';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** A line of text shown on every page: trimmed, at most `max` characters, no control characters. */
const brandText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'must be one line without control characters');

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
  /** The From of every email; unset: HUB_NAME <no-reply@localhost> (web/brand.ts). */
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().min(3).optional()),
  /** Creates (or promotes) this account as secretariat at start; the password only for a new account. */
  SECRETARIAT_EMAIL: z.preprocess(emptyAsUndefined, z.email().optional()),
  SECRETARIAT_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(12, 'must be at least 12 characters').optional()),
  /** The operator's branding (web/brand.ts): the site's name, tagline, logo text and public contact address. */
  HUB_NAME: z.preprocess(emptyAsUndefined, brandText(80).default(defaultHubName)),
  /** Unset: the translated tagline ("E-commerce for development"). */
  HUB_TAGLINE: z.preprocess(emptyAsUndefined, brandText(160).optional()),
  /** Unset: HUB_NAME. */
  HUB_LOGO_TEXT: z.preprocess(emptyAsUndefined, brandText(80).optional()),
  /** Where the contact form's messages go; unset: the secretariat's accounts. */
  HUB_CONTACT_EMAIL: z.preprocess(emptyAsUndefined, z.email().optional()),
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
