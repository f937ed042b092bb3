package dev.tally.access;

import io.micronaut.core.annotation.AnnotationValue;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;

@Singleton
class FitsBcryptValidator implements ConstraintValidator<FitsBcrypt, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, AnnotationValue<FitsBcrypt> annotation, ConstraintValidatorContext context) {
        return value == null || PasswordHasher.fits(value.toString());
    }
}
