package org.sawa.petition.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.disclosure.ProtectedTable;
import org.sawa.petition.Petition;
import org.sawa.petition.PetitionStatus;
import org.sawa.petition.PetitionSteps;
import org.sawa.petition.Petitions;
import org.sawa.petition.Signatures;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.HtmxRequests;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the petition's page shows, for the controllers that act on it (the public's, the
 * staff's and the paper sheets'): the petition a visitor may see, its timeline, progress
 * and who signed (small counts hidden), and the page again after an action.
 */
@Component
class PetitionPages {

	private final Petitions petitions;

	private final Signatures signatures;

	private final PetitionSteps steps;

	private final Territories territories;

	private final Clock clock;

	PetitionPages(Petitions petitions, Signatures signatures, PetitionSteps steps, Territories territories,
			Clock clock) {
		this.petitions = petitions;
		this.signatures = signatures;
		this.steps = steps;
		this.territories = territories;
		this.clock = clock;
	}

	/**
	 * The petition, unless unknown or a draft shown to someone other than its agent
	 * (404).
	 */
	Petition visible(String reference, SawaUser user) {
		Petition petition = petitions.byReference(reference)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (petition.status() == PetitionStatus.DRAFT && (user == null || user.id() != petition.agentId())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return petition;
	}

	/** The petition, to a member of the council's staff only (403 to anyone else). */
	Petition staffOnly(String reference, SawaUser user) {
		Petition petition = visible(reference, user);
		if (user == null || !petitions.staff(user.id(), petition.territoryId())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return petition;
	}

	/**
	 * What the progress block shows: the signatures against the threshold and, for a
	 * region, per province.
	 */
	Territory fillProgress(Petition petition, Model model) {
		Territory territory = territories.byId(petition.territoryId()).orElseThrow();
		model.addAttribute("petition", petition);
		model.addAttribute("territory", territory);
		model.addAttribute("progress", signatures.progress(petition));
		// the provinces a regional petition must reach, each with its signatures against
		// the minimum
		model.addAttribute("provinces",
				"region".equals(petition.level()) ? territories.children(territory.id()) : List.of());
		return territory;
	}

	void fill(Petition petition, SawaUser user, Model model) {
		Territory territory = fillProgress(petition, model);
		model.addAttribute("steps", steps.timeline(petition.id()));
		model.addAttribute("bySex", ProtectedTable.column(signatures.signaturesBy(petition.id(), "sex"),
				List.of("female", "male", "not_stated")));
		model.addAttribute("byAge", ProtectedTable.column(signatures.signaturesBy(petition.id(), "age_band"),
				List.of("15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "not_stated")));
		Map<String, String> provinceNames = new LinkedHashMap<>();
		Map<String, Long> byProvince = signatures.signaturesBy(petition.id(), "province_id");
		byProvince.keySet()
			.forEach(id -> provinceNames.put(id, territories.byId(Long.parseLong(id)).map(Territory::name).orElse(id)));
		model.addAttribute("byProvince", ProtectedTable.column(byProvince, new ArrayList<>(byProvince.keySet())));
		model.addAttribute("provinceNames", provinceNames);
		boolean signedIn = user != null;
		model.addAttribute("signed", signedIn && signatures.hasSigned(petition.id(), user.id()));
		model.addAttribute("agent", signedIn && user.id() == petition.agentId());
		model.addAttribute("staff", signedIn && petitions.staff(user.id(), petition.territoryId()));
		model.addAttribute("communes", communes(territory));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("overdue", petition.status() == PetitionStatus.DEPOSITED && petition.decisionDue() != null
				&& LocalDate.now(clock).isAfter(petition.decisionDue()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
	}

	/** The communes where someone may live to sign a petition to this council. */
	List<Territory> communes(Territory territory) {
		return territory.level() == Level.COMMUNE ? List.of(territory)
				: territories.within(territory.id(), Level.COMMUNE);
	}

	/**
	 * After an action on the petition's page: the page again, or for htmx its action and
	 * progress blocks.
	 */
	String done(Petition petition, SawaUser user, HttpServletRequest request, Model model, String done) {
		if (HtmxRequests.isHtmx(request)) {
			model.addAttribute("done", done);
			model.addAttribute("oob", true);
			fill(petitions.byId(petition.id()).orElseThrow(), user, model);
			return "petition/show :: actAndProgress";
		}
		return "redirect:/petitions/" + petition.reference() + "?" + done;
	}

}
