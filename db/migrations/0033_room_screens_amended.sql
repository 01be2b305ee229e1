ALTER TABLE "room_screens" DROP CONSTRAINT "room_screens_shows_what";--> statement-breakpoint
ALTER TABLE "room_screens" ADD CONSTRAINT "room_screens_shows_what" CHECK (("room_screens"."shows" = 'floor' and "room_screens"."statement_id" is null and "room_screens"."amendment_number" is null)
        or ("room_screens"."shows" in ('statement', 'amended') and "room_screens"."statement_id" is not null and "room_screens"."amendment_number" is null)
        or ("room_screens"."shows" = 'amendment' and "room_screens"."statement_id" is not null and "room_screens"."amendment_number" is not null));