/** The kit's version; `define()` compares it when a tag is already registered. Kept in step with package.json by a test. */
export const VERSION = '0.1.0';
