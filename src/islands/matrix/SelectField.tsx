import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** An extra class for the field, e.g. for its layout on a phone. */
  className?: string;
  children: ReactNode;
}

/** The options of a select from a record of choices: value and wording. */
export function choiceOptions(record: Record<string, { label: string }>) {
  return Object.entries(record).map(([value, { label }]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

/** A labelled select of the filter bar. */
export function SelectField({ id, label, value, onChange, className, children }: Props) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {children}
      </select>
    </div>
  );
}
