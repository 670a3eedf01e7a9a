/**
 * <search-dialog>: the header's search as a modal <dialog>. showModal() makes the rest of the
 * page inert; Tab and Shift+Tab cycle through the dialog's controls instead of leaving for the
 * browser's own interface; Escape, the Close button, a click on the backdrop or opening
 * a result close it, and focus goes back to the header's search button.
 */
import { dialogElement, showDialog } from './dialog-element';
import { chooseEvent, type SearchPanel } from './search-panel';

export class SearchDialog extends HTMLElement {
  #opener: HTMLElement | null = null;

  get #dialog(): HTMLDialogElement {
    const dialog = this.querySelector('dialog');
    if (!dialog) throw new Error('<search-dialog> needs a <dialog>');
    return dialog;
  }

  get #panel(): SearchPanel | null {
    return this.querySelector('search-panel');
  }

  connectedCallback(): void {
    const dialog = this.#dialog;
    dialog.addEventListener('close', () => this.#opener?.focus());
    // Escape closes at once; in a search box it would otherwise first clear the text.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.isComposing) {
        event.preventDefault();
        dialog.close();
      } else if (event.key === 'Tab') {
        this.#wrapFocus(event);
      }
    });
    dialog.addEventListener('click', (event) => {
      // The panel fills the dialog, so a click on the dialog itself is a click on the backdrop.
      if (event.target === dialog || (event.target instanceof Element && event.target.closest('[data-search-close]'))) dialog.close();
    });
    this.addEventListener(chooseEvent, () => dialog.close());
  }

  /** From the last control Tab goes to the first, and from the first Shift+Tab to the last. */
  #wrapFocus(event: KeyboardEvent): void {
    const controls = [...this.#dialog.querySelectorAll<HTMLElement>('input, select, button, a[href]:not([tabindex="-1"])')].filter(
      (control) => control.checkVisibility() && !control.matches(':disabled'),
    );
    const edge = event.shiftKey ? controls[0] : controls.at(-1);
    if (edge && document.activeElement === edge) {
      event.preventDefault();
      (event.shiftKey ? controls.at(-1) : controls[0])?.focus();
    }
  }

  open(opener: HTMLElement | null): void {
    this.#opener = opener;
    if (!this.#dialog.open) this.#dialog.showModal();
    // The trigger may have opened the dialog already and the reader typed into the box: leave the text as it is.
    if (!this.#dialog.contains(document.activeElement)) this.#panel?.focusInput();
  }
}

customElements.define('search-dialog', SearchDialog);

export function openSearchDialog(opener: HTMLElement | null): void {
  showDialog();
  const host = dialogElement();
  if (host instanceof SearchDialog) host.open(opener);
}
