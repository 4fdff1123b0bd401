-- The fuzzy name search now looks up the names' deletion variants (fields family_del and given_del) instead of
-- running an edit-distance query. Records indexed before lack those fields: mark every record for indexing, so that
-- the index sweep writes them again.
UPDATE source_record SET indexed = FALSE;
