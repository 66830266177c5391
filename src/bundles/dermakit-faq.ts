/**
 * Entry of dist/dermakit-faq.js: only <dk-faq> and <dk-faq-item>, with Lit inside, for a page that uses no other
 * widget. Safe beside dist/dermakit.js or another element's script: whichever loads first defines a tag, the other
 * skips it.
 */
import '../core/context-root.js';
import '../faq/index.js';
