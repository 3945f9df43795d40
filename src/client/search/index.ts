/**
 * The search island: <pg-search> around SearchPage.astro's form and result list. Its module is
 * loaded only on /soeg/; Pagefind and the word lists only when there is something to search.
 */
import { enhanceSearch } from './ui';

class PgSearch extends HTMLElement {
  connectedCallback() {
    enhanceSearch(this);
  }
}

if (!customElements.get('pg-search')) customElements.define('pg-search', PgSearch);
