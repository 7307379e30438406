CREATE TABLE `lead_handoffs` (
	`id` text PRIMARY KEY NOT NULL,
	`lead_id` text NOT NULL,
	`package` text NOT NULL,
	`handed_by_id` text,
	`at` text NOT NULL,
	`outcome` text NOT NULL,
	`reason_code` text,
	`reason_text` text NOT NULL,
	`decided_by_id` text,
	`decided_at` text,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lead_handoffs_lead` ON `lead_handoffs` (`lead_id`);--> statement-breakpoint
CREATE INDEX `lead_handoffs_at` ON `lead_handoffs` (`at`);--> statement-breakpoint
CREATE TABLE `lead_touches` (
	`id` text PRIMARY KEY NOT NULL,
	`lead_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`note` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lead_touches_lead` ON `lead_touches` (`lead_id`);--> statement-breakpoint
CREATE TABLE `leads` (
	`id` text PRIMARY KEY NOT NULL,
	`person_name` text NOT NULL,
	`company` text NOT NULL,
	`email` text NOT NULL,
	`email_key` text NOT NULL,
	`job_title` text DEFAULT '' NOT NULL,
	`source_campaign_id` text,
	`source_channel` text NOT NULL,
	`interests` text NOT NULL,
	`notes` text NOT NULL,
	`owner_id` text,
	`assignee_id` text,
	`status` text NOT NULL,
	`score` integer NOT NULL,
	`status_changed_at` text NOT NULL,
	`sales_ready_at` text,
	`handed_off_at` text,
	`accepted_at` text,
	`next_touch_at` text,
	`nurture_track` text,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`source_campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `leads_email_key` ON `leads` (`email_key`);--> statement-breakpoint
CREATE INDEX `leads_status` ON `leads` (`status`);--> statement-breakpoint
CREATE INDEX `leads_campaign` ON `leads` (`source_campaign_id`);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `lead_scoring` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `lead_sla` text;