export { contactKeys, sortedIds } from './contacts';
export { leadKeys } from './leads';
export { noteKeys } from './notes';
export { customFieldKeys } from './customFields';
export { catalogKeys } from './catalogs';
export { accountKeys } from './account';
export { partnerKeys } from './partners';
export type { EvidenceKeySettings } from './partners';
