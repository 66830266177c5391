/**
 * The shareable link: the whole configuration lives in the URL fragment (`fragment.ts`), written while the
 * marketer types, followed when they go to another link (back, or a pasted one), and copied by "Copy link to this
 * configuration". Nothing is sent and nothing is stored.
 */
import { html, type TemplateResult } from 'lit';
import { type Config, defaultConfig } from './config.js';
import { copyText } from './copy.js';
import { type Decoded, decodeFragment, encodeFragment } from './fragment.js';
import type { StatusLines } from './status.js';

/** While typing, at most one address update per this many ms: Safari throws past 100 `replaceState` in 10 s. */
const WRITE_PAUSE = 400;

export interface LinkOptions {
  /** Keep the configuration in `location.hash`; off, the link is still offered but the address is left alone. */
  readonly useHash: boolean;
  /** The address the default images are resolved against. */
  readonly base: string;
  /** The configuration as it is now. */
  readonly config: () => Config;
  /** The visitor went to another link: show what it holds (with the error, when it could not be read). */
  readonly follow: (decoded: Decoded) => void;
}

/** The configuration the page opens with: the address's, else the defaults. */
export function openingConfig(useHash: boolean, base: string): Decoded {
  return useHash ? decodeFragment(location.hash, base) : { config: defaultConfig(base) };
}

export class ConfigLink {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: LinkOptions) {
    window.addEventListener('hashchange', this.handleHashChange);
  }

  /** Puts the configuration in the address now. */
  writeNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.options.useHash) return;
    const fragment = encodeFragment(this.options.config(), this.options.base);
    try {
      if (location.hash !== fragment) history.replaceState(history.state, '', fragment);
    } catch {
      // Safari allows 100 replaceState calls in 10 s: the next write (or Copy link) catches up.
    }
  }

  /** Puts the configuration in the address shortly (one write for a burst of keys). */
  writeSoon(): void {
    if (this.options.useHash && this.timer === undefined) this.timer = setTimeout(() => this.writeNow(), WRITE_PAUSE);
  }

  /** The link to this configuration. */
  href(): string {
    this.writeNow();
    const { useHash, config, base } = this.options;
    return useHash ? location.href : `${location.href.split('#')[0]}${encodeFragment(config(), base)}`;
  }

  /** "Copy link to this configuration", its status, and why it is safe to share. */
  shareLine(id: (name: string) => string, status: StatusLines): TemplateResult {
    const share = () => {
      const link = this.href();
      void copyText(link, null).then((result) =>
        status.show('share', result === 'copied' ? 'Link copied.' : `Copy this link: ${link}`),
      );
    };
    return html`<div class="cfg-share">
              <button type="button" id=${id('share')} @click=${share}>Copy link to this configuration</button>
              <span class="cfg-status" role="status" id=${id('share-status')}>${status.of('share')}</span>
              <p class="cfg-hint">The settings are in the link itself: nothing is sent or stored.</p>
            </div>`;
  }

  stop(): void {
    window.removeEventListener('hashchange', this.handleHashChange);
    clearTimeout(this.timer);
  }

  private readonly handleHashChange = (): void => {
    const { useHash, config, base, follow } = this.options;
    if (!useHash) return;
    // The visitor went to another link: it wins over a write still waiting.
    clearTimeout(this.timer);
    this.timer = undefined;
    if (location.hash === encodeFragment(config(), base)) return;
    follow(decodeFragment(location.hash, base));
  };
}
