/**
 * <search-panel>: runs the markup of SearchPanel.astro. Searches on every input without a timer
 * (a search started while another runs waits and only the latest one runs), shows the results as
 * options of a listbox that Up and Down move through while focus stays in the box
 * (aria-activedescendant), and on the search page keeps the box, the filters and the URL in sync.
 */
import { emptyOutcome, runSearch, type SearchOutcome } from '../run-search';
import { facetKeys, type FacetKey, type FacetSelection } from '../facets';
import type { SearchHit } from '../hits';
import { resultsPerBatch } from '../options';
import { normalizeQuery, readSearchState, searchStateUrl, type SearchState } from '../query';
import { statusText } from '../status';
import { isPlainClick } from '../../lib/plain-click';
import { loadSearchEngine } from './search-engine';

/** Fired (bubbling) when the reader opens a result in this tab, so a dialog can close. */
export const chooseEvent = 'search-choose';

function part<T extends Element>(root: Element, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`<search-panel> is missing ${selector}`);
  return element;
}

function renderHit(hit: SearchHit, index: number): HTMLLIElement {
  const id = `search-result-${index}`;
  const item = document.createElement('li');
  item.setAttribute('role', 'none');
  const link = item.appendChild(document.createElement('a'));
  Object.assign(link, { id, href: hit.url, tabIndex: -1, className: 'search-hit' });
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  // The option's name is its whole text (type, place, title, excerpt), as it reads on screen.
  const context = link.appendChild(document.createElement('span'));
  Object.assign(context, { className: 'search-hit-context' });
  const type = context.appendChild(document.createElement('span'));
  Object.assign(type, { className: 'search-hit-type', textContent: hit.type });
  if (hit.context) context.append(' ', hit.context);
  const title = link.appendChild(document.createElement('span'));
  Object.assign(title, { className: 'search-hit-title', textContent: hit.title });
  const excerpt = link.appendChild(document.createElement('span'));
  Object.assign(excerpt, { className: 'search-hit-excerpt' });
  for (const { text, match } of hit.excerpt) {
    excerpt.append(match ? Object.assign(document.createElement('mark'), { textContent: text }) : text);
  }
  return item;
}

export class SearchPanel extends HTMLElement {
  #input!: HTMLInputElement;
  #selects!: Record<FacetKey, HTMLSelectElement>;
  #status!: HTMLElement;
  #list!: HTMLUListElement;
  #outcome: SearchOutcome = emptyOutcome;
  #state: SearchState = { query: '', filters: {} };
  #active = -1;
  #running = false;
  #queued = false;

  connectedCallback(): void {
    this.#input = part(this, 'input[type="search"]');
    this.#selects = { type: part(this, 'select[data-facet="type"]'), topic: part(this, 'select[data-facet="topic"]') };
    this.#status = part(this, '[data-search-status]');
    this.#list = part(this, '[data-search-results]');
    this.#input.addEventListener('input', () => void this.search());
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    for (const select of Object.values(this.#selects)) select.addEventListener('change', () => void this.search());
    part<HTMLFormElement>(this, 'form').addEventListener('submit', (event) => this.#onSubmit(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    if (this.#syncsUrl) {
      this.#show(readSearchState(location.search));
      if (!this.#input.value) this.#input.focus();
      void this.search();
    }
  }

  /** On the search page the box and the URL mirror each other; in the dialog the URL is the page's own. */
  get #syncsUrl(): boolean {
    return this.dataset['variant'] === 'page';
  }

  focusInput(): void {
    this.#input.focus();
    this.#input.select();
  }

  #read(): SearchState {
    const filters: FacetSelection = {};
    for (const key of facetKeys) if (this.#selects[key].value) filters[key] = this.#selects[key].value;
    return { query: normalizeQuery(this.#input.value), filters };
  }

  #show(state: SearchState): void {
    this.#input.value = state.query;
    for (const key of facetKeys) this.#selects[key].value = state.filters[key] ?? '';
  }

  /** Runs the current query; while one runs, the newest request waits and the ones between are skipped. */
  async search(): Promise<void> {
    if (this.#running) {
      this.#queued = true;
      return;
    }
    this.#running = true;
    try {
      do {
        this.#queued = false;
        const state = this.#read();
        this.setAttribute('aria-busy', 'true');
        const outcome = await runSearch(state, resultsPerBatch, await loadSearchEngine());
        if (!this.#queued) this.#render(state, outcome);
      } while (this.#queued);
    } catch (error) {
      this.#status.textContent = 'Search could not load. Check the connection, then type again.';
      console.warn('Search failed to load', error);
    } finally {
      this.#running = false;
      this.removeAttribute('aria-busy');
    }
  }

  #render(state: SearchState, outcome: SearchOutcome): void {
    this.#state = state;
    this.#outcome = outcome;
    const filtered = Object.keys(state.filters).length > 0;
    const idle = !state.query && !filtered;
    this.#list.replaceChildren(...outcome.hits.map(renderHit));
    this.#list.hidden = outcome.hits.length === 0;
    this.#input.setAttribute('aria-expanded', String(outcome.hits.length > 0));
    this.#setActive(-1);
    this.#renderFacets(idle, outcome);
    part<HTMLElement>(this, '[data-search-start]').hidden = !idle;
    part<HTMLElement>(this, '[data-search-empty]').hidden = idle || outcome.total > 0;
    part<HTMLElement>(this, '[data-search-filtered]').hidden = !filtered;
    this.#updateMore();
    if (this.#syncsUrl) history.replaceState(history.state, '', searchStateUrl(state));
  }

  #renderFacets(idle: boolean, outcome: SearchOutcome): void {
    for (const key of facetKeys) {
      for (const option of this.#selects[key].options) {
        if (!option.value) continue;
        const count = outcome.facets[key][option.value] ?? 0;
        option.textContent = idle ? option.value : `${option.value} (${count})`;
        // Values with nothing to show are hidden, except the one chosen, so it can be seen and undone.
        option.hidden = !idle && count === 0 && !option.selected;
      }
    }
  }

  #updateMore(): void {
    const shown = this.#list.children.length;
    const { total, searched, corrected } = this.#outcome;
    const { query, filters } = this.#state;
    const idle = !query && Object.keys(filters).length === 0;
    this.#status.textContent = idle
      ? ''
      : statusText({ query, searched, corrected, total, shown, filtered: Object.keys(filters).length > 0 });
    const more = part<HTMLButtonElement>(this, '[data-search-more]');
    more.hidden = shown >= total;
    more.textContent = `Show ${Math.min(resultsPerBatch, total - shown)} more`;
  }

  async #showMore(): Promise<void> {
    const outcome = this.#outcome;
    const from = this.#list.children.length;
    const hits = await outcome.more(from, resultsPerBatch);
    if (outcome !== this.#outcome) return;
    this.#list.append(...hits.map((hit, i) => renderHit(hit, from + i)));
    this.#updateMore();
  }

  get #options(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  }

  #setActive(index: number): void {
    const options = this.#options;
    this.#active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const active = options[index];
    if (active) {
      this.#input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onKey(event: KeyboardEvent): void {
    const count = this.#options.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      this.#setActive(Math.min(this.#active + 1, count - 1));
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      // Up from the first result returns to the box; Up from the box goes to the last result.
      this.#setActive(this.#active === -1 ? count - 1 : this.#active - 1);
    } else if (event.key === 'Enter' && !event.isComposing && this.#active >= 0) {
      event.preventDefault();
      this.#options[this.#active]?.click();
    }
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    if (this.#syncsUrl) void this.search();
    // From the dialog, Enter without a chosen result opens the full results page for the query.
    else location.assign(searchStateUrl(this.#read()));
  }

  #onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const example = target?.closest<HTMLButtonElement>('[data-search-example]');
    if (example) {
      this.#input.value = example.textContent ?? '';
      this.#input.focus();
      void this.search();
    } else if (target?.closest('[data-search-more]')) {
      void this.#showMore();
    } else if (target?.closest('[data-search-clear]')) {
      for (const select of Object.values(this.#selects)) select.value = '';
      this.#input.focus();
      void this.search();
    } else if (target?.closest('[role="option"]') && isPlainClick(event)) {
      this.dispatchEvent(new Event(chooseEvent, { bubbles: true }));
    }
  }
}

customElements.define('search-panel', SearchPanel);
