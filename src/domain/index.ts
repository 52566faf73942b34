// The engine's public API: what the panel and the API hooks call.
export * from './types';
export { parsePhoneValue, normalizeCallPhone, type PhoneValueParse } from './phones/parsePhoneValue';
export { normalizeNumber, displayPhone, searchDigits, type NormalizeOptions } from './phones/normalize';
export { readCardPhones, readPhoneValues, phoneKey, type CardPhones } from './phones/cardPhones';
export { parseJobAddress, type JobAddress } from './address/parseJobAddress';
export { formatJobAddressName } from './address/formatJobAddressName';
export { detectFields, fieldByOverride } from './fields/detectFields';
export { textValue, fieldItems, phoneItems } from './fields/readValues';
export { inferOwners, type InferOptions, type OwnershipResult } from './ownership/inferOwners';
export {
  guessNumberOwner,
  type NumberOwnerGuess,
  type GuessReason,
  type GuessReasonCode,
  type LookupFacts,
} from './ownership/guessNumberOwner';
export { readClientBaseRow, contractKey, type ClientBaseRow } from './naming/clientBase';
export { contactRole, type ContactRole } from './naming/contactRole';
export {
  questionnaireGaps,
  sameStored,
  type QuestionnaireGap,
  type QuestionnaireItem,
  type GapStatus,
  type QuestionnaireOptions,
} from './questionnaire/questionnaireGaps';
export {
  QUESTIONNAIRE,
  questionSpec,
  formatBirthday,
  type QuestionSpec,
  type Judgement,
  type Parsed,
} from './questionnaire/questionnaireFields';
export { planSave, type SavePlan, type SaveRequest } from './questionnaire/planSave';
export type { QuestionnaireCard, QuestionnaireField, QuestionnaireFields } from './questionnaire/questionnaireTypes';
export { validateBirthday, type BirthdayCheck, type BirthdayError, type BirthdayOptions } from './questionnaire/validateBirthday';
export { validateEmail, type EmailCheck, type EmailError, type EmailWarning } from './questionnaire/validateEmail';
export {
  validateFullName,
  fullNameFromTitle,
  type FullNameCheck,
  type FullNameError,
  type FullNameWarning,
} from './questionnaire/validateFullName';
export { moscowMidnight } from './questionnaire/moscowTime';
