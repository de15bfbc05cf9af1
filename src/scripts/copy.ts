/**
 * Copy buttons, as an enhancement: `[data-copy-link]` links copy their absolute URL, and
 * `[data-copy-target="id"]` buttons copy the text of element #id. Without JavaScript the links still
 * work as plain links and the buttons stay hidden.
 */

function announce(near: Element, message: string): void {
  const status =
    near.parentElement?.querySelector('[data-copy-status]') ??
    document.querySelector('[data-copy-status]');
  if (status) status.textContent = message;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

for (const button of document.querySelectorAll<HTMLElement>('[data-copy-target]'))
  button.hidden = false;

document.addEventListener('click', (event) => {
  const origin = event.target instanceof Element ? event.target : null;
  const trigger = origin?.closest<HTMLElement>('[data-copy-link], [data-copy-target]');
  if (!trigger) return;
  let text: string | undefined;
  if (trigger instanceof HTMLAnchorElement && trigger.hasAttribute('data-copy-link')) {
    text = trigger.href;
  } else {
    const id = trigger.getAttribute('data-copy-target');
    text = id ? document.getElementById(id)?.textContent.trim() : undefined;
  }
  if (!text) return;
  event.preventDefault();
  void copy(text).then((ok) => {
    announce(trigger, ok ? 'Copied to the clipboard.' : `Could not copy; the link is ${text}`);
  });
});
