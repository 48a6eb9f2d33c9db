import { z } from 'zod';
import { isEmailAddress } from '../../lib/text.js';
import type { FieldErrors } from '../../web/components/form.js';
import { type Translate, formatters } from '../../web/i18n/i18n.js';
import type { Locale } from '../../web/i18n/locales.js';

/** What a message through the contact form is about; the secretariat sees it in the email's subject. */
export const contactTopics = ['general', 'partner', 'data', 'problem'] as const;
export type ContactTopic = (typeof contactTopics)[number];

export const isContactTopic = (value: unknown): value is ContactTopic => contactTopics.includes(value as ContactTopic);

export const contactMax = { name: 120, email: 254, message: 5000 } as const;

/*
 * Each issue's message is the key of its translation under about.contact.error; `max` is the only
 * value a message interpolates.
 */
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
/** One line: tabs and line ends (the only control characters a form keeps, web/middleware/clean-input.ts) become spaces. */
const oneLine = <T extends z.ZodType<unknown, string>>(schema: T) => z.string().transform((value) => value.replace(/[\t\r\n]+/g, ' ')).pipe(schema);

/** The contact form as posted (strings), checked; the output is what contactMessageSender stores and sends. */
export const contactForm = z.object({
  name: oneLine(required(contactMax.name)),
  email: oneLine(
    required(contactMax.email)
      .refine(isEmailAddress, 'email')
      .transform((email) => email.toLowerCase()),
  ),
  topic: z.string().refine(isContactTopic, 'topic').transform((topic) => topic as ContactTopic),
  // Line ends kept (as \n): the message is read as written.
  message: z
    .string()
    .transform((value) => value.replace(/\r\n?/g, '\n'))
    .pipe(required(contactMax.message)),
});

export type ContactInput = z.output<typeof contactForm>;

const messageKeys = new Set(['required', 'tooLong', 'email', 'topic']);

/** The form checked: the input to send, or the errors by field in the page's language. */
export function parsedContact(values: Record<string, string>, t: Translate, locale: Locale): { input: ContactInput; errors?: undefined } | { input?: undefined; errors: FieldErrors } {
  const parsed = contactForm.safeParse({ name: '', email: '', topic: '', message: '', ...values });
  if (parsed.success) return { input: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'message') as keyof typeof contactMax | 'topic';
    if (errors[field]) continue;
    const key = messageKeys.has(issue.message) ? issue.message : field === 'topic' ? 'topic' : 'required';
    errors[field] = t(`about.contact.error.${key}`, key === 'tooLong' && field !== 'topic' ? { max: formatters(locale).number(contactMax[field]) } : undefined);
  }
  return { errors };
}
