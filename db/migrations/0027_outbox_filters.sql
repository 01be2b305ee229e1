CREATE INDEX "email_outbox_kind_idx" ON "email_outbox" USING btree ("kind","id");--> statement-breakpoint
CREATE INDEX "email_outbox_to_address_idx" ON "email_outbox" USING btree ("to_address","id");