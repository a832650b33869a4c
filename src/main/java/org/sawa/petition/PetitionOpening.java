package org.sawa.petition;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent opens a petition's collection. For a citizens' petition the agent is one of
 * the petitioners (organic laws 111-14, 112-14, 113-14 on petitions): their own
 * signature, with their national ID number and their basis (residence or activity), is
 * recorded in the same transaction as the opening, so a petition never opens without it.
 * An association petitions in its own name and opens without a signature.
 */
@Service
public class PetitionOpening {

	/**
	 * The agent's signature as the opening form gives it; {@code confirmed} is the ticked
	 * declaration.
	 */
	public record AgentSignature(String nationalId, String basis, Long activityCommuneId, boolean confirmed) {
	}

	private final Petitions petitions;

	private final Signatures signatures;

	PetitionOpening(Petitions petitions, Signatures signatures) {
		this.petitions = petitions;
		this.signatures = signatures;
	}

	@Transactional
	public void open(long petitionId, long agentId, AgentSignature signature) {
		Petition petition = petitions.byId(petitionId)
			.orElseThrow(() -> new PetitionRefused("", "petition.error.unknown"));
		boolean citizens = !petition.byAssociation();
		if (citizens && (signature == null || !signature.confirmed())) {
			throw new PetitionRefused("confirm", "petition.sign.error.confirm");
		}
		petitions.open(petitionId, agentId);
		if (citizens) {
			signatures.sign(petitionId, agentId, signature.nationalId(), signature.basis(),
					signature.activityCommuneId());
		}
	}

}
