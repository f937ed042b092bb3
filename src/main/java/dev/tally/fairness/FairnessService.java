package dev.tally.fairness;

import dev.tally.common.Caller;
import dev.tally.common.Csv;
import dev.tally.common.JsonText;
import dev.tally.common.PageRequest;
import dev.tally.common.PageView;
import dev.tally.hiring.HiringService;
import dev.tally.hiring.OpeningPlan;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fairness tables of an opening: per stage and self-identification category, each group's selection rate, impact
 * ratio, four-fifths flag and Fisher p-value ({@link SelectionRates}), counted in SQL from the stage decisions the
 * report feature stores ({@link StageOutcomes}) and the candidates' answers.
 */
@Singleton
class FairnessService {

    static final String METHOD = "Decided at a stage: at the last stage a candidate was interviewed at, the hiring manager's "
            + "final decision where one is recorded (HIRE advanced, NO_HIRE not; HOLD counts as none); elsewhere, and there without "
            + "a final decision, the report's suggested decision for the stage (ADVANCE advanced, REJECT not; DISCUSS and "
            + "INCOMPLETE undecided). Each group's line says how many of its decisions were final and how many suggested. "
            + "Selection rate = advanced / decided. Impact ratio = a group's rate / the highest group rate; below "
            + SelectionRates.FOUR_FIFTHS + " breaks the four-fifths rule. Fisher's exact test (two-sided) compares each group's "
            + "advanced and not advanced with the highest-rate group's. Groups with fewer than " + SelectionRates.SHOWN_FROM
            + " decided candidates are shown as 'fewer than " + SelectionRates.SHOWN_FROM + "' and take no part; comparisons "
            + "involving a group under " + SelectionRates.SMALL_SAMPLE_UNDER + " carry a small-sample warning. Candidates who "
            + "preferred not to say or gave no answer belong to no group.";

    private final FairnessRepository fairness;
    private final HiringService hiring;
    private final StageOutcomes outcomes;
    private final JsonText json;

    FairnessService(FairnessRepository fairness, HiringService hiring, StageOutcomes outcomes, JsonText json) {
        this.fairness = fairness;
        this.hiring = hiring;
        this.outcomes = outcomes;
        this.json = json;
    }

    @Transactional(readOnly = true)
    PageView<OpeningPlan.Heading> openings(Caller caller, PageRequest paging) {
        return hiring.openingHeadings(caller.orgId(), paging);
    }

    @Transactional(readOnly = true)
    FairnessViews.FairnessReport report(Caller caller, UUID openingId) {
        OpeningPlan plan = hiring.openingPlan(caller.orgId(), openingId).orElseThrow(() -> new FairnessFacts.OpeningNotFound(openingId));
        List<FairnessRows.Category> categories = fairness.categories(caller.orgId());
        List<StageOutcomes.Decided> decided = outcomes.decidedAt(caller, openingId);
        Map<String, FairnessRows.GroupCount> counts = decided.isEmpty() || categories.isEmpty() ? Map.of()
                : fairness.groupCounts(caller.orgId(), json.of(decided)).stream()
                        .collect(Collectors.toMap(count -> key(count.stageId(), count.categoryId(), count.option()), Function.identity()));
        List<FairnessViews.StageFairness> stages = plan.stages().stream().map(stage -> new FairnessViews.StageFairness(stage.id(),
                stage.position(), stage.name(), categories.stream().map(category -> new FairnessViews.CategoryFairness(category.id(),
                        category.name(), SelectionRates.compare(Arrays.stream(category.options()).map(option -> {
                            FairnessRows.GroupCount count = counts.get(key(stage.id(), category.id(), option));
                            return count == null ? new SelectionRates.Group(option, 0, 0, 0)
                                    : new SelectionRates.Group(option, count.decided(), count.advanced(), count.finalDecisions());
                        }).toList()))).toList())).toList();
        return new FairnessViews.FairnessReport(plan.id(), plan.title(), stages, METHOD);
    }

    @Transactional(readOnly = true)
    String csv(Caller caller, UUID openingId) {
        FairnessViews.FairnessReport report = report(caller, openingId);
        Csv csv = new Csv().row(List.of("stage", "category", "group", "decided", "advanced", "selection rate", "impact ratio",
                "below four-fifths", "Fisher p (two-sided)", "small-sample warning", "final decisions", "suggested decisions"));
        for (FairnessViews.StageFairness stage : report.stages()) {
            for (FairnessViews.CategoryFairness category : stage.categories()) {
                for (SelectionRates.Line line : category.groups()) {
                    List<Object> fields = new ArrayList<>(List.of(stage.name(), category.name(), line.option()));
                    if (line.suppressed()) {
                        fields.add("fewer than " + SelectionRates.SHOWN_FROM);
                    } else {
                        fields.addAll(Arrays.asList(line.decided(), line.advanced(), line.selectionRate(), line.impactRatio(),
                                line.belowFourFifths() ? "yes" : "no", line.reference() ? "highest rate" : line.fisherP(),
                                line.smallSample() ? "yes" : "no", line.finalDecisions(), line.suggestedDecisions()));
                    }
                    csv.row(fields);
                }
            }
        }
        return csv.toString();
    }

    private static String key(UUID stageId, UUID categoryId, String option) {
        return stageId + "/" + categoryId + "/" + option;
    }
}
