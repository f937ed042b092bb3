package dev.tally.hiring;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a candidate's details, written once: the form, the update and every row of a CSV import are checked
 * against them, and the migrations' checks match them.
 */
final class CandidateRules {

    private CandidateRules() {
    }

    /**
     * Micronaut validation checks the constraints an annotation below is made of, yet wants a validator for the annotation
     * itself too: this one has nothing left to check.
     */
    abstract static class MadeOfOtherConstraints<A extends Annotation> implements ConstraintValidator<A, CharSequence> {
        @Override
        public final boolean isValid(CharSequence value, AnnotationValue<A> annotation, ConstraintValidatorContext context) {
            return true;
        }
    }

    @Singleton
    static final class NameIsMadeOfOtherConstraints extends MadeOfOtherConstraints<Name> {
    }

    @Singleton
    static final class EmailIsMadeOfOtherConstraints extends MadeOfOtherConstraints<Email> {
    }

    @Singleton
    static final class PhoneIsMadeOfOtherConstraints extends MadeOfOtherConstraints<Phone> {
    }

    @Singleton
    static final class SourceIsMadeOfOtherConstraints extends MadeOfOtherConstraints<Source> {
    }

    @Singleton
    static final class LinkIsMadeOfOtherConstraints extends MadeOfOtherConstraints<Link> {
    }

    @Singleton
    static final class NotesAreMadeOfOtherConstraints extends MadeOfOtherConstraints<Notes> {
    }

    /** Text on one line: the JSON body filter refuses other control characters, this refuses newline and tab too. */
    static final String ONE_LINE = "[^\\p{Cntrl}]*";
    static final String ONE_LINE_MESSAGE = "must be one line without control characters";

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    @interface Name {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @NotBlank
    @jakarta.validation.constraints.Email(message = "must be a valid email address")
    @Size(max = 254)
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    @interface Email {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** Digits, spaces and the punctuation phone numbers are written with; blank means none. */
    @Size(max = 40)
    @Pattern(regexp = "[0-9 +().-]*", message = "may hold only digits, spaces and + ( ) - .")
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    @interface Phone {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    @Size(max = 100)
    @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    @interface Source {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** A résumé or profile: an absolute http or https URL, so that a page can offer it as a link and nothing else. */
    @Size(max = 2000)
    @Pattern(regexp = "([Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*)?", message = "must be an absolute http or https URL")
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    @interface Link {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }

    /** Several lines: newline and tab are allowed, other control characters not (a CSV import passes no JSON body filter). */
    @Size(max = 10000)
    @Pattern(regexp = "[\\n\\t[^\\p{Cntrl}]]*", message = "must not contain control characters other than newline and tab")
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE})
    @Constraint(validatedBy = {})
    @interface Notes {
        String message() default "";
        Class<?>[] groups() default {};
        Class<? extends Payload>[] payload() default {};
    }
}
