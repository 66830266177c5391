/**
 * Entry of dist/dermakit-timeline.js: only <dk-healing-timeline> and <dk-phase>, with Lit inside, for a page that
 * uses no other widget. Safe beside dist/dermakit.js or another element's script: whichever loads first defines a
 * tag, the other skips it.
 */
import '../core/context-root.js';
import '../timeline/index.js';
