package dev.tally.common;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

import java.util.Arrays;

@Singleton
class OneOfValidator implements ConstraintValidator<OneOf, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, AnnotationValue<OneOf> annotation, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Enum<?>[] constants = annotation.classValue().map(type -> (Enum<?>[]) type.getEnumConstants()).orElse(new Enum<?>[0]);
        if (Arrays.stream(constants).anyMatch(constant -> constant.name().contentEquals(value))) {
            return true;
        }
        context.messageTemplate("must be one of " + Arrays.toString(constants) + ", not '" + value + "'");
        return false;
    }
}
