/**
 * »Del«: a tjekliste's name, ticks and notes with the time of each, in a URL fragment that never reaches a
 * server (JSON → deflate-raw → base64url). Decoding runs the import's validation and never throws: every
 * failure is a Danish message. DOM-free, so unit tests cover it.
 */
import { dict, isRecord, type ItemState, type Tjekliste } from '../store/model';
import { validateTjekliste } from './file';
import { SHARE_MESSAGES } from './strings';

export const SHARE_PREFIX = 'del=';
/** Outlook and webmail break links above ~8,000 characters; this leaves room for the address. */
export const SHARE_LINK_MAX = 6000;
/** So a small link cannot expand into megabytes. */
const INFLATED_MAX = 256 * 1024;
const FORMAT = 'pg-del';
/** 1: ticks and notes; 2: with the time of each and of the sharing. */
const VERSION = 2;

export type DecodeResult =
  | {
      ok: true;
      tjekliste: Tjekliste;
      /** When the link was made; absent in links from before times were shared. */
      sharedAt?: string;
      /** Made by a newer version of the site: read as far as this version understands it. */
      newer: boolean;
    }
  | { ok: false; message: string };

/** An item in the link: [done], [done, doneAt] or [done, doneAt, note, noteAt]; times in seconds, 0 for none. */
type PackedItem = [number] | [number, number] | [number, number, string, number];
const toSeconds = (iso?: string): number => (iso ? Math.floor(Date.parse(iso) / 1000) : 0);
const fromSeconds = (s: unknown): string | undefined =>
  typeof s === 'number' && Number.isInteger(s) && s > 0 && s < 1e11 ? new Date(s * 1000).toISOString() : undefined;

/** The bytes through a (de)compression stream; null past `max`. */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max = Infinity) {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(r.value);
  }
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

/** The fragment data (without "#del=") for a tjekliste. */
export async function encodeShare(tjekliste: Pick<Tjekliste, 'name' | 'items'>, sharedAt: string): Promise<string> {
  const items = dict<PackedItem>();
  for (const [id, s] of Object.entries(tjekliste.items)) {
    const done = s.done ? 1 : 0;
    if (s.note) items[id] = [done, toSeconds(s.doneAt), s.note, toSeconds(s.noteAt)];
    else if (s.done || s.doneAt || s.noteAt) items[id] = [done, toSeconds(s.doneAt)];
  }
  const json = JSON.stringify({ f: FORMAT, v: VERSION, n: tjekliste.name, t: toSeconds(sharedAt), i: items });
  let bin = '';
  for (const b of (await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'))) ?? []) {
    bin += String.fromCharCode(b);
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The packed items in the store's shape; null when one is not that form (a newer version may add entries). */
function unpackItems(raw: unknown, strict: boolean): Record<string, ItemState> | null {
  if (!isRecord(raw)) return null;
  const items = dict<ItemState>();
  for (const [id, packed] of Object.entries(raw)) {
    // Version 1 had [done] and [done, note].
    const v =
      Array.isArray(packed) && packed.length === 2 && typeof packed[1] === 'string'
        ? [packed[0], 0, packed[1], 0]
        : packed;
    if (!Array.isArray(v) || (v[0] !== 0 && v[0] !== 1) || (strict && v.length > 4)) return null;
    if (v.length >= 3 && typeof v[2] !== 'string') return null;
    const [doneAt, noteAt] = [fromSeconds(v[1]), fromSeconds(v[3])];
    items[id] = {
      done: v[0] === 1,
      ...(doneAt ? { doneAt } : {}),
      ...(v[2] ? { note: v[2] as string } : {}),
      ...(noteAt ? { noteAt } : {}),
    };
  }
  return items;
}

/** Decodes fragment data (without "#del="). Never throws. */
export async function decodeShare(data: string): Promise<DecodeResult> {
  const fail = (message: string) => ({ ok: false, message }) as const;
  try {
    if (data.length > SHARE_LINK_MAX) return fail(SHARE_MESSAGES.tooLong(data.length, SHARE_LINK_MAX));
    if (!/^[A-Za-z0-9_-]+$/.test(data) || data.length % 4 === 1) return fail(SHARE_MESSAGES.damaged);
    const bytes = Uint8Array.from(atob(data.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), INFLATED_MAX);
    if (!inflated) return fail(SHARE_MESSAGES.damaged);
    const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    if (!isRecord(parsed) || parsed.f !== FORMAT) return fail(SHARE_MESSAGES.foreign);
    if (!Number.isInteger(parsed.v) || (parsed.v as number) < 1) return fail(SHARE_MESSAGES.damaged);
    const newer = (parsed.v as number) > VERSION;
    const items = unpackItems(parsed.i, !newer);
    if (!items) return fail(newer ? SHARE_MESSAGES.newer : SHARE_MESSAGES.damaged);
    const checked = validateTjekliste({ name: parsed.n, items });
    if (!checked.ok) return fail(SHARE_MESSAGES.invalid(checked.message));
    const sharedAt = fromSeconds(parsed.t);
    return { ok: true, tjekliste: checked.tjekliste, newer, ...(sharedAt ? { sharedAt } : {}) };
  } catch {
    // Bad base64, a broken stream, bytes that are no UTF-8 or no JSON.
    return fail(SHARE_MESSAGES.damaged);
  }
}

/** The share data in a location hash ("#del=…"), or null when the hash is something else. */
export function shareDataFromHash(hash: string): string | null {
  return hash.startsWith(`#${SHARE_PREFIX}`) ? hash.slice(SHARE_PREFIX.length + 1) : null;
}

/** What a decoded tjekliste holds for this guide: the items it has (the rest cannot be used), and counts. */
export function describeShared(tjekliste: Pick<Tjekliste, 'items'>, allItemIds: readonly string[]) {
  const known = new Set(allItemIds);
  const usable = dict<ItemState>();
  for (const [id, s] of Object.entries(tjekliste.items)) if (known.has(id)) usable[id] = s;
  const states = Object.values(usable);
  return {
    usable,
    done: states.filter((s) => s.done).length,
    total: allItemIds.length,
    notes: states.filter((s) => s.note).length,
    unknown: Object.keys(tjekliste.items).filter((id) => !known.has(id)),
  };
}
