CREATE TABLE "statement_archive" (
	"statement_id" uuid PRIMARY KEY NOT NULL,
	"kind" "statement_kind" NOT NULL,
	"adopted_at" timestamp with time zone NOT NULL,
	"body" text NOT NULL,
	"document" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "statement_archive"."body")) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "statement_archive" ADD CONSTRAINT "statement_archive_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statement_archive_adopted_idx" ON "statement_archive" USING btree ("adopted_at","statement_id");--> statement-breakpoint
CREATE INDEX "statement_archive_kind_idx" ON "statement_archive" USING btree ("kind","adopted_at","statement_id");--> statement-breakpoint
CREATE INDEX "statement_archive_document_idx" ON "statement_archive" USING gin ("document");