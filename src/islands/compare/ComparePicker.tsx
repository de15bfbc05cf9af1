import type { Ref } from 'react';
import { withBase } from '../../lib/base';
import { MAX_COMPARED, MIN_COMPARED } from '../../lib/compare';
import { plural } from '../../lib/format';
import { paths } from '../../lib/urls';
import type { CompareOptionGroup } from './types';

interface Props {
  groups: readonly CompareOptionGroup[];
  chosen: readonly string[];
  /** False until the island runs: the form then submits as a plain GET form. */
  live: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The summary, which takes focus when the picker folds away under the reader's hand. */
  summaryRef: Ref<HTMLElement>;
  onToggle: (slug: string, on: boolean) => void;
}

/**
 * The checkboxes that choose the agreements. Without JavaScript it is a plain form whose submission
 * (`?a=x&a=y`) the page reads like its own links; with it, each tick updates the comparison at once.
 */
export function ComparePicker({
  groups,
  chosen,
  live,
  open,
  onOpenChange,
  summaryRef,
  onToggle,
}: Props) {
  const full = chosen.length >= MAX_COMPARED;
  // Folded with a comparison below, the summary is the one line that says what is compared.
  const folded = live && !open && chosen.length >= MIN_COMPARED;
  return (
    <details
      className="compare-picker"
      open={open}
      onToggle={(event) => {
        onOpenChange(event.currentTarget.open);
      }}
    >
      <summary ref={summaryRef}>
        {folded ? (
          <>
            Comparing {plural(chosen.length, 'agreement')} <span aria-hidden="true">·</span>{' '}
            <span className="change">Change</span>
          </>
        ) : (
          <>
            Choose agreements{' '}
            <span className="muted">
              ({chosen.length} of {MIN_COMPARED}–{MAX_COMPARED} chosen)
            </span>
          </>
        )}
      </summary>
      <form
        method="get"
        action={withBase(paths.compare)}
        onSubmit={(event) => {
          if (live) event.preventDefault();
        }}
      >
        <p id="compare-picker-hint" className="small muted">
          {!live
            ? `Tick ${MIN_COMPARED} to ${MAX_COMPARED} agreements, then press Compare.`
            : full
              ? `${MAX_COMPARED} agreements is the most that fit side by side: untick one to choose another.`
              : `The comparison appears as soon as ${MIN_COMPARED} are ticked; up to ${MAX_COMPARED} fit side by side.`}
        </p>
        <div className="picker-groups">
          {groups.map((group) => (
            <fieldset key={group.category} aria-describedby="compare-picker-hint">
              <legend>{group.label}</legend>
              {group.options.map((option) => {
                const checked = chosen.includes(option.slug);
                return (
                  <label key={option.slug} className="check" title={option.title}>
                    <input
                      type="checkbox"
                      name="a"
                      value={option.slug}
                      checked={checked}
                      disabled={live && full && !checked}
                      onChange={(event) => {
                        onToggle(option.slug, event.target.checked);
                      }}
                    />
                    {option.shortName}
                  </label>
                );
              })}
            </fieldset>
          ))}
        </div>
        {!live && (
          <button type="submit" className="button">
            Compare
          </button>
        )}
      </form>
    </details>
  );
}
