import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, apiTypesSource } from '../src/openapi.ts';

writeFileSync(API_TYPES_FILE, await apiTypesSource());
process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
