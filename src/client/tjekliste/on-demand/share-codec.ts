/**
 * "Del med en kollega": a forløb's ticks and notes packed into a URL fragment
 * (never sent to a server). JSON → UTF-8 → CompressionStream('deflate-raw') →
 * base64url; decoding reverses it and runs the import's validation. Pure and
 * DOM-free (the streams exist in browsers and Node), so unit tests cover it.
 * Decoding never throws: every failure is a Danish message.
 */
import type { Forloeb, ItemState } from '../store/model';
import { validateForloeb } from './validate-import';
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
const VERSION = 1;

export type DecodeResult = { ok: true; forloeb: Forloeb } | { ok: false; message: string };

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

/** The fragment data (without "#del=") for a forløb: its name, ticks and notes. */
export async function encodeShare(forloeb: Pick<Forloeb, 'name' | 'items'>): Promise<string> {
  // No prototype: a key like "__proto__" stays a plain key (and is refused when read back).
  const items = Object.create(null) as Record<string, [number] | [number, string]>;
  for (const [id, s] of Object.entries(forloeb.items)) {
    if (s.note) items[id] = [s.done ? 1 : 0, s.note];
    else if (s.done) items[id] = [1];
  }
  const json = JSON.stringify({ f: FORMAT, v: VERSION, n: forloeb.name, i: items });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return toBase64Url(packed ?? new Uint8Array());
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the compact item form back into the store's shape; null when it is not that form. */
function unpackItems(raw: unknown): Record<string, ItemState> | null {
  if (!isRecord(raw)) return null;
  const items: Record<string, ItemState> = {};
  for (const [id, v] of Object.entries(raw)) {
    if (!Array.isArray(v) || (v[0] !== 0 && v[0] !== 1) || v.length > 2) return null;
    if (v.length === 2 && typeof v[1] !== 'string') return null;
    // defineProperty: an id like "__proto__" becomes an own key (and is then refused by validation), never a prototype.
    Object.defineProperty(items, id, {
      value: v.length === 2 ? { done: v[0] === 1, note: v[1] } : { done: v[0] === 1 },
      enumerable: true,
      writable: true,
      configurable: true,
    });
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
    if (typeof parsed.v !== 'number' || parsed.v > VERSION) return { ok: false, message: SHARE_MESSAGES.newer };
    const items = unpackItems(parsed.i);
    if (!items) return { ok: false, message: SHARE_MESSAGES.damaged };
    const checked = validateForloeb({ name: parsed.n, items });
    return checked.ok ? checked : { ok: false, message: SHARE_MESSAGES.invalid(checked.message) };
  } catch {
    return { ok: false, message: SHARE_MESSAGES.damaged };
  }
}

/** The share data in a location hash ("#del=…"), or null when the hash is something else. */
export function shareDataFromHash(hash: string): string | null {
  return hash.startsWith(`#${SHARE_PREFIX}`) ? hash.slice(SHARE_PREFIX.length + 1) : null;
}

/** What a decoded forløb holds, for the question before saving it. */
export function describeShared(
  forloeb: Pick<Forloeb, 'items'>,
  allItemIds: readonly string[],
): { done: number; total: number; notes: number } {
  const has = (id: string) => Object.hasOwn(forloeb.items, id);
  return {
    done: allItemIds.filter((id) => has(id) && forloeb.items[id]!.done).length,
    total: allItemIds.length,
    notes: Object.values(forloeb.items).filter((s) => s.note).length,
  };
}
