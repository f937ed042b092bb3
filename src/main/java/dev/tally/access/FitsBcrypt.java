package dev.tally.access;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A password BCrypt can hash: at most {@value PasswordHasher#MAXIMUM_BYTES} bytes in UTF-8. BCrypt reads no further,
 * and rather than let two passwords with the same first 72 bytes match, longer ones are refused, naming the field.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD})
@Constraint(validatedBy = {})
@interface FitsBcrypt {

    String message() default "must be at most " + PasswordHasher.MAXIMUM_BYTES
            + " bytes in UTF-8: 72 ASCII characters, fewer when accented or non-Latin";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
