import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, apiTypesSource } from './openapi.ts';

describe("the web app's API types", () => {
  it("are generated from the server's current OpenAPI document (else: npm run api:types)", async () => {
    const onDisk = readFileSync(API_TYPES_FILE, 'utf8');
    const fresh = await apiTypesSource();
    expect(onDisk === fresh, `${API_TYPES_FILE} is out of date: run npm run api:types`).toBe(true);
  });
});
