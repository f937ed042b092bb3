package dev.tally.question;

import dev.tally.common.BuiltInContent;
import dev.tally.common.Caller;
import dev.tally.common.FieldError;
import dev.tally.common.JsonText;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.common.Revalidation;
import dev.tally.common.Tagged;
import dev.tally.common.UuidArray;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The question bank and the red-flag catalogue. Questions change by new versions; earlier versions stay readable
 * for the kits that pin them.
 */
@Singleton
public class QuestionService {

    private final QuestionRepository questions;
    private final RedFlagRepository redFlags;
    private final CompetencyRepository competencies;
    private final JsonText json;

    QuestionService(QuestionRepository questions, RedFlagRepository redFlags, CompetencyRepository competencies, JsonText json) {
        this.questions = questions;
        this.redFlags = redFlags;
        this.competencies = competencies;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public PageView<QuestionView> search(Caller caller, @Nullable String section, @Nullable String competency,
                                         @Nullable String text, PageRequest paging) {
        String search = text == null || text.isBlank() ? null : text.trim();
        List<QuestionView> items = questions.search(caller.orgId(), section, competency, search, paging.size(), paging.offset())
                .stream().map(QuestionView::from).toList();
        return PageView.of(items, paging, questions.countSearch(caller.orgId(), section, competency, search));
    }

    @Transactional(readOnly = true)
    public QuestionDetailView get(Caller caller, UUID id) {
        QuestionView latest = latest(caller, id);
        return new QuestionDetailView(latest, questions.versions(caller.orgId(), id));
    }

    @Transactional(readOnly = true)
    public QuestionView version(Caller caller, UUID id, int version) {
        return questions.findVersion(caller.orgId(), id, version).map(QuestionView::from)
                .orElseThrow(() -> new QuestionFacts.QuestionVersionNotFound(id, version));
    }

    /** A version of one of the caller's or the built-in questions by its id, as kit versions pin it. */
    @Transactional(readOnly = true)
    Tagged<QuestionVersionContent> versionContent(Caller caller, UUID versionId, Revalidation client) {
        QuestionRow row = questions.findVersionsByIds(caller.orgId(), UuidArray.of(List.of(versionId))).stream().findFirst()
                .orElseThrow(() -> new QuestionFacts.QuestionVersionIdNotFound(versionId));
        // The content never changes, so the version's id names it for good.
        return client.answer(Revalidation.tagOf("question version", versionId), () -> QuestionVersionContent.of(QuestionView.from(row)));
    }

    /**
     * The question versions kit items pin, by version id, for a kit of {@code kitOrgId} (its own and the built-in
     * questions): each as an interviewer reads it, with its question's latest version number.
     */
    @Transactional(readOnly = true)
    public Map<UUID, QuestionView> pinnedVersions(UUID kitOrgId, Collection<UUID> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return questions.findVersionsByIds(kitOrgId, UuidArray.of(versionIds)).stream().map(QuestionView::from)
                .collect(Collectors.toMap(QuestionView::versionId, Function.identity()));
    }

    /** These questions' state, in their order, as one short text: it changes whenever one of them gains a version. */
    @Transactional(readOnly = true)
    public String stateOf(UUID kitOrgId, List<UUID> questionIds) {
        return questionIds.isEmpty() ? "" : questions.stateOf(kitOrgId, UuidArray.of(questionIds));
    }

    /** The question versions these references name among the caller's and the built-in questions; unknown ones are left out. */
    @Transactional(readOnly = true)
    public List<PinnedQuestion> resolve(Caller caller, List<PinnedQuestion.Reference> references) {
        return references.isEmpty() ? List.of() : questions.resolve(caller.orgId(), json.of(references));
    }

    /** The red flags among these ids in the catalogue of {@code orgId} (its own and the built-in ones), by id. */
    @Transactional(readOnly = true)
    public Map<UUID, RedFlagView> redFlags(UUID orgId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return redFlags.findAllVisible(orgId, UuidArray.of(ids)).stream().map(RedFlagView::from)
                .collect(Collectors.toMap(RedFlagView::id, Function.identity()));
    }

    @Transactional
    QuestionView create(Caller caller, QuestionRequest request) {
        validate(request);
        String code = request.code() == null ? "C-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() : request.code();
        if (questions.codeTaken(caller.orgId(), code)) {
            throw new QuestionFacts.QuestionCodeTaken(code);
        }
        Instant now = Instant.now();
        Question question = questions.save(new Question(UUID.randomUUID(), caller.orgId(), code, 1, now, now));
        insertVersion(caller, question.id(), 1, request);
        return latest(caller, question.id());
    }

    @Transactional
    QuestionView revise(Caller caller, UUID id, QuestionRequest request) {
        UUID owner = questions.ownerOf(caller.orgId(), id).orElseThrow(() -> new QuestionFacts.QuestionNotFound(id));
        QuestionView current = latest(caller, id);
        if (BuiltInContent.ORG_ID.equals(owner)) {
            throw new QuestionFacts.BuiltInContentIsReadOnly(current.code());
        }
        if (request.basedOnVersion() == null) {
            throw new QuestionFacts.InvalidQuestion(List.of(new FieldError("basedOnVersion",
                    "is required: the latest version your change was made from (now " + current.latestVersion() + ")")));
        }
        validate(request);
        if (request.code() != null && !request.code().equals(current.code())) {
            throw new QuestionFacts.InvalidQuestion(List.of(new FieldError("code", "cannot be changed once a question exists")));
        }
        if (questions.advanceVersion(caller.orgId(), id, request.basedOnVersion()) == 0) {
            throw new QuestionFacts.StaleQuestionVersion(current, request.basedOnVersion());
        }
        insertVersion(caller, id, request.basedOnVersion() + 1, request);
        return latest(caller, id);
    }

    @Transactional(readOnly = true)
    public List<Competency> competencies() {
        return competencies.findAllOrderByPosition();
    }

    @Transactional(readOnly = true)
    PageView<RedFlagView> redFlags(Caller caller, @Nullable Severity severity, PageRequest paging) {
        String filter = severity == null ? null : severity.name();
        List<RedFlagView> items = redFlags.list(caller.orgId(), filter, paging.size(), paging.offset())
                .stream().map(RedFlagView::from).toList();
        return PageView.of(items, paging, redFlags.count(caller.orgId(), filter));
    }

    @Transactional(readOnly = true)
    public RedFlagView redFlag(Caller caller, UUID id) {
        return redFlags.findVisible(caller.orgId(), id).map(RedFlagView::from)
                .orElseThrow(() -> new QuestionFacts.RedFlagNotFound(id));
    }

    @Transactional
    RedFlagView createRedFlag(Caller caller, CreateRedFlagRequest request) {
        String title = request.title().trim();
        if (redFlags.titleTaken(caller.orgId(), title)) {
            throw new QuestionFacts.RedFlagTitleTaken(title);
        }
        return RedFlagView.from(redFlags.save(new RedFlag(UUID.randomUUID(), caller.orgId(), title, request.severity(),
                request.description().trim(), Instant.now())));
    }

    /** A question visible to the caller, at its latest version; 404 for ids of other organisations. */
    @Transactional(readOnly = true)
    public QuestionView latest(Caller caller, UUID id) {
        return questions.findLatest(caller.orgId(), id).map(QuestionView::from)
                .orElseThrow(() -> new QuestionFacts.QuestionNotFound(id));
    }

    /** The rules bean validation cannot express: a known competency, and each rubric level exactly once. */
    private void validate(QuestionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = competencies().stream().map(Competency::code).collect(Collectors.toSet());
        if (!known.contains(request.competency())) {
            errors.add(new FieldError("competency", "must be one of " + known.stream().sorted().toList()));
        }
        Set<Integer> levels = request.rubric().stream().map(RubricLevel::level).collect(Collectors.toSet());
        if (!levels.equals(Set.of(1, 2, 3, 4))) {
            errors.add(new FieldError("rubric", "must describe each level 1, 2, 3 and 4 exactly once"));
        }
        if (!errors.isEmpty()) {
            throw new QuestionFacts.InvalidQuestion(errors);
        }
    }

    private void insertVersion(Caller caller, UUID questionId, int version, QuestionRequest request) {
        List<RubricLevel> rubric = request.rubric().stream()
                .sorted(java.util.Comparator.comparingInt(RubricLevel::level))
                .map(level -> new RubricLevel(level.level(), level.label().trim(), level.description().trim()))
                .toList();
        questions.insertVersion(caller.orgId(), UUID.randomUUID(), questionId, version, request.section().trim(),
                request.competency(), request.text().trim(), json.of(rubric), json.of(trimmed(request.keyPoints())),
                json.of(trimmed(request.probes())), json.of(trimmed(request.redFlags() == null ? List.of() : request.redFlags())),
                caller.userId());
    }

    private static List<String> trimmed(List<String> values) {
        return values.stream().map(String::trim).toList();
    }

}
