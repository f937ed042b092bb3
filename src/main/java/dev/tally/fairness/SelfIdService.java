package dev.tally.fairness;

import dev.tally.access.AccessService;
import dev.tally.audit.AuditLog;
import dev.tally.common.Caller;
import dev.tally.common.FieldError;
import dev.tally.common.JsonText;
import dev.tally.hiring.HiringService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Voluntary self-identification: the categories an organisation asks, and candidates' answers, entered by a recruiter or
 * by the candidate through a one-time link. The answers are kept apart from the candidate and read only by compliance;
 * the audit log records that answers were given and by whom, never what they are.
 */
@Singleton
class SelfIdService {

    static final String PREFER_NOT_TO_SAY = "Prefer not to say";
    static final Duration LINK_LIFETIME = Duration.ofDays(14);
    static final String FORM_PAGE = "/app/self-identify.html#";

    private final FairnessRepository fairness;
    private final HiringService hiring;
    private final AccessService access;
    private final AuditLog audit;
    private final JsonText json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SelfIdService(FairnessRepository fairness, HiringService hiring, AccessService access, AuditLog audit, JsonText json, Clock clock) {
        this.fairness = fairness;
        this.hiring = hiring;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<FairnessViews.CategoryView> categories(Caller caller) {
        return categories(caller.orgId());
    }

    @Transactional
    FairnessViews.CategoryView createCategory(Caller caller, FairnessRequests.Category request) {
        fairness.lockCategories(caller.orgId());
        UUID id = UUID.randomUUID();
        String name = checked(caller.orgId(), id, request);
        fairness.insertCategory(caller.orgId(), id, name, options(request));
        FairnessViews.CategoryView created = category(caller.orgId(), id);
        audit.record(caller, "SELF_ID_CATEGORY", id, "CREATED", null, created);
        return created;
    }

    /**
     * Options may be added, reordered, renamed and removed, whether or not candidates chose them: answers keep the text
     * they were given. Refusing to remove a chosen option would tell an admin, who may not read answers, that someone
     * chose it.
     */
    @Transactional
    FairnessViews.CategoryView updateCategory(Caller caller, UUID id, FairnessRequests.Category request) {
        fairness.lockCategories(caller.orgId());
        FairnessViews.CategoryView before = category(caller.orgId(), id);
        String name = checked(caller.orgId(), id, request);
        fairness.updateCategory(caller.orgId(), id, name, options(request));
        FairnessViews.CategoryView after = category(caller.orgId(), id);
        audit.record(caller, "SELF_ID_CATEGORY", id, "UPDATED", before, after);
        return after;
    }

    @Transactional(readOnly = true)
    FairnessViews.SelfIdentificationView answers(Caller caller, UUID candidateId) {
        requireCandidate(caller.orgId(), candidateId);
        return new FairnessViews.SelfIdentificationView(candidateId, fairness.answers(caller.orgId(), candidateId).stream()
                .map(answer -> new FairnessViews.AnswerView(answer.categoryId(), answer.categoryName(), answer.option(),
                        answer.option() == null, answer.givenBy(), answer.givenAt())).toList());
    }

    /** A recruiter enters what the candidate told them. */
    @Transactional
    void enter(Caller caller, UUID candidateId, FairnessRequests.Answers request) {
        requireCandidate(caller.orgId(), candidateId);
        save(caller.orgId(), candidateId, request, "RECRUITER");
        audit.record(caller, "SELF_IDENTIFICATION", candidateId, "GIVEN", null, given("RECRUITER", request));
    }

    /** A new link for the candidate; their earlier one stops working. Only the token's hash is kept. */
    @Transactional
    FairnessViews.LinkView createLink(Caller caller, UUID candidateId) {
        requireCandidate(caller.orgId(), candidateId);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = clock.instant().plus(LINK_LIFETIME);
        fairness.saveLink(caller.orgId(), candidateId, hash(token), expiresAt, caller.userId());
        audit.record(caller, "SELF_IDENTIFICATION", candidateId, "LINK_CREATED", null, Map.of("expiresAt", expiresAt));
        return new FairnessViews.LinkView(token, FORM_PAGE + token, expiresAt);
    }

    @Transactional(readOnly = true)
    FairnessViews.FormView form(@Nullable String token) {
        if (token == null) {
            throw new FairnessFacts.LinkNotValid();
        }
        FairnessRows.Link link = fairness.findLink(hash(token), clock.instant()).orElseThrow(FairnessFacts.LinkNotValid::new);
        return new FairnessViews.FormView(access.organisationName(link.orgId()), categories(link.orgId()), link.expiresAt());
    }

    /** The candidate answers through their link, once: the link is taken in the same transaction as the answers. */
    @Transactional
    void answer(@Nullable String token, FairnessRequests.Answers request) {
        if (token == null) {
            throw new FairnessFacts.LinkNotValid();
        }
        byte[] hash = hash(token);
        FairnessRows.Link link = fairness.lockLink(hash, clock.instant()).orElseThrow(FairnessFacts.LinkNotValid::new);
        fairness.deleteLink(hash);
        save(link.orgId(), link.candidateId(), request, "CANDIDATE");
        audit.record(link.orgId(), null, "SELF_IDENTIFICATION", link.candidateId(), "GIVEN", null, given("CANDIDATE", request));
    }

    private void save(UUID orgId, UUID candidateId, FairnessRequests.Answers request, String givenBy) {
        Map<UUID, FairnessRows.Category> categories = fairness.categories(orgId).stream()
                .collect(Collectors.toMap(FairnessRows.Category::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> answered = new HashSet<>();
        for (int i = 0; i < request.answers().size(); i++) {
            FairnessRequests.Answer answer = request.answers().get(i);
            FairnessRows.Category category = categories.get(answer.categoryId());
            if (category == null) {
                errors.add(new FieldError("answers[" + i + "].categoryId", "is not a self-identification category of the organisation"));
            } else if (!answered.add(answer.categoryId())) {
                errors.add(new FieldError("answers[" + i + "].categoryId", "is answered twice"));
            } else if (answer.option() != null && !Arrays.asList(category.options()).contains(answer.option())) {
                errors.add(new FieldError("answers[" + i + "].option", "must be one of the category's options, or null for '"
                        + PREFER_NOT_TO_SAY + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FairnessFacts.InvalidSelfIdentification(errors);
        }
        fairness.clearAnswers(orgId, candidateId);
        fairness.insertAnswers(orgId, candidateId, json.of(request.answers()), givenBy);
    }

    /** What the audit log keeps of answers: that they were given, by whom and to how many categories, never their values. */
    private static Map<String, Object> given(String givenBy, FairnessRequests.Answers request) {
        return Map.of("givenBy", givenBy, "categoriesAnswered", request.answers().size());
    }

    private String checked(UUID orgId, UUID id, FairnessRequests.Category request) {
        String name = request.name().trim();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.options().size(); i++) {
            String option = request.options().get(i).trim();
            if (option.equalsIgnoreCase(PREFER_NOT_TO_SAY)) {
                errors.add(new FieldError("options[" + i + "]", "'" + PREFER_NOT_TO_SAY + "' is always offered; it is not an option to add"));
            } else if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("options[" + i + "]", "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FairnessFacts.InvalidSelfIdentification(errors);
        }
        if (fairness.nameTaken(orgId, name, id)) {
            throw new FairnessFacts.CategoryNameTaken(name);
        }
        return name;
    }

    private static String[] options(FairnessRequests.Category request) {
        return request.options().stream().map(String::trim).toArray(String[]::new);
    }

    private List<FairnessViews.CategoryView> categories(UUID orgId) {
        return fairness.categories(orgId).stream().map(SelfIdService::view).toList();
    }

    private FairnessViews.CategoryView category(UUID orgId, UUID id) {
        return fairness.categories(orgId).stream().filter(category -> category.id().equals(id)).findFirst().map(SelfIdService::view)
                .orElseThrow(() -> new FairnessFacts.CategoryNotFound(id));
    }

    private static FairnessViews.CategoryView view(FairnessRows.Category category) {
        return new FairnessViews.CategoryView(category.id(), category.name(), List.of(category.options()));
    }

    private void requireCandidate(UUID orgId, UUID candidateId) {
        if (!hiring.hasCandidate(orgId, candidateId)) {
            throw new FairnessFacts.CandidateNotFound(candidateId);
        }
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
