package dev.tally.kit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Kits and their versions. An organisation sees its own kits and the published starter kits of the built-in
 * organisation; every statement names the organisation.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface KitRepository extends GenericRepository<Kit, UUID> {

    String BUILTIN = "'00000000-0000-0000-0000-000000000000'";

    String HEADER = """
            SELECT v.org_id, v.kit_id, v.id AS version_id, v.version, v.status, v.revision, v.name, v.description, v.role, v.level,
                   v.min_overall, v.disagreement_spread, v.created_at, v.updated_at, v.published_at, v.archived_at,
                   COALESCE((SELECT jsonb_object_agg(m.competency, m.minimum) FROM kit_competency_minimum m
                              WHERE m.org_id = v.org_id AND m.kit_version_id = v.id), '{}'::jsonb) AS min_per_competency,
                   COALESCE((SELECT jsonb_agg(jsonb_build_object('id', c.red_flag_id, 'knockout', c.knockout) ORDER BY c.position)
                               FROM kit_red_flag c WHERE c.org_id = v.org_id AND c.kit_version_id = v.id), '[]'::jsonb) AS checklist,
                   (SELECT jsonb_agg(jsonb_build_object('version', o.version, 'status', o.status,
                                     'publishedAt', o.published_at, 'archivedAt', o.archived_at) ORDER BY o.version)
                      FROM kit_version o WHERE o.org_id = v.org_id AND o.kit_id = v.kit_id
                       AND (o.org_id = :orgId OR o.status <> 'DRAFT')) AS versions
              FROM kit k JOIN kit_version v ON v.org_id = k.org_id AND v.kit_id = k.id
            """;
    String VISIBLE = " k.org_id IN (:orgId, " + BUILTIN + ") AND (k.org_id = :orgId OR v.status = 'PUBLISHED') ";

    String SUMMARY = """
            SELECT k.id, v.version, v.status, v.name, v.role, v.level, v.updated_at,
                   (SELECT count(*) FROM kit_item i WHERE i.org_id = v.org_id AND i.kit_version_id = v.id) AS item_count,
                   (SELECT COALESCE(sum(i.time_box_minutes), 0) FROM kit_item i WHERE i.org_id = v.org_id AND i.kit_version_id = v.id) AS total_minutes,
                   (SELECT max(p.version) FROM kit_version p WHERE p.org_id = k.org_id AND p.kit_id = k.id AND p.status = 'PUBLISHED') AS published_version
              FROM kit k JOIN kit_version v ON v.org_id = k.org_id AND v.kit_id = k.id AND v.version = k.latest_version
            """;
    String FILTERS = """
             AND (CAST(:status AS text) IS NULL OR v.status = :status)
             AND (CAST(:role AS text) IS NULL OR lower(v.role) = lower(:role))
             AND (CAST(:text AS text) IS NULL OR strpos(lower(v.name || ' ' || v.description || ' ' || v.level), lower(:text)) > 0)
            """;

    Kit save(Kit kit);

    @Query(HEADER + " WHERE" + VISIBLE + "AND k.id = :kitId AND v.version = COALESCE(CAST(:version AS int), k.latest_version)")
    Optional<KitHeader> findHeader(UUID orgId, UUID kitId, @Nullable Integer version);

    @Query("""
            SELECT i.position, i.weight, i.time_box_minutes, i.required, i.question_version_id FROM kit_item i
             WHERE i.org_id = :kitOrgId AND i.kit_version_id = :versionId
             ORDER BY i.position""")
    List<KitItemRow> findItems(UUID kitOrgId, UUID versionId);

    /** The questions a version's items pin, in their order. */
    @Query("SELECT i.question_id FROM kit_item i WHERE i.org_id = :kitOrgId AND i.kit_version_id = :versionId ORDER BY i.position")
    List<UUID> questionIds(UUID kitOrgId, UUID versionId);

    @Query("""
            SELECT v.id AS version_id, v.kit_id, v.org_id, v.version, v.name, v.status FROM kit_version v
             WHERE v.org_id IN (:orgId, """ + BUILTIN + """
            ) AND v.kit_id = :kitId AND v.version = :version AND (v.org_id = :orgId OR v.status = 'PUBLISHED')""")
    Optional<KitVersionRef> findVersionRef(UUID orgId, UUID kitId, int version);

    @Query("""
            SELECT v.id AS version_id, v.kit_id, v.org_id, v.version, v.name, v.status FROM kit_version v
             WHERE v.org_id IN (:orgId, """ + BUILTIN + """
            ) AND v.id = :versionId AND (v.org_id = :orgId OR v.status = 'PUBLISHED')""")
    Optional<KitVersionRef> findVersionRefById(UUID orgId, UUID versionId);

    @Query("""
            SELECT v.id AS version_id, v.kit_id, v.org_id, v.version, v.name, v.status FROM kit_version v
             WHERE v.org_id = :orgId AND v.id = ANY(CAST(:versionIds AS uuid[]))""")
    List<KitVersionRef> findVersionRefs(UUID orgId, String versionIds);

    @Query("""
            SELECT i.position, i.required, i.question_version_id, v.status
              FROM kit_item i
              JOIN kit_version v ON v.org_id = i.org_id AND v.id = i.kit_version_id
             WHERE i.org_id = :orgId AND i.kit_version_id = :versionId
             ORDER BY i.position""")
    List<PublishedItemRules.Row> findItemRules(UUID orgId, UUID versionId);

    @Query("SELECT EXISTS (SELECT 1 FROM kit_red_flag WHERE org_id = :orgId AND kit_version_id = :versionId AND red_flag_id = :redFlagId)")
    boolean onChecklist(UUID orgId, UUID versionId, UUID redFlagId);

    @Query(HEADER + " WHERE k.org_id = :orgId AND v.id = :versionId")
    Optional<KitHeader> findHeaderOfVersion(UUID orgId, UUID versionId);

    @Query("""
            SELECT v.status,
                   (SELECT string_agg(o.version || ' ' || o.status || ' ' || COALESCE(CAST(o.published_at AS text), '-') || ' '
                                      || COALESCE(CAST(o.archived_at AS text), '-'), ',' ORDER BY o.version)
                      FROM kit_version o WHERE o.org_id = v.org_id AND o.kit_id = v.kit_id) AS versions,
                   COALESCE((SELECT jsonb_agg(i.question_id ORDER BY i.position) FROM kit_item i
                              WHERE i.org_id = v.org_id AND i.kit_version_id = v.id), '[]'::jsonb) AS question_ids
              FROM kit_version v WHERE v.org_id = :orgId AND v.id = :versionId""")
    Optional<KitState> findStateOfVersion(UUID orgId, UUID versionId);

    @Query(SUMMARY + " WHERE k.org_id = :orgId" + FILTERS + " ORDER BY v.updated_at DESC, k.id LIMIT :size OFFSET :offset")
    List<KitSummary> list(UUID orgId, @Nullable String status, @Nullable String role, @Nullable String text, int size, long offset);

    @Query("SELECT count(*) FROM kit k JOIN kit_version v ON v.org_id = k.org_id AND v.kit_id = k.id AND v.version = k.latest_version"
            + " WHERE k.org_id = :orgId" + FILTERS)
    long count(UUID orgId, @Nullable String status, @Nullable String role, @Nullable String text);

    @Query(SUMMARY + " WHERE k.org_id = " + BUILTIN + " AND v.status = 'PUBLISHED' ORDER BY k.id")
    List<KitSummary> starters();

    @Query("SELECT org_id FROM kit k WHERE k.org_id IN (:orgId, " + BUILTIN + ") AND k.id = :kitId")
    Optional<UUID> ownerOf(UUID orgId, UUID kitId);

    /** The draft of a kit, locked for the rest of the transaction so that edits and publishing take turns. */
    @Query("SELECT v.org_id, v.kit_id, v.id AS version_id, v.version, v.revision FROM kit_version v"
            + " WHERE v.org_id = :orgId AND v.kit_id = :kitId AND v.status = 'DRAFT' FOR UPDATE")
    Optional<DraftRef> lockDraft(UUID orgId, UUID kitId);

    @Query("SELECT latest_version FROM kit WHERE org_id = :orgId AND id = :kitId FOR UPDATE")
    Optional<Integer> lockKit(UUID orgId, UUID kitId);

    @Query("""
            INSERT INTO kit_version (org_id, id, kit_id, version, status, name, description, role, level, min_overall,
                                     disagreement_spread, created_by)
            VALUES (:orgId, :versionId, :kitId, :version, 'DRAFT', :name, :description, :role, :level, :minOverall,
                    :disagreementSpread, :createdBy)""")
    void insertDraft(UUID orgId, UUID versionId, UUID kitId, int version, String name, String description, String role,
                     String level, @Nullable BigDecimal minOverall, int disagreementSpread, UUID createdBy);

    @Query("""
            UPDATE kit_version SET name = :name, description = :description, role = :role, level = :level,
                   min_overall = :minOverall, disagreement_spread = :disagreementSpread,
                   revision = revision + 1, updated_at = now()
             WHERE org_id = :orgId AND id = :versionId AND status = 'DRAFT'""")
    int updateDraft(UUID orgId, UUID versionId, String name, String description, String role, String level,
                    @Nullable BigDecimal minOverall, int disagreementSpread);

    @Query("DELETE FROM kit_item WHERE org_id = :orgId AND kit_version_id = :versionId")
    void deleteItems(UUID orgId, UUID versionId);

    @Query("DELETE FROM kit_red_flag WHERE org_id = :orgId AND kit_version_id = :versionId")
    void deleteChecklist(UUID orgId, UUID versionId);

    @Query("DELETE FROM kit_competency_minimum WHERE org_id = :orgId AND kit_version_id = :versionId")
    void deleteMinimums(UUID orgId, UUID versionId);

    /** Inserts all items in one statement from a JSON array of {position, questionOrgId, questionId, versionId, weight, timeBoxMinutes, required}. */
    @Query("""
            INSERT INTO kit_item (org_id, kit_version_id, position, question_org_id, question_id, question_version_id,
                                  weight, time_box_minutes, required)
            SELECT :orgId, :versionId, i.position, i."questionOrgId", i."questionId", i."versionId", i.weight, i."timeBoxMinutes", i.required
              FROM jsonb_to_recordset(CAST(:items AS jsonb))
                   AS i(position int, "questionOrgId" uuid, "questionId" uuid, "versionId" uuid, weight numeric, "timeBoxMinutes" int, required boolean)""")
    void insertItems(UUID orgId, UUID versionId, String items);

    @Query("""
            INSERT INTO kit_red_flag (org_id, kit_version_id, position, red_flag_org_id, red_flag_id, knockout)
            SELECT :orgId, :versionId, c.position, c."redFlagOrgId", c."redFlagId", c.knockout
              FROM jsonb_to_recordset(CAST(:checklist AS jsonb))
                   AS c(position int, "redFlagOrgId" uuid, "redFlagId" uuid, knockout boolean)""")
    void insertChecklist(UUID orgId, UUID versionId, String checklist);

    @Query("""
            INSERT INTO kit_competency_minimum (org_id, kit_version_id, competency, minimum)
            SELECT :orgId, :versionId, m.key, CAST(m.value AS numeric)
              FROM jsonb_each_text(CAST(:minimums AS jsonb)) AS m""")
    void insertMinimums(UUID orgId, UUID versionId, String minimums);

    @Query("""
            UPDATE kit_version SET status = 'PUBLISHED', published_by = :userId, published_at = now(), updated_at = now()
             WHERE org_id = :orgId AND id = :versionId AND status = 'DRAFT'""")
    int publish(UUID orgId, UUID versionId, UUID userId);

    @Query("""
            UPDATE kit_version SET status = 'ARCHIVED', archived_at = now(), updated_at = now()
             WHERE org_id = :orgId AND kit_id = :kitId AND status = 'PUBLISHED'
               AND (CAST(:version AS int) IS NULL OR version = :version)""")
    int archive(UUID orgId, UUID kitId, @Nullable Integer version);

    @Query("UPDATE kit SET latest_version = :version, updated_at = now() WHERE org_id = :orgId AND id = :kitId")
    void advanceLatest(UUID orgId, UUID kitId, int version);

    /** Copies a version (of this organisation's kit, or of a starter kit) into a new draft, children included. */
    @Query("""
            INSERT INTO kit_version (org_id, id, kit_id, version, status, name, description, role, level, min_overall,
                                     disagreement_spread, created_by)
            SELECT :toOrgId, :toVersionId, :toKitId, :toVersion, 'DRAFT', COALESCE(CAST(:name AS text), s.name), s.description,
                   s.role, s.level, s.min_overall, s.disagreement_spread, :createdBy
              FROM kit_version s WHERE s.org_id = :fromOrgId AND s.id = :fromVersionId""")
    void copyVersion(UUID fromOrgId, UUID fromVersionId, UUID toOrgId, UUID toKitId, UUID toVersionId, int toVersion,
                     @Nullable String name, UUID createdBy);

    @Query("""
            INSERT INTO kit_item (org_id, kit_version_id, position, question_org_id, question_id, question_version_id,
                                  weight, time_box_minutes, required)
            SELECT :toOrgId, :toVersionId, position, question_org_id, question_id, question_version_id, weight, time_box_minutes, required
              FROM kit_item WHERE org_id = :fromOrgId AND kit_version_id = :fromVersionId""")
    void copyItems(UUID fromOrgId, UUID fromVersionId, UUID toOrgId, UUID toVersionId);

    @Query("""
            INSERT INTO kit_red_flag (org_id, kit_version_id, position, red_flag_org_id, red_flag_id, knockout)
            SELECT :toOrgId, :toVersionId, position, red_flag_org_id, red_flag_id, knockout
              FROM kit_red_flag WHERE org_id = :fromOrgId AND kit_version_id = :fromVersionId""")
    void copyChecklist(UUID fromOrgId, UUID fromVersionId, UUID toOrgId, UUID toVersionId);

    @Query("""
            INSERT INTO kit_competency_minimum (org_id, kit_version_id, competency, minimum)
            SELECT :toOrgId, :toVersionId, competency, minimum
              FROM kit_competency_minimum WHERE org_id = :fromOrgId AND kit_version_id = :fromVersionId""")
    void copyMinimums(UUID fromOrgId, UUID fromVersionId, UUID toOrgId, UUID toVersionId);
}
