CREATE TABLE `sync_batches` (
	`device_id` text NOT NULL,
	`seq` integer NOT NULL,
	`sha256` text NOT NULL,
	`first_hlc` text NOT NULL,
	`last_hlc` text NOT NULL,
	`change_count` integer NOT NULL,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`device_id`, `seq`)
);
--> statement-breakpoint
CREATE TABLE `sync_cursors` (
	`device_id` text PRIMARY KEY NOT NULL,
	`applied_seq` integer NOT NULL,
	`updated_at` text NOT NULL
);
