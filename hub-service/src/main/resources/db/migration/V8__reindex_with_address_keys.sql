-- Blocking keys now include the address alone (street with postcode, house number with the street's first word or
-- the city, family name with the city) and the second address line. Records indexed before lack those keys: mark
-- every record for indexing, so that the index sweep writes them again.
UPDATE source_record SET indexed = FALSE;
