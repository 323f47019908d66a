-- Operators set the platform fee of a business that has not saved its payment settings yet: the
-- row is created with the fee and every other column at its default (Quebec, not registered, not
-- connected). Still the two fee columns only: an operator never writes registrations or the
-- connected account's state.
GRANT INSERT (tenant_id, platform_fee_bps, platform_fee_fixed_cents) ON tenant_payment_settings TO portail_operator;
