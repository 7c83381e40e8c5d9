-- Which files could not be loaded, and why: the rejects of every load, by reason.
--
-- One row per rejected file (its latest attempt), most recent first within
-- each reason; a file fixed and loaded again is no longer listed.
-- Source view: report.rejects.
SELECT r.reason_code,
       count(*) OVER (PARTITION BY r.reason_code) AS files_with_reason,
       r.path,
       r.file_size,
       r.message,
       r.rejected_at
FROM report.rejects r
ORDER BY files_with_reason DESC, r.reason_code, r.rejected_at DESC, r.path;
