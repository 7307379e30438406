CREATE TABLE `handoff_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`base` text,
	`from_stage` text,
	`to_stage` text,
	`campaign_type` text NOT NULL,
	`body` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text
);
--> statement-breakpoint
CREATE INDEX `handoff_templates_transition` ON `handoff_templates` (`from_stage`,`to_stage`,`campaign_type`);