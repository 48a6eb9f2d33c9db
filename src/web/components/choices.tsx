import type { Child } from 'hono/jsx';

export interface Option {
  value: string;
  label: string;
}

/** Radio buttons or checkboxes in a fieldset; the first one carries the id the error summary links to. */
export function Choices(props: { name: string; legend: string; options: Option[]; selected: readonly string[]; error?: string | undefined; radio?: boolean }) {
  const id = `f-${props.name}`;
  return (
    <fieldset class={props.error ? 'choices invalid' : 'choices'} aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {props.error ? (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.options.map((option, i) => (
        <div>
          <label>
            <input type={props.radio ? 'radio' : 'checkbox'} name={props.name} value={option.value} id={i === 0 ? id : undefined} checked={props.selected.includes(option.value)} />{' '}
            {option.label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** A select in the look of a Field: label, hint, error, then the list. */
export function Select(props: { name: string; label: string; hint?: string; error?: string | undefined; required?: boolean; children: Child }) {
  const id = `f-${props.name}`;
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
      <select id={id} name={props.name} required={props.required} aria-invalid={props.error ? 'true' : undefined} aria-describedby={described}>
        {props.children}
      </select>
    </div>
  );
}

/** A select of a GET filter form: an "any" first option, the current value selected. */
export function FilterSelect({ name, label, any, value, options }: { name: string; label: string; any: string; value: string | undefined; options: Option[] }) {
  return (
    <span class="field">
      <label for={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
