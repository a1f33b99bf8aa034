-- "As known at T" (issue 17 item 2, ADR 0026) replays one citizen's aggregates: found here by the citizen.
CREATE INDEX handling_aggregat_borger ON handling_aggregat (borger_id);
