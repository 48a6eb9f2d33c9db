import { z } from 'zod';
import { isEmailAddress } from '../../lib/text.js';
import type { FieldErrors } from '../../web/components/form.js';
import type { Translate } from '../../web/i18n/i18n.js';
import { knownCountries } from '../countries/areas.js';
import { genders, organisationTypes } from './types.js';

/** The gender answers the form offers: the stored ones, and declining to say (stored as no answer). */
export const genderAnswers = [...genders, 'undisclosed'] as const;

export const nameMax = 120;
const emailMax = 254;

/*
 * Each issue's message is the key of its translation under registration.error; `max` is the only
 * value a message interpolates.
 */
const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
/** Control characters are no text (and PostgreSQL refuses a NUL): each becomes a space, as in cleanText. */
const typed = <T extends z.ZodType<unknown, string>>(schema: T) => z.string().transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, ' ')).pipe(schema);

/** The registration form as posted (strings), checked; the output is what registrationCreator stores. */
export const registrationForm = z.object({
  name: typed(required(nameMax)),
  email: typed(
    required(emailMax)
      .refine(isEmailAddress, 'email')
      .transform((email) => email.toLowerCase()),
  ),
  country: z
    .string()
    .trim()
    .min(1, 'required')
    .transform((code) => code.toUpperCase())
    .refine((code) => knownCountries.has(code), 'country'),
  organisationType: z.string().min(1, 'required').pipe(z.enum(organisationTypes, 'organisationType')),
  gender: z
    .union([z.literal(''), z.enum(genderAnswers)], 'gender')
    .optional()
    .transform((answer) => (answer === '' || answer === undefined || answer === 'undisclosed' ? null : answer)),
  consent: z.literal('yes', 'consent'),
});

export type RegistrationInput = z.output<typeof registrationForm>;

/** The form checked: the input to store, or the errors by field in the page's language. */
export function parsedRegistration(values: Record<string, string>, t: Translate): { input: RegistrationInput; errors?: undefined } | { input?: undefined; errors: FieldErrors } {
  const parsed = registrationForm.safeParse(values);
  if (parsed.success) return { input: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'name');
    if (errors[field]) continue;
    const key = issue.message in messageKeys ? issue.message : field === 'consent' ? 'consent' : 'required';
    errors[field] = t(`registration.error.${key}`, key === 'tooLong' ? { max: field === 'email' ? emailMax : nameMax } : undefined);
  }
  return { errors };
}

const messageKeys = { required: 1, tooLong: 1, email: 1, country: 1, organisationType: 1, gender: 1, consent: 1 };
