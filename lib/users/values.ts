// Value lists forms need in the browser: nothing here may import from db/ (the schema imports them).

export const roles = ['secretariat', 'chair', 'delegate', 'observer'] as const;
export type Role = (typeof roles)[number];
