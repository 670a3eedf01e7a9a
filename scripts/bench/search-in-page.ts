/**
 * The search benchmark's code that runs inside the page (passed to `page.evaluate`, so each function
 * stands alone). Times are taken in the page, from the keystroke events' own time stamps to the
 * frame that shows the first result, so the round trips between the benchmark and the browser do not
 * count.
 *
 * The UI contract (issue 6): a header control with `data-search-open` opens a dialog whose box is
 * `input#search-input`; results are `<a>` elements inside an element with `data-search-results`.
 */

/** What `watchSearch` records, in the page's clock (performance.now()); null when it did not happen. */
export interface SearchMarks {
  /** The `/` key (or the click) that opened the search. */
  readonly openAt: number | null;
  /** Focus reached the search box. */
  readonly boxFocusedAt: number | null;
  /** The first key typed into the box. */
  readonly firstKeyAt: number | null;
  /** The key after which the box held the whole query. */
  readonly lastKeyAt: number | null;
  /** The first frame after the first result (a link in the results) was added. */
  readonly firstResultAt: number | null;
  /** The first frame after results were drawn once the box held the whole query. */
  readonly lastResultAt: number | null;
  /** performance.timeOrigin, to compare the page's times with the network's (epoch milliseconds). */
  readonly timeOrigin: number;
}

/**
 * Arms the watch for one query, before anything is pressed: keydown, input and focus listeners on
 * the window (the dialog may not exist yet) and a MutationObserver on the whole body. The marks are
 * read with `searchMarks` (window.benchSearch resolves when both results were drawn, or after 10 s).
 *
 * "On screen" is the first task after the next animation frame: the frame that paints the results.
 */
export function watchSearch(query: string): void {
  const marks = {
    openAt: null as number | null,
    boxFocusedAt: null as number | null,
    firstKeyAt: null as number | null,
    lastKeyAt: null as number | null,
    firstResultAt: null as number | null,
    lastResultAt: null as number | null,
    timeOrigin: performance.timeOrigin,
  };
  const isBox = (target: EventTarget | null): target is HTMLInputElement =>
    target instanceof HTMLInputElement && target.id === 'search-input';
  let latestKey = 0;
  const stop = new AbortController();
  const listen = { capture: true, signal: stop.signal };
  addEventListener(
    'keydown',
    (event) => {
      if (!isBox(event.target)) {
        if (event.key === '/' && marks.openAt === null) marks.openAt = event.timeStamp;
        return;
      }
      latestKey = event.timeStamp;
      marks.firstKeyAt ??= event.timeStamp;
    },
    listen,
  );
  addEventListener('pointerdown', (event) => (marks.openAt ??= event.timeStamp), listen);
  addEventListener('focusin', (event) => isBox(event.target) && (marks.boxFocusedAt ??= performance.now()), listen);
  addEventListener('input', (event) => isBox(event.target) && event.target.value === query && (marks.lastKeyAt ??= latestKey), listen);

  const results = () => document.querySelector('[data-search-results]');
  const addsLink = (record: MutationRecord) =>
    [...record.addedNodes].some((n) => n instanceof Element && (n.matches('a') || !!n.querySelector('a')) && !!results()?.contains(n));
  const afterPaint = (then: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    });

  (window as unknown as { benchSearch: Promise<typeof marks> }).benchSearch = new Promise((resolve) => {
    let firstPending = false;
    let lastPending = false;
    const end = () => {
      observer.disconnect();
      stop.abort();
      clearTimeout(timeout);
      resolve(marks);
    };
    const finish = () => {
      if (marks.firstResultAt !== null && marks.lastResultAt !== null) end();
    };
    const observer = new MutationObserver((records) => {
      if (marks.firstKeyAt === null || !results()?.querySelector('a')) return;
      if (!firstPending) {
        firstPending = true;
        afterPaint((at) => {
          marks.firstResultAt = at;
          finish();
        });
      }
      if (marks.lastKeyAt !== null && !lastPending && records.some(addsLink)) {
        lastPending = true;
        afterPaint((at) => {
          marks.lastResultAt = at;
          finish();
        });
      }
    });
    observer.observe(document.body, { subtree: true, childList: true });
    const timeout = setTimeout(end, 10_000);
  });
}

/** The marks of the armed watch, once both results were drawn (or the watch gave up). */
export function searchMarks(): Promise<SearchMarks> {
  return (window as unknown as { benchSearch: Promise<SearchMarks> }).benchSearch;
}

/** Resolves once no link is in the results and nothing in the page changed for `quietMs` (at most 5 s). */
export function resultsCleared(quietMs: number): Promise<void> {
  return new Promise((resolve) => {
    const cleared = () => !document.querySelector('[data-search-results] a');
    let timer = setTimeout(check, quietMs);
    const cap = setTimeout(done, 5000);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(check, quietMs);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    function check() {
      if (cleared()) done();
      else timer = setTimeout(check, quietMs);
    }
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    }
  });
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

/**
 * Pagefind's engine alone, from the bundle the build wrote: loads it on the first call, searches
 * `prefix` untimed when given (as a UI would have, loading the first results' data), then times
 * `query` to the first result's data. Like the site (src/search/options.ts), it runs on the page's
 * own thread (`noWorker`), so its floor is the WebAssembly, pagefind.js, entry, meta and index
 * chunks, without a worker script.
 */
export async function engineSearch([query, prefix]: [string, string | null]): Promise<{ ms: number; results: number }> {
  const w = window as unknown as { benchPagefind?: Pagefind };
  const url = '/pagefind/pagefind.js';
  if (prefix !== null && w.benchPagefind) {
    const shown = (await w.benchPagefind.search(prefix)).results.slice(0, 5);
    await Promise.all(shown.map((r) => r.data()));
  }
  const started = performance.now();
  if (!w.benchPagefind) {
    const pagefind = (await import(url)) as Pagefind;
    await pagefind.options({ noWorker: true });
    w.benchPagefind = pagefind;
  }
  const { results } = await w.benchPagefind.search(query);
  await results[0]?.data();
  return { ms: performance.now() - started, results: results.length };
}
