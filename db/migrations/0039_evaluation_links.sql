CREATE TABLE "evaluation_links" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"token_hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_links" ADD CONSTRAINT "evaluation_links_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_links" ADD CONSTRAINT "evaluation_links_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_links_token_hash_idx" ON "evaluation_links" USING btree ("token_hash");