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
            SELECT c.id, c.opening_id, o.title AS opening_title, o.status AS opening_status, o.hiring_manager_id, c.name, c.email,
                   c.phone, c.source, c.link, c.notes, c.status, c.created_at, c.updated_at
              FROM candidate c JOIN opening o ON o.org_id = c.org_id AND o.id = c.opening_id
            """;

    @Query(CANDIDATE + " WHERE c.org_id = :orgId AND c.id = :id")
    Optional<Candidate> find(UUID orgId, UUID id);

    @Query(CANDIDATE + " WHERE c.org_id = :orgId AND c.id = ANY (CAST(:ids AS uuid[])) ORDER BY c.created_at, c.id")
    List<Candidate> findAll(UUID orgId, String[] ids);

    @Query(CANDIDATE + " WHERE c.org_id = :orgId AND c.id = :id FOR UPDATE OF c FOR SHARE OF o")
    Optional<Candidate> lock(UUID orgId, UUID id);

    @Query("""
            INSERT INTO candidate (org_id, id, opening_id, name, email, phone, source, link, notes, created_by)
            VALUES (:orgId, :id, :openingId, :name, :email, :phone, :source, :link, :notes, :createdBy)""")
    void insert(UUID orgId, UUID id, UUID openingId, String name, String email, @Nullable String phone, @Nullable String source,
                @Nullable String link, @Nullable String notes, UUID createdBy);

    /** The emails already on the opening, lower-cased, among these: what a CSV import must not add again. */
    @Query("""
            SELECT lower(email) FROM candidate
             WHERE org_id = :orgId AND opening_id = :openingId AND lower(email) = ANY (CAST(:emails AS text[]))""")
    List<String> emailsTaken(UUID orgId, UUID openingId, String[] emails);

    @Query("SELECT EXISTS (SELECT 1 FROM candidate WHERE org_id = :orgId AND opening_id = :openingId AND lower(email) = lower(:email) AND id <> :exceptId)")
    boolean emailTaken(UUID orgId, UUID openingId, String email, UUID exceptId);

    @Query("""
            UPDATE candidate SET name = :name, email = :email, phone = :phone, source = :source, link = :link, notes = :notes,
                   status = :status, updated_at = now()
             WHERE org_id = :orgId AND id = :id""")
    void update(UUID orgId, UUID id, String name, String email, @Nullable String phone, @Nullable String source,
                @Nullable String link, @Nullable String notes, CandidateStatus status);

    @Query("UPDATE candidate SET status = :status, updated_at = now() WHERE org_id = :orgId AND id = :id")
    void setStatus(UUID orgId, UUID id, CandidateStatus status);

    /**
     * Whether candidate {@code c} waits for the hiring manager's decision: still active, interviewed at least once, and
     * every panelist of every interview not called off has submitted. Written once, for the candidate lists and the
     * openings' counts.
     */
    String AWAITING_DECISION = """
            (c.status = 'ACTIVE'
             AND EXISTS (SELECT 1 FROM interview i WHERE i.org_id = c.org_id AND i.candidate_id = c.id AND i.status = 'SCHEDULED')
             AND NOT EXISTS (SELECT 1 FROM interview i
                               JOIN panel_member p ON p.org_id = i.org_id AND p.interview_id = i.id
                              WHERE i.org_id = c.org_id AND i.candidate_id = c.id AND i.status = 'SCHEDULED'
                                AND NOT EXISTS (SELECT 1 FROM scorecard sc WHERE sc.org_id = p.org_id
                                                   AND sc.interview_id = p.interview_id AND sc.interviewer_id = p.user_id
                                                   AND sc.revision > 0)))""";

    String FILTERS = """

             WHERE c.org_id = :orgId
               AND (CAST(:openingId AS uuid) IS NULL OR c.opening_id = :openingId)
               AND (CAST(:status AS text) IS NULL OR c.status = :status)
               AND (CAST(:hiringManagerId AS uuid) IS NULL OR o.hiring_manager_id = :hiringManagerId)
               AND (CAST(:stageId AS uuid) IS NULL
                    OR EXISTS (SELECT 1 FROM interview i WHERE i.org_id = c.org_id AND i.candidate_id = c.id
                                  AND i.stage_id = :stageId AND i.status = 'SCHEDULED'))
               AND (CAST(:text AS text) IS NULL OR strpos(lower(c.name), lower(:text)) > 0 OR strpos(lower(c.email), lower(:text)) > 0)
               AND (CAST(:awaitingDecision AS boolean) IS NULL OR\s""" + AWAITING_DECISION + " = :awaitingDecision)\n";

    /** The stage is that of the latest interview not called off. */
    @Query("""
            SELECT c.id, c.opening_id, c.name, c.email, c.phone, c.source, c.status, latest.stage_name,
                   (SELECT count(*) FROM interview i WHERE i.org_id = c.org_id AND i.candidate_id = c.id AND i.status = 'SCHEDULED')
                       AS interview_count,
                   """ + AWAITING_DECISION + """
             AS awaiting_decision, c.created_at
              FROM candidate c JOIN opening o ON o.org_id = c.org_id AND o.id = c.opening_id
              LEFT JOIN LATERAL (SELECT s.name AS stage_name FROM interview i
                                   JOIN opening_stage s ON s.org_id = i.org_id AND s.id = i.stage_id
                                  WHERE i.org_id = c.org_id AND i.candidate_id = c.id AND i.status = 'SCHEDULED'
                                  ORDER BY i.scheduled_at DESC, i.id DESC LIMIT 1) latest ON true""" + FILTERS + """
             ORDER BY c.created_at DESC, c.id LIMIT :size OFFSET :offset""")
    List<HiringViews.CandidateSummary> list(UUID orgId, @Nullable UUID openingId, @Nullable CandidateStatus status,
                                            @Nullable UUID hiringManagerId, @Nullable UUID stageId, @Nullable String text,
                                            @Nullable Boolean awaitingDecision, int size, long offset);

    @Query("SELECT count(*) FROM candidate c JOIN opening o ON o.org_id = c.org_id AND o.id = c.opening_id" + FILTERS)
    long count(UUID orgId, @Nullable UUID openingId, @Nullable CandidateStatus status, @Nullable UUID hiringManagerId,
               @Nullable UUID stageId, @Nullable String text, @Nullable Boolean awaitingDecision);

    @Query("""
            SELECT d.decision, d.reason, d.suggested_decision, d.decided_by AS decided_by_id, d.decided_at FROM candidate_decision d
             WHERE d.org_id = :orgId AND d.candidate_id = :candidateId ORDER BY d.decided_at, d.id""")
    List<Candidate.Decided> decisions(UUID orgId, UUID candidateId);

    @Query("""
            INSERT INTO candidate_decision (org_id, id, candidate_id, decision, reason, decided_by, suggested_decision)
            VALUES (:orgId, :id, :candidateId, :decision, :reason, :decidedBy, :suggestedDecision)""")
    void insertDecision(UUID orgId, UUID id, UUID candidateId, HiringDecision decision, String reason, UUID decidedBy, String suggestedDecision);
}
