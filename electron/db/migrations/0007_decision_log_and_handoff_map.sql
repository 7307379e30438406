CREATE TABLE `decision_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`text` text NOT NULL,
	`by_id` text NOT NULL,
	`other_party_id` text NOT NULL,
	`at` text NOT NULL,
	`confirmed_by_id` text,
	`confirmed_at` text,
	`deleted_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_party_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decision_entries_campaign` ON `decision_entries` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `handoff_map_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`from_stage` text NOT NULL,
	`to_stage` text NOT NULL,
	`campaign_type` text,
	`location` text NOT NULL,
	`tool` text NOT NULL,
	`owner_id` text,
	`notes` text NOT NULL,
	`position` integer NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handoff_map_entries_transition` ON `handoff_map_entries` (`from_stage`,`to_stage`);