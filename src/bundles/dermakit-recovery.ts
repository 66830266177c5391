/**
 * Entry of dist/dermakit-recovery.js: `<dk-recovery>` with the widgets it drives (healing timeline, collagen gauge,
 * treatment plan), with Lit inside. One script for a recovery page: the section is rarely used without them, and the
 * three share most of their code with it (days, phases, the recovery state).
 */
import '../core/context-root.js';
import '../recovery/index.js';
import '../timeline/index.js';
import '../gauge/index.js';
import '../plan/index.js';
