package dev.tally;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature owns its tables: a repository's SQL names only its own feature's tables. The package graph cannot see a
 * join, so this reads the table names in every repository's SQL and checks them against who owns which table.
 * {@link #NOT_YET_OWNED} lists, per repository, the other features' tables it still reads: the list can only shrink
 * (an entry no longer used fails the test too), and nothing may be added to it without changing this file;
 * {@link #SHARED_STATEMENTS} the one write into another feature's table that is there on purpose.
 */
class TableOwnershipTest {

    private static final Map<String, Set<String>> OWNED = Map.of(
            "access", Set.of("app_user", "organisation", "login_throttle"),
            "audit", Set.of("audit_event", "audit_change_count"),
            "database", Set.of("job_run"),
            "fairness", Set.of("self_id_answer", "self_id_category", "self_id_link"),
            "idempotency", Set.of("idempotency_key"),
            "hiring", Set.of("candidate", "candidate_decision", "interview", "opening", "opening_stage", "panel_member"),
            "kit", Set.of("kit", "kit_competency_minimum", "kit_item", "kit_red_flag", "kit_version"),
            "question", Set.of("competency", "question", "question_version", "red_flag"),
            "report", Set.of("interview_item_outcome", "interview_outcome", "interview_rater_stat", "interviewer_leniency"),
            "scorecard", Set.of("scorecard", "scorecard_flag", "scorecard_item", "scorecard_revision", "scorecard_revision_flag",
                    "scorecard_revision_item"));

    /** Reads across features that remain; each is a join a narrow service method or the report's projection should replace. */
    private static final Map<String, Set<String>> NOT_YET_OWNED = Map.of(
            "hiring/CandidateRepository", Set.of("scorecard"),
            "hiring/InterviewRepository", Set.of("app_user", "scorecard"),
            "report/ReportRepository", Set.of("app_user", "candidate", "candidate_decision", "competency", "interview", "kit_item",
                    "kit_version", "opening", "opening_stage", "question", "question_version", "scorecard", "scorecard_revision",
                    "scorecard_revision_item"));

    /**
     * Writes into another feature's table that are part of the design, not debt: a draft save writes its audit entry in
     * its own statement (issue 11 allows the answer and its audit row as one statement), one round trip fewer on every
     * autosave. Only that insert: the scorecard feature neither reads nor updates the audit log.
     */
    private static final Map<String, Set<String>> SHARED_STATEMENTS = Map.of(
            "scorecard/ScorecardRepository", Set.of("audit_event"));

    private static final Path SOURCES = Path.of("src/main/java/dev/tally");
    private static final Pattern TABLE_USE = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([a-z_]+)");
    private static final Pattern READ_OR_UPDATE = Pattern.compile("\\b(?:FROM|JOIN|UPDATE)\\s+([a-z_]+)");
    /** In the order they apply: a migration may drop a table and create it anew. */
    private static final Pattern CREATED_OR_DROPPED = Pattern.compile("(?i)\\b(create|drop) table ([a-z_]+)");

    @Test
    void everyTableTheMigrationsLeaveHasOneOwner() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> migrations = Files.list(Path.of("migrations"))) {
            for (Path migration : migrations.sorted(TableOwnershipTest::byVersion).toList()) {
                Matcher statement = CREATED_OR_DROPPED.matcher(Files.readString(migration));
                while (statement.find()) {
                    if (statement.group(1).equalsIgnoreCase("create")) {
                        tables.add(statement.group(2).toLowerCase());
                    } else {
                        tables.remove(statement.group(2).toLowerCase());
                    }
                }
            }
        }
        Set<String> owned = OWNED.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));

        assertThat(owned).containsExactlyElementsOf(tables);
        assertThat(OWNED.values().stream().mapToInt(Set::size).sum()).as("no table has two owners").isEqualTo(owned.size());
    }

    @Test
    void repositoriesReadOnlyTheirOwnFeaturesTables() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        OWNED.forEach((feature, tables) -> tables.forEach(table -> owner.put(table, feature)));
        Map<String, Set<String>> foreign = new TreeMap<>();
        for (Path repository : repositories()) {
            String feature = repository.getParent().getFileName().toString();
            Set<String> used = matches(TABLE_USE, Files.readString(repository)).stream()
                    .filter(owner::containsKey)
                    .filter(table -> !owner.get(table).equals(feature))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!used.isEmpty()) {
                foreign.put(feature + "/" + repository.getFileName().toString().replace(".java", ""), used);
            }
        }

        Map<String, Set<String>> expected = new TreeMap<>(NOT_YET_OWNED);
        expected.putAll(SHARED_STATEMENTS);
        assertThat(foreign).as("other features' tables read by each repository").isEqualTo(expected);
    }

    @Test
    void aSharedStatementOnlyInsertsIntoTheOtherFeaturesTable() throws IOException {
        for (Map.Entry<String, Set<String>> shared : SHARED_STATEMENTS.entrySet()) {
            String sql = Files.readString(SOURCES.resolve(shared.getKey() + ".java"));
            assertThat(matches(READ_OR_UPDATE, sql)).as(shared.getKey() + " reads or updates").doesNotContainAnyElementsOf(shared.getValue());
        }
    }

    private static List<Path> repositories() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> repositories = files.filter(file -> file.getFileName().toString().endsWith("Repository.java")).sorted().toList();
            assertThat(repositories).as("repositories under " + SOURCES.toAbsolutePath()).isNotEmpty();
            return repositories;
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase());
        }
        return found;
    }

    /** V2 before V10: migrations apply in version order, and a table may be dropped by a later one. */
    private static int byVersion(Path a, Path b) {
        return Integer.compare(version(a), version(b));
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
