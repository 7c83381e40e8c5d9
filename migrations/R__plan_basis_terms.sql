-- What the basis of a plan comparison says, loaded again whenever
-- data/plan_basis_terms.tsv changes; V007 loaded it first. Nothing references
-- baocao.plan_basis_terms (views only join it), so the table is made equal to
-- the file: lines removed from the file are removed here.

CREATE TEMPORARY TABLE staging_plan_basis_terms (
    term text, aspect text, value text, priority integer
) ON COMMIT DROP;

-- baocao:copy staging_plan_basis_terms (term,aspect,value,priority) FROM 'plan_basis_terms.tsv' TSV

DO $$
DECLARE
    twice text;
BEGIN
    SELECT string_agg(DISTINCT term || ' (' || aspect || ')', ', ') INTO twice
    FROM (SELECT term, aspect FROM staging_plan_basis_terms GROUP BY term, aspect HAVING count(*) > 1) d;
    IF twice IS NOT NULL THEN
        RAISE EXCEPTION 'plan_basis_terms.tsv lists these terms more than once: %', twice;
    END IF;
END
$$;

DELETE FROM baocao.plan_basis_terms t
WHERE NOT EXISTS (SELECT 1 FROM staging_plan_basis_terms s WHERE s.term = t.term AND s.aspect = t.aspect);

INSERT INTO baocao.plan_basis_terms AS t (term, aspect, value, priority)
SELECT term, aspect, value, coalesce(priority, 0) FROM staging_plan_basis_terms
ON CONFLICT (term, aspect) DO UPDATE SET value = EXCLUDED.value, priority = EXCLUDED.priority
WHERE (t.value, t.priority) IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.priority);
