-- The business's description is public (its portal's home page shows it in the reader's language);
-- staff write it from the admin settings. Other roles keep the grants they had.
GRANT SELECT (description_fr, description_en) ON tenants TO portail_public, portail_client;--> statement-breakpoint
GRANT UPDATE (description_fr, description_en) ON tenants TO portail_staff;
