/**
 * A line by a control that says something went wrong (role="alert"): made on
 * first need, found by its attribute afterwards, its text replaced each time.
 */
export function alertLine(host: Element, attribute: string, place: (line: HTMLElement) => void): HTMLElement {
  let line = host.querySelector<HTMLElement>(`[${attribute}]`);
  if (!line) {
    line = document.createElement('p');
    line.className = 'checklist__note-msg';
    line.setAttribute(attribute, '');
    line.setAttribute('role', 'alert');
    place(line);
  }
  return line;
}
