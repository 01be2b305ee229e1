CREATE TABLE "room_screens" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"shows" text NOT NULL,
	"statement_id" uuid,
	"amendment_number" integer,
	"set_by_user_id" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_screens_shows_what" CHECK (("room_screens"."shows" = 'floor' and "room_screens"."statement_id" is null and "room_screens"."amendment_number" is null)
        or ("room_screens"."shows" = 'statement' and "room_screens"."statement_id" is not null and "room_screens"."amendment_number" is null)
        or ("room_screens"."shows" = 'amendment' and "room_screens"."statement_id" is not null and "room_screens"."amendment_number" is not null))
);
--> statement-breakpoint
ALTER TABLE "room_screens" ADD CONSTRAINT "room_screens_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_screens" ADD CONSTRAINT "room_screens_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_screens" ADD CONSTRAINT "room_screens_set_by_user_id_users_id_fk" FOREIGN KEY ("set_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;