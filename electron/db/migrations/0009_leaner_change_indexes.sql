DROP INDEX `changes_entity`;--> statement-breakpoint
DROP INDEX `changes_tx`;--> statement-breakpoint
CREATE INDEX `changes_entity_id` ON `changes` (`entity_id`);