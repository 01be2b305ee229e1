import { SelectInput, TextInput } from './field';

type FilterSelectProps = {
  id: string;
  name: string;
  label: string;
  /** The first choice, which filters nothing. */
  allLabel: string;
  options: { value: string; label: string }[];
  selected?: string;
  className?: string;
};

/** A labelled select of a GET filter form, whose empty choice means "all". */
export function FilterSelect({ id, name, label, allLabel, options, selected, className }: FilterSelectProps) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
        {label}
      </label>
      {/* Keyed by what the address selects: a link that clears the filters keeps the page mounted, and an
          uncontrolled select would go on showing the old choice, sent again with the next search. */}
      <SelectInput key={selected ?? ''} id={id} name={name} defaultValue={selected ?? ''} className={className}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectInput>
    </div>
  );
}

type FilterInputProps = Pick<FilterSelectProps, 'id' | 'name' | 'label' | 'selected' | 'className'> & {
  type: 'date' | 'email' | 'search';
  placeholder?: string;
  /** How to fill it, under the input. */
  hint?: string;
  maxLength?: number;
};

/** A labelled input of a GET filter form; empty means no filter. */
export function FilterInput({ id, name, label, selected, className, type, placeholder, hint, maxLength }: FilterInputProps) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-slate-700">
        {label}
      </label>
      <TextInput
        key={selected ?? ''}
        id={id}
        name={name}
        type={type}
        defaultValue={selected}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={className}
      />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 max-w-md text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A labelled date of a GET filter form; empty means no bound. */
export function FilterDate(props: Pick<FilterSelectProps, 'id' | 'name' | 'label' | 'selected'>) {
  return <FilterInput {...props} type="date" />;
}
