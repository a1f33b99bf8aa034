-- ADR 0014, amendment of stop 23: a grouped sag's fremdrift never steps back within a cycle (Tidslinjer.udfyld). The
-- sagsbegreb projection stores each variant row's timeline, so it is rebuilt: without a stored position the engine
-- empties its tables and replays it from the first event. The Sagsindeks feed computes its pictures from the facts at
-- each step, so it needs no reset: the next step of an affected citizen (or an afstemning) delivers the corrected one.
DELETE FROM projektion_position WHERE navn = 'sagsbegreb';
