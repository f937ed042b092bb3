package dev.tally.hiring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CandidateRepository extends GenericRepository<Candidate, UUID> {

    String CANDIDATE = """
            SELECT c.id, c.opening_id, o.title AS opening_title, o.hiring_manager_id, c.name, c.email, c.status, c.created_at, c.updated_at
              FROM candidate c JOIN opening o ON o.org_id = c.org_id AND o.id = c.opening_id
            """;

    @Query(CANDIDATE + " WHERE c.org_id = :orgId AND c.id = :id")
    Optional<Candidate> find(UUID orgId, UUID id);

    @Query(CANDIDATE + " WHERE c.org_id = :orgId AND c.id = :id FOR UPDATE OF c")
    Optional<Candidate> lock(UUID orgId, UUID id);

    @Query("""
            INSERT INTO candidate (org_id, id, opening_id, name, email, created_by)
            VALUES (:orgId, :id, :openingId, :name, :email, :createdBy)""")
    void insert(UUID orgId, UUID id, UUID openingId, String name, String email, UUID createdBy);

    @Query("SELECT EXISTS (SELECT 1 FROM candidate WHERE org_id = :orgId AND opening_id = :openingId AND lower(email) = lower(:email) AND id <> :exceptId)")
    boolean emailTaken(UUID orgId, UUID openingId, String email, UUID exceptId);

    @Query("UPDATE candidate SET name = :name, email = :email, status = :status, updated_at = now() WHERE org_id = :orgId AND id = :id")
    void update(UUID orgId, UUID id, String name, String email, String status);

    @Query("UPDATE candidate SET status = :status, updated_at = now() WHERE org_id = :orgId AND id = :id")
    void setStatus(UUID orgId, UUID id, String status);

    String FILTERS = """
             WHERE c.org_id = :orgId
               AND (CAST(:openingId AS uuid) IS NULL OR c.opening_id = :openingId)
               AND (CAST(:status AS text) IS NULL OR c.status = :status)
               AND (CAST(:hiringManagerId AS uuid) IS NULL OR o.hiring_manager_id = :hiringManagerId)
            """;

    @Query("""
            SELECT c.id, c.opening_id, c.name, c.email, c.status, c.created_at
              FROM candidate c JOIN opening o ON o.org_id = c.org_id AND o.id = c.opening_id""" + FILTERS + """
             ORDER BY c.created_at DESC, c.id LIMIT :size OFFSET :offset""")
    List<HiringViews.CandidateSummary> list(UUID orgId, @Nullable UUID openingId, @Nullable String status,
                                            @Nullable UUID hiringManagerId, int size, long offset);

    @Query("SELECT count(*) FROM candidate c JOIN opening o ON o.org_id = c.org_id AND o.id = c.opening_id" + FILTERS)
    long count(UUID orgId, @Nullable UUID openingId, @Nullable String status, @Nullable UUID hiringManagerId);

    @Query("""
            SELECT d.decision, d.reason, d.decided_by AS decided_by_id, u.name AS decided_by_name, d.decided_at
              FROM candidate_decision d JOIN app_user u ON u.org_id = d.org_id AND u.id = d.decided_by
             WHERE d.org_id = :orgId AND d.candidate_id = :candidateId ORDER BY d.decided_at, d.id""")
    List<HiringViews.DecisionView> decisions(UUID orgId, UUID candidateId);

    @Query("""
            INSERT INTO candidate_decision (org_id, id, candidate_id, decision, reason, decided_by)
            VALUES (:orgId, :id, :candidateId, :decision, :reason, :decidedBy)""")
    void insertDecision(UUID orgId, UUID id, UUID candidateId, String decision, String reason, UUID decidedBy);
}
