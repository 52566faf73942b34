// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); jest-dom matchers everywhere.
import '@testing-library/jest-dom/vitest';

// Testing Library's findBy/waitFor give up after 1 s by default, while what component tests wait
// for goes through the real 7 requests/s scheduler (a card read, a move of ten requests), which on
// a loaded machine takes longer: a wait ends when the outcome shows, so a generous limit costs
// nothing when all is well and only turns "slow" from failed into passed. Test budget: 60 s.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 30_000 });
}
