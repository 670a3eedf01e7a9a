// Runs inline in <head> before the first paint, so a stored theme never flashes the wrong colours.
// Without a stored choice, no attribute is set and CSS follows the system (prefers-color-scheme).
(() => {
  const root = document.documentElement;
  const key = 'theme';
  const stored = (() => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  })();
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const dark = () => (root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  const sync = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(dark()));
      button.hidden = false;
    }
  };
  document.addEventListener('DOMContentLoaded', sync);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    root.dataset.theme = dark() ? 'light' : 'dark';
    try {
      localStorage.setItem(key, root.dataset.theme);
    } catch {
      // Storage can be off (private mode); the choice then lasts for this page only.
    }
    sync();
  });
})();
