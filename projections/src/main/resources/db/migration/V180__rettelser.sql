-- Corrections as facts (issue 15 item 4, ADR 0022): when a sag's or a bevilling's data was last corrected, so the citizen
-- overview shows corrected data with a mark. Null: never corrected. Written by BorgeroverblikProjektion and
-- YdelsesindeksProjektion from SagOmklassificeret, AfgoerelseSendtDatoRettet, AfgoerelseOmgjort, BevillingStartdatoRettet,
-- BevillingSagTilknyttet and LeveringAnnulleret; rebuilt with them.
ALTER TABLE borgeroverblik_sag ADD COLUMN rettet TIMESTAMPTZ;
ALTER TABLE ydelse ADD COLUMN rettet TIMESTAMPTZ;
