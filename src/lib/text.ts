import { z } from 'zod';

/** Slugs in URLs: lower-case letters, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return value.length <= 100 && slugPattern.test(value);
}

/** Free text typed by a visitor: no control characters (PostgreSQL refuses NUL), trimmed, bounded. */
export function cleanText(value: string | undefined, maxLength = 200): string {
  return (value ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, maxLength);
}

/** Multi-line text typed by a visitor: line ends made \n, control characters but tab and newline removed, trimmed, bounded. */
export function cleanMultiline(value: string | undefined, maxLength: number): string {
  return (value ?? '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim().slice(0, maxLength);
}

/** A real calendar day written YYYY-MM-DD (2026-02-31 is not one, although Date.parse rolls it over to March). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const emailRule = z.email();

/**
 * An email address the hub accepts: zod's rule, the one better-auth applies to sign-ups (an address
 * accepted here and refused there ended in a 500), within the 254 characters SMTP allows.
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && emailRule.safeParse(value).success;
}
