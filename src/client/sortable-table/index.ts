/** Entry module of the sortable overview table (<pg-sortable-table>, SortableTable.astro). */
import { required } from '../shared/markup';
import { enhanceSortableTable } from './sort';

class SortableTableElement extends HTMLElement {
  connectedCallback() {
    if (this.dataset.enhanced !== undefined) return;
    enhanceSortableTable(required(this, 'table', HTMLTableElement, 'pg-sortable-table'));
    // The header row's buttons are what a phone shows to sort by (CompareTable's CSS).
    this.dataset.enhanced = '';
  }
}
if (!customElements.get('pg-sortable-table')) customElements.define('pg-sortable-table', SortableTableElement);
