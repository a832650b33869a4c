package org.sawa.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record PasswordResetForm(String token, @NotBlank(message = "{validation.required}") @Size(min = 10, max = 128,
		message = "{validation.password.length}") String password) {
}
