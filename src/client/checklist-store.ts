/**
 * Checklist progress in the browser: named "forløb", each with ticks and a
 * note per checklist item, kept in localStorage in a versioned envelope keyed
 * by the items' permanent ids. Pure TypeScript; the Storage is injected so the
 * unit tests can hand it a fake that throws, is full or holds garbage.
 *
 * Rules:
 * - Nothing is ever wiped silently. Items that leave the guide keep their saved
 *   state (and go along in exports); corrupted data is copied to a backup key
 *   before the store starts clean; an envelope from a newer version of the site
 *   is left untouched (the store works in memory and says so).
 * - When storage is unavailable or full, the store keeps working in memory and
 *   reports a notice; the next successful save writes everything.
 * - Imported files are validated before anything changes.
 */

export const STORAGE_KEY = 'partnerskabsguiden:tjekliste';
export const BACKUP_PREFIX = `${STORAGE_KEY}:backup:`;
export const CURRENT_VERSION = 1;
export const EXPORT_FORMAT = 'partnerskabsguiden/forloeb';

export const LIMITS = {
  fileBytes: 1024 * 1024,
  nameLength: 120,
  noteLength: 5000,
  items: 2000,
  forloeb: 50,
} as const;

export const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FORLOEB_ID = /^[a-z0-9-]{1,64}$/;

export interface ItemState {
  done: boolean;
  note?: string;
}

export interface Forloeb {
  id: string;
  name: string;
  created: string;
  updated: string;
  items: Record<string, ItemState>;
}

export interface Envelope {
  version: number;
  activeId: string;
  forloeb: Record<string, Forloeb>;
}

export type NoticeKind = 'unavailable' | 'quota' | 'corrupt' | 'newer' | 'external';
export interface Notice {
  kind: NoticeKind;
  message: string;
}

export type ImportResult = { ok: true; forloeb: Forloeb } | { ok: false; message: string };

/** The guide as the export needs it: phases, steps, items, in order. */
export interface Outline {
  phases: { id: string; label: string; steps: { title: string; items: { id: string; text: string }[] }[] }[];
}

export const DEFAULT_NAME = 'Mit partnerskab';

export type Migration = (old: Record<string, unknown>, now: string) => Record<string, unknown>;

/**
 * Migrations from each older envelope version to the next: a future version n+1
 * adds `n: (v_n) => v_{n+1}` here and bumps CURRENT_VERSION, and saved progress
 * is carried forward on the next load. Version 1 is the first, so the table is
 * empty; the unit tests prove the path with a migration of their own.
 */
export const MIGRATIONS: Record<number, Migration> = {};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function cleanText(v: unknown, max: number): string | null {
  if (typeof v !== 'string') return null;
  // Control characters other than line breaks and tabs have no place in a name or note.
  const s = v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return s.length <= max ? s : null;
}

/** Validates one forløb's items; returns an error in Danish or the clean items. */
function readItems(raw: unknown): { items: Record<string, ItemState> } | { error: string } {
  if (!isRecord(raw)) return { error: 'punkterne mangler eller har forkert form' };
  const entries = Object.entries(raw);
  if (entries.length > LIMITS.items) return { error: `for mange punkter (højst ${LIMITS.items})` };
  const items: Record<string, ItemState> = {};
  for (const [id, value] of entries) {
    if (!ITEM_ID.test(id) || id.length > 100) return { error: `ugyldigt punkt-id »${id.slice(0, 40)}«` };
    if (!isRecord(value) || typeof value.done !== 'boolean') return { error: `punktet »${id}« har forkert form` };
    const state: ItemState = { done: value.done };
    if (value.note !== undefined) {
      const note = cleanText(value.note, LIMITS.noteLength);
      if (note === null) return { error: `noten til »${id}« er for lang eller ikke tekst (højst ${LIMITS.noteLength} tegn)` };
      if (note) state.note = note;
    }
    items[id] = state;
  }
  return { items };
}

function readForloeb(raw: unknown, fallbackId: string, now: string): Forloeb | { error: string } {
  if (!isRecord(raw)) return { error: 'forløbet har forkert form' };
  const name = cleanText(raw.name, LIMITS.nameLength);
  if (name === null || !name.trim()) return { error: `navnet mangler eller er for langt (højst ${LIMITS.nameLength} tegn)` };
  const items = readItems(raw.items);
  if ('error' in items) return items;
  const id = typeof raw.id === 'string' && FORLOEB_ID.test(raw.id) ? raw.id : fallbackId;
  const date = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : now);
  return { id, name: name.trim(), created: date(raw.created), updated: date(raw.updated), items: items.items };
}

/** Parses and migrates a stored value. Throws nothing; tells what it found. */
export function parseEnvelope(
  raw: string,
  now: string,
  migrations: Record<number, Migration> = MIGRATIONS,
  currentVersion: number = CURRENT_VERSION,
): { kind: 'ok'; envelope: Envelope } | { kind: 'corrupt' } | { kind: 'newer'; version: number } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt' };
  }
  if (!isRecord(data) || typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return { kind: 'corrupt' };
  }
  if (data.version > currentVersion) return { kind: 'newer', version: data.version };
  let current: Record<string, unknown> = data;
  for (let v = data.version; v < currentVersion; v++) {
    const migrate = migrations[v];
    if (!migrate) return { kind: 'corrupt' };
    current = migrate(current, now);
  }
  if (!isRecord(current.forloeb)) return { kind: 'corrupt' };
  const forloeb: Record<string, Forloeb> = {};
  for (const [key, value] of Object.entries(current.forloeb)) {
    const f = readForloeb(value, key, now);
    if ('error' in f) return { kind: 'corrupt' };
    forloeb[f.id] = f;
  }
  const ids = Object.keys(forloeb);
  if (!ids.length) return { kind: 'corrupt' };
  const activeId = typeof current.activeId === 'string' && forloeb[current.activeId] ? current.activeId : ids[0]!;
  return { kind: 'ok', envelope: { version: currentVersion, activeId, forloeb } };
}

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof Error &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (e as { code?: number }).code === 22)
  );
}

export const MESSAGES = {
  unavailable:
    'Din browser tillader ikke, at siden gemmer data. Du kan bruge tjeklisterne, men afkrydsninger og noter forsvinder, når du lukker siden. Eksportér forløbet for at gemme det.',
  quota:
    'Browserens lager er fuldt, så de seneste ændringer er ikke gemt. De er stadig her på siden. Eksportér forløbet, eller slet et forløb, du ikke bruger.',
  corrupt: (backupKey: string | null) =>
    backupKey
      ? `De gemte tjeklister kunne ikke læses. En kopi af de gemte data ligger i browseren under nøglen »${backupKey}«, og du starter med et tomt forløb.`
      : 'De gemte tjeklister kunne ikke læses, og der var ikke plads til en sikkerhedskopi. De gemte data er ikke rørt; ændringer gemmes ikke, før lageret er ryddet.',
  newer: (version: number) =>
    `De gemte tjeklister er fra en nyere udgave af sitet (version ${version}). De er ikke ændret; ændringer her gemmes ikke.`,
  external: 'Forløbet blev ændret i et andet vindue. Siden viser nu de nyeste afkrydsninger.',
};

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export class ChecklistStore {
  state: Envelope;
  /** Whether changes are written to storage (false: memory only, see notices). */
  writable = true;
  notices: Notice[] = [];
  private storage: StorageLike | null = null;
  private readonly now: () => Date;
  private counter = 0;

  constructor(getStorage: () => StorageLike | null, now: () => Date = () => new Date()) {
    this.now = now;
    try {
      this.storage = getStorage();
    } catch {
      this.storage = null;
    }
    this.state = this.fresh();
    this.load();
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  private newId(): string {
    const taken = new Set(Object.keys(this.state?.forloeb ?? {}));
    let id: string;
    do id = `f${this.now().getTime().toString(36)}${(this.counter++).toString(36)}`;
    while (taken.has(id));
    return id;
  }

  private fresh(): Envelope {
    const t = this.stamp();
    return { version: CURRENT_VERSION, activeId: 'f1', forloeb: { f1: { id: 'f1', name: DEFAULT_NAME, created: t, updated: t, items: {} } } };
  }

  private notify(kind: NoticeKind, message: string) {
    this.notices = [...this.notices.filter((n) => n.kind !== kind), { kind, message }];
  }

  /** Reads storage. Used at start and when another tab changed it. */
  load(): void {
    if (!this.storage) {
      this.writable = false;
      this.notify('unavailable', MESSAGES.unavailable);
      return;
    }
    let raw: string | null;
    try {
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.writable = false;
      this.notify('unavailable', MESSAGES.unavailable);
      return;
    }
    if (raw === null) return;
    const parsed = parseEnvelope(raw, this.stamp());
    if (parsed.kind === 'ok') {
      this.state = parsed.envelope;
      return;
    }
    if (parsed.kind === 'newer') {
      this.writable = false;
      this.notify('newer', MESSAGES.newer(parsed.version));
      return;
    }
    // Corrupt: keep the raw value under a backup key before starting clean.
    const backupKey = `${BACKUP_PREFIX}${this.stamp()}`;
    try {
      this.storage.setItem(backupKey, raw);
      this.state = this.fresh();
      this.notify('corrupt', MESSAGES.corrupt(backupKey));
      this.save();
    } catch {
      this.writable = false;
      this.notify('corrupt', MESSAGES.corrupt(null));
    }
  }

  /** Writes the envelope; on failure keeps everything in memory and says so. */
  save(): boolean {
    if (!this.writable || !this.storage) return false;
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify(this.state));
      if (this.notices.some((n) => n.kind === 'quota')) this.notices = this.notices.filter((n) => n.kind !== 'quota');
      return true;
    } catch (e) {
      if (isQuotaError(e)) this.notify('quota', MESSAGES.quota);
      else this.notify('unavailable', MESSAGES.unavailable);
      return false;
    }
  }

  /** Another tab wrote the key: follow it (never write back what we had). */
  external(newValue: string | null): void {
    if (newValue === null) {
      this.state = this.fresh();
    } else {
      const parsed = parseEnvelope(newValue, this.stamp());
      if (parsed.kind !== 'ok') return;
      // Keep this page's own choice of forløb when it still exists.
      const own = this.state.activeId;
      this.state = parsed.envelope;
      if (this.state.forloeb[own]) this.state.activeId = own;
    }
    this.notify('external', MESSAGES.external);
  }

  dismiss(kind: NoticeKind): void {
    this.notices = this.notices.filter((n) => n.kind !== kind);
  }

  get active(): Forloeb {
    return this.state.forloeb[this.state.activeId]!;
  }

  list(): Forloeb[] {
    return Object.values(this.state.forloeb).sort((a, b) => a.created.localeCompare(b.created) || a.name.localeCompare(b.name, 'da'));
  }

  private touch(f: Forloeb) {
    f.updated = this.stamp();
    this.save();
  }

  setDone(itemId: string, done: boolean): void {
    if (!ITEM_ID.test(itemId)) return;
    const f = this.active;
    f.items[itemId] = { ...f.items[itemId], done };
    this.touch(f);
  }

  setNote(itemId: string, note: string): void {
    if (!ITEM_ID.test(itemId)) return;
    const f = this.active;
    const text = note.slice(0, LIMITS.noteLength);
    const prev = f.items[itemId] ?? { done: false };
    const next: ItemState = { done: prev.done };
    if (text.trim()) next.note = text;
    f.items[itemId] = next;
    this.touch(f);
  }

  /** Names are trimmed, shortened to the limit and made unique. */
  private uniqueName(name: string, exceptId?: string): string {
    const base = (name.trim() || DEFAULT_NAME).slice(0, LIMITS.nameLength);
    const taken = new Set(this.list().filter((f) => f.id !== exceptId).map((f) => f.name));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) {
      const candidate = `${base.slice(0, LIMITS.nameLength - 6)} (${n})`;
      if (!taken.has(candidate)) return candidate;
    }
  }

  create(name: string): Forloeb | null {
    if (this.list().length >= LIMITS.forloeb) return null;
    const t = this.stamp();
    const f: Forloeb = { id: this.newId(), name: this.uniqueName(name), created: t, updated: t, items: {} };
    this.state.forloeb[f.id] = f;
    this.state.activeId = f.id;
    this.save();
    return f;
  }

  rename(id: string, name: string): void {
    const f = this.state.forloeb[id];
    if (!f) return;
    f.name = this.uniqueName(name, id);
    this.touch(f);
  }

  switchTo(id: string): void {
    if (!this.state.forloeb[id]) return;
    this.state.activeId = id;
    this.save();
  }

  /** Deletes a forløb (the UI asks first). The last one is replaced by an empty one. */
  remove(id: string): void {
    if (!this.state.forloeb[id]) return;
    delete this.state.forloeb[id];
    const rest = this.list();
    if (!rest.length) {
      const t = this.stamp();
      const f: Forloeb = { id: this.newId(), name: DEFAULT_NAME, created: t, updated: t, items: {} };
      this.state.forloeb[f.id] = f;
    }
    if (!this.state.forloeb[this.state.activeId]) this.state.activeId = this.list()[0]!.id;
    this.save();
  }

  /** Progress of the active forløb over a set of item ids. */
  progress(itemIds: readonly string[]): { done: number; total: number } {
    const items = this.active.items;
    return { done: itemIds.filter((id) => items[id]?.done).length, total: itemIds.length };
  }

  exportJson(id = this.state.activeId): string {
    const f = this.state.forloeb[id]!;
    return JSON.stringify(
      { format: EXPORT_FORMAT, version: CURRENT_VERSION, exported: this.stamp(), forloeb: { name: f.name, created: f.created, updated: f.updated, items: f.items } },
      null,
      2,
    );
  }

  /** Reads an exported file into a new forløb; nothing changes unless it is valid. */
  importJson(text: string, sizeBytes = text.length): ImportResult {
    if (sizeBytes > LIMITS.fileBytes) return { ok: false, message: `Filen er for stor (${formatBytes(sizeBytes)}). En eksport fra Partnerskabsguiden fylder højst ${formatBytes(LIMITS.fileBytes)}.` };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { ok: false, message: 'Filen kunne ikke læses: den er ikke gyldig JSON. Vælg en fil, der er eksporteret fra Partnerskabsguiden.' };
    }
    if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
      return { ok: false, message: 'Filen er ikke en eksport af et forløb fra Partnerskabsguiden.' };
    }
    if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
      return { ok: false, message: 'Filen mangler et gyldigt versionsnummer.' };
    }
    if (data.version > CURRENT_VERSION) {
      return { ok: false, message: `Filen er fra en nyere udgave af Partnerskabsguiden (version ${data.version}) og kan ikke læses her.` };
    }
    if (this.list().length >= LIMITS.forloeb) {
      return { ok: false, message: `Du har allerede ${LIMITS.forloeb} forløb. Slet et, før du importerer.` };
    }
    const t = this.stamp();
    const read = readForloeb(data.forloeb, 'import', t);
    if ('error' in read) return { ok: false, message: `Filen kunne ikke importeres: ${read.error}. Intet er ændret.` };
    const f: Forloeb = { ...read, id: this.newId(), name: this.uniqueName(read.name) };
    this.state.forloeb[f.id] = f;
    this.state.activeId = f.id;
    this.save();
    return { ok: true, forloeb: f };
  }

  /** Markdown for a meeting agenda or an e-mail. User text is quoted as plain text. */
  exportMarkdown(outline: Outline, id = this.state.activeId): string {
    const f = this.state.forloeb[id]!;
    const lines: string[] = [`# ${mdText(f.name)}`, '', `Tjekliste fra Partnerskabsguiden, eksporteret ${this.stamp().slice(0, 10)}.`];
    const known = new Set<string>();
    const all: string[] = [];
    for (const phase of outline.phases) {
      for (const step of phase.steps) for (const item of step.items) all.push(item.id);
    }
    lines.push('', `${all.filter((i) => f.items[i]?.done).length} af ${all.length} punkter er klaret.`);
    for (const phase of outline.phases) {
      lines.push('', `## ${mdText(phase.label)}`);
      for (const step of phase.steps) {
        lines.push('', `### ${mdText(step.title)}`, '');
        for (const item of step.items) {
          known.add(item.id);
          const state = f.items[item.id];
          lines.push(`- [${state?.done ? 'x' : ' '}] ${mdText(item.text)}`);
          if (state?.note) lines.push(...state.note.split(/\r?\n/).map((l) => `  > ${mdText(l)}`));
        }
      }
    }
    const orphans = Object.entries(f.items).filter(([id, s]) => !known.has(id) && (s.done || s.note));
    if (orphans.length) {
      lines.push('', '## Punkter, der ikke længere står i guiden', '');
      for (const [itemId, s] of orphans) {
        lines.push(`- [${s.done ? 'x' : ' '}] ${itemId}`);
        if (s.note) lines.push(...s.note.split(/\r?\n/).map((l) => `  > ${mdText(l)}`));
      }
    }
    return `${lines.join('\n')}\n`;
  }
}

/** Escapes the characters that would turn plain text into Markdown or HTML. */
export function mdText(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|!])/g, '\\$1');
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** A file name for downloads: "mit-partnerskab.md". */
export function fileName(name: string, ext: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'forloeb'}.${ext}`;
}
