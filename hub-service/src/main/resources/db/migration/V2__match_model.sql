-- Trained versions of the match model. Portable SQL like V1 (H2 and PostgreSQL). The parameters are the model's
-- JSON document (lambda, and m and u per attribute and comparison level); at most one version is ACTIVE, the
-- others RETIRED. With no active version the hub scores with the starting model from the configuration.

CREATE TABLE match_model (
    id               BIGINT PRIMARY KEY,
    version          VARCHAR(40) NOT NULL UNIQUE,
    status           VARCHAR(20) NOT NULL,
    parameters       VARCHAR(200000) NOT NULL,
    trained_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    trained_by       VARCHAR(100) NOT NULL,
    training_summary VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_match_model_status ON match_model(status);
