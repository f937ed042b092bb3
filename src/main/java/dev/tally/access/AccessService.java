package dev.tally.access;

import dev.tally.audit.AuditLog;
import dev.tally.common.Caller;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.common.UuidArray;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Organisations, users, their roles, and checking a login. */
@Singleton
public class AccessService {

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final LoginThrottling throttling;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditLog audit;
    private final RecentAccounts accounts;

    private final ApplicationEventPublisher<AccountRenamed> renames;

    AccessService(UserRepository users, OrganisationRepository organisations, LoginThrottling throttling,
                  PasswordHasher hasher, Clock clock, AuditLog audit, RecentAccounts accounts,
                  ApplicationEventPublisher<AccountRenamed> renames) {
        this.renames = renames;
        this.audit = audit;
        this.accounts = accounts;
        this.users = users;
        this.organisations = organisations;
        this.throttling = throttling;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * The account for these credentials, tried from this client (see {@link LoginThrottling}). Not one transaction:
     * the failure count must be kept when the login fails, and no connection is held while BCrypt works. Unknown
     * email, wrong password and deactivated account all answer alike, and take as long.
     */
    User authenticate(String email, String password, String client) {
        String key = email.trim().toLowerCase(Locale.ROOT);
        throttling.admit(key, client);
        Optional<User> user = users.findByEmailIgnoringCase(key);
        boolean verified;
        if (user.isPresent()) {
            verified = hasher.matches(password, user.get().passwordHash()) && user.get().active();
        } else {
            hasher.spendTheTimeOfAVerification(password);
            verified = false;
        }
        if (!verified) {
            throttling.failed(key, client);
            throw new AccessFacts.InvalidCredentials();
        }
        throttling.succeeded(key, client);
        return user.get();
    }

    /**
     * Holds these users' names until the caller's transaction ends: a rename waits for it, and it waits for a rename in
     * flight, so that whatever the transaction derives from their names (the report's stored reasons) is not left stale.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void holdNames(Caller caller, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            users.holdNames(caller.orgId(), UuidArray.of(ids));
        }
    }

    /** The users of the caller's organisation among these ids; ids of other organisations find nothing. */
    @Transactional(readOnly = true)
    public Map<UUID, Colleague> colleagues(Caller caller, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByOrgIdAndIdIn(caller.orgId(), ids).stream()
                .collect(Collectors.toMap(User::id, Colleague::from));
    }

    /**
     * These users of the organisation, deactivated ones too, in name order as the database sorts names (as every list
     * of people reads), for features that keep people by id; called within their transaction, or one of its own.
     */
    @Transactional(readOnly = true)
    public List<Colleague> inNameOrder(UUID orgId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return users.findByIdsInNameOrder(orgId, UuidArray.of(ids)).stream().map(Colleague::from).toList();
    }

    /** Active colleagues by role and by part of their name or email, sorted by name: what pickers offer instead of ids. */
    @Transactional(readOnly = true)
    PageView<Colleague> lookUpColleagues(Caller caller, @Nullable Role role, @Nullable String text, PageRequest paging) {
        String roleName = role == null ? null : role.name();
        String search = searchText(text);
        return PageView.of(users.listByName(caller.orgId(), roleName, true, search, paging.size(), paging.offset()).stream()
                .map(Colleague::from).toList(), paging, users.count(caller.orgId(), roleName, true, search));
    }

    @Transactional(readOnly = true)
    MeView me(Caller caller) {
        User user = user(caller.orgId(), caller.userId());
        Organisation organisation = organisations.findById(caller.orgId()).orElseThrow();
        return new MeView(user.id(), user.email(), user.name(), UserView.rolesOf(user), OrganisationView.from(organisation),
                user.mustChangePassword());
    }

    @Transactional
    UserView createUser(Caller caller, CreateUserRequest request) {
        UserView created = UserView.from(insertUser(caller.orgId(), request.email(), request.name(), request.password(),
                EnumSet.copyOf(request.roles())));
        audit.record(caller, "USER", created.id(), "CREATED", null, created);
        return created;
    }

    @Transactional(readOnly = true)
    PageView<UserView> listUsers(Caller caller, @Nullable Role role, @Nullable Boolean active, @Nullable String text,
                                 PageRequest paging) {
        String roleName = role == null ? null : role.name();
        String search = searchText(text);
        return PageView.of(users.listByEmail(caller.orgId(), roleName, active, search, paging.size(), paging.offset()).stream()
                .map(UserView::from).toList(), paging, users.count(caller.orgId(), roleName, active, search));
    }

    private static @Nullable String searchText(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Transactional
    MeView rename(Caller caller, String name) {
        User before = user(caller.orgId(), caller.userId());
        users.updateName(caller.orgId(), caller.userId(), name.trim());
        audit.record(caller, "USER", caller.userId(), "RENAMED", UserView.from(before), UserView.from(user(caller.orgId(), caller.userId())));
        renames.publishEvent(new AccountRenamed(caller.orgId(), caller.userId()));
        return me(caller);
    }

    @Transactional(readOnly = true)
    UserView getUser(Caller caller, UUID id) {
        return UserView.from(user(caller.orgId(), id));
    }

    @Transactional
    UserView changeRoles(Caller caller, UUID id, Set<Role> roles) {
        User user = user(caller.orgId(), id);
        if (UserView.rolesOf(user).contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(caller.orgId(), user);
        }
        users.updateRoles(caller.orgId(), id, roleNames(roles));
        accounts.changing(id);
        UserView after = UserView.from(user(caller.orgId(), id));
        audit.record(caller, "USER", id, "ROLES_CHANGED", UserView.from(user), after);
        return after;
    }

    @Transactional
    UserView setActive(Caller caller, UUID id, boolean active) {
        User user = user(caller.orgId(), id);
        if (!active && user.active() && UserView.rolesOf(user).contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(caller.orgId(), user);
        }
        users.updateActive(caller.orgId(), id, active);
        accounts.changing(id);
        UserView after = UserView.from(user(caller.orgId(), id));
        audit.record(caller, "USER", id, active ? "ACTIVATED" : "DEACTIVATED", UserView.from(user), after);
        return after;
    }

    @Transactional
    void changePassword(Caller caller, ChangePasswordRequest request) {
        User user = user(caller.orgId(), caller.userId());
        if (!hasher.matches(request.currentPassword(), user.passwordHash())) {
            throw new AccessFacts.WrongCurrentPassword();
        }
        users.updatePassword(caller.orgId(), caller.userId(), hasher.hash(request.newPassword()), false);
        accounts.changing(caller.userId());
        audit.record(caller, "USER", caller.userId(), "PASSWORD_CHANGED", null, null);
    }

    /** An admin sets a user's password: the user's tokens end, and they must choose their own at their next login. */
    @Transactional
    void resetPassword(Caller caller, UUID id, ResetPasswordRequest request) {
        user(caller.orgId(), id);
        users.updatePassword(caller.orgId(), id, hasher.hash(request.newPassword()), true);
        accounts.changing(id);
        audit.record(caller, "USER", id, "PASSWORD_RESET", null, null);
    }

    @Transactional
    NewOrganisationView createOrganisation(Caller caller, CreateOrganisationRequest request) {
        Organisation own = organisations.findById(caller.orgId()).orElseThrow();
        if (own.kind() != Organisation.Kind.PRIMARY) {
            throw new AccessFacts.NotAPrimaryAdmin();
        }
        Organisation organisation = organisations.save(
                new Organisation(UUID.randomUUID(), request.name().trim(), Organisation.Kind.STANDARD, null));
        String adminName = request.adminName() == null || request.adminName().isBlank() ? request.adminEmail() : request.adminName();
        User admin = insertUser(organisation.id(), request.adminEmail(), adminName, request.adminPassword(), Set.of(Role.ADMIN));
        NewOrganisationView created = new NewOrganisationView(OrganisationView.from(organisation), UserView.from(admin));
        audit.record(caller, "ORGANISATION", organisation.id(), "CREATED", null, created);
        audit.record(organisation.id(), caller.userId(), "USER", admin.id(), "CREATED", null, created.admin());
        return created;
    }

    @Transactional(readOnly = true)
    PageView<OrganisationView> listOrganisations(Caller caller, PageRequest paging) {
        Organisation own = organisations.findById(caller.orgId()).orElseThrow();
        if (own.kind() != Organisation.Kind.PRIMARY) {
            throw new AccessFacts.NotAPrimaryAdmin();
        }
        Page<Organisation> page = organisations.findByKindNotEqual(Organisation.Kind.BUILTIN,
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.asc("createdAt"))));
        return PageView.of(page.getContent().stream().map(OrganisationView::from).toList(), paging, page.getTotalSize());
    }

    /** Creates the first organisation and its admin, once, however many instances start at the same moment. */
    @Transactional
    Optional<User> bootstrap(String organisationName, String adminEmail, String adminPassword) {
        organisations.lockBootstrap();
        if (organisations.existsByKind(Organisation.Kind.PRIMARY)) {
            return Optional.empty();
        }
        Organisation organisation = organisations.save(
                new Organisation(UUID.randomUUID(), organisationName, Organisation.Kind.PRIMARY, null));
        User admin = insertUser(organisation.id(), adminEmail, "Administrator", adminPassword, Set.of(Role.ADMIN));
        audit.record(organisation.id(), null, "USER", admin.id(), "CREATED", null, UserView.from(admin));
        return Optional.of(admin);
    }

    /** The organisation's name, for a page shown to someone outside it (a candidate answering a one-time link). */
    @Transactional(readOnly = true)
    public String organisationName(UUID orgId) {
        return organisations.findById(orgId).orElseThrow().name();
    }

    /**
     * Creates an organisation and its first admin on the operator's behalf, with no caller (the demo organisation at
     * startup), unless that admin's email is already registered: then nothing. Audited, like the bootstrap, with no actor.
     */
    @Transactional
    public Optional<UUID> createOrganisationUnlessRegistered(String name, String adminEmail, String adminName, String adminPassword) {
        if (users.emailTaken(adminEmail.trim())) {
            return Optional.empty();
        }
        Organisation organisation = organisations.save(
                new Organisation(UUID.randomUUID(), name.trim(), Organisation.Kind.STANDARD, null));
        User admin = insertUser(organisation.id(), adminEmail, adminName, adminPassword, Set.of(Role.ADMIN));
        audit.record(organisation.id(), null, "ORGANISATION", organisation.id(), "CREATED", null, OrganisationView.from(organisation));
        audit.record(organisation.id(), null, "USER", admin.id(), "CREATED", null, UserView.from(admin));
        return Optional.of(organisation.id());
    }

    private User insertUser(UUID orgId, String email, String name, String password, Set<Role> roles) {
        String normalised = email.trim();
        if (users.emailTaken(normalised)) {
            throw new AccessFacts.EmailAlreadyRegistered(normalised);
        }
        Instant now = clock.instant();
        return users.save(new User(UUID.randomUUID(), orgId, normalised, name.trim(), hasher.hash(password),
                roleNames(roles), true, now, now, 0, false));
    }

    private User user(UUID orgId, UUID id) {
        return users.findByOrgIdAndId(orgId, id).orElseThrow(() -> new AccessFacts.UserNotFound(id));
    }

    private void requireAnotherActiveAdmin(UUID orgId, User leaving) {
        long admins = users.lockAndCountActiveAdmins(orgId);
        if (admins <= 1 && leaving.active()) {
            throw new AccessFacts.LastAdmin();
        }
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().sorted(Comparator.naturalOrder()).map(Role::name).toArray(String[]::new);
    }
}
