/**
 * The operator's branding (HUB_NAME, HUB_TAGLINE, HUB_LOGO_TEXT, HUB_CONTACT_EMAIL): an operator may run
 * the hub under its own name. Unset, the hub is "E4D Hub" with the translated tagline and no public
 * contact address (the contact form then writes to the secretariat's accounts).
 */
export interface Brand {
  /** The site's name: the <title> suffix, the home page's title, emails' subjects and signatures. */
  name: string;
  /** Shown under the logo text in every language; undefined: the translated tagline (site.tagline). */
  tagline?: string | undefined;
  /** The text of the logo link in the header; the name unless set. */
  logoText: string;
  /** Where the contact form's messages go, shown on /contact and /privacy; undefined: none published. */
  contactEmail?: string | undefined;
}

/** The name the interface catalogues and emails are written with. */
export const defaultHubName = 'E4D Hub';

export const defaultBrand: Brand = { name: defaultHubName, logoText: defaultHubName };

/** The brand from the settings, each unset one falling back to its default. */
export function brandFrom(settings: { name?: string | undefined; tagline?: string | undefined; logoText?: string | undefined; contactEmail?: string | undefined } = {}): Brand {
  const name = settings.name ?? defaultHubName;
  return { name, tagline: settings.tagline, logoText: settings.logoText ?? name, contactEmail: settings.contactEmail };
}

/**
 * The From of emails when MAIL_FROM is unset: the hub's name at no-reply@localhost. A name with
 * characters an address header treats specially (a comma, brackets, quotes…) is quoted.
 */
export function defaultMailFrom(name: string): string {
  const display = /^[\p{L}\p{N} .'-]+$/u.test(name) ? name : `"${name.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  return `${display} <no-reply@localhost>`;
}
