-- Trigram indexes let a search for a part of a name or an email read an index (the users list, migration 0016).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
