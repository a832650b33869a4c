package org.sawa.petition;

import org.sawa.casework.CaseKind;
import org.sawa.casework.CaseStatus;

/**
 * Where a petition stands, as the CHECK list of {@code petition.status} names it; every
 * step of its timeline is one of these too. A petition is drafted, collects signatures,
 * is deposited, decided admissible (then deliberated and answered) or inadmissible.
 */
public enum PetitionStatus implements CaseStatus {

	DRAFT, COLLECTING, DEPOSITED, ADMISSIBLE, INADMISSIBLE, DELIBERATED, ANSWERED, WITHDRAWN;

	/**
	 * Where petitions keep their status and timeline, and how their steps are refused.
	 */
	public static final CaseKind<PetitionStatus> CASE = new CaseKind<>("petition", PetitionStatus.class,
			PetitionStatus.class, "petition", "status", "petition_step", "petition_id", "status",
			CaseKind.ActorColumn.ACTOR_TEXT, PetitionRefused::new, "petition.error.status",
			CaseKind.DayRule.of("on", "petition.step.error.date"));

	public static PetitionStatus of(String code) {
		return CaseStatus.of(PetitionStatus.class, code);
	}

}
