import path from 'node:path';

/** Where vitest's global setup leaves a migrated embedded database for the tests to start from. */
export const TEMPLATE_PATH = path.resolve('node_modules/.cache/evs/test-template.tgz');
