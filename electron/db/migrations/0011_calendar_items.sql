CREATE TABLE `calendar_items` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text,
	`channel` text NOT NULL,
	`title` text NOT NULL,
	`at` text NOT NULL,
	`time_zone` text NOT NULL,
	`audience_segment` text NOT NULL,
	`owner_id` text,
	`status` text NOT NULL,
	`notes` text NOT NULL,
	`source_item_id` text,
	`adaptation_note` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `calendar_items_at` ON `calendar_items` (`at`);--> statement-breakpoint
CREATE INDEX `calendar_items_campaign` ON `calendar_items` (`campaign_id`);--> statement-breakpoint
CREATE INDEX `calendar_items_source` ON `calendar_items` (`source_item_id`);