/**
 * Enhances a plain <table> so each column header becomes a sort button
 * (aria-sort tells screen readers the state, and a status line announces each
 * new order). Cells may carry data-sort with a machine value; otherwise their
 * text is compared with Danish collation.
 */
import { STRINGS } from './strings';

const collator = new Intl.Collator('da-DK', { numeric: true, sensitivity: 'base' });

export function sortValue(cell: HTMLTableCellElement | undefined): string {
  if (!cell) return '';
  return cell.dataset.sort ?? cell.textContent?.trim() ?? '';
}

export function compareValues(a: string, b: string): number {
  // Empty values ("–") always sort last.
  const emptyA = a === '' || a === '–';
  const emptyB = b === '' || b === '–';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  return collator.compare(a, b);
}

export function enhanceSortableTable(table: HTMLTableElement): void {
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? []) as HTMLTableCellElement[];
  const body = table.tBodies[0];
  if (!body) return;
  // Shown above the buttons where the header row stands alone (a phone); a table's header says it itself.
  const label = document.createElement('p');
  label.className = 'sort-label';
  label.setAttribute('aria-hidden', 'true');
  label.textContent = STRINGS.sortBy;
  table.before(label);
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  status.dataset.sortStatus = '';
  table.after(status);
  headers.forEach((th, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.append(...th.childNodes);
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.className = 'sort-icon';
    button.append(icon);
    th.append(button);
    const name = th.textContent?.trim() ?? '';
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const rows = Array.from(body.rows);
      rows.sort((r1, r2) => {
        const cmp = compareValues(sortValue(r1.cells[index]), sortValue(r2.cells[index]));
        return ascending ? cmp : -cmp;
      });
      body.append(...rows);
      status.textContent = STRINGS.sorted(name, ascending);
    });
  });
}
