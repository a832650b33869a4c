package org.sawa.petition.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sawa.account.SawaUser;
import org.sawa.disclosure.Cell;
import org.sawa.disclosure.PublishedCounts;
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

	private final PublishedCounts published;

	PetitionPages(Petitions petitions, Signatures signatures, PetitionSteps steps, Territories territories,
			PublishedCounts published, Clock clock) {
		this.published = published;
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
		Signatures.Progress progress = signatures.progress(petition);
		model.addAttribute("progress", progress);
		// the provinces a regional petition must reach, each with its signatures (as the
		// public may see them) and whether it reached the minimum (exactly: the law's
		// test)
		List<Territory> provinces = "region".equals(petition.level()) ? territories.children(territory.id())
				: List.of();
		Map<Long, Long> provinceFigures = new HashMap<>();
		provinces.forEach(pv -> provinceFigures.put(pv.id(),
				published.shown(signatories(petition, territory).with("province", String.valueOf(pv.id())),
						progress.byProvince().getOrDefault(pv.id(), 0))));
		model.addAttribute("provinces", provinces);
		model.addAttribute("provinceFigures", provinceFigures);
		return territory;
	}

	/** The published cell of everyone who signed the petition. */
	private static Cell signatories(Petition petition, Territory territory) {
		return Cell.of("petition/" + petition.reference(), territory.code(), "all");
	}

	void fill(Petition petition, SawaUser user, Model model) {
		Territory territory = fillProgress(petition, model);
		model.addAttribute("steps", steps.timeline(petition.id()));
		// who signed, as the public may see it: each group a published cell; the total is
		// public exactly (the legal count), so nothing is broken down below five, and a
		// region's provinces are in the legal progress table already
		long total = ((Signatures.Progress) model.getAttribute("progress")).signatures();
		boolean shown = total >= PublishedCounts.THRESHOLD;
		Cell signatories = signatories(petition, territory);
		model.addAttribute("breakdownShown", shown);
		model.addAttribute("bySex", shown ? published.column(signatures.signaturesBy(petition.id(), "sex"),
				List.of("female", "male", "not_stated"), o -> signatories.with("sex", o)) : List.of());
		model.addAttribute("byAge",
				shown ? published.column(signatures.signaturesBy(petition.id(), "age_band"),
						List.of("15-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "not_stated"),
						o -> signatories.with("age_band", o)) : List.of());
		Map<String, String> provinceNames = new LinkedHashMap<>();
		Map<String, Long> byProvince = "region".equals(petition.level()) || !shown ? Map.of()
				: signatures.signaturesBy(petition.id(), "province_id");
		byProvince.keySet()
			.forEach(id -> provinceNames.put(id, territories.byId(Long.parseLong(id)).map(Territory::name).orElse(id)));
		model.addAttribute("byProvince", published.column(byProvince, new ArrayList<>(byProvince.keySet()),
				o -> signatories.with("province", o)));
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
