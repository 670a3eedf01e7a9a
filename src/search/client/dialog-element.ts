/**
 * The page's search dialog, created from the template SearchButton.astro renders, on first use.
 * The trigger creates and opens it at once, before the dialog's module has arrived, so the keys a
 * reader types right after `/` land in the box; the module then upgrades it in place.
 */
export function dialogElement(): HTMLElement | null {
  const existing = document.querySelector<HTMLElement>('search-dialog');
  if (existing) return existing;
  const template = document.getElementById('search-dialog-template');
  if (!(template instanceof HTMLTemplateElement)) return null;
  document.body.append(template.content.cloneNode(true));
  return document.querySelector<HTMLElement>('search-dialog');
}

/** Opens the dialog and puts focus in its box, the text of an earlier search selected; works before the module has run. */
export function showDialog(): void {
  const host = dialogElement();
  const dialog = host?.querySelector('dialog');
  const box = host?.querySelector<HTMLInputElement>('input[type="search"]');
  if (!dialog || !box) return;
  if (!dialog.open) dialog.showModal();
  if (document.activeElement !== box) {
    box.focus();
    box.select();
  }
}
