CREATE TABLE `asset_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`asset_id` text NOT NULL,
	`version` integer NOT NULL,
	`file_name` text NOT NULL,
	`by_id` text,
	`at` text NOT NULL,
	`note` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `asset_versions_asset` ON `asset_versions` (`asset_id`);--> statement-breakpoint
CREATE TABLE `assets` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`name` text NOT NULL,
	`channel_spec_id` text NOT NULL,
	`format` text NOT NULL,
	`width` integer,
	`height` integer,
	`file_size_bytes` integer,
	`location` text NOT NULL,
	`approval_state` text NOT NULL,
	`approved_by_id` text,
	`approved_at` text,
	`depends_on` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assets_campaign` ON `assets` (`campaign_id`);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `naming_pattern` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `channel_specs` text;