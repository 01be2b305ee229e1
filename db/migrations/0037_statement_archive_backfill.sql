-- The texts published before the archive existed join it, as publishing writes a text's row now:
-- its title, then its paragraphs in order, each parted by a blank line.
INSERT INTO "statement_archive" ("statement_id", "kind", "adopted_at", "body")
SELECT s."id", s."kind", s."adopted_at",
       s."title" || coalesce(E'\n\n' || string_agg(p."text", E'\n\n' ORDER BY p."position"), '')
FROM "statements" s
JOIN "statement_revisions" r ON r."statement_id" = s."id" AND r."number" = s."current_revision"
LEFT JOIN "statement_paragraphs" p ON p."revision_id" = r."id"
WHERE s."status" = 'published'
GROUP BY s."id"
ON CONFLICT ("statement_id") DO NOTHING;
