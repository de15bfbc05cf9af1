/**
 * The header search, as a few hundred bytes on every page: the full search (fuse.js and the index)
 * loads only when the reader focuses the box or presses `/`. Without JavaScript the box is a plain
 * form that opens the results page.
 */
const input = document.querySelector<HTMLInputElement>('#site-search-input');
if (input) {
  input.addEventListener(
    'focus',
    () => {
      void import('./siteSearch').then((module) => {
        module.enhanceSiteSearch(input);
      });
    },
    { once: true },
  );
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (
      target instanceof HTMLElement &&
      (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
    )
      return;
    event.preventDefault();
    input.focus();
  });
}
