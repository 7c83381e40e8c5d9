-- V015: the files a load could not read as articles, and why: one row per
-- path (its latest attempt). A file fixed and loaded again leaves the table.
CREATE TABLE baocao.rejects (
    reject_id      bigserial PRIMARY KEY,
    path           text NOT NULL UNIQUE,
    source_name    text NOT NULL,
    file_size      bigint NOT NULL,
    bytes_sha256   text,
    reason_code    text NOT NULL CHECK (reason_code IN ('empty', 'too_large', 'binary', 'not_utf8',
                                                        'html_no_text', 'unreadable', 'not_stored')),
    message        text NOT NULL,
    rejected_at    timestamptz NOT NULL DEFAULT now(),
    run_started_at timestamptz NOT NULL
);

CREATE VIEW report.rejects AS
SELECT r.reject_id,
       r.path,
       r.source_name,
       r.file_size,
       r.bytes_sha256,
       r.reason_code,
       r.message,
       r.rejected_at,
       r.run_started_at
FROM baocao.rejects r;
COMMENT ON VIEW report.rejects IS 'One row per file a load could not read as an article (its latest attempt), with the reason.';
COMMENT ON COLUMN report.rejects.reject_id IS 'identifier of the reject';
COMMENT ON COLUMN report.rejects.path IS 'the file as the load was given it';
COMMENT ON COLUMN report.rejects.source_name IS 'the file''s base name';
COMMENT ON COLUMN report.rejects.file_size IS 'size of the file in bytes';
COMMENT ON COLUMN report.rejects.bytes_sha256 IS 'SHA-256 of the file''s bytes; null when it could not be read';
COMMENT ON COLUMN report.rejects.reason_code IS
    'empty, too_large (over --max-bytes), binary (NUL bytes, control characters), not_utf8 (nor a recognised encoding), html_no_text (an HTML page without an article), unreadable (cannot be opened or read), not_stored (read, but the database refused it)';
COMMENT ON COLUMN report.rejects.message IS 'what was wrong, in words';
COMMENT ON COLUMN report.rejects.rejected_at IS 'when the file was last rejected';
COMMENT ON COLUMN report.rejects.run_started_at IS 'when the load that rejected it began';
