/** Application roles of a user account (PRODUCT.md §2). */
export const USER_ROLES = ['operator', 'approver', 'consultant', 'employee', 'auditor', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export function isUserRole(text: string): text is UserRole {
  return (USER_ROLES as readonly string[]).includes(text);
}
