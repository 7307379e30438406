ALTER TABLE `calendar_items` ADD `launch_handoff_id` text;--> statement-breakpoint
ALTER TABLE `calendar_items` ADD `launch_row_key` text;--> statement-breakpoint
CREATE INDEX `calendar_items_launch` ON `calendar_items` (`launch_handoff_id`);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `coordination_rules` text;