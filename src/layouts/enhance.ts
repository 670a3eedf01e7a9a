// The one script every page loads (a small module, after parsing): progressive enhancements
// whose absence leaves the page fully readable.
import '../anchors/client/copy-link';
import '../copy-code/client/copy-code';
import '../toc/toc-spy';
import '../search/client/search-trigger';
import '../latency/client/latency-trigger';
