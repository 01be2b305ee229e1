CREATE TYPE "public"."document_kind" AS ENUM('working', 'information', 'draft');--> statement-breakpoint
CREATE TYPE "public"."document_language" AS ENUM('en', 'zh', 'ja', 'ko', 'mn', 'ru');--> statement-breakpoint
CREATE TYPE "public"."document_variant" AS ENUM('original', 'revision', 'addendum', 'corrigendum');--> statement-breakpoint
CREATE TABLE "meeting_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"room" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_sessions_times_ordered" CHECK ("meeting_sessions"."ends_at" > "meeting_sessions"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" "document_kind" NOT NULL,
	"sequence" integer NOT NULL,
	"variant" "document_variant" DEFAULT 'original' NOT NULL,
	"variant_number" integer DEFAULT 0 NOT NULL,
	"parent_id" uuid,
	"symbol" text NOT NULL,
	"title" text NOT NULL,
	"language" "document_language" NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_symbol_language_unique" UNIQUE("meeting_id","symbol","language"),
	CONSTRAINT "documents_size_limit" CHECK ("documents"."byte_size" > 0 and "documents"."byte_size" <= 20971520),
	CONSTRAINT "documents_sequence_positive" CHECK ("documents"."sequence" > 0),
	CONSTRAINT "documents_variant_has_parent" CHECK (("documents"."variant" = 'original' and "documents"."parent_id" is null and "documents"."variant_number" = 0) or ("documents"."variant" <> 'original' and "documents"."parent_id" is not null and "documents"."variant_number" > 0))
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "cancellation_reason" text;--> statement-breakpoint
ALTER TABLE "meeting_sessions" ADD CONSTRAINT "meeting_sessions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_sessions_meeting_idx" ON "meeting_sessions" USING btree ("meeting_id","starts_at");--> statement-breakpoint
CREATE INDEX "documents_meeting_idx" ON "documents" USING btree ("meeting_id","kind","sequence");--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_cancellation_has_reason" CHECK (("meetings"."status" = 'cancelled') = ("meetings"."cancellation_reason" is not null));