CREATE TABLE `sync_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`folder` text NOT NULL,
	`set_up_at` text NOT NULL,
	`last_run_at` text,
	`last_result` text
);
