package dev.tally.question;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A question at its latest version, and the list of all its versions, each readable on its own. */
@Serdeable
record QuestionDetailView(QuestionView question, List<QuestionVersionSummary> versions) {
}
