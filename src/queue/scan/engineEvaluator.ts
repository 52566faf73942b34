// The queue asks the same engine as the panel: inferOwners for the numbers, questionnaireGaps
// for what the questionnaire still lacks.
import type { WidgetSettings } from '../../host';
import { inferOwners, questionnaireGaps } from '../../domain';
import type { CardEvaluator } from './runScan';
import { toCardFinding } from './toCardFinding';

export function engineEvaluator(settings: WidgetSettings, now: () => number = () => Date.now()): CardEvaluator {
  return (evidence) => {
    const at = now();
    const result = inferOwners(evidence, { now: Math.floor(at / 1000), settings });
    // Empty or malformed items the manager can fix; a comment is "where there is one", so optional,
    // and a field the account lacks is nothing to fill.
    const missingFields = questionnaireGaps(evidence.partner, result.fields)
      .filter((g) => !g.optional && (g.status === 'missing' || g.status === 'malformed'))
      .map((g) => g.item);
    return toCardFinding(evidence.partner, { phones: result.phones, verdicts: result.verdicts, missingFields }, at);
  };
}
