CREATE TABLE "contribution_totals" (
	"party_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"currency" text NOT NULL,
	"is_core_fund" boolean NOT NULL,
	"pledged" numeric(20, 2) DEFAULT '0' NOT NULL,
	"paid" numeric(20, 2) DEFAULT '0' NOT NULL,
	CONSTRAINT "contribution_totals_party_id_year_currency_is_core_fund_pk" PRIMARY KEY("party_id","year","currency","is_core_fund")
);
--> statement-breakpoint
ALTER TABLE "contribution_totals" ADD CONSTRAINT "contribution_totals_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;