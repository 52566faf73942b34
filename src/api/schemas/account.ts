import { z } from 'zod/mini';
import { halPageSchema, nullableInt, nullableText, optionalFlag, optionalInt, optionalText, selfLinksSchema } from './common';

export const accountSchema = z.object({
  id: z.int(),
  name: z.string(),
  subdomain: z.string(),
  created_at: optionalInt(),
  created_by: optionalInt(),
  updated_at: optionalInt(),
  updated_by: optionalInt(),
  current_user_id: z.int(),
  country: nullableText(),
  currency: nullableText(),
  currency_symbol: nullableText(),
  customers_mode: optionalText(),
  is_unsorted_on: optionalFlag(),
  is_loss_reason_enabled: optionalFlag(),
  is_helpbot_enabled: optionalFlag(),
  is_technical_account: optionalFlag(),
  contact_name_display_order: optionalInt(),
  uuid: optionalText(),
  _links: z.optional(selfLinksSchema),
});

const rightValueSchema = z.string(); // A | G | M | D (open set)
const entityRightsSchema = z.record(z.string(), rightValueSchema);

export const userSchema = z.object({
  id: z.int(),
  name: z.string(),
  email: optionalText(),
  lang: optionalText(),
  rights: z.optional(
    z.object({
      leads: z.optional(entityRightsSchema),
      contacts: z.optional(entityRightsSchema),
      companies: z.optional(entityRightsSchema),
      is_admin: optionalFlag(),
      is_free: optionalFlag(),
      is_active: optionalFlag(),
      group_id: nullableInt(),
      role_id: nullableInt(),
    }),
  ),
  _links: z.optional(selfLinksSchema),
});
export const usersPageSchema = halPageSchema('users', userSchema);

export type Account = z.infer<typeof accountSchema>;
export type User = z.infer<typeof userSchema>;
