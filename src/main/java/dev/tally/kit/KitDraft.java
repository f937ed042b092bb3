package dev.tally.kit;

import dev.tally.common.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A kit's draft version and the rules it must meet before it is frozen as a published version. */
record KitDraft(KitView draft) {

    /** Every reason the draft cannot be published yet, at once; empty when it can. */
    List<FieldError> publishProblems() {
        List<FieldError> problems = new ArrayList<>();
        if (draft.items().isEmpty()) {
            problems.add(new FieldError("items", "a kit needs at least one item to be published"));
        }
        Set<String> assessed = draft.items().stream().map(item -> item.question().competency()).collect(Collectors.toSet());
        draft.rules().minPerCompetency().keySet().stream().sorted()
                .filter(competency -> !assessed.contains(competency))
                .forEach(competency -> problems.add(new FieldError("rules.minPerCompetency[" + competency + "]",
                        "no item of the kit assesses " + competency + ", so this minimum could never be met")));
        return problems;
    }
}
