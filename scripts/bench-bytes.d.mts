// Types for scripts/bench-bytes.mjs (used by tests/build/budgets.test.ts).
export interface Visit {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  fonts: number;
  fontFiles: string[];
  files: { path: string; kind: string; gz: number }[];
  fontFaces: { family: string; display: string | null; src: string[] }[];
  missing: string[];
}
export interface PageTypeWeight {
  type: string;
  pages: number;
  heaviest: Visit | null;
  all: Visit[];
}
export function firstVisit(dist: string, pagePath: string): Visit;
export function hasChecklistOrSearch(dist: string, pagePath: string): boolean;
export function pageType(pagePath: string, options?: { dist?: string; content?: string }): string;
export const PAGE_TYPES: string[];
export function weighByType(dist?: string, options?: { content?: string }): PageTypeWeight[];
export function pagePaths(dist?: string): string[];
export function kb(bytes: number): string;
export function gzSize(file: string): number;
