/**
 * Entry of dist/dermakit.js, the one-script kit. Registering the elements is its only side effect.
 * The context root comes first: it must be listening before any element upgrades.
 */
import './core/context-root.js';
import './faq/index.js';
import './recovery/index.js';
import './timeline/index.js';
import './gauge/index.js';
import './plan/index.js';
import './before-after/index.js';
