-- V011: where each article was published, and which rules read it.
--   * documents.source_url: the web address from the articles' manifest
--     (INDEX.tsv beside them, or `baocao load --manifest FILE`).
--   * documents.extracted_with: fingerprint of the extraction rules (program
--     and data files) that produced the document's facts. Loading the same
--     text again with other rules, or with another URL, extracts it afresh.
--   * place_mentions.origin: 'text', or 'source_url' for a place read from the
--     web address; those have no evidence row (the URL is their evidence).
--   * meetings.locality_basis: how the meeting's locality was found.

ALTER TABLE baocao.documents ADD COLUMN source_url text;
ALTER TABLE baocao.documents ADD COLUMN extracted_with text;

ALTER TABLE baocao.place_mentions
    ADD COLUMN origin text NOT NULL DEFAULT 'text' CHECK (origin IN ('text', 'source_url'));

ALTER TABLE baocao.meetings
    ADD COLUMN locality_basis text CHECK (locality_basis IN ('named', 'article', 'source_url', 'context'));

CREATE OR REPLACE VIEW report.documents AS
SELECT d.document_id,
       d.source_name,
       d.title,
       d.published_on,
       d.author,
       d.sha256,
       d.site,
       d.path,
       d.is_meeting_report,
       d.rejection_reason,
       char_length(d.text) AS text_length,
       d.loaded_at,
       d.source_url,
       d.extracted_with
FROM baocao.documents d;
COMMENT ON COLUMN report.documents.source_url IS 'where the article was published, from the manifest it was loaded with; null when unknown';
COMMENT ON COLUMN report.documents.extracted_with IS 'fingerprint of the extraction rules (program and data files) that read it';

CREATE OR REPLACE VIEW report.meetings AS
SELECT m.meeting_id,
       d.source_name,
       m.held_on,
       m.locality_code,
       coalesce(l.name, m.locality_text) AS locality_name,
       l.level AS locality_level,
       l.province_name,
       m.organizer,
       m.period_start,
       m.period_end,
       m.chair_name,
       m.document_id,
       m.ordinal = 0 AS is_main_meeting,
       m.time_of_day,
       m.kind,
       m.session_number,
       m.term,
       m.online,
       m.period_label,
       l.province_code,
       m.locality_era,
       m.locality_basis
FROM baocao.meetings m
JOIN baocao.documents d USING (document_id)
LEFT JOIN report.locality_names l ON l.era = m.locality_era AND l.code = m.locality_code;
COMMENT ON COLUMN report.meetings.locality_basis IS
    'how the locality was found: named (written with the body), article (the unit of that level the article is about), source_url (named only in the web address), context (the article''s province); null when unresolved';
