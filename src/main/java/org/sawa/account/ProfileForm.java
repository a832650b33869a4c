package org.sawa.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.CodePointLength;

/**
 * The profile; every demographic field is optional (empty means "I prefer not to say").
 */
public record ProfileForm(
		@NotBlank(message = "{validation.required}") @CodePointLength(max = 100,
				message = "{validation.tooLong}") String displayName,
		@Pattern(regexp = "ar|fr|en|zgh", message = "{validation.option}") String preferredLanguage,
		@Pattern(regexp = "|female|male", message = "{validation.option}") String sex,
		@Min(value = 1900, message = "{validation.birthYear}") @Max(value = 2026,
				message = "{validation.birthYear}") Integer birthYear,
		@Pattern(regexp = "|yes|no", message = "{validation.option}") String disability, Long residenceTerritoryId) {

	public static ProfileForm of(Person person) {
		return new ProfileForm(person.displayName(), person.preferredLanguage(),
				person.sex() == null ? "" : person.sex(), person.birthYear(),
				person.disability() == null ? "" : person.disability() ? "yes" : "no", person.residenceTerritoryId());
	}
}
