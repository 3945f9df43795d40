/**
 * "Del": a tjekliste's name, ticks and notes, with the time of each, packed
 * into a URL fragment (never sent to a server). JSON → UTF-8 →
 * CompressionStream('deflate-raw') → base64url; decoding reverses it and runs
 * the import's validation. The times let the reader merge the link into their
 * own tjekliste, newer over older. Pure and DOM-free (the streams exist in
 * browsers and Node), so unit tests cover it. Decoding never throws: every
 * failure is a Danish message.
 */
import type { Tjekliste, ItemState } from '../store/model';
import { validateTjekliste } from './file';
import { SHARE_MESSAGES } from './strings';

/** The fragment's prefix: https://…/procesguide/foer/#del=<data>. */
export const SHARE_PREFIX = 'del=';
/**
 * Longest link we hand out or accept. Outlook and several webmail clients
 * break or cut links somewhere above ~8,000 characters; 6,000 leaves room for
 * the address in front (docs/decisions/0022-share-link-in-fragment.md).
 */
export const SHARE_LINK_MAX = 6000;
/** Decompressed payload cap, so a small link cannot expand into megabytes. */
const INFLATED_MAX = 256 * 1024;
const FORMAT = 'pg-del';
/** 1: ticks and notes; 2: with the time of each and of the sharing. */
const VERSION = 2;

export type DecodeResult =
  | {
      ok: true;
      forloeb: Tjekliste;
      /** When the link was made (ISO time); absent in links from before times were shared. */
      sharedAt?: string;
      /** Made by a newer version of the site: what this page does not know was left out. */
      newer: boolean;
    }
  | { ok: false; message: string };

/** An item in the link: [done], [done, doneAt] or [done, doneAt, note, noteAt]; times in seconds, 0 for none. */
type PackedItem = [number] | [number, number] | [number, number, string, number];
const toSeconds = (iso?: string): number => (iso ? Math.floor(Date.parse(iso) / 1000) : 0);
const fromSeconds = (s: unknown): string | undefined =>
  typeof s === 'number' && Number.isInteger(s) && s > 0 && s < 1e11 ? new Date(s * 1000).toISOString() : undefined;

const toBase64Url = (bytes: Uint8Array): string => {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  max = Infinity,
): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The fragment data (without "#del=") for a tjekliste: its name, ticks and notes with their times. */
export async function encodeShare(forloeb: Pick<Tjekliste, 'name' | 'items'>, sharedAt: string): Promise<string> {
  // No prototype: a key like "__proto__" stays a plain key (and is refused when read back).
  const items = Object.create(null) as Record<string, PackedItem>;
  for (const [id, s] of Object.entries(forloeb.items)) {
    const done = s.done ? 1 : 0;
    if (s.note) items[id] = [done, toSeconds(s.doneAt), s.note, toSeconds(s.noteAt)];
    else if (s.done || s.doneAt || s.noteAt) items[id] = [done, toSeconds(s.doneAt)];
  }
  const json = JSON.stringify({ f: FORMAT, v: VERSION, n: forloeb.name, t: toSeconds(sharedAt), i: items });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return toBase64Url(packed ?? new Uint8Array());
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One packed item in the store's shape; null when it is not that form. Extra entries (a newer version's) are left. */
function unpackItem(v: unknown, strict: boolean): ItemState | null {
  if (!Array.isArray(v) || (v[0] !== 0 && v[0] !== 1) || (strict && v.length > 4)) return null;
  const state: ItemState = { done: v[0] === 1 };
  const doneAt = fromSeconds(v[1]);
  if (doneAt) state.doneAt = doneAt;
  if (v.length >= 3) {
    if (typeof v[2] !== 'string') return null;
    if (v[2]) state.note = v[2];
    const noteAt = fromSeconds(v[3]);
    if (noteAt) state.noteAt = noteAt;
  }
  return state;
}

/** Reads the compact item form back into the store's shape; null when it is not that form. */
function unpackItems(raw: unknown, strict: boolean): Record<string, ItemState> | null {
  if (!isRecord(raw)) return null;
  const items: Record<string, ItemState> = {};
  for (const [id, v] of Object.entries(raw)) {
    // Version 1 had [done] and [done, note].
    const packed = Array.isArray(v) && v.length === 2 && typeof v[1] === 'string' ? [v[0], 0, v[1], 0] : v;
    const state = unpackItem(packed, strict);
    if (!state) return null;
    // defineProperty: an id like "__proto__" becomes an own key (and is then refused by validation), never a prototype.
    Object.defineProperty(items, id, { value: state, enumerable: true, writable: true, configurable: true });
  }
  return items;
}

/** Decodes fragment data (without "#del="). Never throws. */
export async function decodeShare(data: string): Promise<DecodeResult> {
  try {
    if (data.length > SHARE_LINK_MAX)
      return { ok: false, message: SHARE_MESSAGES.tooLong(data.length, SHARE_LINK_MAX) };
    const bytes = fromBase64Url(data);
    if (!bytes?.length) return { ok: false, message: SHARE_MESSAGES.damaged };
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), INFLATED_MAX).catch(() => null);
    if (!inflated) return { ok: false, message: SHARE_MESSAGES.damaged };
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    } catch {
      return { ok: false, message: SHARE_MESSAGES.damaged };
    }
    if (!isRecord(parsed) || parsed.f !== FORMAT) return { ok: false, message: SHARE_MESSAGES.foreign };
    if (typeof parsed.v !== 'number' || !Number.isInteger(parsed.v) || parsed.v < 1)
      return { ok: false, message: SHARE_MESSAGES.damaged };
    // A newer version's link is read as far as this version understands it; the preview says so.
    const newer = parsed.v > VERSION;
    const items = unpackItems(parsed.i, !newer);
    if (!items) return { ok: false, message: newer ? SHARE_MESSAGES.newer : SHARE_MESSAGES.damaged };
    const checked = validateTjekliste({ name: parsed.n, items });
    if (!checked.ok) return { ok: false, message: SHARE_MESSAGES.invalid(checked.message) };
    const sharedAt = fromSeconds(parsed.t);
    return { ok: true, forloeb: checked.forloeb, newer, ...(sharedAt ? { sharedAt } : {}) };
  } catch {
    return { ok: false, message: SHARE_MESSAGES.damaged };
  }
}

/** The share data in a location hash ("#del=…"), or null when the hash is something else. */
export function shareDataFromHash(hash: string): string | null {
  return hash.startsWith(`#${SHARE_PREFIX}`) ? hash.slice(SHARE_PREFIX.length + 1) : null;
}

/** What a decoded tjekliste holds, for the preview: counts over the guide's items, and ids the guide lacks. */
export function describeShared(
  forloeb: Pick<Tjekliste, 'items'>,
  allItemIds: readonly string[],
): { done: number; total: number; notes: number; unknown: string[] } {
  const known = new Set(allItemIds);
  const has = (id: string) => Object.hasOwn(forloeb.items, id);
  return {
    done: allItemIds.filter((id) => has(id) && forloeb.items[id]!.done).length,
    total: allItemIds.length,
    notes: allItemIds.filter((id) => has(id) && forloeb.items[id]!.note).length,
    unknown: Object.keys(forloeb.items).filter((id) => !known.has(id)),
  };
}
