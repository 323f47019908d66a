-- The privacy officer's contact is public (shown with the privacy notice a visitor accepts on joining,
-- Law 25); staff set it from the business settings. Other roles keep the grants they had.
GRANT SELECT (privacy_officer_name, privacy_officer_email) ON tenants TO portail_public, portail_client;--> statement-breakpoint
GRANT UPDATE (privacy_officer_name, privacy_officer_email) ON tenants TO portail_staff;
