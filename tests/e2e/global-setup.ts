import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ mangler: kør "npm run build" før browsertestene.');
  const { url, close } = await startServer({ dir: 'dist', port: 0 });
  project.provide('baseUrl', url);
  return close;
}
