/**
 * The only latency code a page loads up front. A page with a <latency-explainer> imports the
 * element's module when the explainer comes within a screen of the viewport, or when the reader
 * points at or focuses it first; other pages, and the first view of a long page, fetch nothing.
 */
const host = document.querySelector('latency-explainer');
if (host) {
  const load = () => {
    observer.disconnect();
    void import('./latency-explainer');
  };
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '50% 0px' });
  observer.observe(host);
  host.addEventListener('pointerdown', load, { once: true });
  host.addEventListener('focusin', load, { once: true });
}
