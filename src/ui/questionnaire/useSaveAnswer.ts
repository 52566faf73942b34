// Saving one questionnaire answer as compare-and-set: re-read the contact, and write only if the
// answer (and the title, for the full name) is still what the panel showed; else hand back what
// another manager saved so the manager decides. amoCRM has no conditional PATCH: the re-read just
// before the write is the check.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAmoClient } from '../../api/hooks/AmoClientProvider';
import { afterContactChanged } from '../../api/hooks/invalidate';
import { AmoApiError } from '../../api/client';
import { planSave, type SavePlan, type SaveRequest } from '../../domain/questionnaire/planSave';
import type { QuestionnaireFields } from '../../domain/questionnaire/questionnaireTypes';

export type SaveConflict = Extract<SavePlan, { kind: 'conflict' }>;
export type SaveOutcome = { kind: 'saved' } | SaveConflict;

export function useSaveAnswer(contactId: number, fields: QuestionnaireFields) {
  const client = useAmoClient();
  const queryClient = useQueryClient();
  const refresh = () => afterContactChanged(queryClient, contactId);
  const mutation = useMutation({
    mutationFn: async (req: SaveRequest): Promise<SaveOutcome> => {
      const endpoint = `GET /api/v4/contacts/${contactId}`;
      const fresh = await client.getContact(contactId);
      if (!fresh) throw new AmoApiError({ kind: 'not-found', endpoint });
      const plan = planSave(fresh, fields, req, { now: Math.floor(Date.now() / 1000) });
      if (plan.kind === 'no-field') throw new Error(`no field for ${req.item}`);
      if (plan.kind === 'conflict') return plan;
      await client.patchContact(contactId, plan.patch);
      return { kind: 'saved' };
    },
    // A conflict wrote nothing: the panel keeps the prompt until the manager chooses.
    onSettled: (outcome) => (outcome?.kind === 'conflict' ? undefined : refresh()),
  });
  return { ...mutation, refresh };
}
