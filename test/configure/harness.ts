/**
 * The configurator tests' shared fixtures: a fresh configuration (optionally changed) and an author string that
 * must come out inert wherever it is written.
 */
import { type Config, defaultConfig } from '../../demo/configure/config.js';

export const BASE = 'https://clinic.example/demo/configure.html';

/** The configurator's starting configuration, with `change` applied. */
export const fresh = (change: (config: Config) => void = () => {}): Config => {
  const config = defaultConfig(BASE);
  change(config);
  return config;
};

/** Markup, an entity and a shortcode: every output must show it as text. */
export const PAYLOAD = `<img src=x onerror="alert('x')"> & [dermakit_faq]`;
