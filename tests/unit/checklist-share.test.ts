import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SHARE_LINK_MAX,
  decodeShare,
  describeShared,
  encodeShare,
  shareDataFromHash,
} from '../../src/client/tjekliste/on-demand/share-codec';
import { LIMITS } from '../../src/client/tjekliste/store/model';
import { SHARE_MESSAGES } from '../../src/client/tjekliste/on-demand/strings';
import { sanitizeUserText } from '../../src/client/tjekliste/store/text';
import { deflateRawSync } from 'node:zlib';
import publishedIds from '../../src/content/tjekliste/udgivne-id.json';

const ids = publishedIds as string[];
const SHARED_AT = '2026-12-02T14:00:00.000Z';

const sample = {
  name: 'Sundhedspartnerskab Lolland',
  items: {
    [ids[0]!]: { done: true },
    [ids[1]!]: { done: false, note: 'Drøftes på styregruppemødet\nmed »citat« & <b>fed</b>' },
    [ids[2]!]: { done: true, note: 'Aftalt' },
  },
};

describe('share link codec', () => {
  it('round-trips name, ticks and notes; items without a tick or note are left out', async () => {
    const data = await encodeShare({ ...sample, items: { ...sample.items, [ids[3]!]: { done: false } } }, SHARED_AT);
    expect(data).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = await decodeShare(data);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.tjekliste.name).toBe(sample.name);
    expect(back.tjekliste.items).toEqual(sample.items);
    expect(describeShared(back.tjekliste, ids)).toMatchObject({ done: 2, total: ids.length, notes: 2, unknown: [] });
    expect(back.sharedAt).toBe(SHARED_AT);
    expect(back.newer).toBe(false);
  });

  it('a tjekliste with every item ticked and 10 notes of 200 characters stays well under the link limit', async () => {
    const items = Object.fromEntries(
      ids.map((id, i) => [
        id,
        i < 10
          ? { done: true, note: `Note ${i}: ${'aftalt med kommunen og regionen, '.repeat(10)}`.slice(0, 200) }
          : { done: true },
      ]),
    );
    const data = await encodeShare({ name: 'Sundhedspartnerskab Lolland', items }, SHARED_AT);
    expect(data.length).toBeLessThan(SHARE_LINK_MAX / 2);
    const back = await decodeShare(data);
    expect(back.ok && back.tjekliste.items).toEqual(items);
  });

  it('refuses an oversized fragment by its length, before decoding', async () => {
    const result = await decodeShare('A'.repeat(SHARE_LINK_MAX + 1));
    expect(result).toEqual({ ok: false, message: SHARE_MESSAGES.tooLong(SHARE_LINK_MAX + 1, SHARE_LINK_MAX) });
    expect(result.ok || result.message).toMatch(/for langt.*sikkerhedskopi/);
  });

  it('refuses a tampered fragment with a Danish message', async () => {
    const data = await encodeShare(sample, SHARED_AT);
    const cut = await decodeShare(data.slice(0, Math.floor(data.length / 2)));
    expect(cut).toEqual({ ok: false, message: SHARE_MESSAGES.damaged });
    expect(await decodeShare(`${data}!`)).toEqual({ ok: false, message: SHARE_MESSAGES.damaged });
    expect(await decodeShare('')).toEqual({ ok: false, message: SHARE_MESSAGES.damaged });
  });

  it('refuses an invalid item id or an over-long note through the import validation', async () => {
    const hostile = await encodeShare(
      { name: 'x', items: { '<img src=x onerror=alert(1)>': { done: true } } },
      SHARED_AT,
    );
    const r1 = await decodeShare(hostile);
    expect(r1.ok).toBe(false);
    const refused = /^Tjeklisten kunne ikke læses: .*navn, siden ikke kender.*Intet er ændret\.$/;
    expect(!r1.ok && r1.message).toMatch(refused);
    const long = await encodeShare(
      {
        name: 'x',
        items: { [ids[0]!]: { done: true, note: 'n'.repeat(LIMITS.noteLength + 1) } },
      },
      SHARED_AT,
    );
    expect((await decodeShare(long)).ok).toBe(false);
    const proto = await encodeShare({ name: 'x', items: JSON.parse('{"__proto__":{"done":true}}') }, SHARED_AT);
    const r3 = await decodeShare(proto);
    expect(r3.ok).toBe(false);
    expect(({} as Record<string, unknown>).done).toBeUndefined();
  });

  it('reads the data only from a "#del=" hash', () => {
    expect(shareDataFromHash('#del=abc')).toBe('abc');
    expect(shareDataFromHash('#braendende-problem')).toBeNull();
    expect(shareDataFromHash('')).toBeNull();
  });

  it('property: random and tampered input never throws; text that goes in comes back the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (junk) => {
        const result = await decodeShare(junk);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 200 },
    );
    const note = fc.string({ unit: 'grapheme', maxLength: 200 });
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
        fc.dictionary(fc.constantFrom(...ids.slice(0, 12)), fc.record({ done: fc.boolean(), note }), { maxKeys: 12 }),
        fc.nat(),
        async (name, items, flip) => {
          const data = await encodeShare({ name, items }, SHARED_AT);
          const back = await decodeShare(data);
          // Valid input always comes back, and every note as the same text, cleaned as the store cleans all
          // user text (line breaks such as U+2028 become \n; control and bidi characters go): markup stays text.
          expect(back.ok).toBe(true);
          if (back.ok) {
            for (const [id, state] of Object.entries(items)) {
              if (state.note?.trim()) expect(back.tjekliste.items[id]?.note).toBe(sanitizeUserText(state.note));
            }
          }
          // A flipped character somewhere never throws.
          const i = flip % Math.max(1, data.length);
          const tampered = data.slice(0, i) + (data[i] === 'A' ? 'B' : 'A') + data.slice(i + 1);
          const t = await decodeShare(tampered);
          expect(typeof t.ok).toBe('boolean');
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** A link's data made by hand, as an older or newer version of the site would have made it. */
const rawLink = (payload: unknown) => Buffer.from(deflateRawSync(JSON.stringify(payload))).toString('base64url');

describe('share links carry the time of each tick and note', () => {
  it('round-trips the times (to the second) and the time of sharing', async () => {
    const items = {
      [ids[0]!]: { done: true, doneAt: '2026-11-30T09:15:42.000Z' },
      [ids[1]!]: { done: false, doneAt: '2026-11-30T09:16:00.000Z', note: 'ring', noteAt: '2026-11-30T09:17:01.000Z' },
    };
    const back = await decodeShare(await encodeShare({ name: 'Team', items }, SHARED_AT));
    expect(back.ok && back.tjekliste.items).toEqual(items);
  });

  it('keeps an unticking, so a merge can carry it', async () => {
    const items = { [ids[0]!]: { done: false, doneAt: '2026-11-30T09:15:42.000Z' } };
    const back = await decodeShare(await encodeShare({ name: 'Team', items }, SHARED_AT));
    expect(back.ok && back.tjekliste.items).toEqual(items);
  });

  it('reads a link made before times were shared: ticks and notes without times', async () => {
    const back = await decodeShare(
      rawLink({ f: 'pg-del', v: 1, n: 'Gammelt link', i: { [ids[0]!]: [1], [ids[1]!]: [0, 'en note'] } }),
    );
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.tjekliste.items).toEqual({ [ids[0]!]: { done: true }, [ids[1]!]: { done: false, note: 'en note' } });
    expect(back.sharedAt).toBeUndefined();
    expect(back.newer).toBe(false);
  });

  it('reads a newer version’s link as far as it can, and says it is newer', async () => {
    const back = await decodeShare(
      rawLink({
        f: 'pg-del',
        v: 7,
        n: 'Fra fremtiden',
        t: 1764684000,
        x: 'ukendt',
        i: { [ids[0]!]: [1, 1764684000, 'a', 0, 9] },
      }),
    );
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.newer).toBe(true);
    expect(back.tjekliste.items[ids[0]!]).toMatchObject({ done: true, note: 'a' });
  });

  it('a newer link it cannot read at all is refused with the newer-version message', async () => {
    const back = await decodeShare(rawLink({ f: 'pg-del', v: 7, n: 'x', i: 'en helt ny form' }));
    expect(back).toEqual({ ok: false, message: SHARE_MESSAGES.newer });
  });

  it('names the items the guide does not have, so the preview can say they are not used', async () => {
    const back = await decodeShare(
      rawLink({ f: 'pg-del', v: 2, n: 'x', t: 0, i: { 'udgaaet-punkt': [1, 0], [ids[0]!]: [1, 0] } }),
    );
    expect(back.ok && describeShared(back.tjekliste, ids).unknown).toEqual(['udgaaet-punkt']);
  });
});
