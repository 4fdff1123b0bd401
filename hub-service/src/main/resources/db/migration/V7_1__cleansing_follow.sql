-- Where the cleansing follower stands in the stream of stored records: the last (updated_at, id) it cleansed.
CREATE TABLE cleansing_follow (
    name              VARCHAR(40) PRIMARY KEY,
    cursor_updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    cursor_record_id  BIGINT NOT NULL,
    records_cleansed  BIGINT NOT NULL,
    last_problem      VARCHAR(500),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
