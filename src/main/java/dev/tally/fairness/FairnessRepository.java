package dev.tally.fairness;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Self-identification categories, answers and one-time links, and the counts the fairness tables are made of. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FairnessRepository extends GenericRepository<FairnessRows.Category, UUID> {

    @Query("SELECT id, name, options, position FROM self_id_category WHERE org_id = :orgId ORDER BY position, id")
    List<FairnessRows.Category> categories(UUID orgId);

    /** Changes to an organisation's categories take turns, so that two cannot take one name or position. */
    @Query("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(CAST(:orgId AS text), 7201027))) l")
    int lockCategories(UUID orgId);

    @Query("""
            INSERT INTO self_id_category (org_id, id, name, options, position)
            VALUES (:orgId, :id, :name, CAST(:options AS text[]),
                    (SELECT COALESCE(max(position), 0) + 1 FROM self_id_category WHERE org_id = :orgId))""")
    void insertCategory(UUID orgId, UUID id, String name, String[] options);

    @Query("UPDATE self_id_category SET name = :name, options = CAST(:options AS text[]) WHERE org_id = :orgId AND id = :id")
    int updateCategory(UUID orgId, UUID id, String name, String[] options);

    @Query("SELECT EXISTS (SELECT 1 FROM self_id_category WHERE org_id = :orgId AND lower(name) = lower(:name) AND id <> :exceptId)")
    boolean nameTaken(UUID orgId, String name, UUID exceptId);

    @Query("DELETE FROM self_id_answer WHERE org_id = :orgId AND candidate_id = :candidateId")
    void clearAnswers(UUID orgId, UUID candidateId);

    /** {@code answers} is a JSON array of {@link FairnessRequests.Answer}, already checked against the categories. */
    @Query("""
            INSERT INTO self_id_answer (org_id, candidate_id, category_id, option, given_by)
            SELECT :orgId, :candidateId, x."categoryId", x.option, :givenBy
              FROM jsonb_to_recordset(CAST(:answers AS jsonb)) AS x("categoryId" uuid, option text)""")
    void insertAnswers(UUID orgId, UUID candidateId, String answers, String givenBy);

    @Query("""
            SELECT a.category_id, c.name AS category_name, a.option, a.given_by, a.given_at
              FROM self_id_answer a JOIN self_id_category c ON c.org_id = a.org_id AND c.id = a.category_id
             WHERE a.org_id = :orgId AND a.candidate_id = :candidateId ORDER BY c.position, c.id""")
    List<FairnessRows.Answer> answers(UUID orgId, UUID candidateId);

    /** A new link replaces the candidate's earlier one, used or not. */
    @Query("""
            INSERT INTO self_id_link (org_id, candidate_id, token_hash, expires_at, created_by)
            VALUES (:orgId, :candidateId, :tokenHash, :expiresAt, :createdBy)
            ON CONFLICT (org_id, candidate_id) DO UPDATE SET token_hash = excluded.token_hash, expires_at = excluded.expires_at,
                created_by = excluded.created_by, created_at = now()""")
    void saveLink(UUID orgId, UUID candidateId, byte[] tokenHash, Instant expiresAt, UUID createdBy);

    @Query("SELECT org_id, candidate_id, expires_at FROM self_id_link WHERE token_hash = :tokenHash AND expires_at > :now")
    Optional<FairnessRows.Link> findLink(byte[] tokenHash, Instant now);

    /** Holds the link until the transaction ends, so that a use racing this one waits and then finds it gone. */
    @Query("SELECT org_id, candidate_id, expires_at FROM self_id_link WHERE token_hash = :tokenHash AND expires_at > :now FOR UPDATE")
    Optional<FairnessRows.Link> lockLink(byte[] tokenHash, Instant now);

    @Query("DELETE FROM self_id_link WHERE token_hash = :tokenHash")
    void deleteLink(byte[] tokenHash);

    /**
     * Per stage, category and option, the candidates decided there ({@code decided}, a JSON array of
     * {@link StageOutcomes.Decided}) who chose that option: how many, how many advanced, how many by a final decision.
     * "Prefer not to say" and no answer belong to no group.
     */
    @Query("""
            SELECT x."stageId" AS stage_id, a.category_id, a.option, count(*) AS decided,
                   count(*) FILTER (WHERE x.advanced) AS advanced, count(*) FILTER (WHERE x."finalDecision") AS final_decisions
              FROM jsonb_to_recordset(CAST(:decided AS jsonb)) AS x("candidateId" uuid, "stageId" uuid, advanced boolean, "finalDecision" boolean)
              JOIN self_id_answer a ON a.org_id = :orgId AND a.candidate_id = x."candidateId"
             WHERE a.option IS NOT NULL
             GROUP BY x."stageId", a.category_id, a.option""")
    List<FairnessRows.GroupCount> groupCounts(UUID orgId, String decided);
}
