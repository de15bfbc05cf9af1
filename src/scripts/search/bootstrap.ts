/**
 * The header search, loaded on demand: this tiny script waits until the reader focuses the search box
 * or presses "/" (outside a text field), then imports the combobox with the index. Until then a page
 * ships no search code, and without JavaScript the form still submits to /search/?q=.
 */
const input = document.querySelector<HTMLInputElement>('#site-search-input');
const form = input?.form;
let started = false;

function start(): void {
  if (started || !input || !form) return;
  started = true;
  void import('./combobox').then(({ enhanceSiteSearch }) => {
    enhanceSiteSearch(form, input);
  });
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(target.tagName))
  );
}

if (input) {
  input.addEventListener('focus', start, { once: true });
  if (document.activeElement === input) start();
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isTyping(event.target)) return;
    event.preventDefault();
    input.focus();
  });
}
