-- The leverandør's view (issue 16): the bevillinger ordered from a leverandør kommune, whichever kommune granted them
-- (leverandoer_kommune), or ordered by a kommune from its own local leverandør (leverandoer_kommune is null). Serves
-- Ydelseslaeser's leverandør filter in grant order.
CREATE INDEX ydelse_leverandoer_kommune ON ydelse (COALESCE(leverandoer_kommune, kommune), bevilget_dato, bevilling_id)
    WHERE leverandoer IS NOT NULL;
