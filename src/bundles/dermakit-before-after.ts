/**
 * Entry of dist/dermakit-before-after.js: only <dk-before-after>, with Lit inside, for a page that uses no other
 * widget. Safe beside dist/dermakit.js or another element's script: whichever loads first defines a tag, the other
 * skips it.
 */
import '../core/context-root.js';
import '../before-after/index.js';
