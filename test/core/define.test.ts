import { expect } from '@open-wc/testing';
import { define } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';
import { captureWarnings } from '../helpers.js';

describe('define()', () => {
  it('registers a tag once and skips a second registration without throwing', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('dk-test-define-once', First);
    expect(() => define('dk-test-define-once', Second)).not.to.throw();
    expect(customElements.get('dk-test-define-once')).to.equal(First);
  });

  it('warns, naming both versions, when another script registered the tag', async () => {
    class Foreign extends HTMLElement {}
    customElements.define('dk-test-define-foreign', Foreign);
    const warnings = await captureWarnings(() => define('dk-test-define-foreign', class extends HTMLElement {}));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<dk-test-define-foreign>').and.contain(VERSION);
  });

  it('matches the version in package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
