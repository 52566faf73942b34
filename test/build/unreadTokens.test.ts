// script.js carries the kit's design tokens that something reads, and drops the rest: a token read
// by the CSS (`var(--x)`) or named in the code stays, one nothing reads goes, and so does one read
// only by a token that went.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutUnreadTokens } from '../../vite.config';

describe('design tokens nothing reads', () => {
  it('keeps what the CSS or the code reads, drops the rest, and a longer name is not a shorter one', () => {
    const css =
      ':root{--kit-white:#fff;--kit-white-smoke:#f1f1f1;--kit-shadow:0 0 1px var(--kit-grey);--kit-grey:#999;--kit-gold:gold}.a{color:var(--kit-white)}';
    expect(withoutUnreadTokens(css, "const theme = { color: 'var(--kit-gold)' };")).toBe(
      ':root{--kit-white:#fff;--kit-gold:gold}.a{color:var(--kit-white)}',
    );
  });

  it('never drops a token that a rule or a kept token reads, whatever tokens and reads there are', () => {
    const name = fc.constantFrom('a', 'b', 'c', 'a-b', 'b-c', 'c-a').map((n) => `--t-${n}`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.option(name, { nil: undefined })), { maxLength: 8 }),
        fc.array(name, { maxLength: 4 }),
        (decls, readsByRules) => {
          const root = decls.map(([token, reads]) => `${token}:${reads ? `var(${reads})` : '1px'};`).join('');
          const rules = readsByRules.map((token, i) => `.r${i}{margin:var(${token})}`).join('');
          const out = withoutUnreadTokens(`:root{${root}}${rules}`, '');
          expect(out.endsWith(rules)).toBe(true);
          for (const token of readsByRules) if (decls.some(([t]) => t === token)) expect(out).toContain(`${token}:`);
          // …nor one that a kept token reads in turn.
          for (const [token, reads] of decls) {
            if (reads && out.includes(`${token}:var(${reads})`) && decls.some(([t]) => t === reads))
              expect(out).toMatch(new RegExp(`${reads}:`));
          }
        },
      ),
      { seed: 1316, numRuns: 300 },
    );
  });
});
