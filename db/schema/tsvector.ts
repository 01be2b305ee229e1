import { customType } from 'drizzle-orm/pg-core';

// A full-text search document. The app never reads or writes one: PostgreSQL derives it and matches it.
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
