export { contactKeys, sortedIds } from './contacts';
export { customFieldKeys } from './customFields';
export { catalogKeys } from './catalogs';
export { accountKeys } from './account';
export { partnerKeys } from './partners';
export type { EvidenceKeySettings } from './partners';
export { leadKeys } from './leads';
export { noteKeys } from './notes';
