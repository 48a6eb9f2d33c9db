import type { Child } from 'hono/jsx';
import { csrfField } from '../csrf.js';
import type { Translate } from '../i18n/i18n.js';

/** Field errors of a form: field name → message already translated. */
export type FieldErrors = Record<string, string>;

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name={csrfField} value={token} />;
}

/** The list of a form's errors at its top, linked to the fields, announced to screen readers. */
export function ErrorSummary({ errors, t }: { errors: FieldErrors; t: Translate }) {
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <p>{t('accounts.error.formTitle')}</p>
      <ul>
        {entries.map(([name, message]) => (
          <li>
            <a href={`#f-${name}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'search';
  value?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  autocomplete?: string;
  maxlength?: number;
  multiline?: boolean;
}

/** A labelled input with its hint and error tied to it (aria-describedby, aria-invalid). */
export function Field({ name, label, type = 'text', value, error, hint, required, autocomplete, maxlength, multiline }: FieldProps) {
  const id = `f-${name}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name, required, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described, maxlength };
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {multiline ? <textarea {...common} rows={6}>{value ?? ''}</textarea> : <input {...common} type={type} value={type === 'password' ? undefined : value} autocomplete={autocomplete} />}
    </div>
  );
}

/** A form posting to `action` with its CSRF field. */
export function PostForm({ action, token, children, class: className }: { action: string; token: string; children: Child; class?: string }) {
  return (
    <form method="post" action={action} class={className ?? 'stacked'}>
      <CsrfField token={token} />
      {children}
    </form>
  );
}
