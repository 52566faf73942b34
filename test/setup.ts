// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); jest-dom matchers everywhere.
import '@testing-library/jest-dom/vitest';
