/**
 * The site can be served under a sub-path (Astro's `base`, e.g. "/docs/"). Internal links are
 * written root-relative ("/faq/") in content and components and pass through these helpers.
 */
const defaultBase = (): string => import.meta.env.BASE_URL ?? '/';

const normalized = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** "/faq/#x" → "/docs/faq/#x" under base "/docs/"; anything not root-relative is returned as is. */
export function withBase(path: string, base: string = defaultBase()): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${normalized(base)}${path.slice(1)}`;
}

/** "/docs/faq/" → "/faq/" under base "/docs/": the page path content and lock files use. */
export function stripBase(pathname: string, base: string = defaultBase()): string {
  const b = normalized(base);
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}
