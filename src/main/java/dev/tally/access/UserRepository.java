package dev.tally.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRepository extends GenericRepository<User, UUID> {

    User save(User user);

    Optional<User> findByOrgIdAndId(UUID orgId, UUID id);

    String USER_FILTERS = """
             WHERE org_id = :orgId
               AND (CAST(:role AS text) IS NULL OR CAST(:role AS text) = ANY (roles))
               AND (CAST(:active AS boolean) IS NULL OR active = :active)
               AND (CAST(:text AS text) IS NULL OR strpos(lower(name), lower(:text)) > 0 OR strpos(lower(email), lower(:text)) > 0)
            """;

    @Query("SELECT * FROM app_user" + USER_FILTERS + " ORDER BY lower(email), id LIMIT :size OFFSET :offset")
    List<User> listByEmail(UUID orgId, @Nullable String role, @Nullable Boolean active, @Nullable String text, int size, long offset);

    @Query("SELECT * FROM app_user" + USER_FILTERS + " ORDER BY lower(name), id LIMIT :size OFFSET :offset")
    List<User> listByName(UUID orgId, @Nullable String role, @Nullable Boolean active, @Nullable String text, int size, long offset);

    @Query("SELECT count(*) FROM app_user" + USER_FILTERS)
    long count(UUID orgId, @Nullable String role, @Nullable Boolean active, @Nullable String text);

    /** In id order, so that two transactions holding overlapping sets cannot wait for each other. */
    @Query("SELECT id FROM app_user WHERE org_id = :orgId AND id = ANY(CAST(:ids AS uuid[])) ORDER BY id FOR SHARE")
    List<UUID> holdNames(UUID orgId, String ids);

    @Query("UPDATE app_user SET name = :name, updated_at = now() WHERE org_id = :orgId AND id = :id")
    int updateName(UUID orgId, UUID id, String name);

    List<User> findByOrgIdAndIdIn(UUID orgId, Collection<UUID> ids);

    @Query("SELECT * FROM app_user WHERE org_id = :orgId AND id = ANY(CAST(:ids AS uuid[])) ORDER BY name, id")
    List<User> findByIdsInNameOrder(UUID orgId, String ids);

    @Query("SELECT * FROM app_user WHERE lower(email) = lower(:email)")
    Optional<User> findByEmailIgnoringCase(String email);

    @Query("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(email) = lower(:email))")
    boolean emailTaken(String email);

    /** The account behind a token, looked up so that deactivation and role changes apply to tokens already issued. */
    @Query("SELECT * FROM app_user WHERE id = :id")
    Optional<User> findAccount(UUID id);

    @Query("UPDATE app_user SET roles = CAST(:roles AS text[]), updated_at = now() WHERE org_id = :orgId AND id = :id")
    int updateRoles(UUID orgId, UUID id, String[] roles);

    /** Deactivation also ends the account's tokens: reactivating it does not bring them back. */
    @Query("""
            UPDATE app_user SET active = :active, updated_at = now(),
                token_generation = token_generation + CASE WHEN :active THEN 0 ELSE 1 END
            WHERE org_id = :orgId AND id = :id""")
    int updateActive(UUID orgId, UUID id, boolean active);

    /**
     * A new password ends every token issued before it. {@code mustChange} is false when the user chose it, true when
     * an admin reset it.
     */
    @Query("""
            UPDATE app_user SET password_hash = :passwordHash, must_change_password = :mustChange,
                token_generation = token_generation + 1, updated_at = now()
            WHERE org_id = :orgId AND id = :id""")
    int updatePassword(UUID orgId, UUID id, String passwordHash, boolean mustChange);

    /** Active admins of the organisation, locked so that two admins demoting each other cannot leave none. */
    @Query("SELECT count(*) FROM (SELECT id FROM app_user WHERE org_id = :orgId AND active AND 'ADMIN' = ANY (roles) FOR UPDATE) admins")
    long lockAndCountActiveAdmins(UUID orgId);
}
