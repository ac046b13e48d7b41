import { z } from 'zod';
import type { UserRole } from '../store/newsroom/types.js';

/** The newsroom's roles, least privileged last. */
export const ROLES = ['admin', 'editor', 'writer'] as const satisfies readonly UserRole[];

/** A role, validated. */
export const RoleSchema = z.enum(ROLES);

/** A newsroom role. */
export type Role = z.infer<typeof RoleSchema>;

/** How the interface names each role. */
export const ROLE_NAMES: Record<Role, string> = {
  admin: 'مدير النظام',
  editor: 'محرر',
  writer: 'كاتب',
};
