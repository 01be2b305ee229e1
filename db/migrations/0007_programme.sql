CREATE TYPE "public"."contribution_kind" AS ENUM('pledge', 'payment');--> statement-breakpoint
CREATE TYPE "public"."funding_source" AS ENUM('core_fund', 'voluntary_contribution', 'external');--> statement-breakpoint
CREATE TYPE "public"."project_status" AS ENUM('proposed', 'ongoing', 'completed', 'suspended');--> statement-breakpoint
CREATE TYPE "public"."review_rating" AS ENUM('on_track', 'at_risk', 'delayed', 'completed');--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"party_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"kind" "contribution_kind" NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"currency" text NOT NULL,
	"date" date NOT NULL,
	"project_id" uuid,
	"note" text,
	"recorded_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contributions_amount_positive" CHECK ("contributions"."amount" > 0),
	CONSTRAINT "contributions_currency_format" CHECK ("contributions"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "contributions_year_range" CHECK ("contributions"."year" between 1990 and 2200)
);
--> statement-breakpoint
CREATE TABLE "programme_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_areas_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "project_partners" (
	"project_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	CONSTRAINT "project_partners_project_id_party_id_pk" PRIMARY KEY("project_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "project_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"progress_summary" text NOT NULL,
	"rating" "review_rating" NOT NULL,
	"recommendation" text NOT NULL,
	"comment_deadline" date NOT NULL,
	"decision" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"prepared_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_reviews_project_meeting_unique" UNIQUE("project_id","meeting_id"),
	CONSTRAINT "project_reviews_decision_complete" CHECK (("project_reviews"."decision" is null) = ("project_reviews"."decided_at" is null))
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"area_id" uuid NOT NULL,
	"lead_party_id" uuid,
	"implementing_partners" text,
	"start_date" date,
	"end_date" date,
	"budget_amount" numeric(18, 2),
	"budget_currency" text,
	"funding_source" "funding_source" NOT NULL,
	"status" "project_status" DEFAULT 'proposed' NOT NULL,
	"summary" text,
	"expected_outputs" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_code_unique" UNIQUE("code"),
	CONSTRAINT "projects_dates_ordered" CHECK ("projects"."end_date" is null or "projects"."start_date" is null or "projects"."end_date" >= "projects"."start_date"),
	CONSTRAINT "projects_budget_non_negative" CHECK ("projects"."budget_amount" is null or "projects"."budget_amount" >= 0),
	CONSTRAINT "projects_budget_has_currency" CHECK (("projects"."budget_amount" is null) = ("projects"."budget_currency" is null)),
	CONSTRAINT "projects_currency_format" CHECK ("projects"."budget_currency" is null or "projects"."budget_currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"author_user_id" uuid,
	"party_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reviews" ADD CONSTRAINT "project_reviews_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reviews" ADD CONSTRAINT "project_reviews_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reviews" ADD CONSTRAINT "project_reviews_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reviews" ADD CONSTRAINT "project_reviews_prepared_by_user_id_users_id_fk" FOREIGN KEY ("prepared_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_area_id_programme_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."programme_areas"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_party_id_parties_id_fk" FOREIGN KEY ("lead_party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_review_id_project_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."project_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contributions_year_party_idx" ON "contributions" USING btree ("year","party_id");--> statement-breakpoint
CREATE INDEX "contributions_party_idx" ON "contributions" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "contributions_project_idx" ON "contributions" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_partners_party_idx" ON "project_partners" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "project_reviews_meeting_idx" ON "project_reviews" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "projects_area_status_idx" ON "projects" USING btree ("area_id","status");--> statement-breakpoint
CREATE INDEX "projects_lead_party_idx" ON "projects" USING btree ("lead_party_id");--> statement-breakpoint
CREATE INDEX "projects_title_idx" ON "projects" USING btree ("title");--> statement-breakpoint
CREATE INDEX "review_comments_review_idx" ON "review_comments" USING btree ("review_id","created_at");