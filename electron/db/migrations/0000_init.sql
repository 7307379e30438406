CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`client_id` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`channels` text NOT NULL,
	`launch_date` text,
	`stage_id` text NOT NULL,
	`owner_id` text,
	`team` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `campaigns_stage` ON `campaigns` (`stage_id`);--> statement-breakpoint
CREATE INDEX `campaigns_client` ON `campaigns` (`client_id`);--> statement-breakpoint
CREATE TABLE `changes` (
	`id` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`field` text NOT NULL,
	`value` text NOT NULL,
	`hlc` text NOT NULL,
	`device_id` text NOT NULL,
	`actor_id` text,
	`schema_version` integer NOT NULL,
	`tx_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `changes_entity` ON `changes` (`entity_id`,`hlc`);--> statement-breakpoint
CREATE INDEX `changes_hlc` ON `changes` (`hlc`);--> statement-breakpoint
CREATE INDEX `changes_tx` ON `changes` (`tx_id`);--> statement-breakpoint
CREATE TABLE `checklist_items` (
	`id` text PRIMARY KEY NOT NULL,
	`handoff_id` text NOT NULL,
	`key` text,
	`label` text NOT NULL,
	`required` integer NOT NULL,
	`position` integer NOT NULL,
	`done` integer DEFAULT false NOT NULL,
	`done_by_id` text,
	`done_at` text,
	`deleted_at` text,
	FOREIGN KEY (`handoff_id`) REFERENCES `handoffs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `checklist_handoff` ON `checklist_items` (`handoff_id`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`accent_color` text NOT NULL,
	`brand` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`handoff_id` text NOT NULL,
	`author_id` text,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`handoff_id`) REFERENCES `handoffs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_handoff` ON `comments` (`handoff_id`);--> statement-breakpoint
CREATE TABLE `device` (
	`id` integer PRIMARY KEY NOT NULL,
	`device_id` text NOT NULL,
	`device_name` text NOT NULL,
	`person_id` text,
	`workspace_id` text,
	`last_hlc` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `handoff_events` (
	`id` text PRIMARY KEY NOT NULL,
	`handoff_id` text NOT NULL,
	`kind` text NOT NULL,
	`actor_id` text,
	`device_id` text NOT NULL,
	`at` text NOT NULL,
	`reason` text,
	`package_hash` text,
	`missing` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`handoff_id`) REFERENCES `handoffs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_handoff` ON `handoff_events` (`handoff_id`);--> statement-breakpoint
CREATE TABLE `handoff_fields` (
	`id` text PRIMARY KEY NOT NULL,
	`handoff_id` text NOT NULL,
	`key` text NOT NULL,
	`value` text,
	`deleted_at` text,
	FOREIGN KEY (`handoff_id`) REFERENCES `handoffs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `handoff_fields_key` ON `handoff_fields` (`handoff_id`,`key`);--> statement-breakpoint
CREATE TABLE `handoffs` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`from_stage_id` text NOT NULL,
	`to_stage_id` text NOT NULL,
	`template_id` text NOT NULL,
	`template_version` integer NOT NULL,
	`status` text NOT NULL,
	`due_date` text,
	`quality_owner_id` text,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_stage_id`) REFERENCES `stages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`quality_owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handoffs_campaign` ON `handoffs` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`role_title` text DEFAULT '' NOT NULL,
	`initials` text NOT NULL,
	`color` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_workspace` ON `people` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `raci_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`handoff_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`handoff_id`) REFERENCES `handoffs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `raci_handoff` ON `raci_assignments` (`handoff_id`);--> statement-breakpoint
CREATE TABLE `stages` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`key` text,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`home_time_zone` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text
);
