// Saving one questionnaire answer: text fields by PATCH (the contact's title follows the full
// name), the email added to the EMAIL list from a fresh read (PATCH replaces the whole list).
import { useMutation } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useAmoClient } from '../../api/hooks/AmoClientProvider';
import { afterContactChanged } from '../../api/hooks/invalidate';
import type { DetectedFields } from '../../domain/types';
import { fieldWrite, type QuestionKey } from './questionnaireValues';

export function useSaveAnswer(contactId: number, fields: DetectedFields) {
  const client = useAmoClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ key, value }: { key: QuestionKey; value: string | number }) => {
      if (key === 'email') {
        await client.replaceMultitext(contactId, 'EMAIL', { add: [{ value: String(value), enum_code: 'WORK' }] });
        return;
      }
      const write = fieldWrite(fields, key, value);
      if (!write) throw new Error(`no field for ${key}`);
      const name = key === 'fullName' ? { name: String(value) } : {};
      await client.patchContact(contactId, { ...name, custom_fields_values: [write] });
    },
    onSettled: () => afterContactChanged(queryClient, contactId),
  });
}
