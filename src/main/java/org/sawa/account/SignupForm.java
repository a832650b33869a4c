package org.sawa.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SignupForm(
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @Size(max = 254,
				message = "{validation.tooLong}") String email,
		@NotBlank(message = "{validation.required}") @Size(min = 10, max = 128,
				message = "{validation.password.length}") String password,
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.tooLong}") String displayName) {

	public static SignupForm empty() {
		return new SignupForm("", "", "");
	}
}
