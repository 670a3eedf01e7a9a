/**
 * Self-links (.self-link, rendered by SelfLink.astro) copy the absolute URL of their target
 * instead of only jumping to it, and the page announces the result through its live region.
 * Without JavaScript they stay plain `#id` links.
 */
import { isPlainClick } from '../../lib/plain-click';
import { absoluteAnchorUrl } from '../anchor-url';
import { announce } from '../../lib/announce';

document.addEventListener('click', async (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.self-link') : null;
  if (!link || !isPlainClick(event)) return;
  event.preventDefault();
  const url = absoluteAnchorUrl(location.href, link.hash);
  history.replaceState(history.state, '', link.hash);
  try {
    await navigator.clipboard.writeText(url);
    link.dataset['copied'] = '';
    setTimeout(() => delete link.dataset['copied'], 1500);
    announce('Link copied');
  } catch {
    announce('Could not copy; the link is now in the address bar');
  }
});
