package org.sawa.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.CodePointLength;

public record SignupForm(
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.email}") @CodePointLength(max = 254,
				message = "{validation.tooLong}") String email,
		@NotBlank(message = "{validation.required}") @CodePointLength(min = 10, max = 128,
				message = "{validation.password.length}") String password,
		@NotBlank(message = "{validation.required}") @CodePointLength(max = 100,
				message = "{validation.tooLong}") String displayName) {

	public static SignupForm empty() {
		return new SignupForm("", "", "");
	}
}
