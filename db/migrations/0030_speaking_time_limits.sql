CREATE TABLE "speaking_time_limits" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"seconds" integer NOT NULL,
	"set_by_user_id" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "speaking_time_limits_seconds_range" CHECK ("speaking_time_limits"."seconds" between 60 and 1800)
);
--> statement-breakpoint
ALTER TABLE "speaking_time_limits" ADD CONSTRAINT "speaking_time_limits_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaking_time_limits" ADD CONSTRAINT "speaking_time_limits_set_by_user_id_users_id_fk" FOREIGN KEY ("set_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;