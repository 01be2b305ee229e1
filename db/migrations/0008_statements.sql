CREATE TYPE "public"."adoption_manner" AS ENUM('consensus', 'silence');--> statement-breakpoint
CREATE TYPE "public"."amendment_kind" AS ENUM('replace', 'insert_after', 'delete');--> statement-breakpoint
CREATE TYPE "public"."amendment_status" AS ENUM('proposed', 'accepted', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."paragraph_kind" AS ENUM('preambular', 'operative');--> statement-breakpoint
CREATE TYPE "public"."position_kind" AS ENUM('reservation', 'explanation');--> statement-breakpoint
CREATE TYPE "public"."statement_kind" AS ENUM('statement', 'decision', 'chairs_summary', 'report');--> statement-breakpoint
CREATE TYPE "public"."statement_status" AS ENUM('drafting', 'circulated', 'final', 'silence_procedure', 'adopted', 'published');--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE 'statement_circulated';--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE 'silence_procedure_started';--> statement-breakpoint
ALTER TYPE "public"."email_kind" ADD VALUE 'silence_broken';--> statement-breakpoint
CREATE TABLE "statement_amendment_sponsors" (
	"amendment_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_amendment_sponsors_amendment_id_party_id_pk" PRIMARY KEY("amendment_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "statement_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"revision_id" uuid NOT NULL,
	"paragraph_id" uuid NOT NULL,
	"kind" "amendment_kind" NOT NULL,
	"text" text,
	"paragraph_kind" "paragraph_kind",
	"rationale" text NOT NULL,
	"party_id" uuid NOT NULL,
	"proposed_by_user_id" uuid,
	"status" "amendment_status" DEFAULT 'proposed' NOT NULL,
	"accepted_text" text,
	"decision_reason" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"merged_into_revision" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_amendments_number_unique" UNIQUE("statement_id","number"),
	CONSTRAINT "statement_amendments_text" CHECK (("statement_amendments"."kind" = 'delete') = ("statement_amendments"."text" is null)),
	CONSTRAINT "statement_amendments_paragraph_kind" CHECK (("statement_amendments"."kind" = 'insert_after') = ("statement_amendments"."paragraph_kind" is not null)),
	CONSTRAINT "statement_amendments_rejection_reason" CHECK ("statement_amendments"."status" <> 'rejected' or "statement_amendments"."decision_reason" is not null),
	CONSTRAINT "statement_amendments_accepted_text" CHECK ("statement_amendments"."accepted_text" is null or "statement_amendments"."status" = 'accepted'),
	CONSTRAINT "statement_amendments_merged" CHECK ("statement_amendments"."merged_into_revision" is null or "statement_amendments"."status" = 'accepted')
);
--> statement-breakpoint
CREATE TABLE "statement_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"silence_deadline" timestamp with time zone NOT NULL,
	"party_id" uuid NOT NULL,
	"user_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_objections_once" UNIQUE("statement_id","silence_deadline","party_id")
);
--> statement-breakpoint
CREATE TABLE "statement_paragraphs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "paragraph_kind" NOT NULL,
	"text" text NOT NULL,
	"key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"amendment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	CONSTRAINT "statement_paragraphs_position_unique" UNIQUE("revision_id","position"),
	CONSTRAINT "statement_paragraphs_position_nonnegative" CHECK ("statement_paragraphs"."position" >= 0)
);
--> statement-breakpoint
CREATE TABLE "statement_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"kind" "position_kind" NOT NULL,
	"text" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_positions_once" UNIQUE("statement_id","party_id","kind")
);
--> statement-breakpoint
CREATE TABLE "statement_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_revisions_number_unique" UNIQUE("statement_id","number"),
	CONSTRAINT "statement_revisions_number_positive" CHECK ("statement_revisions"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"title" text NOT NULL,
	"kind" "statement_kind" DEFAULT 'statement' NOT NULL,
	"status" "statement_status" DEFAULT 'drafting' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"current_revision" integer DEFAULT 1 NOT NULL,
	"circulated_revision" integer,
	"comment_deadline" timestamp with time zone,
	"finalized_at" timestamp with time zone,
	"finalized_by_user_id" uuid,
	"silence_started_at" timestamp with time zone,
	"silence_deadline" timestamp with time zone,
	"adopted_at" timestamp with time zone,
	"adoption_manner" "adoption_manner",
	"adopted_by_user_id" uuid,
	"published_at" timestamp with time zone,
	"published_by_user_id" uuid,
	"document_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statements_circulation" CHECK (("statements"."status" = 'circulated') <= ("statements"."circulated_revision" is not null and "statements"."comment_deadline" is not null)),
	CONSTRAINT "statements_silence" CHECK (("statements"."status" = 'silence_procedure') = ("statements"."silence_deadline" is not null)),
	CONSTRAINT "statements_adoption_recorded" CHECK (("statements"."status" in ('adopted', 'published')) = ("statements"."adopted_at" is not null and "statements"."adoption_manner" is not null)),
	CONSTRAINT "statements_publication_recorded" CHECK (("statements"."status" = 'published') = ("statements"."published_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "statement_amendment_sponsors" ADD CONSTRAINT "statement_amendment_sponsors_amendment_id_statement_amendments_id_fk" FOREIGN KEY ("amendment_id") REFERENCES "public"."statement_amendments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amendment_sponsors" ADD CONSTRAINT "statement_amendment_sponsors_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amendment_sponsors" ADD CONSTRAINT "statement_amendment_sponsors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amendments" ADD CONSTRAINT "statement_amendments_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amendments" ADD CONSTRAINT "statement_amendments_revision_id_statement_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."statement_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amendments" ADD CONSTRAINT "statement_amendments_paragraph_id_statement_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."statement_paragraphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amendments" ADD CONSTRAINT "statement_amendments_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amendments" ADD CONSTRAINT "statement_amendments_proposed_by_user_id_users_id_fk" FOREIGN KEY ("proposed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_amendments" ADD CONSTRAINT "statement_amendments_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_objections" ADD CONSTRAINT "statement_objections_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_objections" ADD CONSTRAINT "statement_objections_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_objections" ADD CONSTRAINT "statement_objections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_paragraphs" ADD CONSTRAINT "statement_paragraphs_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_paragraphs" ADD CONSTRAINT "statement_paragraphs_revision_id_statement_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."statement_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_positions" ADD CONSTRAINT "statement_positions_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_positions" ADD CONSTRAINT "statement_positions_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_positions" ADD CONSTRAINT "statement_positions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_revisions" ADD CONSTRAINT "statement_revisions_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_revisions" ADD CONSTRAINT "statement_revisions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_finalized_by_user_id_users_id_fk" FOREIGN KEY ("finalized_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_adopted_by_user_id_users_id_fk" FOREIGN KEY ("adopted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_published_by_user_id_users_id_fk" FOREIGN KEY ("published_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statement_amendments_statement_idx" ON "statement_amendments" USING btree ("statement_id","status");--> statement-breakpoint
CREATE INDEX "statement_amendments_paragraph_idx" ON "statement_amendments" USING btree ("paragraph_id");--> statement-breakpoint
CREATE INDEX "statement_objections_statement_idx" ON "statement_objections" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "statements_meeting_idx" ON "statements" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "statements_silence_idx" ON "statements" USING btree ("silence_deadline") WHERE "statements"."status" = 'silence_procedure';