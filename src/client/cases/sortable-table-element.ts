/** Entry module of the sortable overview table (<pg-sortable-table>, SortableTable.astro). */
import { required } from '../shared/markup';
import { enhanceSortableTable } from './sortable-table';

class SortableTableElement extends HTMLElement {
  connectedCallback() {
    enhanceSortableTable(required(this, 'table', HTMLTableElement, 'pg-sortable-table'));
  }
}
if (!customElements.get('pg-sortable-table')) customElements.define('pg-sortable-table', SortableTableElement);
