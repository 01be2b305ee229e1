ALTER TABLE "agenda_items" ADD COLUMN "discussion_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "discussed_seconds" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_discussed_nonnegative" CHECK ("agenda_items"."discussed_seconds" >= 0);