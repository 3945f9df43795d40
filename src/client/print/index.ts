/**
 * The printed line's day of printing: the reader's today as a Danish long date ("2. december 2026"). Only
 * the reader's clock knows the day, so the HTML says only which day the content is from (Base.astro); this
 * module is loaded after the page, as every page has the line, and fills the day at once and again before
 * each print (a tab left open).
 */
import { STRINGS } from './strings';

export const printDay = (date: Date) =>
  date.toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });

export function stamp(line = document.querySelector('.print-stamp')): void {
  if (!line) return;
  const day = document.createTextNode('');
  line.append(day);
  const fill = () => {
    day.data = STRINGS.printed(printDay(new Date()));
  };
  fill();
  addEventListener('beforeprint', fill);
}

stamp();
