/**
 * "Copy with citation" on every evidence passage, static or drawn by an island: one delegated
 * listener reads what the card shows (the passage, its locator, the permalink's resolved URL and the
 * list's `data-cite-*`), builds the citation with the same function the unit tests check, and copies
 * it. Without the Clipboard API (or when it refuses) the citation is shown selected, to copy by hand.
 */
import { quoteCitation } from '../lib/quoteCitation';

/** Marks the page so that CSS shows the copy buttons, which do nothing without this script. */
document.documentElement.classList.add('can-copy-quotes');

function citationOf(card: Element): string | undefined {
  const list = card.closest<HTMLElement>('.evidence-list');
  const quote = card.querySelector('.passage')?.textContent;
  const permalink = card.querySelector<HTMLAnchorElement>('a.permalink');
  if (!list || !quote || !permalink) return undefined;
  return quoteCitation({
    quote,
    agreement: list.dataset.citeAgreement ?? '',
    place: list.dataset.citePlace ?? '',
    locator: card.querySelector('.locator')?.textContent ?? undefined,
    note: list.dataset.citeNote,
    // The anchor's resolved href: this origin and base path, wherever the site is served.
    url: permalink.href,
  });
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!('clipboard' in navigator)) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows the citation in a read-only field after the card's actions, selected for Ctrl+C. */
function showSelected(card: Element, text: string): void {
  let field = card.querySelector<HTMLTextAreaElement>('textarea.quote-citation');
  if (!field) {
    field = document.createElement('textarea');
    field.className = 'quote-citation';
    field.readOnly = true;
    field.rows = 4;
    field.setAttribute('aria-label', 'Citation to copy');
    card.append(field);
  }
  field.value = text;
  field.focus();
  field.select();
}

document.addEventListener('click', (event) => {
  const button =
    event.target instanceof Element
      ? event.target.closest<HTMLButtonElement>('button[data-copy-quote]')
      : null;
  const card = button?.closest('.evidence');
  if (!button || !card) return;
  const text = citationOf(card);
  if (!text) return;
  const status = card.querySelector('.quote-status');
  // Emptied first, so that a second copy is announced again.
  if (status) status.textContent = '';
  void writeClipboard(text).then((copied) => {
    if (!copied) showSelected(card, text);
    if (status)
      status.textContent = copied
        ? 'Copied'
        : 'Could not copy: the citation is selected below, press Ctrl+C (⌘C) to copy it';
  });
});
