// wawoff2 ships no types: the one function the build uses (./og-integration).
declare module 'wawoff2' {
  export function decompress(woff2: Uint8Array): Promise<Uint8Array>;
}
