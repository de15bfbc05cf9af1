/**
 * A shared link to a norm block or a quote (`#norm-6`, `#norm-6-1`) lands on it: the browser scrolls
 * to it and CSS marks it (:target), and this moves focus there too, so that keyboard and screen
 * reader users start where the link points instead of at the top of the page.
 */
const LANDING = '.norm-block, .evidence';

/** The fragment's id, or '' when it is not valid percent-encoding (a hostile link stays harmless). */
function fragmentId(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
}

function land(): void {
  const id = fragmentId();
  const target = id ? document.getElementById(id) : null;
  if (!target?.matches(LANDING)) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

land();
window.addEventListener('hashchange', land);
