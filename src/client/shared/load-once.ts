/**
 * A module loaded on demand, once: every caller shares the same load; a failed load is forgotten, so the next
 * call tries again (a network hiccup does not disable the feature until reload).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
