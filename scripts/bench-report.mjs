// The benchmark's printed table (scripts/bench.mjs writes the same figures to
// bench-results/latest.json).
import { kb } from './bench-bytes.mjs';
import { seconds } from './bench-project.mjs';

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows
    .map((r) =>
      r.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('  '),
    )
    .join('\n');
}
const fmt = (v, digits = 0) => (v == null ? '–' : Number(v).toFixed(digits));

/** Prints the benchmark result as tables. */
export function printReport(result) {
  const RUNS = result.settings.runs;
  const m = result.machine;
  console.log(
    `\nPartnerskabsguiden – måling ${m.date.slice(0, 10)}, ${m.cpu}, ${m.cores} kerner, ${m.memoryGiB} GiB, ` +
      `Node ${m.node}, ${m.chromium}, Lighthouse ${m.versions.lighthouse ?? 'ikke installeret'}, commit ${m.commit}`,
  );
  console.log(
    `\nByg: astro ${seconds(result.build.astroMs)}, ` +
      `pagefind ${result.build.pagefindMs == null ? '–' : seconds(result.build.pagefindMs)} ` +
      `(${result.build.pagefindHow}), ${result.build.pages} sider`,
  );
  console.log(
    `\nFørste besøg pr. sidetype (tungeste side, gzip -9; fonte for sig) og Lighthouse mobil (median af ${RUNS}):`,
  );
  console.log(
    table([
      [
        'sidetype',
        'side',
        'HTML',
        'CSS',
        'JS',
        'i alt',
        'fonte',
        'perf',
        'a11y',
        'bp',
        'seo',
        'LCP ms',
        'TBT ms',
        'CLS',
      ],
      ...result.pageTypes.map((t) => [
        t.type,
        t.path,
        kb(t.htmlGz),
        kb(t.cssGz),
        kb(t.jsGz),
        kb(t.totalGz),
        kb(t.fonts),
        fmt(t.lighthouse?.performance),
        fmt(t.lighthouse?.accessibility),
        fmt(t.lighthouse?.bestPractices),
        fmt(t.lighthouse?.seo),
        fmt(t.lighthouse?.lcpMs),
        fmt(t.lighthouse?.tbtMs),
        fmt(t.lighthouse?.cls, 3),
      ]),
    ]),
  );
  const lhErrors = result.pageTypes.filter((t) => t.lighthouse?.error);
  for (const t of lhErrors) console.log(`  Lighthouse-fejl på ${t.path}: ${t.lighthouse.error.split('\n')[0]}`);
  const s = result.search.pagefindApi;
  console.log(
    `\nSøgning (${s.method}):\n` +
      `  første forespørgsel ${kb(s.firstQueryBytes ?? 0)} i ${fmt(s.firstQueryFiles)} filer, ` +
      `kold ${fmt(s.coldMs)} ms, varm ${fmt(s.warmMs)} ms (${fmt(s.warmQueryBytes)} bytes mere), ` +
      `${s.results} resultater`,
  );
  if (result.search.helper.gap) console.log(`  Søgesidens måling: HUL – ${result.search.helper.gap}`);
  else console.log(`  Søgesidens måling (scripts/bench-search.mjs): ${JSON.stringify(result.search.helper.result)}`);
  if (result.scale.length) {
    console.log('\nSkala (syntetiske cases i en midlertidig kopi):');
    console.log(
      table([
        ['cases', 'sider', 'astro', 'pagefind', 'indeks', '1. søgning', 'kold ms', 'varm ms', 'caseoversigt gz'],
        ...[
          {
            realCases: result.build.cases,
            syntheticCases: 0,
            pages: result.build.pages,
            astroMs: result.build.astroMs,
            pagefindMs: result.build.pagefindMs,
            pagefindIndexBytes: result.build.pagefindIndexBytes,
            search: s,
            caseIndex: { total: result.pageTypes.find((t) => t.type === 'caseoversigt')?.totalGz },
          },
          ...result.scale,
        ].map((r) => [
          `${r.realCases} + ${r.syntheticCases}`,
          r.pages,
          seconds(r.astroMs),
          r.pagefindMs == null ? '–' : seconds(r.pagefindMs),
          r.pagefindIndexBytes == null ? '–' : kb(r.pagefindIndexBytes),
          kb(r.search?.firstQueryBytes ?? 0),
          fmt(r.search?.coldMs),
          fmt(r.search?.warmMs),
          r.caseIndex?.total == null ? '–' : kb(r.caseIndex.total),
        ]),
      ]),
    );
  }
}
