'use client';

import { cloneElement, createContext, useContext, useEffect, type ReactElement } from 'react';
import { get, useFormContext, type RegisterOptions } from 'react-hook-form';
import { describedBy, Field } from '../ui/field';
import { serverErrorType, useErrorMessage } from './use-action';

/** How many parts of the form show each field's error: what <ActionForm>'s alert need not say again. */
export const ShownFieldsContext = createContext<Map<string, number> | null>(null);

/** Marks the field's error as shown by this part of the form while it is on the page. */
function useShownField(name: string): void {
  const shown = useContext(ShownFieldsContext);
  useEffect(() => {
    if (!shown) return;
    shown.set(name, (shown.get(name) ?? 0) + 1);
    return () => {
      const count = (shown.get(name) ?? 1) - 1;
      if (count > 0) shown.set(name, count);
      else shown.delete(name);
    };
  }, [shown, name]);
}

/**
 * The field's error as a sentence, from the form's state: the browser's check (a key) or the
 * server's (worded). What shows it counts as showing the field's error.
 */
export function useFieldError(name: string): string | undefined {
  useShownField(name);
  const { formState } = useFormContext();
  const errorMessage = useErrorMessage();
  const error = get(formState.errors, name) as { type?: string; message?: string } | undefined;
  return error?.type === serverErrorType ? error.message : errorMessage(error?.message);
}

type ControlProps = ReturnType<typeof describedBy> & Record<string, unknown>;

type FormFieldProps = {
  /** The field's name in the form's values ("title", "contact.email"). */
  name: string;
  label: string;
  hint?: string;
  /** The control's id; by default the name, so a form should not repeat names of another on the page. */
  id?: string;
  registerOptions?: RegisterOptions;
  /**
   * The control: an input, select or textarea, which gets id, aria wiring and react-hook-form's
   * registration; or, for controls react-hook-form does not register (a file picker), a function
   * given the id and aria attributes.
   */
  children: ReactElement<ControlProps> | ((aria: ReturnType<typeof describedBy>) => ReactElement);
};

/**
 * One field of a react-hook-form form (inside its FormProvider, as <ActionForm> sets up): the label,
 * the control, the hint and the error, tied together for screen readers once, here.
 */
export function FormField({ name, label, hint, id = name.replaceAll('.', '-'), registerOptions, children }: FormFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  const aria = describedBy(id, { error, hint });
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {typeof children === 'function' ? children(aria) : cloneElement(children, { ...aria, ...register(name, registerOptions) })}
    </Field>
  );
}

/** A yes-or-no field: the box before its label, then the hint or the error. */
export function CheckboxField({ name, label, hint, id = name.replaceAll('.', '-') }: Omit<FormFieldProps, 'children' | 'registerOptions'>) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    <div className="space-y-1.5">
      <div className="flex items-start gap-2">
        <input
          {...describedBy(id, { error, hint })}
          type="checkbox"
          className="mt-0.5 size-4 rounded border-slate-300 accent-brand-700"
          {...register(name)}
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="pl-6 text-xs text-slate-600">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

type RadioGroupFieldProps = {
  name: string;
  /** The question the choices answer, as the group's legend. */
  legend: string;
  options: { value: string; label: string }[];
  id?: string;
};

/**
 * One choice of a few, side by side: a fieldset whose legend is the question, one radio per choice
 * (arrow keys move between them), then the error.
 */
export function RadioGroupField({ name, legend, options, id = name.replaceAll('.', '-') }: RadioGroupFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(name);
  return (
    // The group is described by its error (aria-invalid is not for groups of radios).
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-slate-700">
            <input type="radio" value={option.value} className="size-4 accent-brand-700" {...register(name)} />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
