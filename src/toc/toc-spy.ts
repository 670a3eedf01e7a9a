/**
 * <toc-spy>: marks the link of the section in view with aria-current="true", shows that section's
 * name in the phone summary, and closes the phone list after a jump. One IntersectionObserver,
 * no scroll listeners; the server-rendered links work without it.
 */
export class TocSpy extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
    const targets = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    const visible = new Set<Element>();
    const headerHeight = document.querySelector('.site-header')?.getBoundingClientRect().height ?? 0;

    // A heading counts as "in view" while it is in the top part of the viewport, under the header.
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target);
          else visible.delete(entry.target);
        }
        const first = targets.find((t) => visible.has(t));
        if (first) this.#mark(first.id, links);
        else this.#markAbove(targets, links);
      },
      { rootMargin: `-${Math.round(headerHeight)}px 0px -55% 0px` },
    );
    for (const target of targets) this.#observer.observe(target);

    const details = this.querySelector('details');
    this.addEventListener('click', (event) => {
      if (details?.open && event.target instanceof Element && event.target.closest('details a')) details.open = false;
    });
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
  }

  /** With no heading in the band, the current section is the last one whose heading is above it. */
  #markAbove(targets: HTMLElement[], links: HTMLAnchorElement[]): void {
    const above = targets.filter((t) => t.getBoundingClientRect().top < window.innerHeight * 0.45);
    const last = above.at(-1);
    if (last) this.#mark(last.id, links);
  }

  #mark(id: string, links: HTMLAnchorElement[]): void {
    let text = '';
    for (const link of links) {
      const current = decodeURIComponent(link.hash.slice(1)) === id;
      if (current) {
        link.setAttribute('aria-current', 'true');
        text = link.textContent ?? '';
      } else {
        link.removeAttribute('aria-current');
      }
    }
    const summary = this.querySelector('[data-toc-current]');
    if (summary) summary.textContent = text;
  }
}

customElements.define('toc-spy', TocSpy);
