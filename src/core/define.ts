/**
 * The one guarded `customElements.define()` of the kit.
 *
 * Page builders and caching plugins often put the script on a page twice. A plain `define()` throws on the
 * second load, so this skips a tag that is already registered: silently when the same dermakit version
 * registered it, with one warning naming both versions when another script did (the first one keeps working).
 */
import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { dermakitVersion?: string };

export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (existing) {
    const existingVersion = existing.dermakitVersion;
    if (existingVersion !== VERSION) {
      console.warn(
        `<${tag}>: already defined by ${existingVersion ? `dermakit ${existingVersion}` : 'another script'}; ` +
          `dermakit ${VERSION} keeps that definition. Load the script once per page.`,
      );
    }
    return;
  }
  (constructor as Versioned).dermakitVersion = VERSION;
  customElements.define(tag, constructor);
}
