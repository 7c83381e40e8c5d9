-- Quality checks: figures that contradict themselves or each other, to verify in the article before use.
--
-- Errors cannot be right (a share above 100%, a part above its whole);
-- warnings need a look (plans implied by "đạt X% kế hoạch" that disagree
-- twofold, two articles giving different values). evidence_sentence is the
-- sentence the flagged figure was read from.
-- Source views: report.quality_flags, report.evidence.
SELECT q.severity,
       q.flag,
       q.description,
       q.province_name,
       q.locality_name,
       q.indicator_code,
       q.period_label,
       q.value,
       q.other_value,
       q.unit,
       q.source_name,
       q.other_source_name,
       (SELECT e.sentence_text FROM report.evidence e
        WHERE e.indicator_value_id = q.indicator_value_id ORDER BY e.evidence_id LIMIT 1) AS evidence_sentence
FROM report.quality_flags q
ORDER BY CASE q.severity WHEN 'error' THEN 1 ELSE 2 END, q.flag, q.province_name NULLS LAST, q.locality_name;
