package org.sawa.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sawa.account.DemographicSnapshot;
import org.sawa.account.SawaUser;
import org.sawa.feedback.Categories;
import org.sawa.feedback.FeedbackFiling;
import org.sawa.feedback.FeedbackQueues;
import org.sawa.feedback.Report;
import org.sawa.inforequest.InfoBodies;
import org.sawa.territory.Level;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.sawa.web.FormValues;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The body's queue (its open reports, the one due soonest first, late ones flagged) and,
 * for administrators, the triage queue of reports no route sends anywhere yet; and the
 * form on which staff type a report made by phone, on paper or at the counter.
 */
@Controller
class FeedbackStaffController {

	static final String TYPED = "/feedback/typed";

	private final FeedbackQueues queues;

	private final FeedbackFiling filing;

	private final Categories categories;

	private final Territories territories;

	private final InfoBodies bodies;

	private final org.sawa.account.Permissions permissions;

	private final Clock clock;

	FeedbackStaffController(FeedbackQueues queues, FeedbackFiling filing, Categories categories,
			Territories territories, InfoBodies bodies, org.sawa.account.Permissions permissions, Clock clock) {
		this.queues = queues;
		this.filing = filing;
		this.categories = categories;
		this.territories = territories;
		this.bodies = bodies;
		this.permissions = permissions;
		this.clock = clock;
	}

	@GetMapping("/feedback/queue")
	String queue(@AuthenticationPrincipal SawaUser user, @RequestParam(required = false) String body, Model model) {
		FeedbackQueues.Queue queue = queues.of(user.id());
		List<Report> shown = queue.reports()
			.stream()
			.filter(r -> body == null || body.isBlank()
					|| (body.equals("triage") ? r.triage()
							: r.bodyId() != null
									&& bodies.byId(r.bodyId()).map(b -> b.code().equals(body)).orElse(false)))
			.toList();
		model.addAttribute("queue", queue);
		model.addAttribute("reports", shown);
		model.addAttribute("body", body == null ? "" : body);
		model.addAttribute("today", LocalDate.now(clock));
		ReportViews.names(model, categories, territories, bodies, shown);
		return "feedback/queue";
	}

	@GetMapping(TYPED)
	String typedForm(@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		if (FormValues.typed(model).isEmpty()) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("channel", "phone");
			form.put("receivedOn", LocalDate.now(clock).toString());
			form.put("language", locale.getLanguage());
			model.addAttribute("form", form);
		}
		Map<String, String> communes = new LinkedHashMap<>();
		var staffOf = permissions.scopeOfAny(user.id(), org.sawa.account.Role.STAFF, org.sawa.account.Role.ADMIN);
		for (Territory region : territories.atLevel(Level.REGION)) {
			if (staffOf.test(region)) {
				Territories.byName(territories.within(region.id(), Level.COMMUNE), locale)
					.forEach(c -> communes.put(c.code(), c.name(locale)));
			}
		}
		Map<String, String> kinds = new LinkedHashMap<>();
		categories.active().forEach(c -> kinds.put(c.code(), c.name(locale)));
		model.addAttribute("communes", communes);
		model.addAttribute("kinds", kinds);
		model.addAttribute("channels", List.of("phone", "paper", "counter"));
		model.addAttribute("options", DemographicSnapshot.OPTIONS);
		return "feedback/typed";
	}

	@PostMapping(TYPED)
	@FormPage(TYPED)
	String typed(@AuthenticationPrincipal SawaUser user, @RequestParam Map<String, String> form) {
		FeedbackFiling.Filed filed = filing
			.fileForCaller(new FeedbackFiling.NewReport(form.get("category"), form.get("commune"),
					form.get("aboutCode"), form.get("place"), form.get("description"), form.get("language"), false,
					form.get("contactEmail"), form.get("contactPhone"), List.of(), FeedbackController.declared(form)),
					form.get("channel"), FormValues.date(form.get("receivedOn")), user.id());
		return "redirect:/feedback/reports/" + filed.number() + "?typed";
	}

}
