import { customType } from 'drizzle-orm/pg-core';

// Stored files (documents, credentials letters). postgres.js gives a Buffer and PGlite a Uint8Array:
// both become a Buffer here.
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
  toDriver: (value) => value,
});
