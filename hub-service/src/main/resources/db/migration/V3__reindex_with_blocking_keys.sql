-- Candidate search now asks one keyword field holding each record's blocking keys ("blocks"). Records indexed
-- before it have no such field: mark every record for indexing, so that the index sweep writes them again.
UPDATE source_record SET indexed = FALSE;
