import { z } from 'zod';

export const defaultPageSize = 20;

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };

/** Clamps a requested page number to a usable one and gives the SQL offset. */
export function pageWindow(requestedPage: number, pageSize = defaultPageSize) {
  const page = Number.isInteger(requestedPage) && requestedPage > 0 ? requestedPage : 1;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

export function toPage<T>(items: T[], total: number, window: { page: number; pageSize: number }): Page<T> {
  return { items, total, ...window, pageCount: Math.max(1, Math.ceil(total / window.pageSize)) };
}

/** A page number from a URL: anything unusable means the first page. */
export const pageNumberSchema = z.coerce.number().int().positive().catch(1);
