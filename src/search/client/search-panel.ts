/**
 * <search-panel>: runs the markup of SearchPanel.astro. Searches on every input without a timer
 * (a search started while another runs waits and only the latest one runs), shows the results as
 * options of a listbox that Up and Down move through while focus stays in the box
 * (aria-activedescendant), and on the search page keeps the box, the filters and the URL in sync.
 * Each result appears as soon as its data and that of the results before it have arrived; only
 * the results a screen holds are fetched at first, the rest as the end of the list comes into
 * view, as Down reaches the last one, or on "Show N more".
 */
import { emptyOutcome, startSearch, type SearchOutcome } from '../run-search';
import { facetKeys, type FacetKey, type FacetSelection } from '../facets';
import type { SearchHit } from '../hits';
import { resultsPerBatch, resultsPerScreen } from '../options';
import { normalizeQuery, readSearchState, searchStateUrl, searchTerms, type SearchState } from '../query';
import { statusText } from '../status';
import { isPlainClick } from '../../lib/plain-click';
import { loadSearchEngine } from './search-engine';
import { afterPaint, nextTask } from './yield';

/** Fired (bubbling) when the reader opens a result in this tab, so a dialog can close. */
export const chooseEvent = 'search-choose';

function part<T extends Element>(root: Element, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`<search-panel> is missing ${selector}`);
  return element;
}

function renderHit(hit: SearchHit, index: number, setSize: number): HTMLLIElement {
  const id = `search-result-${index}`;
  const item = document.createElement('li');
  item.setAttribute('role', 'none');
  const link = item.appendChild(document.createElement('a'));
  Object.assign(link, { id, href: hit.url, tabIndex: -1, className: 'search-hit' });
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  link.setAttribute('aria-posinset', String(index + 1));
  link.setAttribute('aria-setsize', String(setSize));
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
  #end!: HTMLElement;
  #endWatch?: IntersectionObserver;
  #outcome: SearchOutcome = emptyOutcome;
  #state: SearchState = { query: '', filters: {} };
  /** How many results the list holds once scrolled to its end; "Show N more" raises it. */
  #length = 0;
  /** How many results' data has been asked for, in order from the first. */
  #requested = 0;
  /** The results asked for last, in the list once this settles. */
  #appended: Promise<void> = Promise.resolve();
  /** Settles when the data of the shown outcome's first result is in. */
  #firstIn: Promise<void> = Promise.resolve();
  #active = -1;
  #running = false;
  #queued = false;
  /** Called when a query is typed while one runs. */
  #newer: () => void = () => undefined;

  connectedCallback(): void {
    this.#input = part(this, 'input[type="search"]');
    this.#selects = { type: part(this, 'select[data-facet="type"]'), topic: part(this, 'select[data-facet="topic"]') };
    this.#status = part(this, '[data-search-status]');
    this.#list = part(this, '[data-search-results]');
    this.#end = part(this, '[data-search-end]');
    // The end of the list coming into view asks for the results that follow.
    this.#endWatch = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.#loadMore();
    });
    this.#input.addEventListener('input', () => {
      this.#preload();
      void this.search();
    });
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    for (const select of Object.values(this.#selects)) select.addEventListener('change', () => void this.search());
    part<HTMLFormElement>(this, 'form').addEventListener('submit', (event) => this.#onSubmit(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    if (this.#syncsUrl) {
      this.#show(readSearchState(location.search));
      if (!this.#input.value) this.#input.focus();
      void this.search();
    } else if (this.#input.value) {
      // Typed into the dialog's box before this module arrived.
      this.#preload();
      void this.search();
    }
  }

  disconnectedCallback(): void {
    this.#endWatch?.disconnect();
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

  /**
   * Fetches the index chunks the words typed so far need, while an earlier search may still be
   * running; the search of these words then finds them loaded.
   */
  #preload(): void {
    const terms = searchTerms(this.#input.value);
    if (terms)
      void loadSearchEngine().then(
        ({ pagefind }) => pagefind.preload(terms).catch(() => undefined),
        () => undefined,
      );
  }

  /**
   * Runs the current query; while one runs, the newest request waits and the ones between are
   * skipped. The box is read once the engine is ready, so the first search is of everything typed
   * by then.
   */
  async search(): Promise<void> {
    if (this.#running) {
      this.#queued = true;
      this.#newer();
      return;
    }
    this.#running = true;
    this.setAttribute('aria-busy', 'true');
    try {
      const engine = await loadSearchEngine();
      do {
        // Keys already pressed are read first, so the search is of the newest text.
        await nextTask();
        this.#queued = false;
        const state = this.#read();
        const outcome = await startSearch(state, engine);
        // Waits for the first result's data only, and no longer than until the reader types again:
        // the newest query never waits for the data of one it replaces.
        const typed = new Promise<void>((resolve) => (this.#newer = resolve));
        if (!this.#queued) await Promise.race([this.#render(state, outcome), typed]);
      } while (this.#queued);
    } catch (error) {
      this.#fail(error);
    } finally {
      this.#running = false;
      this.removeAttribute('aria-busy');
    }
  }

  #fail(error: unknown): void {
    this.#status.textContent = 'Search could not load. Check the connection, then type again.';
    console.warn('Search failed to load', error);
  }

  /** Shows an outcome: the list, status and facets change when its first result is ready (at once when it has none). */
  async #render(state: SearchState, outcome: SearchOutcome): Promise<void> {
    this.#state = state;
    this.#outcome = outcome;
    this.#length = Math.min(resultsPerBatch, outcome.total);
    this.#requested = 0;
    this.#appended = Promise.resolve();
    this.#endWatch?.unobserve(this.#end);
    if (outcome.total === 0) return this.#present([]);
    this.#requestHits().catch((error: unknown) => this.#fail(error));
    await this.#firstIn;
  }

  /**
   * Asks for the data of the next results (as many as a screen holds, within the list's length)
   * and adds each to the list as soon as it and those before it have arrived. The first result of
   * an outcome replaces the previous list. The first of the batch is asked for alone, the others
   * once it has been painted and its outcome is still the one shown, so a search overtaken while
   * the reader types costs one result's data, not a screenful. Then, if the list is not complete, its end is
   * watched.
   */
  #requestHits(): Promise<void> {
    const outcome = this.#outcome;
    const from = this.#requested;
    const to = Math.min(from + resultsPerScreen, this.#length);
    if (from >= to) return this.#appended;
    this.#requested = to;
    const current = () => outcome === this.#outcome;
    const first = outcome.hit(from);
    if (from === 0) this.#firstIn = first.then(() => undefined);
    // The others once the first is on screen, each in a task of its own, while the reader has not typed on.
    const others = first.then(afterPaint).then(
      async () => {
        const asked: Promise<SearchHit>[] = [];
        for (let i = from + 1; i < to && current(); i++) {
          asked.push(outcome.hit(i));
          await nextTask();
        }
        return asked;
      },
      () => [],
    );
    // A newer search may leave some of these unawaited; their failure is reported only if awaited.
    void others.then((hits) => hits.forEach((hit) => hit.catch(() => undefined)));
    const previous = this.#appended;
    this.#appended = (async () => {
      await previous;
      const add = (hit: SearchHit, i: number) => {
        const item = renderHit(hit, from + i, this.#length);
        if (from + i === 0) this.#present([item]);
        else this.#list.append(item);
      };
      const firstHit = await first;
      if (!current()) return;
      add(firstHit, 0);
      for (const [i, hit] of (await others).entries()) {
        const found = await hit;
        if (!current()) return;
        add(found, i + 1);
      }
      this.#watchEnd();
    })();
    return this.#appended;
  }

  /** Results the reader scrolled to, pressed Down to reach or asked for with "Show N more". */
  #loadMore(): void {
    this.#requestHits().catch((error: unknown) => this.#fail(error));
  }

  /**
   * Watches the end of the list while results are still to come: observing anew reports at once
   * whether it is in view, so a list shorter than the screen asks for the next results.
   */
  #watchEnd(): void {
    this.#endWatch?.unobserve(this.#end);
    if (this.#requested < this.#length) this.#endWatch?.observe(this.#end);
  }

  #present(items: HTMLLIElement[]): void {
    const state = this.#state;
    const outcome = this.#outcome;
    const filtered = Object.keys(state.filters).length > 0;
    const idle = !state.query && !filtered;
    this.#list.replaceChildren(...items);
    this.#list.hidden = outcome.total === 0;
    this.#input.setAttribute('aria-expanded', String(outcome.total > 0));
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

  /**
   * The status counts the results the list holds once scrolled to its end, and each option says
   * its place among them, so "Showing the first 8" and a screen reader's "3 of 8" agree while the
   * last ones are still on their way.
   */
  #updateMore(): void {
    const shown = this.#length;
    const { total, searched, corrected } = this.#outcome;
    const { query, filters } = this.#state;
    const idle = !query && Object.keys(filters).length === 0;
    this.#status.textContent = idle
      ? ''
      : statusText({ query, searched, corrected, total, shown, filtered: Object.keys(filters).length > 0 });
    const more = part<HTMLButtonElement>(this, '[data-search-more]');
    more.hidden = shown >= total;
    more.textContent = `Show ${Math.min(resultsPerBatch, total - shown)} more`;
    for (const option of this.#options) option.setAttribute('aria-setsize', String(shown));
  }

  #showMore(): void {
    this.#length = Math.min(this.#length + resultsPerBatch, this.#outcome.total);
    this.#updateMore();
    this.#loadMore();
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
      // Down to the last result there is asks for the next ones, wherever the end of the list is.
      if (index === options.length - 1) this.#loadMore();
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onKey(event: KeyboardEvent): void {
    const count = this.#options.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      this.#moveDown(count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      // Up from the first result returns to the box; Up from the box goes to the last result.
      this.#setActive(this.#active === -1 ? count - 1 : this.#active - 1);
    } else if (event.key === 'Enter' && !event.isComposing && this.#active >= 0) {
      event.preventDefault();
      this.#options[this.#active]?.click();
    }
  }

  /** Down to the next result; when it is still on its way (the last one asked for it), once it is in the list. */
  #moveDown(count: number): void {
    const next = this.#active + 1;
    if (next < count || next >= this.#length) {
      this.#setActive(Math.min(next, count - 1));
      return;
    }
    const outcome = this.#outcome;
    this.#requestHits().then(
      () => {
        if (outcome === this.#outcome && this.#active === next - 1) this.#setActive(next);
      },
      (error: unknown) => this.#fail(error),
    );
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
      this.#showMore();
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
