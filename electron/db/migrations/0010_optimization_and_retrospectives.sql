CREATE TABLE `backlog_items` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text,
	`finding_id` text,
	`title` text NOT NULL,
	`detail` text NOT NULL,
	`impact` integer NOT NULL,
	`confidence` integer NOT NULL,
	`effort` integer NOT NULL,
	`status` text NOT NULL,
	`owner_id` text,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finding_id`) REFERENCES `review_findings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `backlog_items_campaign` ON `backlog_items` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `metric_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`metric_key` text NOT NULL,
	`day` text NOT NULL,
	`value` real NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `metric_entries_campaign` ON `metric_entries` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `performance_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`analyst_id` text,
	`label` text NOT NULL,
	`due_day` text NOT NULL,
	`status` text NOT NULL,
	`what_happened` text NOT NULL,
	`completed_by_id` text,
	`completed_at` text,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`analyst_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`completed_by_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `performance_reviews_campaign` ON `performance_reviews` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `playbook_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`campaign_type` text,
	`channels` text NOT NULL,
	`client_id` text,
	`retrospective_id` text,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`retrospective_id`) REFERENCES `retrospectives`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `retro_improvements` (
	`id` text PRIMARY KEY NOT NULL,
	`retrospective_id` text NOT NULL,
	`text` text NOT NULL,
	`owner_id` text,
	`template_change` integer NOT NULL,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`retrospective_id`) REFERENCES `retrospectives`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `retro_improvements_retrospective` ON `retro_improvements` (`retrospective_id`);--> statement-breakpoint
CREATE TABLE `retrospectives` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`owner_id` text,
	`due_day` text NOT NULL,
	`held_on` text,
	`what_worked` text NOT NULL,
	`what_did_not` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `retrospectives_campaign` ON `retrospectives` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `review_findings` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`text` text NOT NULL,
	`outcome` text,
	`no_action_reason` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`review_id`) REFERENCES `performance_reviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_findings_review` ON `review_findings` (`review_id`);--> statement-breakpoint
CREATE TABLE `test_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`backlog_item_id` text,
	`hypothesis` text NOT NULL,
	`variants` text NOT NULL,
	`primary_metric` text NOT NULL,
	`minimum_detectable_effect` text NOT NULL,
	`duration_days` integer,
	`status` text NOT NULL,
	`result` text NOT NULL,
	`finding_id` text,
	`created_at` text NOT NULL,
	`deleted_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`backlog_item_id`) REFERENCES `backlog_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finding_id`) REFERENCES `review_findings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `test_plans_campaign` ON `test_plans` (`campaign_id`);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `dashboard_standards` text;--> statement-breakpoint
-- The playbook's full-text index, this laptop only (not a synced table): rows reach
-- playbook_entries through the write path or sync, and these triggers keep it in step.
CREATE VIRTUAL TABLE `playbook_fts` USING fts5(title, body, content='playbook_entries', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');--> statement-breakpoint
CREATE TRIGGER `playbook_fts_insert` AFTER INSERT ON `playbook_entries` BEGIN
  INSERT INTO playbook_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;--> statement-breakpoint
CREATE TRIGGER `playbook_fts_delete` AFTER DELETE ON `playbook_entries` BEGIN
  INSERT INTO playbook_fts(playbook_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;--> statement-breakpoint
CREATE TRIGGER `playbook_fts_update` AFTER UPDATE OF `title`, `body` ON `playbook_entries` BEGIN
  INSERT INTO playbook_fts(playbook_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
  INSERT INTO playbook_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
