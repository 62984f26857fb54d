CREATE TYPE "public"."program_status" AS ENUM('pending', 'valid', 'rejected', 'quarantined');--> statement-breakpoint
CREATE TYPE "public"."crawl_status" AS ENUM('running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."eval_protocol" AS ENUM('linear', 'knn', 'fewshot');--> statement-breakpoint
CREATE TYPE "public"."training_run_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'cancelled');--> statement-breakpoint
CREATE TABLE "sources" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cursor" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" text PRIMARY KEY NOT NULL,
	"dialect" text NOT NULL,
	"status" "program_status" DEFAULT 'pending' NOT NULL,
	"reject_reason" text,
	"source_key" text NOT NULL,
	"source_bytes" integer,
	"thumbnail_key" text,
	"features" jsonb,
	"stats" jsonb,
	"family" text,
	"title" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"validated_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provenance" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "provenance_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"program_id" text NOT NULL,
	"source_id" text NOT NULL,
	"external_id" text NOT NULL,
	"url" text,
	"title" text,
	"author" text,
	"license" text NOT NULL,
	"fetched_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provenance_source_external_uq" UNIQUE("source_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "crawl_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" text NOT NULL,
	"status" "crawl_status" DEFAULT 'running' NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	"fetched" integer DEFAULT 0 NOT NULL,
	"new" integer DEFAULT 0 NOT NULL,
	"duplicate" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cursor_before" jsonb,
	"cursor_after" jsonb
);
--> statement-breakpoint
CREATE TABLE "snapshots" (
	"id" text PRIMARY KEY NOT NULL,
	"manifest_key" text NOT NULL,
	"manifest_sha256" text,
	"filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"program_count" integer NOT NULL,
	"licenses" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checkpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"snapshot_id" text NOT NULL,
	"step" integer NOT NULL,
	"blob_key" text NOT NULL,
	"bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"licenses" text[] DEFAULT '{}'::text[] NOT NULL,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checkpoints_run_step_uq" UNIQUE("run_id","step")
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"checkpoint_id" text,
	"run_id" text,
	"dataset" text NOT NULL,
	"protocol" "eval_protocol" NOT NULL,
	"metric" text DEFAULT 'top1' NOT NULL,
	"value" double precision NOT NULL,
	"baseline" double precision,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluations_uq" UNIQUE NULLS NOT DISTINCT("checkpoint_id","run_id","dataset","protocol","metric")
);
--> statement-breakpoint
CREATE TABLE "training_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"snapshot_id" text NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "training_run_status" DEFAULT 'queued' NOT NULL,
	"progress" jsonb,
	"metrics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"cancel_requested" boolean DEFAULT false NOT NULL,
	"claimed_by" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone,
	"heartbeat_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provenance" ADD CONSTRAINT "provenance_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provenance" ADD CONSTRAINT "provenance_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crawl_runs" ADD CONSTRAINT "crawl_runs_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoints" ADD CONSTRAINT "checkpoints_run_id_training_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."training_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checkpoints" ADD CONSTRAINT "checkpoints_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_checkpoint_id_checkpoints_id_fk" FOREIGN KEY ("checkpoint_id") REFERENCES "public"."checkpoints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_run_id_training_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."training_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_runs" ADD CONSTRAINT "training_runs_snapshot_id_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."snapshots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programs_status_created_idx" ON "programs" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "programs_created_idx" ON "programs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "programs_family_idx" ON "programs" USING btree ("family");--> statement-breakpoint
CREATE INDEX "provenance_program_idx" ON "provenance" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "provenance_license_idx" ON "provenance" USING btree ("license","program_id");--> statement-breakpoint
CREATE INDEX "provenance_source_idx" ON "provenance" USING btree ("source_id","program_id");--> statement-breakpoint
CREATE INDEX "crawl_runs_source_started_idx" ON "crawl_runs" USING btree ("source_id","started_at");--> statement-breakpoint
CREATE INDEX "snapshots_created_idx" ON "snapshots" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "checkpoints_created_idx" ON "checkpoints" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "evaluations_rank_idx" ON "evaluations" USING btree ("dataset","protocol","metric","value");--> statement-breakpoint
CREATE INDEX "training_runs_status_created_idx" ON "training_runs" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "training_runs_created_idx" ON "training_runs" USING btree ("created_at","id");