/** A role="alert" line by a control: made on first need, found by its attribute afterwards. */
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
