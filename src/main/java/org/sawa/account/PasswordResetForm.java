package org.sawa.account;

import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

public record PasswordResetForm(String token, @NotBlank(message = "{validation.required}") @CodePointLength(min = 10,
		max = 128, message = "{validation.password.length}") String password) {
}
