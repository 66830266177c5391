/** The configurator page's script (bundled into dist/configure.js): mounts the app; the kit comes from dist/dermakit.js. */
import { mountConfigurator } from './app.js';

const root = document.getElementById('configurator');
if (root) mountConfigurator(root);
