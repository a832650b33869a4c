package org.sawa.consultation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sawa.account.SawaUser;
import org.sawa.consultation.Process;
import org.sawa.consultation.ProcessTexts;
import org.sawa.consultation.Processes;
import org.sawa.consultation.Question;
import org.sawa.consultation.SurveyResults;
import org.sawa.consultation.Surveys;
import org.sawa.territory.Territories;
import org.sawa.territory.Territory;
import org.sawa.web.FormPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A consultation's survey: residents answer it (and change their answers while it is
 * open), staff add its questions, anyone reads its results by sex, age band, area or
 * disability.
 */
@Controller
class SurveyController {

	private static final String PAGE = "/consultations/{code}/survey";

	private final Processes processes;

	private final ProcessTexts texts;

	private final Surveys surveys;

	private final SurveyResults results;

	private final Territories territories;

	SurveyController(Processes processes, ProcessTexts texts, Surveys surveys, SurveyResults results,
			Territories territories) {
		this.processes = processes;
		this.texts = texts;
		this.surveys = surveys;
		this.results = results;
		this.territories = territories;
	}

	@GetMapping(PAGE)
	String page(@PathVariable String code, @AuthenticationPrincipal SawaUser user, HttpServletRequest request,
			Locale locale, Model model) {
		Process process = Found.process(processes, code);
		List<Question> questions = surveys.questions(process.id());
		Map<Integer, Set<String>> chosen = new HashMap<>();
		Map<Integer, String> written = new HashMap<>();
		if (model.containsAttribute("hasErrors")) {
			// the refused answers as she sent them, several choices included
			for (Question q : questions) {
				String[] values = request.getParameterValues("q" + q.position());
				chosen.put(q.position(), values == null ? Set.of() : Set.of(values));
				written.put(q.position(), values == null || values.length == 0 ? "" : values[0]);
			}
		}
		else if (user != null) {
			surveys.answersOf(process.id(), user.id()).forEach((position, a) -> {
				Set<String> values = new HashSet<>();
				a.choices().forEach(c -> values.add(String.valueOf(c)));
				if (a.scale() != null) {
					values.add(String.valueOf(a.scale()));
				}
				chosen.put(position, values);
				written.put(position, a.text());
			});
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of("kind", "single"));
			model.addAttribute("errors", Map.of());
		}
		ProcessTexts.Localized localized = texts.in(process, locale.getLanguage());
		model.addAttribute("process", localized.process());
		model.addAttribute("texts", localized.shown());
		List<Question> shown = new ArrayList<>();
		model.addAttribute("qtexts", texts.questions(process, questions, locale.getLanguage(), shown));
		model.addAttribute("questions", shown);
		model.addAttribute("chosen", chosen);
		model.addAttribute("written", written);
		model.addAttribute("open", surveys.open(process));
		model.addAttribute("signedIn", user != null);
		model.addAttribute("staff", user != null && processes.staff(user.id(), process.territoryId()));
		model.addAttribute("kinds", Question.KINDS);
		return "consultation/survey";
	}

	@PostMapping(PAGE + "/answers")
	@FormPage(PAGE)
	String answer(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam MultiValueMap<String, String> form) {
		Process process = Found.process(processes, code);
		Map<Integer, Surveys.Answer> answers = new HashMap<>();
		for (Question q : surveys.questions(process.id())) {
			List<String> values = form.getOrDefault("q" + q.position(), List.of());
			answers.put(q.position(), answer(q, values));
		}
		boolean first = surveys.answer(process, user.id(), answers);
		return "redirect:/consultations/" + code + "/survey?" + (first ? "answered" : "changed");
	}

	/**
	 * What the form sent for a question, read as its kind expects (unreadable: refused).
	 */
	private static Surveys.Answer answer(Question q, List<String> values) {
		List<String> given = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
		if ("text".equals(q.kind())) {
			return new Surveys.Answer(List.of(), null, given.isEmpty() ? "" : given.get(0));
		}
		List<Integer> numbers = new ArrayList<>();
		for (String v : given) {
			numbers.add(v.matches("[0-9]{1,3}") ? Integer.valueOf(v) : -1);
		}
		if ("scale".equals(q.kind())) {
			return numbers.size() == 1 ? new Surveys.Answer(List.of(), numbers.get(0), "")
					: numbers.isEmpty() ? Surveys.Answer.none() : new Surveys.Answer(List.of(-1), null, "");
		}
		return new Surveys.Answer(numbers, null, "");
	}

	@PostMapping(PAGE + "/questions")
	@FormPage(value = PAGE, scope = "question")
	String ask(@PathVariable String code, @AuthenticationPrincipal SawaUser user,
			@RequestParam Map<String, String> form) {
		Process process = Found.process(processes, code);
		int position = surveys.ask(process, form.get("kind"), form.get("prompt"), form.get("options"),
				form.containsKey("required"), user.id());
		return "redirect:/consultations/" + code + "/survey?asked=" + position + "#q" + position;
	}

	@GetMapping(PAGE + "/results")
	String results(@PathVariable String code, @RequestParam(name = "by", defaultValue = "sex") String by,
			@AuthenticationPrincipal SawaUser user, Locale locale, Model model) {
		Process process = Found.process(processes, code);
		String dimension = SurveyResults.GROUPS.containsKey(by) ? by : "sex";
		boolean staff = user != null && processes.staff(user.id(), process.territoryId());
		Territory territory = territories.byId(process.territoryId()).orElseThrow();
		ProcessTexts.Localized localized = texts.in(process, locale.getLanguage());
		model.addAttribute("process", localized.process());
		model.addAttribute("texts", localized.shown());
		model.addAttribute("by", dimension);
		model.addAttribute("groups", SurveyResults.GROUPS.get(dimension));
		model.addAttribute("dimensions", SurveyResults.GROUPS.keySet());
		List<Question> shown = new ArrayList<>();
		model.addAttribute("qtexts",
				texts.questions(process, surveys.questions(process.id()), locale.getLanguage(), shown));
		model.addAttribute("results", results.of(process, shown, territory.code(), dimension, staff));
		model.addAttribute("respondents", surveys.respondents(process.id()));
		model.addAttribute("staff", staff);
		return "consultation/survey-results";
	}

}
