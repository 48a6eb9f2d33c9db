/** Slugs in URLs: lower-case letters, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return value.length <= 100 && slugPattern.test(value);
}

/** Free text typed by a visitor: no control characters (PostgreSQL refuses NUL), trimmed, bounded. */
export function cleanText(value: string | undefined, maxLength = 200): string {
  return (value ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, maxLength);
}
