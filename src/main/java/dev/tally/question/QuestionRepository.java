package dev.tally.question;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Questions visible to an organisation: its own and the built-in ones. Every read names the organisation, so an id
 * from another organisation finds nothing.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface QuestionRepository extends GenericRepository<Question, UUID> {

    String COLUMNS = """
            q.id, q.org_id, q.code, q.latest_version, v.id AS version_id, v.version, v.section, v.competency, v.text,
            v.rubric, v.key_points, v.probes, v.red_flags, v.created_at""";
    String VISIBLE = "q.org_id IN (:orgId, '00000000-0000-0000-0000-000000000000')";
    String FILTERS = """
            (CAST(:section AS text) IS NULL OR v.section = :section)
            AND (CAST(:competency AS text) IS NULL OR v.competency = :competency)
            AND (CAST(:text AS text) IS NULL
                 OR to_tsvector('english', v.text || ' ' || v.key_points::text) @@ websearch_to_tsquery('english', :text)
                 OR lower(q.code) = lower(:text))""";

    String FROM_LATEST = " FROM question q JOIN question_version v"
            + " ON v.org_id = q.org_id AND v.question_id = q.id AND v.version = q.latest_version ";
    String FROM_ALL_VERSIONS = " FROM question q JOIN question_version v ON v.org_id = q.org_id AND v.question_id = q.id ";

    Question save(Question question);

    @Query("SELECT " + COLUMNS + FROM_LATEST + " WHERE " + VISIBLE + " AND " + FILTERS
            + " ORDER BY q.org_id <> '00000000-0000-0000-0000-000000000000', q.created_at, length(q.code), q.code"
            + " LIMIT :size OFFSET :offset")
    List<QuestionRow> search(UUID orgId, @Nullable String section, @Nullable String competency, @Nullable String text,
                             int size, long offset);

    @Query("SELECT count(*)" + FROM_LATEST + " WHERE " + VISIBLE + " AND " + FILTERS)
    long countSearch(UUID orgId, @Nullable String section, @Nullable String competency, @Nullable String text);

    @Query("SELECT " + COLUMNS + FROM_LATEST + " WHERE " + VISIBLE + " AND q.id = :id")
    Optional<QuestionRow> findLatest(UUID orgId, UUID id);

    @Query("SELECT " + COLUMNS + FROM_ALL_VERSIONS + " WHERE " + VISIBLE + " AND q.id = :id AND v.version = :version")
    Optional<QuestionRow> findVersion(UUID orgId, UUID id, int version);

    @Query("SELECT " + COLUMNS + FROM_ALL_VERSIONS + " WHERE " + VISIBLE + " AND v.id = ANY(CAST(:versionIds AS uuid[]))")
    List<QuestionRow> findVersionsByIds(UUID orgId, String versionIds);

    /** Each question's id and time of change, in the order given, as one short text. */
    @Query("""
            SELECT COALESCE(string_agg(q.id || '@' || q.updated_at, ',' ORDER BY r.ord), '')
              FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS r(id, ord)
              JOIN question q ON q.id = r.id AND""" + " " + VISIBLE)
    String stateOf(UUID orgId, String ids);

    /** The question version each reference names: {ord, questionId, version (null for the latest)}. */
    @Query("""
            SELECT r.ord, q.id AS question_id, q.org_id AS question_org_id, v.id AS version_id, v.version, v.competency
              FROM jsonb_to_recordset(CAST(:references AS jsonb)) AS r(ord int, "questionId" uuid, version int)
              JOIN question q ON q.id = r."questionId" AND""" + " " + VISIBLE + """

              JOIN question_version v ON v.org_id = q.org_id AND v.question_id = q.id AND v.version = COALESCE(r.version, q.latest_version)""")
    List<PinnedQuestion> resolve(UUID orgId, String references);

    @Query("SELECT v.version, v.id AS version_id, v.text, v.created_at" + FROM_ALL_VERSIONS
            + " WHERE " + VISIBLE + " AND q.id = :id ORDER BY v.version")
    List<QuestionVersionSummary> versions(UUID orgId, UUID id);

    @Query("SELECT EXISTS (SELECT 1 FROM question WHERE org_id = :orgId AND code = :code)")
    boolean codeTaken(UUID orgId, String code);

    @Query("SELECT org_id FROM question q WHERE " + VISIBLE + " AND q.id = :id")
    Optional<UUID> ownerOf(UUID orgId, UUID id);

    /** Moves the question to its next version if nobody else has since; 0 rows means the change was based on a stale version. */
    @Query("""
            UPDATE question SET latest_version = latest_version + 1, updated_at = now()
             WHERE org_id = :orgId AND id = :id AND latest_version = :basedOnVersion""")
    int advanceVersion(UUID orgId, UUID id, int basedOnVersion);

    @Query("""
            INSERT INTO question_version (org_id, id, question_id, version, section, competency, text, rubric, key_points, probes, red_flags, created_by)
            VALUES (:orgId, :versionId, :questionId, :version, :section, :competency, :text,
                    CAST(:rubric AS jsonb), CAST(:keyPoints AS jsonb), CAST(:probes AS jsonb), CAST(:redFlags AS jsonb), :createdBy)""")
    void insertVersion(UUID orgId, UUID versionId, UUID questionId, int version, String section, String competency, String text,
                       String rubric, String keyPoints, String probes, String redFlags, UUID createdBy);
}
