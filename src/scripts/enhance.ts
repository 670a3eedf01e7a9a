// The one script every page loads (a small module, after parsing): progressive enhancements
// whose absence leaves the page fully readable.
import '../elements/copy-link';
import '../elements/toc-spy';
import '../elements/search-trigger';
