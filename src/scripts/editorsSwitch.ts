import { EDITORS_PARAM } from '../lib/editorsSwitch';

/**
 * Wires one editors' switch: shows the checkbox, sets it from the URL, and on change shows or hides
 * the variant and writes the choice into the URL (replacing the entry, as a view setting).
 */
export function bindEditorsSwitch(root: HTMLElement): void {
  const toggle = root.querySelector<HTMLElement>('[data-editors-toggle]');
  const input = toggle?.querySelector<HTMLInputElement>('input');
  const variant = root.querySelector<HTMLElement>('[data-editors-variant]');
  if (!toggle || !input || !variant) return;
  const show = (on: boolean) => {
    input.checked = on;
    variant.hidden = !on;
  };
  toggle.hidden = false;
  show(new URLSearchParams(location.search).get(EDITORS_PARAM) === '1');
  input.addEventListener('change', () => {
    show(input.checked);
    const url = new URL(location.href);
    if (input.checked) url.searchParams.set(EDITORS_PARAM, '1');
    else url.searchParams.delete(EDITORS_PARAM);
    history.replaceState(history.state, '', url);
  });
}
