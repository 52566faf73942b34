// The single source of truth for every amoCRM v4 shape: the client parses with these,
// the sandbox answers and validates with these, the domain uses their inferred types.
export * from './common';
export * from './contacts';
export * from './leads';
export * from './links';
export * from './notes';
export * from './customFields';
export * from './catalogs';
export * from './account';
export * from './errors';
export * from './writes';
