/**
 * Enhances the guide's plain checklists (components/checklist/Checklist.astro)
 * and the forløb panel (ChecklistApp.astro): saves ticks and notes through
 * ChecklistStore, shows progress per step, phase and overall, follows changes
 * from other tabs, exports and imports. Everything the user typed is written
 * with textContent or value, never as HTML.
 */
import { ChecklistStore, LIMITS, STORAGE_KEY, fileName, formatBytes, type Outline } from './checklist-store';

const qs = <T extends Element>(root: ParentNode, sel: string) => root.querySelector<T>(sel);
const qsa = <T extends Element>(root: ParentNode, sel: string) => Array.from(root.querySelectorAll<T>(sel));

function readOutline(): Outline {
  try {
    const el = document.getElementById('pg-guide-outline');
    const data = JSON.parse(el?.textContent ?? '') as Outline;
    if (Array.isArray(data.phases)) return data;
  } catch {
    /* fall through: progress then covers what the page shows */
  }
  return { phases: [] };
}

function safeLocalStorage(): Storage | null {
  // Accessing window.localStorage itself throws when storage is blocked.
  return window.localStorage;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const count = (done: number, total: number) => `${done} af ${total}`;

export function startChecklists(): void {
  const panel = qs<HTMLElement>(document, '[data-forloeb]');
  if (!panel) return;
  const outline = readOutline();
  const store = new ChecklistStore(safeLocalStorage);

  const phaseItems = new Map(outline.phases.map((p) => [p.id, p.steps.flatMap((s) => s.items.map((i) => i.id))]));
  const phaseLabels = new Map(outline.phases.map((p) => [p.id, p.label]));
  const allItems = [...phaseItems.values()].flat();
  const boxes = qsa<HTMLInputElement>(document, 'input[data-item]');
  const fieldsets = qsa<HTMLFieldSetElement>(document, 'fieldset[data-step]');

  const select = qs<HTMLSelectElement>(panel, '[data-select]')!;
  const overall = qs<HTMLElement>(panel, '[data-overall]')!;
  const notices = qs<HTMLElement>(panel, '[data-notices]')!;
  const live = qs<HTMLElement>(panel, '[data-live]')!;
  const nameForm = qs<HTMLFormElement>(panel, '[data-name-form]')!;
  const nameInput = qs<HTMLInputElement>(nameForm, 'input')!;
  const nameLabel = qs<HTMLElement>(nameForm, '[data-name-label]')!;
  const confirm = qs<HTMLElement>(panel, '[data-confirm]')!;
  const confirmText = qs<HTMLElement>(panel, '[data-confirm-text]')!;
  const importInput = qs<HTMLInputElement>(panel, '[data-import]')!;
  const importMsg = qs<HTMLElement>(panel, '[data-import-msg]')!;
  const printName = qs<HTMLElement>(document, '[data-print-name]');
  let nameMode: 'new' | 'rename' = 'new';
  let returnFocus: HTMLElement | null = null;

  // The note field per item (in the HTML, see Checklist.astro), behind a disclosure button.
  const notes = new Map<string, { button: HTMLButtonElement; area: HTMLTextAreaElement; wrap: HTMLElement; print: HTMLElement }>();
  for (const button of qsa<HTMLButtonElement>(document, 'button[data-note-toggle]')) {
    const id = button.dataset.noteToggle!;
    const row = button.closest('li');
    const area = row && qs<HTMLTextAreaElement>(row, 'textarea[data-note]');
    const wrap = area?.parentElement;
    const print = row && qs<HTMLElement>(row, '[data-note-print]');
    if (!row || !area || !wrap || !print || notes.has(id)) continue;
    notes.set(id, { button, area, wrap, print });
    button.addEventListener('click', () => {
      const open = wrap.hidden;
      wrap.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      if (open) area.focus();
      renderNoteButton(id);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    area.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        store.setNote(id, area.value);
        print.textContent = area.value;
        renderNotices();
      }, 300);
    });
    area.addEventListener('change', () => {
      clearTimeout(timer);
      store.setNote(id, area.value);
      renderNoteButton(id);
      renderNotices();
    });
  }

  function renderNoteButton(id: string) {
    const n = notes.get(id);
    if (!n) return;
    const has = Boolean(store.active.items[id]?.note);
    n.button.textContent = n.wrap.hidden ? (has ? 'Vis note' : 'Tilføj note') : 'Skjul note';
  }

  function renderNotices() {
    notices.replaceChildren(
      ...store.notices.map((n) => {
        const box = document.createElement('div');
        box.className = 'forloeb__notice';
        box.setAttribute('role', n.kind === 'external' ? 'status' : 'alert');
        box.dataset.notice = n.kind;
        const p = document.createElement('p');
        p.textContent = n.message;
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'button button-secondary';
        close.textContent = 'Luk beskeden';
        close.addEventListener('click', () => {
          store.dismiss(n.kind);
          renderNotices();
          select.focus();
        });
        box.append(p, close);
        return box;
      }),
    );
  }

  function progressTexts() {
    for (const fs of fieldsets) {
      const ids = qsa<HTMLInputElement>(fs, 'input[data-item]').map((b) => b.dataset.item!);
      const p = store.progress(ids);
      const out = qs<HTMLElement>(fs, '[data-step-progress]');
      if (out) {
        out.textContent = `${count(p.done, p.total)} punkter klaret i dette trin`;
      }
    }
    for (const el of qsa<HTMLElement>(document, '[data-phase-progress]')) {
      const id = el.dataset.phaseProgress!;
      const p = store.progress(phaseItems.get(id) ?? []);
      el.textContent = `${phaseLabels.get(id) ?? id}: ${count(p.done, p.total)} punkter klaret`;
    }
    const all = store.progress(allItems);
    overall.textContent = `I alt ${count(all.done, all.total)} punkter klaret i forløbet »${store.active.name}«`;
  }

  function render() {
    const active = store.active;
    select.replaceChildren(
      ...store.list().map((f) => {
        const o = document.createElement('option');
        o.value = f.id;
        o.textContent = f.name;
        o.selected = f.id === active.id;
        return o;
      }),
    );
    for (const box of boxes) box.checked = Boolean(active.items[box.dataset.item!]?.done);
    for (const [id, n] of notes) {
      const note = active.items[id]?.note ?? '';
      if (document.activeElement !== n.area) n.area.value = note;
      n.print.textContent = note;
      renderNoteButton(id);
    }
    if (printName) printName.textContent = `Forløb: ${active.name}`;
    progressTexts();
    renderNotices();
  }

  /** Announce progress after a tick: the step, the phase and the whole guide. */
  function announce(box: HTMLInputElement) {
    const fs = box.closest<HTMLFieldSetElement>('fieldset[data-step]');
    const parts: string[] = [];
    if (fs) {
      const step = store.progress(qsa<HTMLInputElement>(fs, 'input[data-item]').map((b) => b.dataset.item!));
      parts.push(`Trinnet: ${count(step.done, step.total)}.`);
      const phase = fs.dataset.phase;
      if (phase && phaseItems.has(phase)) {
        const p = store.progress(phaseItems.get(phase)!);
        parts.push(`${phaseLabels.get(phase)}: ${count(p.done, p.total)}.`);
      }
    }
    const all = store.progress(allItems);
    parts.push(`I alt: ${count(all.done, all.total)}.`);
    live.textContent = parts.join(' ');
  }

  for (const box of boxes) {
    box.addEventListener('change', () => {
      const id = box.dataset.item!;
      store.setDone(id, box.checked);
      // The same item can appear once more on the page (never on the built pages, but cheap to honour).
      for (const other of boxes) if (other !== box && other.dataset.item === id) other.checked = box.checked;
      progressTexts();
      renderNotices();
      announce(box);
    });
  }

  select.addEventListener('change', () => {
    store.switchTo(select.value);
    render();
    live.textContent = `Forløbet »${store.active.name}« er valgt.`;
  });

  function openNameForm(mode: 'new' | 'rename', from: HTMLElement) {
    nameMode = mode;
    returnFocus = from;
    confirm.hidden = true;
    nameLabel.textContent = mode === 'new' ? 'Navn på det nye forløb' : `Nyt navn til »${store.active.name}«`;
    nameInput.value = mode === 'new' ? '' : store.active.name;
    nameForm.hidden = false;
    nameInput.focus();
  }

  panel.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    switch (button.dataset.action) {
      case 'new':
        return openNameForm('new', button);
      case 'rename':
        return openNameForm('rename', button);
      case 'cancel-name':
        nameForm.hidden = true;
        returnFocus?.focus();
        return;
      case 'delete':
        nameForm.hidden = true;
        returnFocus = button;
        confirmText.textContent = `Vil du slette forløbet »${store.active.name}« med alle dets afkrydsninger og noter? Det kan ikke fortrydes.`;
        confirm.hidden = false;
        qs<HTMLButtonElement>(confirm, '[data-action="cancel-delete"]')!.focus();
        return;
      case 'cancel-delete':
        confirm.hidden = true;
        returnFocus?.focus();
        return;
      case 'confirm-delete': {
        const name = store.active.name;
        store.remove(store.active.id);
        confirm.hidden = true;
        render();
        live.textContent = `Forløbet »${name}« er slettet. Aktivt forløb: »${store.active.name}«.`;
        select.focus();
        return;
      }
      case 'export-md':
        download(fileName(store.active.name, 'md'), 'text/markdown;charset=utf-8', store.exportMarkdown(outline));
        return;
      case 'export-json':
        download(fileName(store.active.name, 'json'), 'application/json;charset=utf-8', store.exportJson());
        return;
    }
  });

  nameForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    if (!name) return;
    if (nameMode === 'new') {
      const created = store.create(name);
      if (!created) {
        importMsg.textContent = `Du har allerede ${LIMITS.forloeb} forløb. Slet et, før du opretter et nyt.`;
        return;
      }
      live.textContent = `Forløbet »${created.name}« er oprettet og valgt.`;
    } else {
      store.rename(store.active.id, name);
      live.textContent = `Forløbet hedder nu »${store.active.name}«.`;
    }
    nameForm.hidden = true;
    render();
    select.focus();
  });

  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    if (file.size > LIMITS.fileBytes) {
      importMsg.textContent = `Filen er for stor (${formatBytes(file.size)}). En eksport fra Partnerskabsguiden fylder højst ${formatBytes(LIMITS.fileBytes)}. Intet er ændret.`;
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      importMsg.textContent = 'Filen kunne ikke læses. Intet er ændret.';
      return;
    }
    const result = store.importJson(text, file.size);
    if (result.ok) {
      render();
      importMsg.textContent = `Forløbet »${result.forloeb.name}« er importeret og valgt.`;
    } else {
      importMsg.textContent = result.message;
    }
  });

  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    store.external(event.key === null ? null : event.newValue);
    render();
  });

  render();
  panel.dataset.ready = '';
}
