-- Mapping approval (stewardship): a new version of a source's field mapping waits as PENDING until a steward
-- approves it (ACTIVE, the former active version SUPERSEDED) or rejects it (REJECTED, the active version stays).
-- A pending version replaced by a newer one before anybody decided is WITHDRAWN. Who decided, when and why:
ALTER TABLE field_mapping ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE field_mapping ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE field_mapping ADD COLUMN decision_comment VARCHAR(2000);
CREATE INDEX ix_field_mapping_status ON field_mapping(status);
