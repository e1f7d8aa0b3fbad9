import { describe, expect, it } from 'vitest';
import { matchPath } from './router.ts';

describe('matchPath', () => {
  it('matches literal segments and captures decoded parameters', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/imports', '/imports')).toEqual({});
    expect(matchPath('/debtors/:id', '/debtors/3f2a-9%20x')).toEqual({ id: '3f2a-9 x' });
  });

  it('rejects other paths, extra or missing segments and malformed escapes', () => {
    expect(matchPath('/imports', '/debtors')).toBeNull();
    expect(matchPath('/debtors/:id', '/debtors')).toBeNull();
    expect(matchPath('/debtors/:id', '/debtors/a/b')).toBeNull();
    expect(matchPath('/debtors/:id', '/debtors/%E0%A4%A')).toBeNull();
  });
});
