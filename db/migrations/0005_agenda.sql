CREATE TYPE "public"."agenda_item_kind" AS ENUM('procedural', 'substantive', 'project_review', 'statement', 'other');--> statement-breakpoint
CREATE TYPE "public"."agenda_item_status" AS ENUM('pending', 'in_discussion', 'concluded', 'deferred');--> statement-breakpoint
CREATE TYPE "public"."agenda_status" AS ENUM('provisional', 'annotated', 'adopted');--> statement-breakpoint
CREATE TYPE "public"."follow_up_status" AS ENUM('open', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."presenter_kind" AS ENUM('party', 'secretariat', 'person');--> statement-breakpoint
CREATE TABLE "agenda_item_documents" (
	"agenda_item_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	CONSTRAINT "agenda_item_documents_agenda_item_id_document_id_pk" PRIMARY KEY("agenda_item_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"annotation" text,
	"kind" "agenda_item_kind" DEFAULT 'substantive' NOT NULL,
	"presenter_kind" "presenter_kind",
	"presenter_party_id" uuid,
	"presenter_name" text,
	"duration_minutes" integer,
	"session_id" uuid,
	"is_recurring" boolean DEFAULT false NOT NULL,
	"status" "agenda_item_status" DEFAULT 'pending' NOT NULL,
	"outcome" text,
	"carried_from_item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_items_position_unique" UNIQUE NULLS NOT DISTINCT("meeting_id","parent_id","position"),
	CONSTRAINT "agenda_items_position_nonnegative" CHECK ("agenda_items"."position" >= 0),
	CONSTRAINT "agenda_items_duration_positive" CHECK ("agenda_items"."duration_minutes" is null or "agenda_items"."duration_minutes" > 0),
	CONSTRAINT "agenda_items_presenter_consistent" CHECK (("agenda_items"."presenter_kind" = 'party') = ("agenda_items"."presenter_party_id" is not null) and ("agenda_items"."presenter_kind" = 'person') = ("agenda_items"."presenter_name" is not null))
);
--> statement-breakpoint
CREATE TABLE "agendas" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"status" "agenda_status" DEFAULT 'provisional' NOT NULL,
	"adopted_at" timestamp with time zone,
	"adopted_by_user_id" uuid,
	"agenda_document_id" uuid,
	"annotations_document_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agendas_adoption_recorded" CHECK (("agendas"."status" = 'adopted') = ("agendas"."adopted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner_party_id" uuid,
	"due_date" date,
	"due_by_next_meeting" boolean DEFAULT false NOT NULL,
	"status" "follow_up_status" DEFAULT 'open' NOT NULL,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_due" CHECK (("follow_ups"."due_date" is null) = "follow_ups"."due_by_next_meeting")
);
--> statement-breakpoint
ALTER TABLE "agenda_item_documents" ADD CONSTRAINT "agenda_item_documents_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_item_documents" ADD CONSTRAINT "agenda_item_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_parent_id_agenda_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_presenter_party_id_parties_id_fk" FOREIGN KEY ("presenter_party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_carried_from_item_id_agenda_items_id_fk" FOREIGN KEY ("carried_from_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendas" ADD CONSTRAINT "agendas_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendas" ADD CONSTRAINT "agendas_adopted_by_user_id_users_id_fk" FOREIGN KEY ("adopted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendas" ADD CONSTRAINT "agendas_agenda_document_id_documents_id_fk" FOREIGN KEY ("agenda_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendas" ADD CONSTRAINT "agendas_annotations_document_id_documents_id_fk" FOREIGN KEY ("annotations_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_owner_party_id_parties_id_fk" FOREIGN KEY ("owner_party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_item_documents_document_idx" ON "agenda_item_documents" USING btree ("document_id");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_one_in_discussion" ON "agenda_items" USING btree ("meeting_id") WHERE "agenda_items"."status" = 'in_discussion';--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","status");--> statement-breakpoint
CREATE INDEX "follow_ups_status_idx" ON "follow_ups" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "follow_ups_owner_idx" ON "follow_ups" USING btree ("owner_party_id","status");--> statement-breakpoint
CREATE INDEX "follow_ups_meeting_idx" ON "follow_ups" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "follow_ups_item_idx" ON "follow_ups" USING btree ("agenda_item_id");