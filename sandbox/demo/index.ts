// The demo account generator and its vocabulary, for the sandbox server, tests and engine scoring.
export { generateDemoData, DEMO_IDS } from './generateDemoData';
export type {
  AnswerKey,
  AnswerKeyEntry,
  DemoData,
  PhoneOwner,
  StoredCatalog,
  StoredCatalogElement,
  StoredContact,
  StoredLead,
  StoredLink,
  StoredNote,
  FieldDefinition,
} from './types';
export { mulberry32, Random } from './random';
