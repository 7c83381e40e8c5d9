-- V017: a reject reason for UTF-8 text whose words are Latin-1 mojibake that
-- neither font table (TCVN3, VNI: data/legacy_encodings.tsv) reads as Vietnamese.
ALTER TABLE baocao.rejects DROP CONSTRAINT rejects_reason_code_check;
ALTER TABLE baocao.rejects ADD CONSTRAINT rejects_reason_code_check
    CHECK (reason_code IN ('empty', 'too_large', 'binary', 'not_utf8', 'html_no_text', 'unknown_encoding',
                           'unreadable', 'not_stored'));
COMMENT ON COLUMN report.rejects.reason_code IS
    'empty, too_large (over --max-bytes), binary (NUL bytes, control characters), not_utf8 (nor a recognised encoding: windows-1258, TCVN3, VNI), html_no_text (an HTML page without an article), unknown_encoding (UTF-8 whose words are mojibake of a font encoding without a table, or not Vietnamese), unreadable (cannot be opened or read), not_stored (read, but the database refused it)';
