/**
 * `make()`'s promise for `key`, made once and shared by every later call while it is pending or fulfilled; a
 * rejected one is forgotten, so the next call for that key tries again. For work a reader may ask for twice (a
 * page fetched for several problems, a calculator brought in while its first press is still loading).
 */
export function onceUntilFailure<K, T>(cache: Map<K, Promise<T>>, key: K, make: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = make();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}
