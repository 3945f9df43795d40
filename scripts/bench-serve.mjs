// The benchmark's server: scripts/serve.mjs (same headers, directory URLs,
// 404.html) with gzip on, as a production host or CDN would compress, so
// Lighthouse and the search measurement see realistic transfer sizes.
// Loopback only.
import { startServer } from './serve.mjs';

export function startBenchServer(dir) {
  return startServer({ dir, port: 0, host: '127.0.0.1', gzip: true });
}
