CREATE TYPE "public"."floor_request_status" AS ENUM('waiting', 'speaking', 'spoke', 'withdrawn');--> statement-breakpoint
CREATE TABLE "floor_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"status" "floor_request_status" DEFAULT 'waiting' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	CONSTRAINT "floor_requests_speaker_started" CHECK ("floor_requests"."status" not in ('speaking', 'spoke') or "floor_requests"."started_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "floor_requests" ADD CONSTRAINT "floor_requests_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "floor_requests" ADD CONSTRAINT "floor_requests_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "floor_requests" ADD CONSTRAINT "floor_requests_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "floor_requests" ADD CONSTRAINT "floor_requests_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "floor_requests_one_open_per_party" ON "floor_requests" USING btree ("agenda_item_id","party_id") WHERE "floor_requests"."status" in ('waiting', 'speaking');--> statement-breakpoint
CREATE UNIQUE INDEX "floor_requests_one_speaker" ON "floor_requests" USING btree ("meeting_id") WHERE "floor_requests"."status" = 'speaking';--> statement-breakpoint
CREATE INDEX "floor_requests_meeting_idx" ON "floor_requests" USING btree ("meeting_id","requested_at");