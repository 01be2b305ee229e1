ALTER TYPE "public"."email_kind" ADD VALUE 'evaluation_opened';--> statement-breakpoint
CREATE TABLE "evaluation_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"objectives" smallint NOT NULL,
	"relevance" smallint NOT NULL,
	"documents" smallint NOT NULL,
	"organization" smallint NOT NULL,
	"overall" smallint NOT NULL,
	"most_useful" text,
	"improvements" text,
	CONSTRAINT "evaluation_responses_ratings_range" CHECK ("evaluation_responses"."objectives" between 1 and 5 and "evaluation_responses"."relevance" between 1 and 5 and "evaluation_responses"."documents" between 1 and 5 and "evaluation_responses"."organization" between 1 and 5 and "evaluation_responses"."overall" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "evaluation_submissions" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_evaluations" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"opened_by_user_id" uuid,
	CONSTRAINT "meeting_evaluations_closes_after_opening" CHECK ("meeting_evaluations"."closes_at" > "meeting_evaluations"."opened_at")
);
--> statement-breakpoint
ALTER TABLE "evaluation_responses" ADD CONSTRAINT "evaluation_responses_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_registration_id_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_evaluations" ADD CONSTRAINT "meeting_evaluations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_evaluations" ADD CONSTRAINT "meeting_evaluations_opened_by_user_id_users_id_fk" FOREIGN KEY ("opened_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_responses_meeting_idx" ON "evaluation_responses" USING btree ("meeting_id","id");