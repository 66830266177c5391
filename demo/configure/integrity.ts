/**
 * The snippet's integrity hash (SRI): the SHA-384 of the dermakit.js this page serves, computed in the browser,
 * so the snippet pins exactly the file the marketer is told to host.
 */

export type Sri =
  | { readonly state: 'pending' }
  | { readonly state: 'ok'; readonly value: string }
  | { readonly state: 'error'; readonly message: string };

/** SHA-384 of the file the page serves, as an SRI value. */
async function integrityOf(url: string): Promise<string> {
  if (!globalThis.crypto?.subtle)
    throw new Error('this page is not served over https or localhost, so the browser offers no hashing');
  const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}; run npm run build`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/** The hash, or why there is none; never rejects. */
export function computeSri(url: string): Promise<Sri> {
  return integrityOf(url).then(
    (value): Sri => ({ state: 'ok', value }),
    (error: unknown): Sri => ({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
}
