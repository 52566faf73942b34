import { z } from 'zod';
import { halPageSchema, selfLinksSchema } from './common';

export const accountSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  subdomain: z.string(),
  created_at: z.number().int().optional(),
  created_by: z.number().int().optional(),
  updated_at: z.number().int().optional(),
  updated_by: z.number().int().optional(),
  current_user_id: z.number().int(),
  country: z.string().nullable().optional(),
  currency: z.string().nullable().optional(),
  currency_symbol: z.string().nullable().optional(),
  customers_mode: z.string().optional(),
  is_unsorted_on: z.boolean().optional(),
  is_loss_reason_enabled: z.boolean().optional(),
  is_helpbot_enabled: z.boolean().optional(),
  is_technical_account: z.boolean().optional(),
  contact_name_display_order: z.number().int().optional(),
  uuid: z.string().optional(),
  _links: selfLinksSchema.optional(),
});

const rightValueSchema = z.string(); // A | G | M | D (open set)
const entityRightsSchema = z.record(z.string(), rightValueSchema);

export const userSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string().optional(),
  lang: z.string().optional(),
  rights: z
    .object({
      leads: entityRightsSchema.optional(),
      contacts: entityRightsSchema.optional(),
      companies: entityRightsSchema.optional(),
      is_admin: z.boolean().optional(),
      is_free: z.boolean().optional(),
      is_active: z.boolean().optional(),
      group_id: z.number().int().nullable().optional(),
      role_id: z.number().int().nullable().optional(),
    })
    .optional(),
  _links: selfLinksSchema.optional(),
});
export const usersPageSchema = halPageSchema('users', userSchema);

export type Account = z.infer<typeof accountSchema>;
export type User = z.infer<typeof userSchema>;
