package org.casedesk.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * An empty text or a valid resident ID number ({@link IdNumbers#isValid}), its birth date judged by
 * Bean Validation's clock (Asia/Shanghai, {@code ShanghaiClockProvider}).
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = IdNumber.Validator.class)
public @interface IdNumber {

  String message() default "{resident.id.checkDigit}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the number against today of the validation's clock. */
  class Validator implements ConstraintValidator<IdNumber, String> {

    @Override
    public boolean isValid(String id, ConstraintValidatorContext context) {
      return id == null
          || id.isEmpty()
          || IdNumbers.isValid(id, LocalDate.now(context.getClockProvider().getClock()));
    }
  }
}
