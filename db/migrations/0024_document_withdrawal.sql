ALTER TABLE "documents" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_withdrawal_has_reason" CHECK (("documents"."withdrawn_at" is null) = ("documents"."withdrawal_reason" is null));